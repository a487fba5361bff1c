import Foundation
import LadderTestSupport
import Testing
@testable import LadderCore

/// `IndexedCase`: the overdue report's cases read in place from the packed summaries.
/// Each answers as its summary does, a record that is not whole is never believed, and
/// the report made from them prints what the timelines say.
@Suite struct IndexedCaseTests {
    /// Every question the report asks of a case read in place has its summary's answer,
    /// at every instant something falls overdue; an entry's summary lacks only what no
    /// entry reads.
    @Test func aCaseReadInPlaceAnswersAsItsSummary() throws {
        let (store, instants) = try PackedSummariesTests.world()
        defer { try? FileManager.default.removeItem(atPath: store.directory) }
        var packed = 0
        for instant in instants {
            for c in try #require(store.overdueFromHeads(at: instant)).cases {
                let s = c.summary
                if c.isPacked { packed += 1 }
                #expect(c.number == s.number && c.status == s.status && c.latest == s.latest && c.rung == s.rung)
                #expect(c.id == s.id && c.details == s.details && c.organisationText == s.details.organisation)
                #expect(c.startedAt == s.startedAt && c.closedAt == s.closedAt && c.stints == s.stints)
                #expect(c.openReplies == s.openReplies)
                for at in instants { #expect(c.overdueReplies(at: at) == s.overdueReplies(at: at)) }
                #expect(c.overdueReplies(at: instant).isEmpty == false)
                #expect(c.lastReached.map { DatedContact(at: $0.at, contact: $0.contact) } == s.reached)
                #expect(c.lastAttempt.map { DatedContact(at: $0.at, contact: $0.contact) } == s.attempt)
                #expect(c.lastProgress(at: instant) == s.lastProgress(at: instant))
                let e = c.entrySummary
                #expect(e.details == CaseDetails(title: s.details.title, organisation: s.details.organisation))
                #expect(e == CaseSummary(id: s.id, number: s.number, details: e.details, startedAt: s.startedAt, status: s.status,
                                         closedAt: s.closedAt, stints: s.stints, openReplies: s.openReplies, reached: s.reached,
                                         attempt: s.attempt, progress: s.progress, latest: s.latest, search: "",
                                         claimedAt: s.claimedAt, formerNumbers: s.formerNumbers))
            }
        }
        #expect(packed > 40)
    }

    /// The bytes of one packed case in a file of their own, mapped.
    static func mapped(_ bytes: [UInt8]) throws -> MappedFile {
        let path = temporaryDirectory() + "/case.bin"
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let fd = open(path, O_RDONLY)
        defer { close(fd) }
        return try #require(MappedFile(fd, size: bytes.count))
    }

    /// A record is checked whole as it is found: cut short, with a byte more, with a
    /// text that is not UTF-8 or a rung that is not ladder's, it is not believed (its
    /// case is then read from its JSON line).
    @Test func aRecordThatIsNotWholeIsNotBelieved() throws {
        let phone = DatedContact(at: t("2026-07-10 11:00"), contact: Contact(channel: .phone, direction: .outgoing, with: "佐藤さん", desk: "技術窓口"))
        let s = SummaryCodecTests.summary(reached: phone, attempt: phone)
        let w = PackedWriter(capacity: 512)
        s.pack(into: w)
        let good = w.bytes
        let file = try Self.mapped(good)
        let whole = try #require(IndexedCase(in: file, from: 0, to: good.count))
        #expect(whole.summary == CaseSummary(id: s.id, number: s.number, details: s.details, startedAt: s.startedAt, status: s.status,
                                             closedAt: s.closedAt, stints: s.stints, openReplies: s.openReplies, reached: s.reached,
                                             attempt: s.attempt, progress: s.progress, latest: s.latest, search: "",
                                             claimedAt: s.claimedAt, formerNumbers: s.formerNumbers))
        for cut in 0..<good.count { #expect(IndexedCase(in: file, from: 0, to: cut) == nil, "cut at \(cut)") }
        #expect(IndexedCase(in: try Self.mapped(good + [0]), from: 0, to: good.count + 1) == nil)
        // The title's first byte (after the number, the id and the title's length) made
        // one that never starts a character; the first stint's rung made one past the last.
        var badText = good
        badText[28] = 0xFF
        #expect(IndexedCase(in: try Self.mapped(badText), from: 0, to: good.count) == nil)
        let stintAt = try #require(Self.stintsStart(good))
        var badRung = good
        badRung[stintAt + 4] = UInt8(Rung.allCases.count)
        #expect(IndexedCase(in: try Self.mapped(badRung), from: 0, to: good.count) == nil)
    }

    /// Where the stints begin in a packed case: their count.
    static func stintsStart(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBytes { raw -> Int? in
            var r = PackedReader(raw)
            guard (try? r.int()) != nil, (try? r.bytes(16)) != nil, (try? r.skipDetails()) != nil,
                  (try? r.byte()) != nil, (try? r.date()) != nil, let closed = try? r.present() else { return nil }
            if closed { _ = try? r.date() }
            guard (try? r.date()) != nil else { return nil }
            return r.position
        }
    }

    /// `report overdue` made from cases read in place prints what it prints from the
    /// timelines, as text, Markdown and JSON, in English and in Japanese; also as of an
    /// instant before some cases' last events, when those are read from their files.
    @Test func theReportFromCasesReadInPlaceIsTheReportFromTheTimelines() throws {
        let (store, instants) = try PackedSummariesTests.world()
        defer { try? FileManager.default.removeItem(atPath: store.directory) }
        let files = try store.loadAll().cases
        let config = Config(userZone: tokyo)
        let encoder = CaseCodec.encoder()
        var compared = 0
        for instant in [instants[0].addingTimeInterval(-86_400 * 20)] + instants.prefix(4) + instants.suffix(2) {
            let (cases, problems) = try store.overdueCases(at: instant)
            #expect(problems.isEmpty)
            let indexed = OverdueReport(ReportInput(indexed: cases, config: config, asOf: instant, reload: { try? store.load($0) }))
            let timelines = OverdueReport(ReportInput(files: files, config: config, asOf: instant))
            #expect(indexed.count == timelines.count)
            compared += indexed.count
            for language in [Language.en, .ja] {
                Language.speaking(language) {
                    for format in [ReportFormat.text, .markdown] {
                        #expect(indexed.document.render(format) == timelines.document.render(format), "\(instant) \(language) \(format)")
                    }
                    #expect(indexed.document.render(.text, width: 40) == timelines.document.render(.text, width: 40))
                }
            }
            #expect(try encoder.encode(indexed.json) == (try encoder.encode(timelines.json)))
        }
        #expect(compared > 50)
    }
}
