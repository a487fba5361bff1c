import Foundation
import LadderTestSupport
import Testing
@testable import LadderCore

/// The rules of `ladder mail` (Docs/Mail.md): what a mail is, which case it belongs to
/// and why, what it logs, awaits and settles. Messages are read by the real parser;
/// every time is passed in.
@Suite struct MailMatchingTests {
    static let ken = "ken@sato-home.example"
    static let desk = "tech-desk@support.minato-mobile.example"

    /// One message from header lines and a body.
    func mail(_ headers: [String], _ body: String = "本文です。") throws -> MailMessage {
        try MailMessage.parse(bytes: Array((headers.joined(separator: "\n") + "\n\n" + body + "\n").utf8))
    }

    func config(replyWithin: ReplyWindow? = ReplyWindow(4, .hours, business: true)) throws -> Config {
        var c = Config(organisations: [
            Organisation(name: "Minato Mobile", aliases: ["ミナトモバイル"], zone: tokyo, contactPoints: [
                ContactPoint(name: "Technical desk", rung: .technicalDesk, email: Self.desk,
                             domains: ["support.minato-mobile.example"], replyWithin: replyWithin,
                             hours: try OpeningHours.parse([("mon-fri", "09:00-18:00")])),
                ContactPoint(name: "Customer relations", rung: .executive, email: "soudan@minato-mobile.example"),
            ]),
            Organisation(name: "Kestrel Power", contactPoints: [
                ContactPoint(name: "Billing", rung: .callCentre, domains: ["kestrel.example"]),
            ]),
        ], userZone: tokyo)
        c.myAddresses = ["Ken@Sato-Home.example"]
        return c
    }

    /// Case 1 at Minato Mobile on the technical desk since Thursday 16:00.
    func deskCase(number: Int = 1, refs: [String] = []) throws -> CaseFile {
        var f = try CaseFile.open(number: number, details: CaseDetails(title: "Mail bounces", organisation: "Minato Mobile", references: refs),
                                  rung: .shop, note: nil, at: t("2026-07-15 15:00"), now: t("2026-07-15 15:00"))
        try f.record(.escalate(to: .technicalDesk, reason: "told to e-mail the desk"), "2026-07-16 16:00")
        return f
    }

    func sentToDesk(id: String = "K1@sato-home.example", date: String = "Thu, 16 Jul 2026 16:40:12 +0900") throws -> MailMessage {
        try mail(["From: Ken <\(Self.ken)>", "To: Desk <\(Self.desk)>", "Subject: 届かない件", "Date: \(date)", "Message-ID: <\(id)>"],
                 "届かない件についてご確認ください。")
    }

    func answerFromDesk(date: String = "Fri, 17 Jul 2026 15:12:44 +0900", inReplyTo: String? = "K1@sato-home.example",
                        from: String = "Takahashi <\(desk)>") throws -> MailMessage {
        try mail(["From: \(from)", "To: \(Self.ken)", "Subject: Re: 届かない件", "Date: \(date)", "Message-ID: <A1@support.minato-mobile.example>"]
                 + (inReplyTo.map { ["In-Reply-To: <\($0)>"] } ?? []),
                 "高橋です。\n調査を開始いたしました。\n\n> 届かない件")
    }

    func matched(_ r: MailMatchResult, sourceLocation: SourceLocation = #_sourceLocation) throws -> MailMatch {
        guard case let .matched(m) = r else {
            Issue.record("not matched: \(r)", sourceLocation: sourceLocation)
            throw CancellationError()
        }
        return m
    }

    // MARK: what a mail is

    @Test func directionAndKindFollowTheUsersAddressesAndTheHeaders() throws {
        let me = try config().myAddresses
        #expect(MailKind.of(try sentToDesk(), myAddresses: me) == .sent, "From one of me.addresses, case ignored")
        #expect(MailKind.of(try answerFromDesk(), myAddresses: me) == .answer)
        #expect(MailKind.of(try sentToDesk(), myAddresses: []) == .answer, "without me.addresses every mail is inbound")
        let ack = try mail(["From: noreply@support.minato-mobile.example", "To: \(Self.ken)", "Subject: 【自動返信】お問い合わせを受け付けました"])
        #expect(MailKind.of(ack, myAddresses: me) == .acknowledgement(rule: "Subject: 自動返信"))
    }

