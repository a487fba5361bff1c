/// A language's translations: English sentence → translated sentence, read from a
/// catalog in gettext's PO syntax (`msgid "…"` / `msgstr "…"`) that is compiled into
/// the binary as a string (Catalogs/), so the one installed `ladder` file needs no
/// side files. Docs/Language.md says why not gettext's or Foundation's own loaders.
public struct Catalog: Sendable {
    public struct Entry: Sendable, Equatable {
        public var source: String
        public var translation: String
        /// Where the entry starts in the catalog, for messages.
        public var line: Int
    }

    public let entries: [Entry]
    private let table: [String: String]

    public func translation(of key: String) -> String? { table[key] }

    /// The compiled-in catalog of a language; nil for English, which is the source.
    public static func of(_ language: Language) -> Catalog? {
        switch language {
        case .en: return nil
        case .ja: return japanese
        }
    }

    private static let japanese: Catalog = (try? Catalog(po: Catalogs.japanese)) ?? Catalog(entries: [])

    init(entries: [Entry]) {
        self.entries = entries
        var table: [String: String] = [:]
        for e in entries where !e.translation.isEmpty { table[e.source] = e.translation }
        self.table = table
    }

    public struct SyntaxError: Error, Sendable, CustomStringConvertible {
        public var line: Int
        public var reason: String
        public var description: String { "line \(line): \(reason)" }
    }

    /// Reads PO text: comments (`#`), `msgid`, `msgstr`, and the quoted lines that
    /// continue either. The header entry (empty msgid) is skipped.
    public init(po text: String) throws(SyntaxError) {
        var entries: [Entry] = []
        var source: String?
        var translation: String?
        var start = 0
        var into = 0  // 1: msgid, 2: msgstr
        func finish() throws(SyntaxError) {
            guard let s = source else { return }
            guard let t = translation else { throw SyntaxError(line: start, reason: "msgid without msgstr") }
            if !s.isEmpty { entries.append(Entry(source: s, translation: t, line: start)) }
            source = nil
            translation = nil
            into = 0
        }
        var number = 0
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("msgid ") {
                try finish()
                start = number
                source = try Catalog.quoted(line.dropFirst(6), line: number)
                into = 1
            } else if line.hasPrefix("msgstr ") {
                guard into == 1 else { throw SyntaxError(line: number, reason: "msgstr without msgid") }
                translation = try Catalog.quoted(line.dropFirst(7), line: number)
                into = 2
            } else if line.hasPrefix("\"") {
                let more = try Catalog.quoted(Substring(line), line: number)
                switch into {
                case 1: source! += more
                case 2: translation! += more
                default: throw SyntaxError(line: number, reason: "a quoted line outside an entry")
                }
            } else {
                throw SyntaxError(line: number, reason: "expected msgid, msgstr, a quoted line or a # comment")
            }
        }
        try finish()
        self.init(entries: entries)
    }

    /// `"text with \"escapes\"\n"` → its text.
    static func quoted(_ text: Substring, line: Int) throws(SyntaxError) -> String {
        let t = text.trimmingCharacters(in: .whitespaces)
        guard t.count >= 2, t.hasPrefix("\""), t.hasSuffix("\"") else {
            throw SyntaxError(line: line, reason: "a string must be in double quotes")
        }
        var out = ""
        var escaped = false
        for c in t.dropFirst().dropLast() {
            if escaped {
                switch c {
                case "n": out.append("\n")
                case "t": out.append("\t")
                case "\"", "\\": out.append(c)
                default: throw SyntaxError(line: line, reason: "unknown escape \\\(c)")
                }
                escaped = false
            } else if c == "\\" {
                escaped = true
            } else if c == "\"" {
                throw SyntaxError(line: line, reason: "a double quote inside a string must be written \\\"")
            } else {
                out.append(c)
            }
        }
        if escaped { throw SyntaxError(line: line, reason: "a string ends in a lone backslash") }
        return out
    }
}

import Foundation
