import Foundation
import LadderTestSupport
import Testing
@testable import LadderCore

/// A report's entries are written by one function into either kind of `EntryLines`:
/// gathered as text (Markdown, colour) or laid out straight into the output (plain text,
/// what cron mails). Laid out, every line reads exactly as the gathered entry does
/// when `ReportDocument` lays it out, whatever the text holds.
@Suite struct EntryLinesTests {
    /// Stored text of every awkward kind: what fits and what wraps, controls to make
    /// inert, wide and zero-width characters, spaces padding an end.
    static let texts: [String] = [
        "call back with the fix", "", " ", "   ", "ends in spaces   ", "  starts with spaces",
        String(repeating: "x", count: 76), String(repeating: "x", count: 77), String(repeating: "x", count: 78),
        String(repeating: "word ", count: 30), "tab\there", "escape \u{1B}[31mred", "del \u{7F}", "c1 \u{85} next",
        "bidi \u{202E}olleh", "isolate \u{2066}x\u{2069}", "line\u{2028}separator", "new\nline",
        "回線が毎晩21時に切れる件", String(repeating: "回線が毎晩切れる件、", count: 8), "折り返し電話 ",
        "family 👨‍👩‍👧 emoji", "e\u{301}\u{301} combining", "ｶﾀｶﾅ and ＦＵＬＬ", "\u{600} ", "number sign\u{600}  ",
        "mixed 迷惑メール判定の誤り and English words that run past the width of a narrow terminal",
    ]

    /// One entry as a report writes it: a head, phrases with stored text in them, a
    /// sentence written already.
    static func write<W: EntryLines>(_ n: Int, into w: inout W) {
        let text = texts[n % texts.count], other = texts[(n * 7 + 3) % texts.count]
        w.head(number: n, title: text)
        L("last contact: \(text)", to: &w)
        w.line(P("reply \(n) is \(other) late"))
        w.line(.written(other))
        L("next: \(P("chase the \(Rung.technicalDesk.name) (\(P("reply \(-n) is \(text) late")))"))", to: &w)
    }

    static func document(laidOut: Bool, language: Language) -> ReportDocument {
        let count = texts.count * 3
        let section: ReportDocument.Section
        let gathered: @Sendable (Int) -> ReportDocument.Entry = { n in
            var entry = GatheredEntry(tone: .overdue, language: language)
            Language.$bound.withValue(language) { write(n, into: &entry) }
            return entry.entry
        }
        if laidOut {
            section = .init(heading: "Kestrel", count: count, entry: gathered, layout: { n, out, width in
                var entry = LaidOutEntry(out: out, width: width, language: language)
                Language.$bound.withValue(language) { write(n, into: &entry) }
            })
        } else {
            section = .init(heading: "Kestrel", entries: (0..<count).map(gathered))
        }
        return ReportDocument(title: "Overdue", summary: ["many"], sections: [section], empty: "")
    }

    @Test(arguments: [Language.en, .ja])
    func laidOutReadsAsGathered(language: Language) {
        let laid = Self.document(laidOut: true, language: language), gathered = Self.document(laidOut: false, language: language)
        for width in [20, 30, 60, 80, 132] {
            let text = laid.render(.text, width: width)
            #expect(text == gathered.render(.text, width: width), "width \(width)")
            #expect(text.contains(language == .ja ? "最後の連絡：" : "last contact: "))
        }
        // Colour and Markdown use the gathered entries, the same words.
        let paint: ReportDocument.Paint = { text, tone in "<\(tone)>\(text)" }
        #expect(laid.render(.text, paint: paint) == gathered.render(.text, paint: paint))
        #expect(laid.render(.markdown) == gathered.render(.markdown))
    }

    /// The laid-out lines are the gathered ones: the long way too (made inert,
    /// wrapped) leaves nothing behind of what was written first.
    @Test func theLongWayLeavesNothingBehind() {
        let out = ByteBuffer()
        var entry = LaidOutEntry(out: out, width: 30, language: .en)
        entry.line(.written("tab\there, and then far more than thirty columns"))
        entry.line(.written("fits"))
        let text = String(decoding: UnsafeBufferPointer(start: out.base, count: out.count), as: UTF8.self)
        #expect(text == "  tab here, and then far more\n    than thirty columns\n  fits\n")
    }

    /// A section whose entries are changed after it was made is written as changed,
    /// not laid out again from how they were made.
    @Test func entriesChangedAreWrittenAsChanged() {
        var doc = Self.document(laidOut: true, language: .en)
        doc.sections[0].entries.append(.init(head: "#999 added", lines: ["by hand"]))
        #expect(doc.render(.text).hasSuffix("#999 added\n  by hand\n"))
    }
}
