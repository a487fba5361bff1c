/// The languages ladder speaks. Every user-facing word goes through the catalog of the
/// current language (Docs/Language.md); `--json` output and the store never change with it.
public enum Language: String, CaseIterable, Sendable, Codable {
    case en
    case ja

    /// The language bound for a stretch of work: a document written to an organisation
    /// that reads another language, `--json` output (always English), a test.
    @TaskLocal public static var bound: Language?

    /// The user interface's language, chosen once at start-up before any other thread
    /// runs (the front end's helper threads read it too, and task-locals do not cross
    /// threads). Set once, so read without the run-time check of exclusive access that
    /// a static variable otherwise costs (a report reads it a few hundred thousand times).
    @exclusivity(unchecked) nonisolated(unsafe) public static var process: Language = .en

    /// The language human text is written in now.
    public static var current: Language { bound ?? process }

    /// `body` with `language` the current one: bound only when it is not already (a
    /// binding is a task-local pushed and popped, and a report binds thirty thousand
    /// entries on its helper threads, nearly always to the language of the process).
    static func speaking<R>(_ language: Language, _ body: () throws -> R) rethrows -> R {
        language == current ? try body() : try $bound.withValue(language, operation: body)
    }

    /// Reads a language as people write it: `ja`, `ja_JP.UTF-8`, `ja-JP`, `japanese`,
    /// `日本語`; `en`, `en_GB`, `english`, `C`, `POSIX`. Nil for anything else.
    public init?(code: String) {
        let text = code.trimmingCharacters(in: .whitespaces).lowercased()
        switch text {
        case "日本語", "japanese": self = .ja; return
        case "english", "英語", "c", "posix": self = .en; return
        default: break
        }
        // The language part of a POSIX locale name or a BCP 47 tag.
        let language = text.prefix { $0.isLetter && $0.isASCII }
        guard text.count == language.count || "_-.@".contains(text[language.endIndex]) else { return nil }
        switch language {
        case "ja", "jpn": self = .ja
        case "en", "eng": self = .en
        case "c" where text.hasPrefix("c."): self = .en  // C.UTF-8
        default: return nil
        }
    }

    /// The locale's language in the POSIX order: the first of `LC_ALL`, `LC_MESSAGES`,
    /// `LANG` that is set decides; Japanese for `ja…`, English for anything else.
    public static func fromLocale(_ environment: [String: String]) -> Language {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[name], !value.isEmpty {
                return value.lowercased().hasPrefix("ja") ? .ja : .en
            }
        }
        return .en
    }

    /// `--lang` over the config's `language` over the locale.
    public static func choose(flag: Language?, config: Language?, environment: [String: String]) -> Language {
        flag ?? config ?? fromLocale(environment)
    }

    /// The names `--lang` and the config take, for messages.
    public static var namesForHelp: String { allCases.map(\.rawValue).joined(separator: L(", ")) }
}

import Foundation
