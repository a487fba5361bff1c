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

/// A promise not yet due when the case closes is judged by its own due time.
@Suite struct PromisesAtClosingTests {
    func closedWithAPromiseDueLater() throws -> CaseFile {
        var f = try openCase()
        try f.record(.raise(what: "refund", owedBy: .them, who: nil, due: t("2026-08-02 10:00")), "2026-07-20 10:00")
        try f.record(.raise(what: "call back", owedBy: .them, who: nil, due: t("2026-07-21 10:00")), "2026-07-20 10:00")
        try f.record(.close(.resolved, note: nil), "2026-07-29 15:00")
        return f
    }

    @Test func closingOnTheTwentyNinthLeavesThePromiseDueInAugustWatched() throws {
        let s = CaseState(try closedWithAPromiseDueLater())
        #expect(s.replies.map(\.outcome) == [nil, .broken], "the overdue call back is broken, the refund is not")
        #expect(s.replies[1].clearNote == "overdue when the case was closed")
        #expect(s.isWatched && s.openReplies.map(\.reply.what) == ["refund"])
    }

    @Test func theWatchedPromiseIsKeptOrLateByItsOwnDueTime() throws {
        var kept = try closedWithAPromiseDueLater()
        try kept.record(.clear(item: "1", broken: false, note: nil), "2026-08-01 10:00")
        #expect(CaseState(kept).replies[0].outcome == .kept && !CaseState(kept).isWatched)
        var late = try closedWithAPromiseDueLater()
        try late.record(.clear(item: "1", broken: false, note: nil), "2026-08-05 10:00")
        #expect(CaseState(late).replies[0].outcome == .late)
    }

    @Test func pastItsDueTimeTheReportSaysSo() throws {
        let f = try closedWithAPromiseDueLater()
        let report = OverdueReport(ReportInput(files: [f], config: Config(userZone: tokyo), asOf: t("2026-08-03 09:00")))
        #expect(report.count == 1)
        #expect(report.document.render(.text).contains("next: reopen the case: a promise still watched since it closed is late"))
    }

    @Test func brokenOpenCountsEveryOpenReplyBrokenOnPurpose() throws {
        var f = try openCase()
        try f.record(.raise(what: "refund", owedBy: .them, who: nil, due: t("2026-08-02 10:00")), "2026-07-20 10:00")
        try f.record(.close(.abandoned, note: nil, open: .breakOpen), "2026-07-29 15:00")
        let s = CaseState(f)
        #expect(s.replies.map(\.outcome) == [.broken] && !s.isWatched)
        #expect(s.replies[0].clearNote == "still open when the case was closed")
    }

    @Test func aReplyClearedInTheSameSecondIsNotSettledAgainByTheClosing() throws {
        var f = try openCase()
        try f.record(.raise(what: "answer", owedBy: .them, who: nil, due: t("2026-07-16 10:00")), "2026-07-15 15:00")
        try f.record(.clear(item: "1", broken: false, note: "came"), "2026-07-20 10:00")
        let before = f.events.count
        try f.record(.close(.resolved, note: nil), "2026-07-20 10:00")
        #expect(f.events.count == before + 1, "only the closing: nothing was still open")
        #expect(CaseState(f).replies[0].outcome == .late)
    }

    @Test func aClosingWrittenBeforeFormatTwoStillCountsOpenRepliesBroken() throws {
        // The stored event of a format-1 file has no openReplies key.
        var f = try openCase()
        try f.record(.raise(what: "refund", owedBy: .them, who: nil, due: t("2026-08-02 10:00")), "2026-07-20 10:00")
        var event = try #require(try JSONSerialization.jsonObject(
            with: CaseCodec.encoder().encode(Event(at: t("2026-07-29 15:00"), recorded: t("2026-07-29 15:00"), kind: .closed(.resolved, note: nil))))
            as? [String: Any])
        event["openReplies"] = nil
        let old = try CaseCodec.decoder().decode(Event.self, from: JSONSerialization.data(withJSONObject: event))
        #expect(old.kind == .closed(.resolved, note: nil, openReplies: .broken))
        f.events.append(old)
        let s = CaseState(f)
        #expect(s.replies[0].outcome == .broken && s.replies[0].clearNote == "still open when the case was closed")
    }
}
