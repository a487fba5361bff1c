import Foundation
import Testing

/// Three configured organisations in two time zones plus one unknown to the config,
/// cases on four rungs, built with the real commands. The instant of the reports is
/// Monday 2026-07-20 09:00 in Tokyo: Marine Day, a holiday for the Japanese companies,
/// the night before for the London one. 2026-07-17 is a Friday.
func reportWorld() -> Sandbox {
    let s = Sandbox(now: "2026-07-22T12:00:00+09:00")
    for args in [
        ["org", "add", "Kestrel Mobile", "--alias", "Kestrel", "--zone", "Asia/Tokyo", "--hours", "daily 10:00-19:00",
         "--hours", "wed closed", "--holiday", "2026-07-20", "--window", "shop=1 business day",
         "--window", "technical-desk=2 business days"],
        ["org", "add", "Kestrel", "--point", "Harbour Street shop", "--rung", "shop", "--phone", "03-0000-0101", "--paid"],
        ["org", "add", "Kestrel", "--point", "Information centre", "--rung", "call-centre", "--phone", "0120-000-111",
         "--toll-free", "--hours", "daily 09:00-20:00"],
        ["org", "add", "Kestrel", "--point", "Technical desk", "--rung", "technical-desk", "--email", "tech@kestrel.example",
         "--hours", "mon-fri 09:00-17:00"],
        ["org", "add", "Kestrel", "--point", "Customer relations", "--rung", "executive", "--phone", "0570-000-222",
         "--paid", "--hours", "mon-fri 09:00-18:00"],
        ["org", "add", "Northwind Broadband", "--zone", "Europe/London", "--hours", "mon-fri 09:00-17:30"],
        ["org", "add", "Northwind Broadband", "--point", "Customer relations", "--rung", "executive", "--phone", "+44 20 0000 0000", "--paid"],
        ["org", "add", "シールドソフト", "--zone", "Asia/Tokyo", "--hours", "mon-fri 10:00-18:00", "--holiday", "2026-07-20"],
        ["org", "add", "シールドソフト", "--point", "サポート窓口", "--rung", "call-centre", "--phone", "0120-000-333", "--toll-free"],

        // 1: on the technical desk, a promise of "2 business days" made Friday 10:00.
        ["add", "Mail from two handsets bounces", "--org", "Kestrel", "--rung", "technical-desk", "--at", "2026-07-09 11:00"],
        ["log", "1", "--via", "email", "--with", "technical desk", "--at", "2026-07-09 11:00"],
        ["log", "1", "--via", "phone", "--with", "fault desk", "--held", "40m", "--at", "2026-07-10 10:00"],
        ["await", "1", "root", "cause", "of", "the", "bounces", "--who", "technical desk", "--due", "2 business days", "--at", "2026-07-10 10:00"],
        ["log", "1", "--via", "phone", "--failed", "--failure", "wrong-number", "--at", "2026-07-18 10:00"],
        // 2: a shop closed on Wednesdays promises on Tuesday evening; then the call centre.
        ["add", "Shop cannot take a fault report", "--org", "kestrel mobile", "--rung", "shop", "--at", "2026-07-14 18:00"],
        ["log", "2", "--via", "visit", "--held", "80m", "--at", "2026-07-14 18:00"],
        ["await", "2", "say whether it can be fixed", "--at", "2026-07-14 18:00"],
        ["clear", "2", "--at", "2026-07-16 20:00"],
        ["escalate", "2", "--reason", "the shop cannot file a fault", "--at", "2026-07-16 20:00"],
        ["log", "2", "--via", "phone", "--held", "25m", "--at", "2026-07-17 11:00"],
        ["await", "2", "network team calls back", "--due", "2h", "--at", "2026-07-17 11:00"],
        ["clear", "2", "--broken", "--at", "2026-07-17 16:00"],
        // 3: in London; I owe them a log.
        ["add", "Fibre drops every evening", "--org", "Northwind Broadband", "--rung", "executive", "--at", "2026-07-13 10:00",
         "--owe", "router event log", "--due", "wed 12:00"],
        // 4: Japanese, two business days over the holiday.
        ["add", "存在しない顧客番号", "--org", "シールドソフト", "--rung", "call-centre", "--at", "2026-07-17 14:00"],
        ["log", "4", "--via", "phone", "--in", "--at", "2026-07-17 14:00"],
        ["await", "4", "正しい番号で再送", "--due", "2営業日", "--at", "2026-07-17 14:00"],
        // 5: an organisation the config does not know, closed with its promise kept.
        ["add", "Water meter misread", "--org", "Acme Water", "--at", "2026-07-01 09:00"],
        ["await", "5", "meter reading visit", "--due", "2026-07-05 17:00", "--at", "2026-07-02 09:00"],
        ["clear", "5", "--at", "2026-07-03 09:00"],
        ["close", "5", "--at", "2026-07-10 09:00"],
        // 6: opened after the report's instant.
        ["add", "Later case", "--org", "Kestrel", "--at", "2026-07-21 10:00", "--await", "x", "--due", "2026-07-21 12:00"],
    ] {
        let r = s.run(args)
        precondition(r.status == 0, "ladder \(args) failed: \(r.err)")
    }
    s.now = "2026-07-20T09:00:00+09:00"
    return s
}

