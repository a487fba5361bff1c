import Foundation
import LadderTestSupport
import Testing
@testable import LadderCore

/// `undo` reverts a change with a new event: the state is as if the change had not
/// happened, and the timeline keeps both.
@Suite struct UndoTests {
    /// The facts a case's state gives, without what only the timeline's length moves.
    func facts(_ s: CaseState) -> CaseSummary {
        let m = s.summary
        return CaseSummary(id: m.id, number: m.number, details: m.details, startedAt: m.startedAt, status: m.status,
                           closedAt: m.closedAt, stints: m.stints, openReplies: m.openReplies, reached: m.reached,
                           attempt: m.attempt, progress: m.progress, latest: m.startedAt, search: "")
    }

    /// A contact logged as happening days before the case was opened moves its start;
    /// undone, it must no longer (a newcomer saw "opened 6 days ago" after the undo).
    @Test func anUndoneBackdatedContactNoLongerSaysWhenTheCaseBegan() throws {
        var f = try openCase(at: "2026-12-01 22:53")
        try f.record(.log(Contact(channel: .phone, direction: .outgoing)), at: t("2026-11-27 00:00"), now: t("2026-12-02 10:00"))
        #expect(CaseState(f).startedAt == t("2026-11-27 00:00"))
        try f.record(.undo(event: nil, note: nil), at: t("2026-12-02 10:01"), now: t("2026-12-02 10:01"))
        let after = CaseState(f)
        #expect(after.startedAt == t("2026-12-01 22:53"))
        #expect(after.stints.first?.from == t("2026-12-01 22:53"))
        #expect(after.summary.startedAt == t("2026-12-01 22:53"))
    }

    @Test func undoingTheLastChangeGivesTheStateWithoutIt() throws {
        let dir = temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let store = Store(directory: dir)
        try IndexTests.world(store, count: 40, seed: 17)
        var kinds = Set<String>()
        for var file in try store.loadAll().cases {
            let state = CaseState(file)
            let last = try #require(state.lastChange)
            guard !last.kind.isOpening else { continue }
            kinds.insert(last.typeName)
            // The whole action goes: its first event and the events recorded with it.
            let action = Set(file.events.filter { $0.id == last.id || $0.partOf == last.id }.map(\.id))
            var without = file
            without.events.removeAll { action.contains($0.id) }
            let undoneAt = file.events.map(\.recorded).max()!
            try file.record(.undo(event: nil, note: "wrong case"), at: undoneAt, now: undoneAt)
            let after = CaseState(file)
            #expect(facts(after) == facts(CaseState(without)), "undoing \(last.typeName) on case \(file.number)")
            #expect(after.undone == action)
            #expect(after.timeline.count == state.timeline.count + 1, "the timeline keeps both")
            #expect(TimelineText.describe(last, in: after).line.hasPrefix("[undone] "))
            #expect(TimelineText.describe(file.events.last!, in: after).line.hasPrefix("undid: "))
        }
        #expect(kinds.count >= 5, "undid \(kinds.sorted())")
    }

    /// A closing settles the overdue replies and raises the apology test's promise with
    /// it: one undo takes the whole closing back.
    @Test func oneUndoTakesBackAWholeClosing() throws {
        var file = try openCase()
        try file.record(.raise(what: "call back", owedBy: .them, who: nil, due: t("2026-07-16 15:00")), "2026-07-15 15:10")
        let before = CaseState(file)
        let test = ApologyTest(acknowledgedEvent: true, explainedCause: false, acknowledgedTrouble: false, promise: "refund")
        try file.record(.closeJudged(.resolved, note: nil, test: test, due: t("2026-09-30 17:00")), "2026-07-20 10:00")
        #expect(file.events.count == 6, "closed, the call back broken, the apology test, its promise")
        #expect(CaseState(file).lastChange?.kind == .closed(.resolved, note: nil, openReplies: .watched))
        try file.record(.undo(event: nil, note: nil), "2026-07-20 10:05")
        let after = CaseState(file)
        #expect(after.isOpen && after.apology == nil)
        #expect(after.openReplies.map(\.reply.what) == before.openReplies.map(\.reply.what))
        // Naming a part of it undoes the whole too; and a second undo goes further back.
        #expect(after.lastChange?.typeName == "reply-raised")
    }

