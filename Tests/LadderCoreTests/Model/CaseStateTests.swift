import Foundation
import LadderTestSupport
import Testing
@testable import LadderCore

/// The rules of a case's derived state, told through the mail-bounce story.
@Suite struct CaseStateTests {
    @Test func aCaseClimbsAndCountsTimePerRung() throws {
        var file = try openCase()
        try file.record(.escalate(to: nil, reason: "shop cannot take fault reports"), "2026-07-16 11:00")
        try file.record(.escalate(to: nil, reason: "network team said e-mail the desk"), "2026-07-16 18:00")
        try file.record(.escalate(to: .executive, reason: "desk blames my DNS"), "2026-07-27 17:25")
        let s = CaseState(file)
        #expect(s.rung == .executive)
        #expect(s.highestRung == .executive)
        let now = t("2026-07-28 17:25")
        let spent = s.timePerRung(at: now)
        #expect(spent.map(\.rung) == [.shop, .callCentre, .technicalDesk, .executive])
        let expected: [TimeInterval] = [20 * 3600, 7 * 3600, 10 * 86_400 + 23 * 3600 + 25 * 60, 86_400]
        #expect(spent.map(\.seconds) == expected)
        let timers = s.timers(at: now)
        let age: TimeInterval = 13 * 86_400 + 2 * 3600 + 25 * 60
        #expect(timers.age == age)
        #expect(timers.onRung == 86_400)
        #expect(timers.sinceContact == nil)
        #expect(timers.silence == timers.age)
    }

    @Test func sentBackDownAndUpAgainAddsUpPerRung() throws {
        var file = try openCase(rung: .callCentre)
        try file.record(.escalate(to: .technicalDesk, reason: "r"), "2026-07-15 16:00")
        try file.record(.escalate(to: .callCentre, reason: "desk sent me back"), "2026-07-15 18:00")
        try file.record(.escalate(to: nil, reason: "again"), "2026-07-15 19:00")
        let s = CaseState(file)
        #expect(s.rung == .technicalDesk)
        let spent = Dictionary(uniqueKeysWithValues: s.timePerRung(at: t("2026-07-15 20:00")).map { ($0.rung, $0.seconds) })
        #expect(spent[.callCentre] == TimeInterval(2 * 3600))
        #expect(spent[.technicalDesk] == TimeInterval(3 * 3600))
        #expect(TimelineText.describe(file.events[2], in: s).line == "sent back technical-desk -> call-centre")
    }

    @Test func escalationsInTheSameSecondEachNameTheRungTheyLeft() throws {
        var file = try openCase()
        try file.record(.escalate(to: nil, reason: "a"), "2026-07-16 10:00")
        try file.record(.escalate(to: .executive, reason: "b"), "2026-07-16 10:00")
        let s = CaseState(file)
        #expect(s.rung == .executive)
        #expect(TimelineText.describe(file.events[1], in: s).line == "escalated shop -> call-centre")
        #expect(TimelineText.describe(file.events[2], in: s).line == "escalated call-centre -> executive")
    }

    @Test func backdatedEventsTakeTheirPlaceInTime() throws {
        var file = try openCase(at: "2026-07-15 17:10")
        // Recorded at 17:10, but the visit started at 15:00: before the case was opened.
        try file.record(.log(Contact(channel: .visit, direction: .outgoing, held: 80 * 60)),
                        at: t("2026-07-15 15:00"), now: t("2026-07-15 17:10"))
        try file.record(.note("second visit planned"), "2026-07-15 17:20")
        let s = CaseState(file)
        #expect(s.startedAt == t("2026-07-15 15:00"))
        #expect(s.timeline.map(\.typeName) == ["contact", "opened", "note"])
        #expect(s.timers(at: t("2026-07-15 18:00")).sinceContact == TimeInterval(3 * 3600))
        // The contact keeps the rung it was recorded on.
        guard case let .contact(c) = s.timeline[0].kind else { Issue.record("not a contact"); return }
        #expect(c.rung == .shop)
    }

    @Test func failedAttemptsAreRecordedButAreNotContact() throws {
        var file = try openCase()
        try file.record(.log(Contact(channel: .phone, direction: .incoming)), "2026-07-16 11:00")
        try file.record(.log(Contact(channel: .phone, direction: .failed, failure: .wrongNumber)), "2026-07-17 18:00")
        let s = CaseState(file)
        let timers = s.timers(at: t("2026-07-17 19:00"))
        #expect(timers.sinceContact == TimeInterval(32 * 3600))
        #expect(timers.sinceAttempt == 3600)
        #expect(timers.silence == 32 * 3600)
        #expect(TimelineText.describe(s.timeline[2], in: s).line == "phone to shop FAILED (wrong-number)")
    }