    @Test func aPermanentFailureIsABounceAndADelayIsNot() throws {
        func dsn(_ action: String, _ status: String) throws -> MailMessage {
            try mail(["From: MAILER-DAEMON@mail.sato-home.example", "To: \(Self.ken)", "Subject: Undelivered",
                      "Content-Type: multipart/report; report-type=delivery-status; boundary=\"b\""],
                     "--b\nContent-Type: text/plain\n\nfailed\n--b\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx\n\nFinal-Recipient: rfc822; x@minato-mobile.example\nAction: \(action)\nStatus: \(status)\n--b--")
        }
        guard case .bounce = MailKind.of(try dsn("failed", "5.1.1"), myAddresses: []) else { Issue.record("not a bounce"); return }
        guard case .delay = MailKind.of(try dsn("delayed", "4.4.1"), myAddresses: []) else { Issue.record("not a delay"); return }
    }

    // MARK: references

    @Test func referencesAreFoundFoldedAndWhole() {
        #expect(MailMatching.referenceKeys("C-1234") == ["c-1234"])
        #expect(MailMatching.referenceKeys("受付番号：1234567") == ["1234567"])
        #expect(MailMatching.referenceKeys("ABC").isEmpty, "no run with three digits: never looked for")
        let text = MailMatching.folded("件名：Ｃ－１２３４について（受付番号 １２３４５６７）")
        #expect(MailMatching.mentions(text, reference: "C-1234"))
        #expect(MailMatching.mentions(text, reference: "受付番号：1234567"), "full-width digits fold, the label may differ")
        #expect(!MailMatching.mentions(MailMatching.folded("番号 91234567"), reference: "受付番号：1234567"))
        #expect(!MailMatching.mentions(MailMatching.folded("番号 1234567-2"), reference: "受付番号：1234567"))
        #expect(!MailMatching.mentions(MailMatching.folded("see C-12345"), reference: "C-1234"))
        #expect(MailMatching.mentions(MailMatching.folded("see C‐1234."), reference: "C-1234"), "a Unicode hyphen is a hyphen")
    }

    // MARK: which case, in order

    @Test func theThreadComesFirstThenAReferenceThenAContactPoint() throws {
        var logged = try deskCase(number: 1)
        try logged.record(.log(Contact(channel: .email, direction: .outgoing, messageId: "K1@sato-home.example")), "2026-07-16 16:40")
        let withRef = try deskCase(number: 2, refs: ["C-1234"])
        let cases = [CaseState(logged), CaseState(withRef)]
        let c = try config()

        let threaded = try mail(["From: \(Self.desk)", "Subject: Re: C-1234", "In-Reply-To: <K1@sato-home.example>"])
        #expect(try matched(MailMatching.match(threaded, kind: .answer, cases: cases, config: c))
                == MailMatch(caseNumber: 1, rule: .thread(header: "In-Reply-To", id: "K1@sato-home.example")))

