import Foundation
import LadderTestSupport
import Testing
@testable import LadderCore

/// Missed calls, and where on the ladder a contact happened.
@Suite struct ContactTests {
    @Test func threeVoicemailsAreShownButAreNoAnswer() throws {
        // Story 1: voicemails asking to call a number that turns out to be out of service.
        var f = try openCase(rung: .technicalDesk, at: "2026-07-17 10:00")
        for at in ["2026-07-17 19:00", "2026-07-18 10:00", "2026-07-18 15:00"] {
            try f.record(.log(Contact(channel: .phone, direction: .missed, number: "0120-000-000")), at)
        }
        try f.record(.log(Contact(channel: .phone, direction: .failed, failure: .outOfService)), "2026-07-18 16:00")
        let s = CaseState(f)
        #expect(s.lastReached == nil, "nobody got through")
        #expect(s.progressMoments.isEmpty)
        #expect(s.timers(at: t("2026-07-19 10:00")).silence == t("2026-07-19 10:00").timeIntervalSince(t("2026-07-17 10:00")))
        let line = TimelineText.describe(f.events[1], in: s, zone: tokyo).line
        #expect(line == "MISSED phone from technical-desk, left 0120-000-000")
        #expect(TimelineText.describe(f.events[4], in: s, zone: tokyo).line == "phone to technical-desk FAILED (out-of-service)")
    }

    @Test func aNumberGoesOnlyWithAMissedCall() throws {
        var f = try openCase()
        #expect(throws: LadderError.self) { try f.record(.log(Contact(channel: .phone, direction: .incoming, number: "03")), "2026-07-15 16:00") }
    }

    let org = Organisation(name: "Kestrel Mobile", contactPoints: [
        ContactPoint(name: "技術メール窓口", rung: .technicalDesk, email: "tech@example.jp"),
        ContactPoint(name: "お客様相談室", rung: .executive, phone: "0570-000-000"),
    ])

    func onExecutive() throws -> CaseState {
        var f = try openCase(org: "Kestrel Mobile", rung: .technicalDesk)
        try f.record(.escalate(to: .executive, reason: "no answer"), "2026-07-20 10:00")
        return CaseState(f)
    }

    @Test func aConfiguredContactPointSetsTheRungAndIsADeskNotAPerson() throws {
        let s = try onExecutive()
        let placed = s.placing(Contact(channel: .email, direction: .incoming, with: "技術メール窓口"), organisation: org, at: t("2026-07-21 10:00"))
        #expect(placed.contact.rung == .technicalDesk && placed.contact.desk == "技術メール窓口" && placed.contact.with == nil)
        #expect(placed.explanation == "on technical-desk: 技術メール窓口 is a contact point there")
        let asDesk = s.placing(Contact(channel: .email, direction: .incoming, with: "佐藤", desk: "技術メール窓口"), organisation: org, at: t("2026-07-21 10:00"))
        #expect(asDesk.contact.rung == .technicalDesk && asDesk.contact.with == "佐藤")
    }

    @Test func otherwiseTheCasesRungThenOrTheOneGiven() throws {
        let s = try onExecutive()
        let person = s.placing(Contact(channel: .phone, direction: .incoming, with: "佐藤"), organisation: org, at: t("2026-07-21 10:00"))
        #expect(person.contact.rung == .executive && person.rule == .caseRung)
        #expect(person.explanation == "on executive, the case's rung then")
        let before = s.placing(Contact(channel: .phone, direction: .incoming), organisation: nil, at: t("2026-07-16 10:00"))
        #expect(before.contact.rung == .technicalDesk)
        let given = s.placing(Contact(channel: .phone, direction: .incoming, rung: .shop, with: "技術メール窓口"), organisation: org, at: t("2026-07-21 10:00"))
        #expect(given.contact.rung == .shop && given.rule == .given)
    }
}
