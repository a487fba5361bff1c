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
    /// By bytes: Swift hashes Japanese text in normal form, and every phrase shown in
    /// Japanese is looked up (the sources and the catalog spell each key alike, as a
    /// test that finds every key checks).
    private let table: [UTF8Key: String]

    public func translation(of key: String) -> String? { table[UTF8Key(key)] }

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
        var table: [UTF8Key: String] = [:]
        for e in entries where !e.translation.isEmpty { table[UTF8Key(e.source)] = e.translation }
        self.table = table
    }

    public struct SyntaxError: Error, Sendable, CustomStringConvertible {
        public var line: Int
        public var reason: String
        public var description: String { "line \(line): \(reason)" }
    }

    /// Reads PO text: comments (`#`), `msgid`, `msgstr`, and the quoted lines that
    /// continue either. The header entry (empty msgid) is skipped. Read as bytes: the
    /// Japanese catalog is read at the first phrase of every command run in Japanese,
    /// and read by characters it cost 280 million instructions (20 ms, twice the
    /// whole of a quick-add in English).
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
        let bytes = Array(text.utf8)
        var number = 0
        var from = 0  // where the line starts
        while from <= bytes.count {
            let end = bytes[from...].firstIndex(of: 0x0A) ?? bytes.count
            defer { from = end + 1 }
            number += 1
            let line = Catalog.trimmed(bytes[from..<end])
            if line.isEmpty || line.first == 0x23 { continue }  // #
            if line.starts(with: Catalog.msgid) {
                try finish()
                start = number
                source = try Catalog.quoted(line.dropFirst(Catalog.msgid.count), line: number)
                into = 1
            } else if line.starts(with: Catalog.msgstr) {
                guard into == 1 else { throw SyntaxError(line: number, reason: "msgstr without msgid") }
                translation = try Catalog.quoted(line.dropFirst(Catalog.msgstr.count), line: number)
                into = 2
            } else if line.first == 0x22 {
                let more = try Catalog.quoted(line, line: number)
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

    private static let msgid = Array("msgid ".utf8), msgstr = Array("msgstr ".utf8)

    /// `bytes` without the white space at either end, as `CharacterSet.whitespaces`
    /// says (space and tab, and the Unicode spaces, which only Foundation is asked).
    static func trimmed(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var a = bytes.startIndex, b = bytes.endIndex
        while a < b, bytes[a] == 0x20 || bytes[a] == 0x09 { a += 1 }
        while b > a, bytes[b - 1] == 0x20 || bytes[b - 1] == 0x09 { b -= 1 }
        guard a < b, bytes[a] >= 0x80 || bytes[b - 1] >= 0x80 else { return bytes[a..<b] }
        return ArraySlice(String(decoding: bytes[a..<b], as: UTF8.self).trimmingCharacters(in: .whitespaces).utf8)
    }

    /// `"text with \"escapes\"\n"` → its text, read as bytes: every byte that means
    /// something here is ASCII, which is never part of a longer character. Anything
    /// wrong is told by `quoted(_:line:)`, in its words.
    static func quoted(_ bytes: ArraySlice<UInt8>, line: Int) throws(SyntaxError) -> String {
        let t = trimmed(bytes)
        guard t.count >= 2, t.first == 0x22, t.last == 0x22 else {
            return try quoted(Substring(String(decoding: bytes, as: UTF8.self)), line: line)
        }
        var out: [UInt8] = []
        out.reserveCapacity(t.count - 2)
        var escaped = false
        for b in t.dropFirst().dropLast() {
            if escaped {
                switch b {
                case 0x6E: out.append(0x0A)  // n
                case 0x74: out.append(0x09)  // t
                case 0x22, 0x5C: out.append(b)
                default: return try quoted(Substring(String(decoding: bytes, as: UTF8.self)), line: line)
                }
                escaped = false
            } else if b == 0x5C {
                escaped = true
            } else if b == 0x22 {
                return try quoted(Substring(String(decoding: bytes, as: UTF8.self)), line: line)
            } else {
                out.append(b)
            }
        }
        if escaped { return try quoted(Substring(String(decoding: bytes, as: UTF8.self)), line: line) }
        return String(decoding: out, as: UTF8.self)
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
