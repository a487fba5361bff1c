import Foundation
import LadderTestSupport
import Testing
@testable import LadderCore

/// Every kind of event is written under its stored name and read back the same.
@Suite struct EventCodingTests {
    /// An example of each stored type, with every optional part filled in (the switch
    /// has no default, so a new type cannot be added without its example).
    static func example(_ type: Event.StoredType) -> Event.Kind {
        let reply = UUID()
        switch type {
        case .opened:
            return .opened(CaseDetails(title: "迷惑メール判定の誤り", organisation: "Example Mobile", product: "Handset X",
                                       references: ["C-1234", "受付番号：1234567"], tags: ["mail"]),
                           rung: .technicalDesk, note: "first visit")
        case .contact:
            return .contact(Contact(channel: .phone, direction: .failed, failure: .wrongNumber, rung: .callCentre,
                                    with: "network team", held: 2400, took: 1200, note: "they wrote my number down wrong"))
        case .escalated: return .escalated(to: .executive, reason: "no reply in 3 days")
        case .replyRaised:
            return .replyRaised(PendingReply(id: reply, what: "call back with the fix", owedBy: .them, who: "counter manager",
                                             due: t("2026-07-16 17:00")), rung: .shop)
        case .replyCleared: return .replyCleared(id: reply, broken: true, note: "only a referral")
        case .note: return .note("supervisor promised automatic acknowledgements")
        case .edited:
            return .edited(CaseEdit(title: "Mail bounces", organisation: "Kestrel Mobile", product: "",
                                    references: ["A-1"], tags: []))
        case .closed: return .closed(.partlyResolved, note: "cause explained")
        case .reopened: return .reopened(reason: "bounces again")
        case .asked: return .asked("a refund of the two months and a written cause")
        case .apologyTested:
            return .apologyTested(ApologyTest(acknowledgedEvent: true, explainedCause: false, acknowledgedTrouble: true,
                                              promise: "refund by 08-31"))
        case .undone: return .undone(id: reply, note: "logged on the wrong case")
        }
    }

    @Test(arguments: Event.StoredType.allCases)
    func roundTrips(_ type: Event.StoredType) throws {
        let kind = Self.example(type)
        #expect(kind.storedType == type)
        let event = Event(at: t("2026-07-15 15:00"), recorded: t("2026-07-15 15:10"), kind: kind,
                          partOf: type == .replyCleared ? UUID() : nil)
        let data = try CaseCodec.encoder().encode(event)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["type"] as? String == type.rawValue)
        #expect(try CaseCodec.decoder().decode(Event.self, from: data) == event)
    }

    @Test func aTypeNoLadderKnowsIsRefusedByName() throws {
        let event = Event(at: t("2026-07-15 15:00"), recorded: t("2026-07-15 15:00"), kind: .note("x"))
        var object = try #require(try JSONSerialization.jsonObject(with: CaseCodec.encoder().encode(event)) as? [String: Any])
        object["type"] = "telepathy"
        let file: [String: Any] = ["format": 1, "id": UUID().uuidString, "number": 1, "events": [object]]
        let data = try JSONSerialization.data(withJSONObject: file)
        do {
            _ = try CaseCodec.decodeCase(data)
            Issue.record("a case with an unknown event type was read")
        } catch {
            #expect(error.text.contains("telepathy"), "\(error.text)")
        }
    }
}
