import Foundation
import LadderTestSupport
import Testing
@testable import LadderCore

/// The catalog is read by bytes where that reads as characters do, and by characters
/// elsewhere; on any text it must give what reading every line by characters gave: the
/// same entries, byte for byte, or the same error. The reference is that reading.
@Suite struct CatalogReferenceTests {
    /// Entries as `source|translation|line`, or the error.
    static func reference(_ text: String) -> String {
        var entries: [String] = []
        var source: String?, translation: String?
        var start = 0, into = 0
        func finish() throws -> Void {
            guard let s = source else { return }
            guard let t = translation else { throw Catalog.SyntaxError(line: start, reason: "msgid without msgstr") }
            if !s.isEmpty { entries.append("\(s)|\(t)|\(start)") }
            (source, translation, into) = (nil, nil, 0)
        }
        do {
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
                    guard into == 1 else { throw Catalog.SyntaxError(line: number, reason: "msgstr without msgid") }
                    translation = try Catalog.quoted(line.dropFirst(7), line: number)
                    into = 2
                } else if line.hasPrefix("\"") {
                    let more = try Catalog.quoted(Substring(line), line: number)
                    switch into {
                    case 1: source! += more
                    case 2: translation! += more
                    default: throw Catalog.SyntaxError(line: number, reason: "a quoted line outside an entry")
                    }
                } else {
                    throw Catalog.SyntaxError(line: number, reason: "expected msgid, msgstr, a quoted line or a # comment")
                }
            }
            try finish()
            return "ok \(entries)"
        } catch {
            return "error \(error)"
        }
    }

    static func read(_ text: String) -> String {
        do {
            return "ok \(try Catalog(po: text).entries.map { "\($0.source)|\($0.translation)|\($0.line)" })"
        } catch {
            return "error \(error)"
        }
    }

    /// The syntax's pieces, and what may join a quote or a backslash into a longer
    /// character: combining marks, an Arabic number sign, a joiner, carriage returns.
    static let pieces = ["msgid ", "msgstr ", "\"", "\\", "n", "t", "a", "案", "\u{301}", "\u{600}", "#", " ", "\t",
                         "\u{3000}", "\n", "\n", "\r\n", "\r", "\u{200D}", "\"\"", "\\\"", "\u{1F600}", "{1}", "\u{FF9E}", "…"]

    @Test func readsAsReadingByCharactersDid() {
        var dice = Dice(state: 99)
        for round in 0..<runSize("LADDER_CATALOG_ROUNDS", default: 20_000) {
            let text = (0..<(1 + dice.next(14))).map { _ in dice.pick(Self.pieces) }.joined()
            let (fast, slow) = (Self.read(text), Self.reference(text))
            #expect(Array(fast.utf8) == Array(slow.utf8), "round \(round): \(text.debugDescription)\n\(fast)\n\(slow)")
        }
        // The cases a review found read otherwise before lines were sorted by what they hold.
        for text in ["msgid \"a\\n\u{301}\"\nmsgstr \"b\"\n", "msgid \"a\u{600}\\n\"\nmsgstr \"b\"\n",
                     "msgid \"a\u{600}\"\nmsgstr \"b\"\n", "msgid \"\u{301}a\"\nmsgstr \"b\"\n",
                     "#\u{301} c\nmsgid \"a\"\nmsgstr \"b\"\n", "msgid \u{301}\"a\"\nmsgstr \"b\"\n",
                     "# c\r\nmsgid \"a\"\r\nmsgstr \"b\"\r\n"] {
            #expect(Array(Self.read(text).utf8) == Array(Self.reference(text).utf8), "\(text.debugDescription)")
        }
        // And the compiled-in catalog.
        #expect(Self.read(Catalogs.japanese) == Self.reference(Catalogs.japanese))
    }
}
