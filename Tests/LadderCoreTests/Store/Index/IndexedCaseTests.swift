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

    /// A summary with every part a record can hold: product, references, tags, replies
    /// with and without someone named, a contact and a different last attempt, each with
    /// its texts, progress and former numbers.
    static func full() -> CaseSummary {
        let phone = DatedContact(at: t("2026-07-10 11:00"), contact: Contact(channel: .phone, direction: .outgoing, failure: nil, rung: .executive,
                                                                          with: "佐藤さん", desk: "技術窓口", number: "0120-000-000", held: 61.5, took: 30))
        let failed = DatedContact(at: t("2026-07-12 09:30"), contact: Contact(channel: .email, direction: .failed, failure: .noAnswer, with: "Ms Hill"))
        let replies = [
            ReplyState(reply: PendingReply(id: UUID(), what: "返金の可否の回答", owedBy: .them, who: "佐藤さん", due: t("2026-07-14 17:00")),
                       item: 1, raisedAt: t("2026-07-10 11:00"), rung: .callCentre),
            ReplyState(reply: PendingReply(id: UUID(), what: "send logs", owedBy: .me, who: nil, due: t("2026-07-20 09:00")),
                       item: 2, raisedAt: t("2026-07-11 09:00"), rung: .executive),
        ]
        return CaseSummary(id: UUID(), number: 31,
                           details: CaseDetails(title: "迷惑メール判定の誤り", organisation: "Example Mobile", product: "光回線",
                                                references: ["C-1", "受付-2"], tags: ["mail", "返金"]),
                           startedAt: t("2026-07-01 10:00"), status: .open, closedAt: nil,
                           stints: [RungStint(rung: .callCentre, from: t("2026-07-01 10:00"), until: t("2026-07-11 09:00")),
                                    RungStint(rung: .executive, from: t("2026-07-11 09:00"), until: nil)],
                           openReplies: replies, reached: phone, attempt: failed, progress: [t("2026-07-10 11:00")],
                           latest: t("2026-07-12 09:30"), search: "", claimedAt: t("2026-07-01 10:00"), formerNumbers: [12])
    }

    /// A record is checked whole as it is found: cut short, with a byte more, or with
    /// any one byte changed, it is believed exactly when unpacking it with every check
    /// (texts well-formed, choices ladder's, counts inside, times within years 1 to
    /// 9999) would succeed, and then it reads as that unpacking does. So no part a
    /// later question unpacks can fail, and a record refused is read from its JSON line.
    @Test func aRecordIsBelievedExactlyWhenItUnpacksWhole() throws {
        let s = Self.full()
        let w = PackedWriter(capacity: 1024)
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
        // Every byte in turn made each of a few values that break things differently: a
        // byte that never starts a character, a lone continuation byte, zero, the top
        // of a count or a time.
        var refused = 0
        for at in 0..<good.count {
            for value: UInt8 in [0xFF, 0x80, 0x00, 0x7F, 0xC3] where good[at] != value {
                var bytes = good
                bytes[at] = value
                let strict: CaseSummary? = bytes.withUnsafeBytes { raw in
                    var r = PackedReader(raw)
                    guard let summary = try? CaseSummary(unpacking: &r), r.atEnd else { return nil }
                    return summary
                }
                let found = IndexedCase(in: try Self.mapped(bytes), from: 0, to: bytes.count)
                #expect((found == nil) == (strict == nil), "byte \(at) made \(value)")
                if let found, let strict { #expect(found.summary == strict, "byte \(at) made \(value)") }
                if found == nil { refused += 1 }
            }
        }
        #expect(refused > good.count)
    }

    /// A time no ladder writes (infinite, or beyond the year 9999) is not believed: read,
    /// it stopped the report as it wrote the day.
    @Test func aTimeNoLadderWritesIsNotBelieved() throws {
        let s = Self.full()
        let w = PackedWriter(capacity: 1024)
        s.pack(into: w)
        for bad in [Double.infinity, -Double.infinity, .nan, 1e300, 252_423_993_600, -63_113_904_001] {
            var bytes = w.bytes
            // `latest`, the last time before the stints.
            let at = try #require(Self.stintsStart(bytes)) - 8
            withUnsafeBytes(of: bad.bitPattern.littleEndian) { bytes.replaceSubrange(at..<at + 8, with: $0) }
            #expect(IndexedCase(in: try Self.mapped(bytes), from: 0, to: bytes.count) == nil, "\(bad)")
        }
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
        var compared = 0, packed = 0
        for instant in [instants[0].addingTimeInterval(-86_400 * 20)] + instants.prefix(4) + instants.suffix(2) {
            let (cases, problems) = try store.overdueCases(at: instant)
            #expect(problems.isEmpty)
            packed += cases.filter(\.isPacked).count
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
        #expect(packed > 40)
    }
}
