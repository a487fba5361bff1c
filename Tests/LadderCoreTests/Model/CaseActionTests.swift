import Foundation
import LadderTestSupport
import Testing
@testable import LadderCore

/// Every action is validated against the case before its event is appended; a
/// refused action leaves the case exactly as it was.
@Suite struct CaseActionTests {
    func refuses(_ file: CaseFile, _ action: CaseAction, at: String = "2026-07-16 10:00",
                 now: String = "2026-07-16 10:00", field: LadderError.Field?, kind: LadderError.Kind) {
        var copy = file
        do {
            try copy.record(action, at: t(at), now: t(now))
            Issue.record("\(action) was accepted")
        } catch {
            #expect(error.field == field)
            #expect(error.kind == kind)
            #expect(!error.message.isEmpty)
        }
        #expect(copy == file)
    }

    @Test func openingNeedsATitleAndAnOrganisationAndAPastTime() {
        #expect(throws: LadderError(.usage, field: .title, "the title is empty", hint: "write e.g. \"Mail from two handsets bounces\"")) {
            try CaseFile.open(number: 1, details: CaseDetails(title: "  ", organisation: "X"), rung: .shop, note: nil,
                              at: t("2026-07-15 15:00"), now: t("2026-07-15 15:00"))
        }
        #expect(throws: LadderError.self) {
            try CaseFile.open(number: 1, details: CaseDetails(title: "T", organisation: ""), rung: .shop, note: nil,
                              at: t("2026-07-15 15:00"), now: t("2026-07-15 15:00"))
        }
        do {
            _ = try CaseFile.open(number: 1, details: CaseDetails(title: "T", organisation: "X"), rung: .shop, note: nil,
                                  at: t("2026-07-15 15:01"), now: t("2026-07-15 15:00"))
            Issue.record("a future opening was accepted")
        } catch {
            #expect(error.field == .at)
            #expect(error.kind == .data)
        }
    }

    @Test func openingTrimsTextAndRaisesRepliesWithTheCase() throws {
        let file = try CaseFile.open(
            number: 7, details: CaseDetails(title: "  迷惑メール判定の誤り ", organisation: "サンプル電気", product: " ",
                                            references: ["", "A-1"], tags: [" web "]),
            rung: .callCentre, note: "  ", replies: [
                ReplyRequest(what: "再送", owedBy: .them, due: t("2026-06-02 23:59:59")),
                ReplyRequest(what: "screenshot", owedBy: .me),
            ], at: t("2026-06-01 10:00"), now: t("2026-06-01 12:00"))
        let s = CaseState(file)
        #expect(s.details == CaseDetails(title: "迷惑メール判定の誤り", organisation: "サンプル電気", product: nil,
                                         references: ["A-1"], tags: ["web"]))
        #expect(s.replies.map(\.reply.owedBy) == [.them, .me])
        #expect(s.replies[1].reply.due == t("2026-06-02 10:00"))  // call-centre window: 1 day
        #expect(file.events.allSatisfy { $0.recorded == t("2026-06-01 12:00") })
    }

    @Test func eventsCannotHappenInTheFuture() throws {
        refuses(try openCase(), .note("x"), at: "2026-07-16 10:01", field: .at, kind: .data)
    }

    @Test func aDueTimeMustFollowTheEvent() throws {
        let file = try openCase()
        refuses(file, .raise(what: "call back", owedBy: .them, who: nil, due: t("2026-07-16 09:00")), field: .due, kind: .data)
        refuses(file, .raise(what: "call back", owedBy: .them, who: nil, due: t("2026-07-16 10:00")), field: .due, kind: .data)
        refuses(file, .raise(what: " ", owedBy: .them, who: nil, due: nil), field: .what, kind: .usage)
    }

    @Test func escalationNeedsAReasonAndSomewhereToGo() throws {
        var file = try openCase(rung: .regulator)
        refuses(file, .escalate(to: nil, reason: "r"), field: .rung, kind: .data)
        refuses(file, .escalate(to: .regulator, reason: "r"), field: .rung, kind: .data)
        refuses(file, .escalate(to: .executive, reason: ""), field: .reason, kind: .usage)
        try file.record(.escalate(to: .executive, reason: "the ministry sent me back"), "2026-07-16 10:00")
        #expect(CaseState(file).rung == .executive)
    }

    @Test func aClosedCaseTakesNoEscalationOrReplyUntilReopened() throws {
        var file = try openCase()
        try file.record(.close(.abandoned, note: nil), "2026-07-16 09:00")
        refuses(file, .escalate(to: nil, reason: "r"), field: .caseNumber, kind: .data)
        refuses(file, .raise(what: "x", owedBy: .me, who: nil, due: nil), field: .caseNumber, kind: .data)
        refuses(file, .close(.resolved, note: nil), field: .caseNumber, kind: .data)
        refuses(file, .reopen(reason: ""), field: .reason, kind: .usage)
        // A late call from them is still worth recording.
        try file.record(.log(Contact(channel: .phone, direction: .incoming)), "2026-07-16 09:30")
        try file.record(.reopen(reason: "it came back"), "2026-07-16 10:00")
        refuses(file, .reopen(reason: "again"), field: .caseNumber, kind: .data)
    }

    @Test func clearingNamesOneOpenReply() throws {
        var file = try openCase()
        refuses(file, .clear(item: nil, broken: false, note: nil), field: .item, kind: .data)
        try file.record(.raise(what: "call back", owedBy: .them, who: nil, due: nil), "2026-07-15 16:00")
        try file.record(.raise(what: "logs", owedBy: .me, who: nil, due: nil), "2026-07-15 16:00")
        refuses(file, .clear(item: nil, broken: false, note: nil), field: .item, kind: .data)
        refuses(file, .clear(item: "3", broken: false, note: nil), field: .item, kind: .data)
        refuses(file, .clear(item: "1", broken: false, note: nil), at: "2026-07-15 15:30", field: .at, kind: .data)
        let id = CaseState(file).replies[1].reply.id.uuidString.prefix(6)
        try file.record(.clear(item: String(id).lowercased(), broken: false, note: nil), "2026-07-16 09:00")
        try file.record(.clear(item: nil, broken: false, note: nil), "2026-07-16 09:00")
        #expect(CaseState(file).replies.map(\.outcome) == [.kept, .kept])
        refuses(file, .clear(item: "1", broken: false, note: nil), field: .item, kind: .data)
    }

    @Test func contactsAreChecked() throws {
        let file = try openCase()
        refuses(file, .log(Contact(channel: .phone, direction: .incoming, failure: .noAnswer)), field: .failure, kind: .usage)
        refuses(file, .log(Contact(channel: .phone, direction: .outgoing, held: -60)), field: .held, kind: .usage)
        refuses(file, .note("   "), field: .note, kind: .usage)
        refuses(file, .edit(CaseEdit()), field: nil, kind: .usage)
        refuses(file, .edit(CaseEdit(title: "")), field: .title, kind: .usage)
    }
}
