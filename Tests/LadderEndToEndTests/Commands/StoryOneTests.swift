import Foundation
import LadderTestSupport
import Testing

/// Story 1 of ../shared/USER-STORIES.md, day by day, from the shop to the executive in two
/// weeks: at every step ladder must give the right advice.
@Suite struct StoryOneTests {
    let s = Sandbox(now: "2026-07-15T15:00:00+09:00")

    func at(_ when: String) { s.now = "2026-07-\(when):00+09:00" }

    /// The CLIMB line of `show`, or nil.
    func climb() -> String? {
        s.ok("show", "1").out.split(separator: "\n").first { $0.hasPrefix("CLIMB") }.map(String.init)
    }

    @Test func fromTheShopToTheExecutiveWithTheRightAdviceAtEveryStep() throws {
        s.ok("org", "add", "Kestrel Mobile", "--zone", "Asia/Tokyo")
        s.ok("org", "add", "Kestrel Mobile", "--point", "technical desk", "--rung", "technical-desk", "--email", "tech@kestrel.example")
        s.ok("org", "add", "Kestrel Mobile", "--point", "customer relations", "--rung", "executive", "--phone", "0570-000-000", "--paid",
             "--hours", "mon-fri 09:00-18:00")

        // Wednesday 15:00, the shop: 80 minutes of waiting, a counter manager, a promise.
        at("15T17:20")
        s.ok("add", "Mail from two handsets bounces", "--org", "Kestrel Mobile", "--at", "15:00")
        s.ok("log", "1", "--via", "visit", "--with", "counter manager", "--held", "80m", "--took", "35m", "--at", "15:00")
        s.ok("await", "1", "tell me whether it can be fixed", "--who", "counter manager", "--due", "thu 12:00")
        #expect(climb() == nil, "a promise in time: wait")

        // Thursday 11:00: the shop manager calls back with the same line.
        at("16T11:00")
        s.ok("log", "1", "--via", "phone", "--in", "--with", "shop manager", "--note", "go to the information centre")
        s.ok("clear", "1", "1", "--note", "only a referral")
        s.ok("escalate", "1", "--reason", "the shop cannot accept a fault report")
        #expect(climb() == nil, "just arrived on the call centre")

        // Thursday, the call centre: the network team will call back; nobody does.
        at("16T13:00")
        s.ok("log", "1", "--via", "phone", "--with", "operator", "--took", "40m")
        s.ok("await", "1", "network team call back", "--due", "2h")
        at("16T18:00")
        #expect(climb() == nil, "late by three hours: chase, not yet climb")
        let report = s.run(["report", "overdue"])
        #expect(report.status == 1 && report.out.contains("next: chase the call-centre"))
        s.ok("log", "1", "--via", "phone", "--with", "operator", "--note", "they wrote my number down wrong")
        at("16T19:00")
        s.ok("log", "1", "--via", "phone", "--in", "--desk", "network team", "--note", "e-mail the technical desk")
        s.ok("clear", "1", "2")
        s.ok("escalate", "1", "--reason", "told to e-mail the technical desk")

        // The technical desk: an e-mail, no acknowledgement.
        at("16T20:00")
        let mail = s.ok("log", "1", "--via", "email", "--desk", "technical desk").out
        #expect(mail.contains("on technical-desk: technical desk is a contact point there"))
        s.ok("await", "1", "acknowledgement", "--due", "fri 10:00")
        at("17T10:30")
        #expect(climb() == nil)
        s.ok("log", "1", "--via", "email", "--desk", "technical desk", "--note", "again")
        s.ok("log", "1", "--via", "phone", "--desk", "fault desk", "--took", "30m", "--note", "must leave at 11:00")
        at("17T15:00")
        s.ok("log", "1", "--via", "email", "--in", "--desk", "technical desk", "--note", "answered after the fault desk nudged them")
        s.ok("clear", "1", "3")

        // Friday evening and Saturday: three voicemails, a number out of service.
        at("18T16:00")
        for when in ["-20h", "-6h", "-2h"] {
            s.ok("log", "1", "--via", "phone", "--missed", "--number", "0120-000-000", "--at", when)
        }
        s.ok("log", "1", "--via", "phone", "--failure", "out-of-service")
        let stale = s.run(["report", "stale", "--days", "1"])
        #expect(stale.out.contains("Mail from two handsets bounces"), "voicemails are no answer: \(stale.out)")

        // Sunday: the fault-desk supervisor apologises and promises to propose automatic acknowledgements.
        at("19T11:00")
        s.ok("log", "1", "--via", "phone", "--with", "fault-desk supervisor", "--note", "apology")
        s.ok("await", "1", "propose automatic acknowledgements", "--due", "in 2w")

        // Next Thursday: the desk blames my DNS; I retest and send evidence; they will retest.
        at("23T10:00")
        s.ok("log", "1", "--via", "email", "--in", "--desk", "technical desk", "--note", "test passed; check your DNS")
        s.ok("log", "1", "--via", "email", "--desk", "technical desk", "--note", "retested at 09:58, still failing")
        s.ok("await", "1", "retest with my evidence", "--due", "1d")
        at("24T12:00")
        #expect(climb() == nil, "late by two hours")
        at("27T17:20")
        let up = try #require(climb())
        #expect(up.contains("climb to executive (reply 5 is 3d 7h late)") && up.contains("customer relations"), "\(up)")

        // Monday 17:25, the executive: customer relations, a paid line closing at 18:00.
        at("27T17:25")
        s.ok("escalate", "1", "--reason", "desk blames my DNS")
        s.ok("log", "1", "--via", "phone", "--desk", "customer relations", "--took", "20m")
        at("27T18:30")
        s.ok("log", "1", "--via", "phone", "--in", "--desk", "customer relations", "--note", "measures will come with the fix")
        let show = s.ok("show", "1").out
        #expect(show.contains("technical-desk still owes it"), "the retest is still owed")
        #expect(climb() == nil, "a promise of the technical desk is no reason to go to the regulator")

        // Wednesday: two mails, the root cause; closed, the apology judged.
        at("29T10:00")
        s.ok("log", "1", "--via", "email", "--in", "--desk", "customer relations", "--note", "general apology; remove staff names")
        let cause = s.ok("log", "1", "--via", "email", "--in", "--desk", "technical desk", "--note", "root cause").out
        #expect(cause.contains("email from technical-desk (technical desk)"), "the desk's rung, not the case's")
        s.ok("clear", "1", "5", "--note", "the root cause")
        let closed = s.ok("close", "1", "--acknowledged-event", "--explained-cause").out
        #expect(closed.contains("watched as reply 4"), "the acknowledgements proposal, not yet due, is still watched")
        #expect(!closed.contains("counted as broken"))
        let scorecard = s.ok("report", "scorecard").out
        #expect(scorecard.contains("Kestrel Mobile"))
    }
}