        let inReferences = try mail(["From: \(Self.desk)", "Subject: Re: x", "In-Reply-To: <unknown@x>",
                                     "References: <K1@sato-home.example> <unknown@x>"])
        #expect(try matched(MailMatching.match(inReferences, kind: .answer, cases: cases, config: c)).rule
                == .thread(header: "References", id: "K1@sato-home.example"))

        let byRef = try mail(["From: \(Self.desk)", "Subject: お問い合わせ（Ｃ－１２３４）"])
        #expect(try matched(MailMatching.match(byRef, kind: .answer, cases: cases, config: c))
                == MailMatch(caseNumber: 2, rule: .reference("C-1234")))

        let refInBody = try mail(["From: someone@elsewhere.example", "Subject: ご連絡"], "お客様番号 C-1234 の件です。")
        #expect(try matched(MailMatching.match(refInBody, kind: .answer, cases: cases, config: c)).caseNumber == 2)

        // The desk's address fits both open cases of the organisation: no guess.
        let byPoint = try mail(["From: \(Self.desk)", "Subject: ご連絡"])
        #expect(MailMatching.match(byPoint, kind: .answer, cases: cases, config: c)
                == .unmatched(candidates: [1, 2], why: "\(Self.desk) is a contact point of Minato Mobile, which has more than one open case"))
        // With one open case, the address finds it.
        #expect(try matched(MailMatching.match(byPoint, kind: .answer, cases: [CaseState(withRef)], config: c))
                == MailMatch(caseNumber: 2, rule: .contactPoint(organisation: "Minato Mobile", point: "Technical desk", address: Self.desk)))
    }

    @Test func aContactPointIsFoundByItsAddressOrADomainAndSubdomain() throws {
        let c = try config()
        #expect(MailMatching.contactPoints(for: "TECH-DESK@support.minato-mobile.example", in: c).map(\.point.name) == ["Technical desk"])
        #expect(MailMatching.contactPoints(for: "noreply@support.minato-mobile.example", in: c).map(\.point.name) == ["Technical desk"])
        #expect(MailMatching.contactPoints(for: "a@mx.kestrel.example", in: c).map(\.point.name) == ["Billing"])
        #expect(MailMatching.contactPoints(for: "a@notkestrel.example", in: c).isEmpty, "a domain is matched by labels")
        #expect(MailMatching.contactPoints(for: "tech-support@minato-mobile.example", in: c).isEmpty,
                "customer relations names one address, not its domain")
    }

    @Test func aSentMailIsMatchedByItsRecipientsAnInboundOneByItsSender() throws {
        let cases = [CaseState(try deskCase())]
        let c = try config()
        #expect(try matched(MailMatching.match(try sentToDesk(), kind: .sent, cases: cases, config: c)).rule
                == .contactPoint(organisation: "Minato Mobile", point: "Technical desk", address: Self.desk))
        let toMe = try mail(["From: stranger@else.example", "To: \(Self.desk)", "Subject: x"])
        guard case let .unmatched(candidates, why) = MailMatching.match(toMe, kind: .answer, cases: cases, config: c) else {
            Issue.record("matched by a recipient of an inbound mail"); return
        }
        #expect(candidates == [1], "the open cases are the candidates")
        #expect(why.contains("stranger@else.example"))
    }

    @Test func aClosedCaseIsNotFoundByAddressButByItsThread() throws {
        var f = try deskCase()
        try f.record(.log(Contact(channel: .email, direction: .outgoing, messageId: "K1@sato-home.example")), "2026-07-16 16:40")
        try f.record(.close(.resolved, note: nil), "2026-07-20 10:00")
        let c = try config()
        guard case .unmatched = MailMatching.match(try answerFromDesk(inReplyTo: nil), kind: .answer, cases: [CaseState(f)], config: c) else {
            Issue.record("a closed case found by address"); return
        }
        #expect(try matched(MailMatching.match(try answerFromDesk(), kind: .answer, cases: [CaseState(f)], config: c)).caseNumber == 1)
    }

    @Test func theSameMailTwiceIsADuplicateEvenWithACaseGiven() throws {
        var f = try deskCase()
        try f.record(.log(Contact(channel: .email, direction: .outgoing, messageId: "K1@sato-home.example")), "2026-07-16 16:40")
        let c = try config()
        #expect(MailMatching.match(try sentToDesk(), kind: .sent, cases: [CaseState(f)], config: c, given: 7) == .duplicate(caseNumber: 1))
        #expect(try matched(MailMatching.match(try sentToDesk(id: "K9@x"), kind: .sent, cases: [CaseState(f)], config: c, given: 7))
                == MailMatch(caseNumber: 7, rule: .given))
        // Undone, it is no longer logged: reading it again logs it again.
        try f.record(.undo(event: nil, note: nil), "2026-07-16 17:00")
        #expect(try matched(MailMatching.match(try sentToDesk(), kind: .sent, cases: [CaseState(f)], config: c)).caseNumber == 1)
    }

    // MARK: what is logged and awaited

    @Test func aMailToADeskWithAReplyWindowAwaitsItsAnswerOnTheDesksHours() throws {
        let f = try deskCase()
        let message = try sentToDesk()
        let m = MailMatch(caseNumber: 1, rule: .given)
        let plan = MailPlan.make(message, kind: .sent, match: m, state: CaseState(f), config: try config(), now: t("2026-07-29 18:00"))
        #expect(plan.at == t("2026-07-16 16:40:12"), "the mail's Date, not when it was read")
        #expect(plan.contact.direction == .outgoing && plan.contact.channel == .email)
        #expect(plan.contact.desk == "Technical desk" && plan.contact.rung == .technicalDesk)
        #expect(plan.contact.with == "Desk", "the person written to")
        for company in ["Minato Mobile Technical Desk", "ミナトモバイル テクニカルメール窓口", "technical desk"] {
            let named = try mail(["From: \(Self.ken)", "To: \(company) <\(Self.desk)>", "Subject: x", "Date: Thu, 16 Jul 2026 16:40:12 +0900"])
            #expect(MailPlan.make(named, kind: .sent, match: m, state: CaseState(f), config: try config(), now: t("2026-07-29 18:00")).contact.with == nil,
                    "\(company) names the company or the desk, not a person")
        }
        #expect(plan.contact.messageId == "K1@sato-home.example")
        #expect(plan.contact.note == "届かない件\n届かない件についてご確認ください。")
        // 4 business hours from Thursday 16:40 on 09:00-18:00: 1h20m Thursday, 2h40m Friday.
        #expect(plan.raise == MailPlan.Raise(what: "an answer to my mail \"届かない件\"", who: "Technical desk", due: t("2026-07-17 11:40:12")))

        let quiet = MailPlan.make(message, kind: .sent, match: m, state: CaseState(f), config: try config(), now: t("2026-07-29 18:00"), noAwait: true)
        #expect(quiet.raise == nil && quiet.noRaise == "--no-await: no reply awaited")
        let noWindow = MailPlan.make(message, kind: .sent, match: m, state: CaseState(f), config: try config(replyWithin: nil), now: t("2026-07-29 18:00"))
        #expect(noWindow.raise == nil)
        #expect(noWindow.noRaise == "Technical desk has no reply window (replyWithin in the config): no reply awaited")
    }

    @Test func aSecondMailToTheDeskDoesNotAwaitTwice() throws {
        var f = try deskCase()
        let c = try config()
        let first = MailPlan.make(try sentToDesk(), kind: .sent, match: MailMatch(caseNumber: 1, rule: .given), state: CaseState(f), config: c, now: t("2026-07-17 09:00"))
        try f.recordMail(first, clearing: nil, now: t("2026-07-17 09:00"), clocks: c.clocks(of: c.organisations[0]))
        let again = MailPlan.make(try sentToDesk(id: "K2@x", date: "Fri, 17 Jul 2026 10:30:00 +0900"), kind: .sent,
                                  match: MailMatch(caseNumber: 1, rule: .given), state: CaseState(f), config: c, now: t("2026-07-17 11:00"))
        #expect(again.raise == nil)
        #expect(again.noRaise == "reply #1 from Technical desk is already awaited")
    }

    @Test func oneMailIsOneActionThatOneUndoTakesBack() throws {
        var f = try deskCase()
        let c = try config()
        let plan = MailPlan.make(try sentToDesk(), kind: .sent, match: MailMatch(caseNumber: 1, rule: .given), state: CaseState(f), config: c, now: t("2026-07-17 09:00"))
        let added = try f.recordMail(plan, clearing: nil, now: t("2026-07-17 09:00"), clocks: c.clocks(of: c.organisations[0]))
        #expect(added.count == 2)
        #expect(added[1].partOf == added[0].id)
        #expect(try f.recordMail(plan, clearing: nil, now: t("2026-07-17 09:00"), clocks: c.clocks(of: c.organisations[0])).isEmpty,
                "the same Message-ID twice records nothing")
        try f.record(.undo(event: nil, note: nil), "2026-07-17 09:05")
        let state = CaseState(f)
        #expect(state.openReplies.isEmpty && state.loggedMessageIds.isEmpty)
    }

    /// A sender who signs with an honorific (`高橋 様`, `=?UTF-8?B?…?=` or not) is the
    /// person 高橋, as the user would write them down.
    @Test func theSendersHonorificIsLeftOffTheirName() throws {
        let c = try config()
        let f = try deskCase()
        for from in ["高橋 様 <\(Self.desk)>", "高橋様 <\(Self.desk)>", "\"高橋 さん\" <\(Self.desk)>"] {
            let plan = MailPlan.make(try answerFromDesk(from: from), kind: .answer, match: MailMatch(caseNumber: 1, rule: .given),
                                     state: CaseState(f), config: c, now: t("2026-07-17 16:00"))
            #expect(plan.contact.with == "高橋", "\(from)")
        }
    }

    @Test func theDesksAnswerClearsWhatItOwesLateOrKeptByTheDueTime() throws {
        let c = try config()
        for (date, outcome) in [("Fri, 17 Jul 2026 15:12:44 +0900", ReplyOutcome.late), ("Fri, 17 Jul 2026 10:00:00 +0900", .kept)] {
            var f = try deskCase()
            let sent = MailPlan.make(try sentToDesk(), kind: .sent, match: MailMatch(caseNumber: 1, rule: .given), state: CaseState(f), config: c, now: t("2026-07-16 17:00"))
            try f.recordMail(sent, clearing: nil, now: t("2026-07-16 17:00"), clocks: c.clocks(of: c.organisations[0]))
            let answer = try answerFromDesk(date: date)
            let plan = MailPlan.make(answer, kind: .answer, match: MailMatch(caseNumber: 1, rule: .given), state: CaseState(f), config: c, now: t("2026-07-17 16:00"))
            #expect(plan.contact.direction == .incoming && plan.contact.with == "Takahashi")
            #expect(plan.contact.note == "Re: 届かない件\n高橋です。\n調査を開始いたしました。", "quoted text left out")
            #expect(plan.clearCandidates.map(\.item) == [1])
            try f.recordMail(plan, clearing: 1, now: t("2026-07-17 16:00"), clocks: c.clocks(of: c.organisations[0]))
            #expect(CaseState(f).replies[0].outcome == outcome)
        }
    }

    @Test func anAnswerFromAnotherDeskOrAMachineClearsNothing() throws {
        var f = try deskCase()
        let c = try config()
        let sent = MailPlan.make(try sentToDesk(), kind: .sent, match: MailMatch(caseNumber: 1, rule: .given), state: CaseState(f), config: c, now: t("2026-07-16 17:00"))
        try f.recordMail(sent, clearing: nil, now: t("2026-07-16 17:00"), clocks: c.clocks(of: c.organisations[0]))
        let m = MailMatch(caseNumber: 1, rule: .given)
        let relations = try answerFromDesk(inReplyTo: nil, from: "Yamamoto <soudan@minato-mobile.example>")
        #expect(MailPlan.make(relations, kind: .answer, match: m, state: CaseState(f), config: c, now: t("2026-07-17 16:00")).clearCandidates.isEmpty)
        let ack = try mail(["From: noreply@support.minato-mobile.example", "To: \(Self.ken)", "Subject: 【自動返信】受付完了",
                            "Date: Thu, 16 Jul 2026 16:40:30 +0900"], "受付番号：2026071600123")
        let plan = MailPlan.make(ack, kind: .acknowledgement(rule: "Subject: 自動返信"), match: m, state: CaseState(f), config: c, now: t("2026-07-17 16:00"))
        #expect(plan.clearCandidates.isEmpty)
        #expect(plan.contact.with == nil, "a machine is no person")
        #expect(plan.contact.note?.hasPrefix("Automatic acknowledgement: 【自動返信】受付完了\n") == true)
        #expect(plan.contact.direction == .incoming && plan.contact.desk == "Technical desk")
        // An answer from an unknown address in the thread of a mail that raised a reply
        // may clear that reply.
        let unknown = try answerFromDesk(from: "Someone <someone@other.example>")
        #expect(MailPlan.make(unknown, kind: .answer, match: m, state: CaseState(f), config: c, now: t("2026-07-17 16:00")).clearCandidates.map(\.item) == [1])
    }

    @Test func aBounceIsAFailedAttemptWhereTheBouncedMailWent() throws {
        var f = try deskCase()
        try f.record(.log(Contact(channel: .email, direction: .outgoing, rung: .callCentre, desk: "Support", messageId: "K2@sato-home.example")), "2026-07-17 10:31")
        let dsn = try mail(["From: MAILER-DAEMON@mail.sato-home.example", "To: \(Self.ken)", "Subject: Undelivered",
                            "Date: Fri, 17 Jul 2026 10:31:07 +0900", "Message-ID: <D1@mail.sato-home.example>",
                            "Content-Type: multipart/report; report-type=delivery-status; boundary=\"b\""],
                           "--b\nContent-Type: text/plain\n\nfailed\n--b\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx\n\nFinal-Recipient: rfc822; tech-support@minato-mobile.example\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 User unknown\n--b\nContent-Type: text/rfc822-headers\n\nMessage-ID: <K2@sato-home.example>\nSubject: 再送\nTo: tech-support@minato-mobile.example\n--b--")
        let kind = MailKind.of(dsn, myAddresses: [Self.ken])
        let c = try config()
        let m = try matched(MailMatching.match(dsn, kind: kind, cases: [CaseState(f)], config: c))
        #expect(m.rule == .bounced(id: "K2@sato-home.example"))
        let plan = MailPlan.make(dsn, kind: kind, match: m, state: CaseState(f), config: c, now: t("2026-07-17 11:00"))
        #expect(plan.contact.direction == .failed && plan.contact.failure == .bounced)
        #expect(plan.contact.rung == .callCentre && plan.contact.desk == "Support", "the bounced mail's place")
        #expect(plan.contact.note == "Bounced: tech-support@minato-mobile.example (5.1.1 550 User unknown)\n再送")
        #expect(plan.raise == nil && plan.clearCandidates.isEmpty)
        try f.recordMail(plan, clearing: nil, now: t("2026-07-17 11:00"), clocks: c.clocks(of: c.organisations[0]))
        #expect(CaseState(f).lastAttempt?.contact.failure == .bounced)
    }

    @Test func aMissingOrFutureDateIsLoggedWhenRead() throws {
        let f = try deskCase()
        let m = MailMatch(caseNumber: 1, rule: .given)
        let now = t("2026-07-17 12:00")
        let undated = try mail(["From: \(Self.desk)", "Subject: x", "Message-ID: <u1@example>"])
        let a = MailPlan.make(undated, kind: .answer, match: m, state: CaseState(f), config: try config(), now: now)
        #expect(a.at == now && a.notes == ["it has no readable Date; logged at the time it was read"])
        let ahead = try mail(["From: \(Self.desk)", "Subject: x", "Date: Sat, 18 Jul 2026 12:00:00 +0900", "Message-ID: <u2@example>"])
        let b = MailPlan.make(ahead, kind: .answer, match: m, state: CaseState(f), config: try config(), now: now)
        #expect(b.at == now && b.notes.count == 1)
    }

    /// Without a Message-ID a mail read twice cannot be known again: it says so.
    @Test func aMailWithoutAMessageIDSaysItCannotBeKnownAgain() throws {
        let f = try deskCase()
        let bare = try mail(["From: \(Self.desk)", "Subject: x", "Date: Fri, 17 Jul 2026 10:00:00 +0900"])
        let plan = MailPlan.make(bare, kind: .answer, match: MailMatch(caseNumber: 1, rule: .given), state: CaseState(f),
                                 config: try config(), now: t("2026-07-17 12:00"))
        #expect(plan.notes == ["it has no Message-ID, so reading it again would log it again"])
    }

    // MARK: whether to clear

    @Test func clearingFollowsTheFlagsAndNeverGuesses() throws {
        var f = try deskCase()
        try f.record(.raise(what: "answer", owedBy: .them, who: nil, due: t("2026-07-18 12:00")), "2026-07-16 17:00")
        try f.record(.raise(what: "call back", owedBy: .them, who: nil, due: t("2026-07-18 12:00")), "2026-07-16 17:00")
        let replies = CaseState(f).openReplies
        let one = Array(replies.prefix(1))
        func decide(_ c: [ReplyState], _ flag: MailClearFlag, reply: Int? = nil, terminal: Bool = false) throws(LadderError) -> MailClearDecision {
            try MailClearDecision.decide(candidates: c, flag: flag, reply: reply, terminal: terminal, caseNumber: 1,
                                         at: t("2026-07-17 15:12"), zone: tokyo)
        }
        #expect(try decide(one, .clear) == .clear(1))
        #expect(try decide(one, .noClear) == .keep("left open (--no-clear): #1 (answer)"))
        #expect(try decide(one, .ask, terminal: true) == .ask([1]))
        #expect(try decide(one, .ask) == .keep("not cleared, as there is no terminal to ask on: #1 (answer); to clear it, add --clear, or: ladder clear 1 1 --at \"2026-07-17 15:12\""))
        #expect(try decide([], .clear) == .keep(nil))
        #expect(try decide(replies, .clear, reply: 2) == .clear(2))
        #expect(throws: LadderError.self) { try decide(replies, .clear) }
        #expect(throws: LadderError.self) { try decide(one, .noClear, reply: 1) }
    }

    // MARK: the configuration and the stored key

    @Test func theConfigKeysForMailAreReadWrittenAndChecked() throws {
        let json = """
            {"me": {"addresses": ["ken@sato-home.example"]}, "organisations": [{"name": "M", "contactPoints": [
              {"name": "Desk", "rung": "technical-desk", "email": "d@m.example", "domains": ["m.example"], "replyWithin": "2 business days"}]}]}
            """
        let c = try ConfigFile.decode(Data(json.utf8), file: "config.json")
        #expect(c.myAddresses == ["ken@sato-home.example"])
        #expect(c.organisations[0].contactPoints[0].domains == ["m.example"])
        #expect(c.organisations[0].contactPoints[0].replyWithin == ReplyWindow(2, .days, business: true))
        #expect(try ConfigFile.decode(ConfigFile.encode(c), file: "config.json") == c, "org add keeps them")
        for (bad, key) in [(#"{"me": {"addresses": ["ken"]}}"#, "me.addresses[0]"),
                           (#"{"me": {"address": []}}"#, "me.address"),
                           (#"{"organisations": [{"name": "M", "contactPoints": [{"name": "D", "rung": "shop", "domains": ["@m.example"]}]}]}"#,
                            "organisations[0].contactPoints[0].domains[0]"),
                           (#"{"organisations": [{"name": "M", "contactPoints": [{"name": "D", "rung": "shop", "replyWithin": "soon"}]}]}"#,
                            "organisations[0].contactPoints[0].replyWithin")] {
            #expect(throws: ConfigError.self) { try ConfigFile.decode(Data(bad.utf8), file: "c") }
            do { _ = try ConfigFile.decode(Data(bad.utf8), file: "c") } catch { #expect(error.key == key) }
        }
    }

    @Test func aContactKeepsItsMessageIdOnlyWhenItHasOne() throws {
        var f = try deskCase()
        try f.record(.log(Contact(channel: .email, direction: .incoming, messageId: "A1@x")), "2026-07-17 10:00")
        try f.record(.log(Contact(channel: .phone, direction: .outgoing)), "2026-07-17 11:00")
        let data = try CaseCodec.encoder().encode(f)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.components(separatedBy: "\"messageId\"").count == 2, "absent when nil")
        #expect(try CaseCodec.decodeCase(data) == f)
        #expect(CaseState(f).summary.reached?.contact.messageId == nil, "the index does not keep it")
    }

    // MARK: Maildir

    @Test func aMaildirIsReadInNewAndCurAndRememberedByUniqueName() throws {
        let dir = temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        for sub in ["new", "cur", "tmp"] { try FileManager.default.createDirectory(atPath: dir + "/" + sub, withIntermediateDirectories: true) }
        FileManager.default.createFile(atPath: dir + "/new/1700000001.M1.host", contents: Data("a".utf8))
        FileManager.default.createFile(atPath: dir + "/cur/1700000000.M0.host:2,S", contents: Data("b".utf8))
        FileManager.default.createFile(atPath: dir + "/tmp/1700000002.M2.host", contents: Data("c".utf8))
        let folder = Maildir(path: dir + "/")
        let entries = try folder.entries()
        #expect(entries.map(\.key) == ["1700000000.M0.host", "1700000001.M1.host"], "tmp is not read; flags are not the name")
        var seen = MailSeen()
        seen.mark(entries[1], in: folder)
        let store = Store(directory: dir + "/store")
        let path = MailSeen.path(in: store, host: "kens-laptop.local")
        #expect(path == dir + "/store/mail-seen.kens-laptop.json")
        try seen.save(path)
        let back = try MailSeen.load(path)
        #expect(back == seen)
        // The client moved it to cur and flagged it: still seen.
        #expect(back.hasSeen(Maildir.Entry(key: "1700000001.M1.host", path: dir + "/cur/1700000001.M1.host:2,S"), in: folder))
        #expect(!back.hasSeen(entries[0], in: folder))
        #expect(throws: LadderError.self) { try Maildir(path: dir + "/new").entries() }
    }
}