    @Test func repliesAreKeptLateOrBroken() throws {
        var file = try openCase()
        try file.record(.raise(what: "call back", owedBy: .them, who: "shop manager", due: t("2026-07-16 12:00")), "2026-07-15 17:00")
        try file.record(.raise(what: "resend mail", owedBy: .them, who: nil, due: t("2026-07-16 12:00")), "2026-07-15 17:00")
        try file.record(.raise(what: "screenshot", owedBy: .me, who: nil, due: t("2026-07-16 12:00")), "2026-07-15 17:00")
        try file.record(.raise(what: "auto acknowledgement", owedBy: .them, who: nil, due: nil), "2026-07-15 17:00")
        try file.record(.clear(item: "1", broken: false, note: nil), "2026-07-16 11:00")
        try file.record(.clear(item: "2", broken: false, note: "arrived the next evening"), "2026-07-16 19:00")
        try file.record(.clear(item: "3", broken: true, note: "they stopped asking"), "2026-07-16 11:30")

        var s = CaseState(file)
        #expect(s.replies.map(\.outcome) == [.kept, .late, .broken, nil])
        #expect(s.replies.map(\.item) == [1, 2, 3, 4])
        // No due given: the shop's default window of 2 days from when it was raised.
        #expect(s.replies[3].reply.due == t("2026-07-17 17:00"))
        #expect(!s.replies[3].isOverdue(at: t("2026-07-17 17:00")))
        #expect(s.replies[3].isOverdue(at: t("2026-07-17 17:00:01")))
        #expect(s.overdueReplies(at: t("2026-07-18 00:00")).map(\.item) == [4])

        // Still open when the case closes: broken.
        try file.record(.close(.resolved, note: nil), "2026-07-29 10:00")
        s = CaseState(file)
        #expect(s.replies[3].outcome == .broken)
        #expect(s.replies[3].clearedAt == t("2026-07-29 10:00"))
        #expect(s.overdueReplies(at: t("2026-08-01 00:00")).isEmpty)
    }

    @Test func closingStopsTheClocksAndReopeningKeepsHistory() throws {
        var file = try openCase()
        try file.record(.escalate(to: nil, reason: "r"), "2026-07-16 15:00")
        try file.record(.close(.resolved, note: "root cause fixed"), "2026-07-17 15:00")
        var s = CaseState(file)
        #expect(s.status == .resolved)
        let later = s.timers(at: t("2026-08-30 00:00"))
        #expect(later.age == 2 * 86_400)
        #expect(later.onRung == 86_400)

        try file.record(.reopen(reason: "bounces again"), "2026-08-01 09:00")
        s = CaseState(file)
        #expect(s.status == .open)
        #expect(s.closedAt == nil)
        #expect(s.rung == .callCentre)
        #expect(s.timers(at: t("2026-08-01 10:00")).onRung == 3600)
        let spent = Dictionary(uniqueKeysWithValues: s.timePerRung(at: t("2026-08-01 10:00")).map { ($0.rung, $0.seconds) })
        #expect(spent[.callCentre] == TimeInterval(86_400 + 3600))
        #expect(s.timeline.map(\.typeName) == ["opened", "escalated", "closed", "reopened"])
    }

    @Test func editsCorrectDetailsWithoutLosingTheOriginal() throws {
        var file = try openCase()
        try file.record(.edit(CaseEdit(title: "Mail from two handsets is rejected", references: ["C-1", "T-2"])), "2026-07-16 09:00")
        try file.record(.edit(CaseEdit(product: "mail")), "2026-07-16 09:01")
        try file.record(.edit(CaseEdit(product: "")), "2026-07-16 09:02")
        let s = CaseState(file)
        #expect(s.details.title == "Mail from two handsets is rejected")
        #expect(s.details.organisation == "Example Mobile")
        #expect(s.details.references == ["C-1", "T-2"])
        #expect(s.details.product == nil)
        guard case let .opened(original, _, _) = file.events[0].kind else { Issue.record("no opening"); return }
        #expect(original.title == "Mail from two handsets bounces")
    }
}
