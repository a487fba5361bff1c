import LadderTestSupport
import Testing
@testable import LadderCore

/// The text report (what cron mails) wraps stored text without changing it.
@Suite struct ReportDocumentTests {
    @Test func wrappingJapaneseAddsNoSpaces() {
        let note = "更新案内のメールに、ありえない顧客番号が書かれていたので、担当の方から折り返しお電話いただけるようにしますね。回線が毎晩21時に切れる件も合わせて確認をお願いします。"
        let doc = ReportDocument(title: "Overdue", summary: [], sections: [
            .init(heading: "サンプル電気", entries: [.init(head: "#1 " + note, lines: [note])]),
        ], empty: "")
        for width in [40, 60, 80] {
            let text = doc.render(.text, width: width)
            let body = text.split(separator: "\n").dropFirst(3)  // the title, the heading and its rule
            let joined = body.map { String($0.drop { $0 == " " }) }.joined()
            #expect(joined == "#1 " + note + note, "width \(width):\n\(text)")
            #expect(body.allSatisfy { TextWidth.of(String($0)) <= width })
        }
    }

    /// A report of tens of thousands of entries makes them as it writes them, a part at
    /// a time: the text is the same as from entries made beforehand, in order across
    /// the parts, and the pieces given to the sink join up to the whole.
    @Test func entriesMadeAsTheyAreWrittenReadTheSame() {
        @Sendable func entry(_ n: Int) -> ReportDocument.Entry {
            .init(head: "#\(n) 回線が毎晩切れる件 \(n)", lines: ["they owe: call back (reply \(n))", "next: call the desk"], tone: n % 2 == 0 ? .overdue : nil)
        }
        let count = 9_000  // three parts of 4,096 and less
        let made = ReportDocument(title: "Overdue", summary: ["9000 overdue"], sections: [
            .init(heading: "Kestrel", entries: (0..<count).map(entry)), .init(heading: "Empty"),
        ], empty: "")
        let lazy = ReportDocument(title: "Overdue", summary: ["9000 overdue"], sections: [
            .init(heading: "Kestrel", count: count, entry: entry), .init(heading: "Empty"),
        ], empty: "")
        #expect(lazy.sections[0].entryCount == count)
        #expect(lazy.sections[0].entries.map(\.head) == made.sections[0].entries.map(\.head))
        let paint: ReportDocument.Paint = { text, tone in "<\(tone)>\(text)" }
        for p in [nil, paint] {
            let whole = made.render(.text, paint: p)
            #expect(lazy.render(.text, paint: p) == whole)
            var pieces: [String] = []
            lazy.write(.text, paint: p) { pieces.append(String(decoding: $0, as: UTF8.self)) }
            #expect(pieces.count > 3)
            #expect(pieces.joined() == whole)
        }
        let lines = made.render(.text).split(separator: "\n")
        #expect(lines.firstIndex { $0.hasPrefix("#8999 ") }! > lines.firstIndex { $0.hasPrefix("#4096 ") }!)
        #expect(lazy.render(.markdown) == made.render(.markdown))
    }

    /// Sections of every size, some with no entries, fall across the parts of 4,096
    /// entries and across the pieces each part is laid out in at once: every heading
    /// comes once, just before its section, as a report written one line at a time has it.
    @Test func headingsComeBeforeTheirSectionsAcrossParts() {
        let sizes = [3_000, 0, 1_100, 1, 0, 0, 4_096, 5_000, 0]
        let sections = sizes.enumerated().map { n, size in
            ReportDocument.Section(heading: "Org \(n)", count: size) { i in .init(head: "#\(i) case \(n)", lines: ["next: call \(i)"]) }
        }
        let doc = ReportDocument(title: "Overdue", summary: ["many"], sections: sections, empty: "")
        var expected = "Overdue\nmany\n"
        for (n, size) in sizes.enumerated() {
            expected += "\nOrg \(n)\n-----\n"
            for i in 0..<size { expected += "#\(i) case \(n)\n  next: call \(i)\n" }
        }
        #expect(doc.render(.text) == expected)
    }

    /// Spaces that pad a line's end are dropped, but only whole characters: after a
    /// prepended mark (Malayalam dot reph, Arabic number sign) a space is part of the
    /// character before it, and stays, as `trailingSpacesRemoved` has it.
    @Test func trailingSpacesAreDroppedByCharacters() {
        for (line, kept) in [("next: call  ", "next: call"), ("x\u{0D4E} ", "x\u{0D4E} "), ("x\u{0D4E}  ", "x\u{0D4E} "),
                             ("x\u{0600}\t", "x\u{0600} "), ("回線 ", "回線"), ("   ", "")] {
            let doc = ReportDocument(title: "T", summary: [], sections: [.init(heading: "H", entries: [.init(head: "#1", lines: [line])])], empty: "")
            #expect(doc.render(.text) == "T\n\nH\n-\n#1\n  \(kept)\n", "\(Array(line.unicodeScalars))")
        }
    }

    /// A stale report of 10,000 cases took a second: each entry appended to a section
    /// copied every entry before it. Entries are now appended in place.
    @Test func entriesAreAppendedInPlace() {
        var section = ReportDocument.Section(heading: "H")
        section.entries.reserveCapacity(64)
        let before = section.entries.withUnsafeBufferPointer { $0.baseAddress }
        for n in 1...50 {
            section.entries.append(.init(head: "#\(n)", lines: ["line"]))
            // Copied, the entries would move to a new block (and back, as blocks are freed).
            #expect(section.entries.withUnsafeBufferPointer { $0.baseAddress } == before, "after \(n)")
        }
        #expect(section.entries.map(\.head) == (1...50).map { "#\($0)" })
        // A section made as it is written gives its entries when changed.
        var made = ReportDocument.Section(heading: "H", count: 2) { .init(head: "#\($0)", lines: []) }
        made.entries.append(.init(head: "#9", lines: []))
        #expect(made.entries.map(\.head) == ["#0", "#1", "#9"])
        #expect(made.entryCount == 3)
    }

    /// Trailing spaces are cut by bytes, as removing space characters from the end did:
    /// a space held by an Arabic number sign before it is not a space of its own.
    @Test func trailingSpacesAreRemovedAsCharacters() {
        func reference(_ text: String) -> String {
            var s = text
            while s.last == " " { s.removeLast() }
            return s
        }
        for text in ["", " ", "   ", "a", "a ", "a   ", "案件  ", "e\u{301}  ", "\u{600} ", "\u{600}   ", "x\u{600}  ",
                     " \u{301}", "a \u{301} ", "👨‍👩‍👧 ", "\u{110BD}  ", "ｶﾞ "] {
            #expect(text.trailingSpacesRemoved == reference(text), "\(text.debugDescription)")
        }
    }
}
