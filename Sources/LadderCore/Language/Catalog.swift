#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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
    /// continue either. The header entry (empty msgid) is skipped. Read as bytes where
    /// that reads as characters do: the Japanese catalog is read at the first phrase of
    /// every command run in Japanese, and read by characters it cost 280 million
    /// instructions (20 ms, twice the whole of a quick-add in English).
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
        for line in POLine.lines(of: text) {
            number += 1
            switch line.kind {
            case .nothing: continue
            case .msgid:
                try finish()
                start = number
                source = try line.quoted(after: 6, line: number)
                into = 1
            case .msgstr:
                guard into == 1 else { throw SyntaxError(line: number, reason: "msgstr without msgid") }
                translation = try line.quoted(after: 7, line: number)
                into = 2
            case .more:
                let more = try line.quoted(after: 0, line: number)
                switch into {
                case 1: source! += more
                case 2: translation! += more
                default: throw SyntaxError(line: number, reason: "a quoted line outside an entry")
                }
            case .other:
                throw SyntaxError(line: number, reason: "expected msgid, msgstr, a quoted line or a # comment")
            }
        }
        try finish()
        self.init(entries: entries)
    }

    /// One line of PO text, read by its bytes or by its characters. By bytes only where
    /// every ASCII byte is a character of its own: a line whose every scalar stands
    /// alone (`Wrap.standsAlone`, or ASCII). A `"` or `\` followed by a combining mark,
    /// or held by an Arabic number sign before it, is part of a longer character, and
    /// such a line is read by characters; so is every line of text holding a carriage
    /// return (`\r\n` is one character, so such text was never cut there).
    enum POLine {
        case bytes(ArraySlice<UInt8>)
        case characters(Substring)

        enum Kind { case nothing, msgid, msgstr, more, other }

        static func lines(of text: String) -> [POLine] {
            guard !text.containsUTF8(0x0D) else {
                return text.split(separator: "\n", omittingEmptySubsequences: false).map { .characters($0) }
            }
            let bytes = Array(text.utf8)
            var out: [POLine] = []
            var from = 0  // where the line starts
            while from <= bytes.count {
                let end = bytes.withUnsafeBufferPointer { b in
                    guard from < b.count, let found = memchr(b.baseAddress! + from, 0x0A, b.count - from) else { return b.count }
                    return b.baseAddress!.distance(to: found.assumingMemoryBound(to: UInt8.self))
                }
                let line = bytes[from..<end]
                out.append(isPlain(line) ? .bytes(line) : .characters(Substring(String(decoding: line, as: UTF8.self))))
                from = end + 1
            }
            return out
        }

        /// Whether every scalar of the line is ASCII or stands alone, read from its
        /// bytes (a String's, so well formed; a line is cut at ASCII).
        static func isPlain(_ line: ArraySlice<UInt8>) -> Bool {
            var i = line.startIndex
            while i < line.endIndex {
                let lead = line[i]
                guard lead >= 0x80 else {
                    // Past ASCII eight bytes at a time (most of a catalog is its English).
                    i += 1
                    while i + 8 <= line.endIndex, line.withUnsafeBytes({ $0.loadUnaligned(fromByteOffset: i - line.startIndex, as: UInt64.self) }) & ByteWord.high == 0 { i += 8 }
                    continue
                }
                let (v, length) = UTF8Scalar.read(line, at: i)
                if !Wrap.standsAlone(v) { return false }
                i += length
            }
            return true
        }

        var kind: Kind {
            switch self {
            case let .bytes(raw):
                let line = Catalog.trimmed(raw)
                if line.isEmpty || line.first == 0x23 { return .nothing }  // #
                if line.starts(with: Catalog.msgid) { return .msgid }
                if line.starts(with: Catalog.msgstr) { return .msgstr }
                return line.first == 0x22 ? .more : .other
            case let .characters(raw):
                let line = raw.trimmingCharacters(in: .whitespaces)
                if line.isEmpty || line.hasPrefix("#") { return .nothing }
                if line.hasPrefix("msgid ") { return .msgid }
                if line.hasPrefix("msgstr ") { return .msgstr }
                return line.hasPrefix("\"") ? .more : .other
            }
        }

        /// The quoted string after the first `count` characters of the trimmed line.
        func quoted(after count: Int, line number: Int) throws(SyntaxError) -> String {
            switch self {
            case let .bytes(raw): return try Catalog.quoted(Catalog.trimmed(raw).dropFirst(count), line: number)
            case let .characters(raw):
                return try Catalog.quoted(Substring(raw.trimmingCharacters(in: .whitespaces).dropFirst(count)), line: number)
            }
        }
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

    /// `"text with \"escapes\"\n"` → its text, read as bytes from a line `POLine`
    /// reads by bytes, where every ASCII byte is a character of its own. Anything wrong
    /// is told by `quoted(_:line:)`, in its words.
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
        // A String's bytes with ASCII escapes taken out: well formed still.
        return out.withUnsafeBufferPointer { ValidUTF8.string(known: $0) }
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
