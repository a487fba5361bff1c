import Foundation
import Testing

/// The README's promise: a case that climbs from shop to executive, with contacts,
/// a backdated visit and replies both ways, and its timers in `list` and `show`.
@Suite struct StoryTests {
    @Test func aCaseClimbsFromShopToExecutive() throws {
        let s = Sandbox(now: "2026-07-15T17:10:00+09:00")
        let added = s.ok("add", "Mail", "from", "two", "handsets", "bounces", "--org", "Example Mobile",
                         "--ref", "C-1234", "--tag", "mail", "--at", "wed 15:00", "--note", "Host unknown")
        #expect(added.out.hasPrefix("Added case 1: Mail from two handsets bounces (Example Mobile, shop)"))
        s.ok("log", "1", "--via", "visit", "--with", "counter manager", "--held", "80m", "--took", "30m",
             "--at", "15:10", "--note", "explained it all again")
        s.ok("await", "1", "tell me whether it can be fixed", "--who", "shop manager", "--due", "tomorrow 12:00")

        s.now = "2026-07-16T11:00:00+09:00"
        s.ok("log", "1", "--via", "phone", "--in", "--with", "shop manager")
        s.ok("clear", "1", "--note", "only a referral")
        s.ok("escalate", "1", "--reason", "the shop cannot take a fault report")
        s.ok("log", "1", "--via", "phone", "--failed", "--failure", "wrong-number", "--note", "they wrote my number wrong")
        s.ok("await", "1", "network team call back", "--due", "2h")

        s.now = "2026-07-16T18:00:00+09:00"
        s.ok("escalate", "1", "--to", "technical-desk", "--reason", "network team: e-mail the desk")
        s.ok("clear", "1", "2", "--at", "17:00", "--note", "called at last")
        s.ok("owe", "1", "send the bounce headers", "--due", "fri")
        s.ok("await", "1", "acknowledgement of my e-mail", "--due", "fri 10:30")

        s.now = "2026-07-27T17:25:00+09:00"
        s.ok("escalate", "1", "--to", "executive", "--reason", "desk blames my DNS")

        s.now = "2026-07-28T09:00:00+09:00"
        let list = s.ok("list").out
        let rows = list.split(separator: "\n")
        #expect(rows.count == 2)
        #expect(rows[0].hasPrefix("#  RUNG"))
        #expect(rows[1].contains("executive"))
        #expect(rows[1].contains("OVERDUE 1w 3d them: acknowledgement of my e-mail"))

        let show = s.ok("show", "1").out
        #expect(show.contains("Case 1: Mail from two handsets bounces  [open]"))
        #expect(show.contains("age 1w 5d, on executive 15h 35m, last contact 1w 4d ago"))
        #expect(show.contains("  * shop                20h"))
        #expect(show.contains("  * call-centre          7h"))
        #expect(show.contains("  * technical-desk    1w 3d"))
        #expect(show.contains("  > executive       15h 35m  since Mon 07-27 17:25"))
        #expect(show.contains("#3 OVERDUE 1w 3d  me: send the bounce headers"))
        #expect(show.contains("#4 OVERDUE 1w 3d  them: acknowledgement of my e-mail"))
        #expect(show.contains("Their promises: 1 kept, 1 late, 0 broken"))
        #expect(show.contains("2026-07-15 15:10 (recorded Wed 07-15 17:10)  visit to shop, with counter manager, held 1h 20m, took 30m"))
        #expect(show.contains("phone to call-centre FAILED (wrong-number)"))
        #expect(show.contains("escalated technical-desk -> executive"))

        let json = try s.json("show", "1", "--json") as! [String: Any]
        #expect(json["rung"] as? String == "executive")
        let pending = json["pending"] as! [[String: Any]]
        #expect(pending.map { $0["owedBy"] as? String } == ["them", "me"])
        #expect(pending.allSatisfy { $0["overdue"] as? Bool == true })
        #expect((json["events"] as! [Any]).count == 13)

        // Close with a reply overdue: it counts as broken.
        let closed = s.ok("close", "1", "--note", "root cause fixed").out
        #expect(closed.contains("reply 3 was overdue: counted as broken"))
        #expect(s.ok("list").out.contains("No cases match."))
        #expect(s.ok("list", "--all").out.contains("resolved"))
        s.ok("reopen", "1", "--reason", "bounces again")
        #expect(s.ok("list").out.contains("executive"))
    }

    @Test func listIsMostUrgentFirstAndFilters() throws {
        let s = Sandbox(now: "2026-07-20T12:00:00+09:00")
        s.ok("add", "quiet", "--org", "Alpha ISP", "--at", "2026-07-01 10:00")
        s.ok("add", "due soon", "--org", "Beta Mobile", "--owe", "logs", "--due", "13:00", "--rung", "technical-desk")
        s.ok("add", "very late", "--org", "Alpha ISP", "--await", "resend", "--due", "7/19", "--at", "7/18", "--tag", "urgent")
        let all = try s.json("list", "--json") as! [[String: Any]]
        #expect(all.map { $0["number"] as? Int } == [3, 2, 1])
        let alpha = try s.json("list", "--json", "--org", "alpha") as! [[String: Any]]
        #expect(alpha.map { $0["number"] as? Int } == [3, 1])
        let overdue = try s.json("list", "--json", "--overdue") as! [[String: Any]]
        #expect(overdue.map { $0["number"] as? Int } == [3])
        let desk = try s.json("list", "--json", "--rung", "technical-desk") as! [[String: Any]]
        #expect(desk.map { $0["number"] as? Int } == [2])
        let tagged = try s.json("list", "--json", "--tag", "URGENT") as! [[String: Any]]
        #expect(tagged.map { $0["number"] as? Int } == [3])
        #expect(s.ok("list", "--org", "nobody").out == "No cases match.\n")
    }

    @Test func anEmptyStoreSaysHowToStart() {
        let s = Sandbox()
        let r = s.ok("list")
        #expect(r.out.contains("No cases yet. Add one: ladder add"))
        #expect(s.ok("list", "--json").out == "[\n\n]\n" || s.ok("list", "--json").out == "[]\n")
        #expect(!FileManager.default.fileExists(atPath: s.store))
    }
}
