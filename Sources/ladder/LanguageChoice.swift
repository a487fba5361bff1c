import Foundation
import LadderCore

/// Which language this run speaks (Docs/Language.md): `--lang` over the config's
/// `language` over the locale (`LC_ALL`, `LC_MESSAGES`, `LANG`). Chosen before the
/// command line is parsed, so that argument errors are in it too.
enum LanguageChoice {
    /// `--lang` as given, for documents: it beats an organisation's own language.
    nonisolated(unsafe) static var flag: Language?

    /// Reads `--lang` from the raw arguments and settles the process's language.
    /// A `--lang` ladder does not speak is reported here, in the language of the config or
    /// the locale, with exit 64.
    static func settle(arguments: ArraySlice<String>, environment: [String: String]) {
        var given: String?
        var machine = false
        var rest = arguments[...]
        while let a = rest.popFirst() {
            if a == "--" { break }
            if a == "--lang" { given = rest.popFirst() ?? "" } else if a.hasPrefix("--lang=") { given = String(a.dropFirst(7)) }
            if a == "--json" || a == "--format=json" || (a == "--format" && rest.first == "json") { machine = true }
            // The help dumped for the man page (ladder.1, in man1) is English, whoever installs.
            if a == "--experimental-dump-help" { machine = true }
        }
        if let given {
            guard let language = Language(code: given) else {
                // Said in the language the run would have spoken without the flag.
                Language.process = Language.choose(flag: nil, config: configLanguage(environment), environment: environment)
                printError(L("ladder: error: --lang: \"\(given)\" is not a language ladder speaks; write --lang ja or --lang en"))
                exit(64)
            }
            flag = language
        }
        // JSON is for scripts: its keys, values and any sentences in it stay English
        // whatever the user reads (Docs/JSON.md), and so do its run's messages.
        if machine {
            Language.process = .en
            return
        }
        Language.process = Language.choose(flag: flag, config: configLanguage(environment), environment: environment)
    }

    /// The config's `language`, read leniently: a broken file is reported by the
    /// commands that need it, in the locale's language.
    static func configLanguage(_ environment: [String: String]) -> Language? {
        let path = ConfigFile.path(environment: environment)
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        return (try? ConfigFile.load(path, userZone: .current))?.language
    }

    /// The language of a document about a case of `organisation`: `--lang`, else the
    /// organisation's configured language, else the user's.
    static func document(for organisation: String?, config: Config?) -> Language {
        if let flag { return flag }
        if let organisation, let org = config?.organisation(for: organisation), let l = org.language { return l }
        return Language.process
    }
}
