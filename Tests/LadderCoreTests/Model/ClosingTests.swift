import Foundation
import LadderTestSupport
import Testing
@testable import LadderCore

/// Closing: the outcome, the apology test, a concrete promise watched after closing,
/// and reopening after a recurrence with the earlier history kept.
@Suite struct ClosingTests {
    @Test(arguments: Resolution.allCases)
    func everyOutcomeIsItsStatus(_ outcome: Resolution) throws {
        var f = try openCase()
        try f.record(.close(outcome, note: nil), "2026-07-16 10:00")
        let s = CaseState(f)
        #expect(s.status.rawValue == outcome.rawValue && !s.isOpen && !s.isWatched)
        #expect(try CaseCodec.decodeCase(try CaseCodec.encoder().encode(f)) == f)
    }

    @Test func aConcretePromiseIsWatchedAfterClosingAndAVagueOneIsNot() throws {
        var f = try openCase("回線が夜だけ切れる", org: "光ネット")
        try f.record(.raise(what: "折り返し電話", owedBy: .them, who: nil, due: t("2026-07-16 12:00")), "2026-07-15 15:00")
        let test = ApologyTest(acknowledgedEvent: true, explainedCause: true, acknowledgedTrouble: false, promise: "二か月分の返金")
        try f.record(.closeJudged(.partlyResolved, note: "工事で改善", test: test, due: t("2026-07-31 23:59")), "2026-07-20 10:00")
        let s = CaseState(f)
        #expect(s.status == .partlyResolved && s.apology == test && test.score == 3)
        #expect(s.replies.first { $0.item == 1 }?.outcome == .broken, "the open call back counts as broken at closing")
        #expect(s.openReplies.map(\.reply.what) == ["二か月分の返金"] && s.isWatched)
        // Overdue after its due time: in the overdue report, with reopening as the step.
        let input = ReportInput(files: [f], config: Config(userZone: tokyo), asOf: t("2026-08-02 09:00"))
        let report = OverdueReport(input)
        #expect(report.count == 1)
        #expect(report.groups.first?.items.first?.next.action == .reopen)
        #expect(report.document.render(.text).contains("next: reopen the case: the promise made at closing is late"))
        // Cleared when it comes: no longer watched.
        try f.record(.clear(item: "2", broken: false, note: "振込を確認"), "2026-07-30 10:00")
        #expect(!CaseState(f).isWatched)
        // The same test without a promise is recorded, and nothing is watched.
        var g = try openCase(number: 2)
        try g.record(.closeJudged(.resolved, note: nil, test: ApologyTest(acknowledgedEvent: false, explainedCause: false,
                                                                              acknowledgedTrouble: true), due: nil), "2026-07-20 10:00")
        #expect(CaseState(g).apology?.score == 1 && !CaseState(g).isWatched)
    }

    @Test func aPromiseNeedsItsDateAndADateItsPromise() throws {
        var f = try openCase()
        let before = f
        let vague = ApologyTest(acknowledgedEvent: true, explainedCause: false, acknowledgedTrouble: false, promise: "we will improve")
        #expect(throws: LadderError.self) { try f.record(.closeJudged(.resolved, note: nil, test: vague, due: nil), "2026-07-16 10:00") }
        let none = ApologyTest(acknowledgedEvent: true, explainedCause: false, acknowledgedTrouble: false)
        #expect(throws: LadderError.self) { try f.record(.closeJudged(.resolved, note: nil, test: none, due: t("2026-07-30 10:00")), "2026-07-16 10:00") }
        #expect(f == before, "nothing recorded, not even the closing")
    }

    @Test func reopeningAfterARecurrenceKeepsAndShowsTheHistory() throws {
        var f = try openCase()
        try f.record(.close(.partlyResolved, note: nil), "2026-07-16 10:00")
        try f.record(.reopen(reason: "bounces again"), "2026-07-20 09:00")
        try f.record(.close(.regulator, note: "sent to the ombudsman"), "2026-07-25 09:00")
        let s = CaseState(f)
        #expect(s.closings.count == 2 && s.closings[0].reopened == t("2026-07-20 09:00"))
        #expect(s.recurrenceLines(zone: tokyo) == ["Closed partly-resolved 2026-07-16, reopened 2026-07-20: bounces again."])
        #expect(s.status == .regulator)
        #expect(Brief.make(s, now: t("2026-07-26 09:00"), zone: tokyo).contains("Closed partly-resolved 2026-07-16, reopened 2026-07-20: bounces again."))
    }
}