@Suite(.serialized) struct ReportTests {
    static let overdueText = """
        Overdue replies, as of Mon 2026-07-20 09:00
        2 overdue replies in 2 organisations

        Kestrel Mobile
        --------------
        #1 Mail from two handsets bounces
          they owe: root cause of the bounces (reply 1, technical desk)
          OVERDUE 5d 16h: due Tue 07-14 17:00, on technical-desk
          last contact: phone out, fault desk, Fri 07-10 10:00 (1w 2d ago)
          last attempt: phone failed (wrong-number), Sat 07-18 10:00 (1d 23h ago)
          next: climb to executive (reply 1 is 5d 16h late): Customer relations,
            0570-000-222 (paid); closed now; opens Tue 07-21 09:00

        Northwind Broadband
        -------------------
        #3 Fibre drops every evening
          MINE, I owe: router event log (reply 1)
          OVERDUE 4d 21h: due Wed 07-15 12:00, on executive
          last contact: none yet
          next: send it (you owe this): Customer relations, +44 20 0000 0000 (paid);
            closed now; opens 17:00 (09:00 London)

        """

    @Test func overdueAtAFixedInstantAndTheSameAsOfFromLater() throws {
        let s = reportWorld()
        let before = s.snapshot()
        let r = s.run(["report", "overdue"])
        #expect(r.status == 1)
        #expect(r.out == Self.overdueText)
        #expect(r.out.split(separator: "\n").allSatisfy { $0.count <= 80 })
        // The same instant asked from two days later gives the same report.
        s.now = "2026-07-22T12:00:00+09:00"
        let later = s.run(["report", "overdue", "--as-of", "2026-07-20 09:00"])
        #expect(later.status == 1)
        #expect(later.out == Self.overdueText)
        // At the later instant itself, case 6 (opened 07-21) is overdue too.
        let now = s.run(["report", "overdue"])
        #expect(now.out.contains("#6 Later case"))
        #expect(now.out.hasPrefix("Overdue replies, as of Wed 2026-07-22 12:00\n3 overdue replies in 2 organisations"))
        #expect(s.snapshot() == before, "a report wrote to the store")
    }

    @Test func nothingOverdueExitsZeroAndQuietPrintsNothing() {
        let s = reportWorld()
        let early = s.run(["report", "overdue", "--as-of", "2026-07-14 12:00"])
        #expect(early.status == 0)
        #expect(early.out.contains("Nothing is overdue."))
        let quiet = s.run(["report", "overdue", "--as-of", "2026-07-14 12:00", "--quiet"])
        #expect(quiet.status == 0)
        #expect(quiet.out.isEmpty && quiet.err.isEmpty)
        // Quiet still speaks when something is overdue.
        let loud = s.run(["report", "overdue", "--quiet"])
        #expect(loud.status == 1)
        #expect(loud.out == Self.overdueText)
    }

