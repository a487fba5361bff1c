import Foundation
import LadderTestSupport
import Testing
@testable import LadderCore

@Suite struct CaseJSONTests {
    func object(_ json: CaseJSON) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: CaseCodec.encoder().encode(json)) as! [String: Any]
    }

    @Test func theDocumentedKeysAreAlwaysThere() throws {
        var file = try openCase()
        try file.record(.raise(what: "call back", owedBy: .them, who: nil, due: t("2026-07-15 17:00")), "2026-07-15 15:00")
        try file.record(.raise(what: "logs", owedBy: .me, who: "tech desk", due: t("2026-07-16 17:00")), "2026-07-15 15:00")
        let state = CaseState(file)
        let list = try object(CaseJSON(state, now: t("2026-07-15 18:00"), detailed: false))
        #expect(Set(list.keys) == ["number", "id", "title", "organisation", "product", "references", "tags", "rung",
                                   "highestRung", "status", "opened", "closed", "timers", "ladder", "pending"])
        #expect(list["number"] as? Int == 1)
        #expect(list["rung"] as? String == "shop")
        #expect(list["status"] as? String == "open")
        #expect(list["product"] is NSNull)
        let pending = list["pending"] as! [[String: Any]]
        #expect(pending.map { $0["owedBy"] as? String } == ["them", "me"])
        #expect(pending.map { $0["overdue"] as? Bool } == [true, false])
        #expect(pending.map { $0["secondsLeft"] as? Int } == [-3600, 23 * 3600])
        #expect(pending[0]["due"] as? String == TimeText.iso(t("2026-07-15 17:00")))
        #expect(Set(pending[0].keys) == ["id", "item", "what", "owedBy", "who", "rung", "raised", "due", "overdue", "secondsLeft"])
        let timers = list["timers"] as! [String: Any]
        #expect(timers["onRung"] as? Int == 3 * 3600)
        #expect(timers["sinceContact"] is NSNull)

        let show = try object(CaseJSON(state, now: t("2026-07-15 18:00"), detailed: true))
        let events = show["events"] as! [[String: Any]]
        #expect(events.map { $0["type"] as? String } == ["opened", "reply-raised", "reply-raised"])
        #expect((show["replies"] as! [[String: Any]]).count == 2)
    }
}