    @Test func undoWalksBackToTheOpeningWhichWithdrawsTheCase() throws {
        var file = try openCase()
        try file.record(.raise(what: "call back", owedBy: .them, who: nil, due: t("2026-07-16 15:00")), "2026-07-15 15:10")
        try file.record(.log(Contact(channel: .phone, direction: .outgoing, note: "explained")), "2026-07-15 15:20")
        for expected in ["contact", "reply-raised", "opened"] {
            #expect(CaseState(file).lastChange?.typeName == expected)
            try file.record(.undo(event: nil, note: nil), "2026-07-15 16:00")
        }
        let state = CaseState(file)
        #expect(state.status == .withdrawn && !state.isOpen)
        #expect(state.lastChange == nil)
        #expect(state.closedAt == t("2026-07-15 16:00"))
        #expect(throws: LadderError.self) { try file.record(.note("more"), "2026-07-15 16:10") }
        #expect(throws: LadderError.self) { try file.record(.reopen(reason: "again"), "2026-07-15 16:10") }
    }

    @Test func anUndoIsNotUndoneAndNothingIsUndoneTwice() throws {
        var file = try openCase()
        try file.record(.note("a"), "2026-07-15 15:10")
        let note = file.events.last!.id
        try file.record(.undo(event: nil, note: nil), "2026-07-15 15:20")
        let undo = file.events.last!.id
        #expect(throws: LadderError.self) { try file.record(.undo(event: undo, note: nil), "2026-07-15 15:30") }
        #expect(throws: LadderError.self) { try file.record(.undo(event: note, note: nil), "2026-07-15 15:30") }
        #expect(throws: LadderError.self) { try file.record(.undo(event: UUID(), note: nil), "2026-07-15 15:30") }
    }

    @Test func theUndoEventRoundTrips() throws {
        var file = try openCase("回線が切れる")
        try file.record(.note("x"), "2026-07-15 15:10")
        try file.record(.undo(event: nil, note: "間違い"), "2026-07-15 15:20")
        let data = try CaseCodec.encoder().encode(file)
        #expect(try CaseCodec.decodeCase(data) == file)
        #expect(String(decoding: data, as: UTF8.self).contains("\"undoes\""))
    }

    /// The store's last change is the one recorded last, whichever case it is on; a
    /// tie in recording time goes to the case written later.
    @Test func theStoresLastChangeIsTheOneRecordedLast() throws {
        let dir = temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let store = Store(directory: dir)
        #expect(try store.lastChange() == nil)
        for n in 1...3 { try store.create { _ in try openCase("case \(n)", number: n) } }
        try store.update(2) { try $0.record(.note("later"), "2026-07-15 16:00") }
        try store.update(1) { try $0.record(.note("earlier, written after"), "2026-07-15 15:30") }
        var found = try #require(try store.lastChange())
        #expect(found.file.number == 2 && found.event.typeName == "note")
        try store.update(2) { try $0.record(.undo(event: nil, note: nil), "2026-07-15 16:05") }
        found = try #require(try store.lastChange())
        #expect(found.file.number == 1, "then the one recorded before it")
        // Same recording time: the case written later.
        try store.update(3) { try $0.record(.note("same second"), "2026-07-15 16:10") }
        try store.update(1) { try $0.record(.note("same second, written later"), "2026-07-15 16:10") }
        #expect(try store.lastChange()?.file.number == 1)
    }

    /// Undoing an escalation must not rewrite it as "sent back technical-desk -> technical-desk".
    @Test func anUndoneEscalationStillSaysWhereItWent() throws {
        var file = try openCase(rung: .callCentre)
        try file.record(.escalate(to: nil, reason: "no call back"), "2026-07-16 10:00")
        try file.record(.undo(event: nil, note: nil), "2026-07-16 10:05")
        let s = CaseState(file)
        #expect(TimelineText.describe(file.events[1], in: s).line == "[undone] escalated call-centre -> technical-desk")
        #expect(TimelineText.describe(file.events[2], in: s).line.hasPrefix("undid: escalated call-centre -> technical-desk"))
    }
}