    @Test func dueStaleAndScorecardFigures() {
        let s = reportWorld()
        let due = s.run(["report", "due", "--within", "3d"])
        #expect(due.status == 1)  // something else is overdue
        #expect(due.out.contains("1 reply due within 3d\n2 replies already overdue: see ladder report overdue"))
        #expect(due.out.contains("Wed 07-22 18:00  #4 シールドソフト: 存在しない顧客番号\n  they owe: 正しい番号で再送 (reply 1, in 2d 9h, on call-centre)\n  contact: サポート窓口; closed now; opens Tue 07-21 10:00"))
        #expect(!s.run(["report", "due", "--within", "2d"]).out.contains("#4"))
        // The stretch reads back as it was written, not as `4w 2d`.
        #expect(s.run(["report", "due", "--within", "30d"]).out.contains("due within 30d\n"))
        #expect(s.run(["--lang", "ja", "report", "due", "--within", "30d"]).out.contains("30日以内に期限"))

        let stale = s.run(["report", "stale", "--days", "2"])
        let heads = stale.out.split(separator: "\n").filter { $0.hasPrefix("#") }
        #expect(heads == ["#1 Kestrel Mobile: Mail from two handsets bounces", "#3 Northwind Broadband: Fibre drops every evening",
                          "#2 Kestrel Mobile: Shop cannot take a fault report", "#4 シールドソフト: 存在しない顧客番号"])
        #expect(stale.out.contains("silent 2d 22h, on call-centre\n  last contact: phone out, Fri 07-17 11:00 (2d 22h ago)\n  next: climb to technical-desk (no progress on call-centre for 2d 22h, past"))
        #expect(s.run(["report", "stale", "--days", "3"]).out.split(separator: "\n").filter { $0.hasPrefix("#") }.count == 2)

        let card = s.run(["report", "scorecard"])
        #expect(card.out.contains("""
            Acme Water
              1 case (0 open), top rung shop
              their promises: 1 kept, 0 late, 0 broken; 0 pending (0 overdue)
              median reply: 1d; on hold in all: none
            Kestrel Mobile
              2 cases (2 open), top rung technical-desk
              their promises: 0 kept, 1 late, 1 broken; 1 pending (1 overdue)
              median reply: 2d 2h; on hold in all: 2h 25m
            Northwind Broadband
              1 case (1 open), top rung executive
              their promises: 0 kept, 0 late, 0 broken; 0 pending (0 overdue)
              median reply: -; on hold in all: none
            シールドソフト
              1 case (1 open), top rung call-centre
              their promises: 0 kept, 0 late, 0 broken; 1 pending (0 overdue)
              median reply: -; on hold in all: none
            """))
    }

    /// One spelling for machine output: `--json` on a report, as on `list` and `show`,
    /// is `--format json`; with another --format it is refused, nothing printed.
    @Test func everyReportTakesJSONAsListAndShowDo() throws {
        let s = reportWorld()
        for report in [["overdue"], ["due", "--within", "30d"], ["stale", "--days", "0"], ["scorecard"]] {
            let long = s.run(["report"] + report + ["--format", "json"]), short = s.run(["report"] + report + ["--json"])
            #expect(short.out == long.out && short.status == long.status && !short.out.isEmpty, "\(report)")
            #expect(s.run(["report"] + report + ["--json", "--format", "json"]).out == long.out, "\(report)")
        }
        let both = s.run(["report", "overdue", "--json", "--format", "markdown"])
        #expect(both.status == 64 && both.out.isEmpty)
        #expect(both.err.contains("give --json or --format markdown, not both"))
        // A run asked for JSON speaks English, whatever the language (Docs/JSON.md).
        let ja = s.run(["--lang", "ja", "report", "overdue", "--json", "--format", "text"])
        #expect(ja.status == 64 && ja.err.contains("give --json or --format text, not both"))
    }

    @Test func jsonAndMarkdownCarryTheSameFigures() throws {
        let s = reportWorld()
        let r = s.run(["report", "overdue", "--format", "json"])
        #expect(r.status == 1)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any])
        #expect(root["report"] as? String == "overdue")
        #expect(root["asOf"] as? String == "2026-07-20T09:00:00+09:00")
        #expect(root["overdue"] as? Int == 2)
        let orgs = try #require(root["organisations"] as? [[String: Any]])
        #expect(orgs.map { $0["name"] as? String } == ["Kestrel Mobile", "Northwind Broadband"])
        let first = try #require((orgs[0]["replies"] as? [[String: Any]])?.first)
        #expect(first["number"] as? Int == 1)
        #expect(first["lateSeconds"] as? Int == 5 * 86_400 + 16 * 3600)
        #expect((first["reply"] as? [String: Any])?["due"] as? String == "2026-07-14T17:00:00+09:00")
        let step = try #require(first["nextStep"] as? [String: Any])
        #expect(step["action"] as? String == "climb")
        #expect(step["rung"] as? String == "executive")
        #expect((step["contactPoint"] as? [String: Any])?["phone"] as? String == "0570-000-222")
        #expect(step["hours"] as? String == "closed now; opens Tue 07-21 09:00")

        let card = try #require(try JSONSerialization.jsonObject(with: Data(s.run(["report", "scorecard", "--format", "json"]).out.utf8)) as? [String: Any])
        let kestrel = try #require((card["organisations"] as? [[String: Any]])?[1])
        #expect(kestrel["holdMinutes"] as? Int == 145)
        #expect(kestrel["medianReplySeconds"] as? Int == 2 * 86_400 + 2 * 3600)
        #expect((kestrel["promises"] as? [String: Int]) == ["kept": 0, "late": 1, "broken": 1, "pending": 1, "overdue": 1])

        let md = s.run(["report", "overdue", "--format", "markdown"]).out
        #expect(md.hasPrefix("# Overdue replies, as of Mon 2026-07-20 09:00\n"))
        #expect(md.contains("## Kestrel Mobile\n\n- **\\#1 Mail from two handsets bounces**\n  - they owe: root cause of the bounces"))
        let mdCard = s.run(["report", "scorecard", "--format", "markdown"]).out
        #expect(mdCard.contains("| Kestrel Mobile | 2 | 2 | 0 | 1 | 1 | 1 | 2d 2h | technical-desk | 145 |"))
    }

    @Test func showAndOrgShowSayWhereToTurn() {
        let s = reportWorld()
        let show = s.run(["show", "2"]).out
        #expect(show.contains("Contact: Information centre, 0120-000-111 (toll-free); closed now; opens Tue 07-21 09:00"))
        #expect(show.contains("CLIMB: climb to technical-desk (no progress on call-centre for 2d 22h, past its 1d window): Technical desk"))
        let org = s.run(["org", "show", "kestrel"])
        #expect(org.status == 0)
        #expect(org.out.contains("Hours: mon-tue 10:00-19:00; thu-sun 10:00-19:00; wed closed\n       closed now; opens Tue 07-21 10:00"))
        #expect(org.out.contains("Reply windows: shop 1 business day*, call-centre 1d, technical-desk 2 business days*, executive 5d, regulator 30d"))
        #expect(org.out.contains("  executive: Customer relations\n      0570-000-222 (paid)\n      mon-fri 09:00-18:00; sat,sun closed\n      closed now; opens Tue 07-21 09:00"))
        #expect(org.out.contains("  shop: Harbour Street shop\n      03-0000-0101 (paid)\n      mon-tue 10:00-19:00; thu-sun 10:00-19:00; wed closed (the organisation's hours)\n"))
        #expect(s.run(["org", "list"]).out.contains("Northwind Broadband: 1 contact point, closed now; opens 17:00 (09:00 London)"))
    }

    @Test func badInputAndABrokenConfigExitTwoOrMoreAndSayWhy() throws {
        let s = reportWorld()
        let format = s.run(["report", "overdue", "--format", "yaml"])
        #expect(format.status == 64)
        let asOf = s.run(["report", "overdue", "--as-of", "someday"])
        #expect(asOf.status == 64)
        #expect(asOf.err.contains("--as-of: cannot read \"someday\" as a time"))
        let within = s.run(["report", "due", "--within", "soon"])
        #expect(within.status == 64)
        #expect(within.err.contains("--within: cannot read \"soon\""))

        let path = s.directory + "/home/.config/ladder/config.json"
        let good = try String(contentsOfFile: path, encoding: .utf8)
        try good.replacingOccurrences(of: "\"mon-fri\" : \"09:00-18:00\"", with: "\"mon-fri\" : \"9 to 6\"")
            .write(toFile: path, atomically: true, encoding: .utf8)
        let broken = s.run(["report", "overdue"])
        #expect(broken.status == 78)
        #expect(broken.err.contains("config.json: organisations[0].contactPoints[3].hours: \"9 to 6\" is not a list of opening times"))
        #expect(broken.out.isEmpty)
        // Commands that need no config still work.
        #expect(s.run(["list"]).status == 0)
    }

    @Test func anOrganisationFilterNarrowsTheReport() {
        let s = reportWorld()
        let r = s.run(["report", "overdue", "--org", "northwind"])
        #expect(r.status == 1)
        #expect(r.out.contains("1 overdue reply in 1 organisation"))
        #expect(!r.out.contains("Kestrel"))
        let none = s.run(["report", "overdue", "--org", "acme"])
        #expect(none.status == 0)
    }
}
