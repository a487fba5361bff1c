import Foundation
import LadderTestSupport
import Testing

/// Story 1's week (../shared/USER-STORIES.md) with its e-mails read by `ladder mail`
/// from the corpus, as a mail client's pipe would hand them over, each read a few
/// minutes after it came: the mail to the technical desk raises the awaited answer, the
/// desk's robot acknowledges it, the resend to a wrong address bounces, the desk answers
/// late, customer relations apologises in general terms. At the end `show` and `report
/// overdue` must tell it as it happened.
@Suite struct MailStoryTests {
    let s = Sandbox(now: "2026-07-15T17:20:00+09:00")

    func at(_ when: String) { s.now = "2026-07-\(when):00+09:00" }

    func mail(_ name: String, _ flags: String...) -> String {
        let r = s.run(["mail"] + flags + [MailFixture.path(name)])
        #expect(r.status == 0, "ladder mail \(name): \(r.err)")
        return r.out
    }

    @Test func theWeekReplayedFromMailFiles() throws {
        try MailFixture.install(in: s)

        // Wednesday, the shop; Thursday the call centre sends him to the technical desk.
        s.ok("add", "Mail from two handsets bounces", "--org", "Minato Mobile", "--at", "15:00")
        s.ok("log", "1", "--via", "visit", "--with", "counter manager", "--held", "80m", "--at", "15:00")
        s.ok("await", "1", "tell me whether it can be fixed", "--due", "thu 12:00")
        at("16T11:00")
        s.ok("log", "1", "--via", "phone", "--in", "--with", "shop manager", "--note", "go to the information centre")
        s.ok("clear", "1", "1")
        s.ok("escalate", "1", "--reason", "the shop cannot accept a fault report")
        at("16T16:00")
        s.ok("escalate", "1", "--reason", "the network team: e-mail the technical desk")

        // Thursday 16:40, his mail to the desk: an answer is awaited, 4 business hours.
        at("16T16:45")
        let sent = mail("01-user-to-desk")
        #expect(sent.contains("matched by tech-desk@support.minato-mobile.example: Technical desk of Minato Mobile"))
        #expect(sent.contains("awaiting #2: an answer to my mail \"携帯2機種からのメールが届かない件\" (Technical desk), due Fri 07-17 11:40"))

        // 16:40:30, the desk's robot: an acknowledgement, which settles nothing.
        let ack = s.run(["mail", "-"], input: try Data(contentsOf: URL(fileURLWithPath: MailFixture.path("02-auto-ack"))))
        #expect(ack.status == 0, "\(ack.err)")
        #expect(!ack.out.contains("cleared") && !ack.out.contains("not cleared"))

        // Friday 10:31, still nothing: he resends, to the address he was given wrongly.
        at("17T10:35")
        let resend = mail("31-user-resend-wrong-address")
        #expect(resend.contains("matched by In-Reply-To <20260716164012.K1@sato-home.example>, a mail logged on this case"))
        #expect(resend.contains("no contact point is configured for its recipients: no reply awaited"))
        let bounce = mail("03-dsn-bounce")
        #expect(bounce.contains("matched by the bounced mail <20260717103105.K2@sato-home.example>, logged on this case"))
        #expect(bounce.contains("Fri 07-17 10:31 email to technical-desk FAILED (bounced)"))

        // Friday 15:12, the desk answers, after the fault desk nudged it: late.
        at("17T15:20")
        let answer = mail("04-desk-late-answer", "--clear")
        #expect(answer.contains("Fri 07-17 15:12 cleared #2 an answer to my mail \"携帯2機種からのメールが届かない件\": late"), "\(answer)")

        // Monday 17:25, customer relations, a paid line; they call back with a promise.
        at("27T17:25")
        s.ok("escalate", "1", "--to", "executive", "--reason", "the desk blames my DNS")
        s.ok("log", "1", "--via", "phone", "--desk", "Customer relations", "--took", "20m")
        at("27T18:30")
        s.ok("log", "1", "--via", "phone", "--in", "--desk", "Customer relations", "--note", "apology; measures will come with the fix")
        s.ok("await", "1", "concrete measures", "--who", "Customer relations", "--due", "wed 18:00")

        // Wednesday 11:20, their mail: a general apology, no measure. It answers nothing.
        at("29T11:30")
        let apology = mail("07-relations-apology-cp932", "--no-clear")
        #expect(apology.contains("matched by soudan@minato-mobile.example: Customer relations of Minato Mobile"))
        #expect(apology.contains("Wed 07-29 11:20 email from executive (Customer relations)\n"), "the desk is no person")
        #expect(apology.contains("left open (--no-clear): #3 (concrete measures)"))
        // Read twice (a second client, a cron job): nothing more.
        #expect(mail("07-relations-apology-cp932").hasPrefix("Already logged on case 1"))

        // Thursday morning.
        at("30T09:00")
        let show = s.ok("show", "1").out
        let expected = """
            Case 1: Mail from two handsets bounces  [open]
            Minato Mobile
            age 2w, on executive 2d 15h, last contact 21h 40m ago

            Ladder
              * shop                20h
              * call-centre          5h
              * technical-desk    1w 4d
              > executive        2d 15h  since Mon 07-27 17:25
                regulator

            Pending
              #3 OVERDUE 15h  them: concrete measures (due Wed 07-29 18:00), Customer relations
            Their promises: 1 kept, 1 late, 0 broken

            """
        #expect(show.hasPrefix(expected), "\(show)")
        let timeline = """
              2026-07-16 16:40  email to technical-desk (Technical desk)
                  携帯2機種からのメールが届かない件
                  佐藤 健と申します。
                  本日コールセンターのネットワーク担当の方から、こちらに送るよう案内されました。
                  貴社の端末2機種（MX-20、MX-21）から私のサーバ sato-home.example 宛のメールが届きません。
              2026-07-16 16:40  awaiting #2: an answer to my mail "携帯2機種からのメールが届かない件" (Technical desk), due Fri 07-17 11:40
              2026-07-16 16:40  email from technical-desk (Technical desk)
                  Automatic acknowledgement: 【自動返信】お問い合わせを受け付けました
            """
        #expect(show.contains(timeline), "\(show)")
        let bounced = """
              2026-07-17 10:31  email to technical-desk FAILED (bounced)
                  Bounced: tech-support@minato-mobile.example (5.1.1 550 5.1.1 <tech-support@minato-mobile.example>: Recipient address rejected: User unknown in virtual mailbox table)
                  再送：携帯2機種からのメールが届かない件
            """
        #expect(show.contains(bounced), "\(show)")
        #expect(show.contains("2026-07-17 15:12  email from technical-desk (Technical desk)\n      Re: 携帯2機種からのメールが届かない件"))
        #expect(show.contains("cleared #2 an answer to my mail \"携帯2機種からのメールが届かない件\": late\n      answered by mail"))

        let report = s.run(["report", "overdue"])
        #expect(report.status == 1, "an overdue reply: exit 1")
        #expect(report.out.contains("Minato Mobile"))
        #expect(report.out.contains("concrete measures"))
        #expect(!report.out.contains("an answer to my mail"), "the desk's answer came, late")
    }
}
