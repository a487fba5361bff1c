import Foundation
import LadderTestSupport
import Testing
@testable import LadderCore

/// A promise made on a lower rung and left open when the case climbed is the reason for
/// the climb already taken, not for the next one.
@Suite struct LeftBehindTests {
    let clocks = Clocks.standard()

    func climbed() throws -> CaseFile {
        // Technical desk promises an answer within the hour; four days later, nothing.
        var file = try openCase(rung: .technicalDesk, at: "2026-07-16 10:00")
        try file.record(.raise(what: "answer", owedBy: .them, who: nil, due: t("2026-07-16 11:00")), "2026-07-16 10:00")
        return file
    }

    @Test func afterEscalatingTheOldPromiseIsStillOwedButNoReasonToClimbAgain() throws {
        var file = try climbed()
        #expect(CaseState(file).climbAdvice(at: t("2026-07-20 09:00"), clocks: clocks, organisation: nil)?.to == .executive)
        try file.record(.escalate(to: .executive, reason: "no answer"), "2026-07-20 10:00")
        try file.record(.log(Contact(channel: .phone, direction: .incoming, with: "customer relations")), "2026-07-20 11:00")
        let state = CaseState(file)
        #expect(state.climbAdvice(at: t("2026-07-20 11:05"), clocks: clocks, organisation: nil) == nil,
                "the technical desk's promise is no reason to go to the regulator")
        let reply = try #require(state.openReplies.first)
        #expect(state.isLeftBehind(reply))
        #expect(state.leftBehindNote(reply) == "technical-desk still owes it")
        // The overdue report still lists it, and says who owes it.
        let step = ReportCase(state, config: Config(userZone: tokyo)).nextStep(for: reply, at: t("2026-07-20 11:05"), config: Config(userZone: tokyo))
        #expect(step.text == "chase the technical-desk (it still owes this; the case is on executive)")
    }

    @Test func theExecutivesOwnPromiseLateBeyondTheThresholdSaysClimb() throws {
        var file = try climbed()
        try file.record(.escalate(to: .executive, reason: "no answer"), "2026-07-20 10:00")
        try file.record(.raise(what: "measures", owedBy: .them, who: nil, due: t("2026-07-21 10:00")), "2026-07-20 10:00")
        let a = try #require(CaseState(file).climbAdvice(at: t("2026-07-23 10:00"), clocks: clocks, organisation: nil))
        #expect(a.reason == .overdue(item: 2, what: "measures", late: 2 * 86_400))
        #expect(a.to == .regulator)
    }

    @Test func sentBackDownTheRungsOwnOldPromiseCountsAgain() throws {
        var file = try climbed()
        try file.record(.escalate(to: .executive, reason: "no answer"), "2026-07-20 10:00")
        try file.record(.escalate(to: .technicalDesk, reason: "executive sent me back"), "2026-07-20 12:00")
        #expect(CaseState(file).climbAdvice(at: t("2026-07-20 12:05"), clocks: clocks, organisation: nil)?.to == .executive)
    }

    @Test func carryingUpRaisesThePromiseAgainOnTheNewRungAndCountsTheOldOneBroken() throws {
        var file = try climbed()
        try file.record(.escalate(to: .executive, reason: "no answer", leftOpen: .carry), "2026-07-20 10:00")
        let state = CaseState(file)
        #expect(state.replies.map(\.outcome) == [.broken, nil])
        #expect(state.replies[0].clearNote == "carried to executive")
        let carried = try #require(state.openReplies.first)
        #expect(carried.reply.what == "answer" && carried.rung == .executive && carried.item == 2)
        #expect(carried.reply.due == clocks.due(on: .executive, from: t("2026-07-20 10:00")))
        #expect(!state.isLeftBehind(carried))
    }

    @Test func breakingCountsThemBrokenAndOnlyTheirsOnTheRungLeft() throws {
        var file = try climbed()
        try file.record(.raise(what: "send logs", owedBy: .me, who: nil, due: t("2026-07-25 10:00")), "2026-07-16 10:00")
        try file.record(.escalate(to: .executive, reason: "no answer", leftOpen: .breakThem), "2026-07-20 10:00")
        let state = CaseState(file)
        #expect(state.replies.map(\.outcome) == [.broken, nil], "what I owe is not theirs to break")
        #expect(state.replies[0].clearNote == "left open when the case moved to executive")
    }

    @Test func bothOrNoneAnEscalationThatCannotBeRecordedBreaksNothing() throws {
        var file = try climbed()
        try file.record(.close(.abandoned, note: nil), "2026-07-17 10:00")
        let before = file.events.count
        #expect(throws: LadderError.self) { try file.record(.escalate(to: nil, reason: "x", leftOpen: .breakThem), "2026-07-20 10:00") }
        #expect(file.events.count == before)
    }
}
