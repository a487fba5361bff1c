import Foundation
import LadderTestSupport
import LadderCore
import Testing
@testable import LadderTUI

@Suite struct FormTests {
    @Test func addACaseWithAJapaneseTitle() throws {
        var app = emptyApp()
        app.press(.char("a"))
        #expect(app.form?.kind == .add)
        app.type("ウイルス対策ソフトの顧客番号")
        app.press(.tab)
        app.type("シールドソフト")
        app.press(.tab, .right)  // rung: call-centre
        app.press(.tab)
        app.type("SS-1, SS-2")
        app.press(.tab, .tab, .tab, .tab)
        app.type("メールを再送")
        app.press(.tab)
        app.type("17:00")
        let effects = app.press(.enter)  // Enter on the last field saves
        guard case let .save(.create(details, rung, note, replies, at, now, _)) = effects.first else {
            Issue.record("expected a save, got \(effects)")
            return
        }
        #expect(details == CaseDetails(title: "ウイルス対策ソフトの顧客番号", organisation: "シールドソフト", references: ["SS-1", "SS-2"]))
        #expect(rung == .callCentre && note == nil && at == demoNow && now == demoNow)
        #expect(replies == [ReplyRequest(what: "メールを再送", owedBy: .them, due: t("2026-07-15 17:00"))])
        #expect(app.saving)
        try app.saveInMemory(effects)
        #expect(app.mode == .browse && !app.saving)
        #expect(app.rows == [1] && app.selected == 1)
        #expect(app.notice?.text == "Added case 1: ウイルス対策ソフトの顧客番号")
    }

    @Test func errorsStayInPlaceAndNothingIsSaved() throws {
        var app = emptyApp()
        app.press(.char("a"))
        app.press(.tab)
        app.type("Example Mobile")
        #expect(app.press(.ctrl("s")) == [])
        var form = try #require(app.form)
        #expect(form[.title]?.error?.contains("the title is empty") == true)
        #expect(form.fields[form.focus].id == .title)
        app.type("Bounces")
        form = try #require(app.form)
        #expect(form[.title]?.error == nil)  // typing clears the field's error
        app.press(.tab, .tab, .tab, .tab, .tab, .tab)
        #expect(app.form?.fields[app.form!.focus].id == .at)
        app.type("next blursday")
        #expect(app.press(.ctrl("s")) == [])
        form = try #require(app.form)
        #expect(form[.at]?.error?.contains("cannot read \"next blursday\" as a time") == true)
        #expect(form.preview(form[.at]!, now: app.now, zone: tokyo, config: app.config) == "?")
        app.press(.ctrl("u"))
        app.type("+1h")
        #expect(app.press(.ctrl("s")) == [])
        form = try #require(app.form)
        // The core's message, without the command line's flag names.
        #expect(form[.at]?.error?.contains("is in the future") == true)
        #expect(form[.at]?.error?.contains("--at") == false)
        // One stray Esc loses nothing typed: it asks; a second one discards.
        app.press(.escape)
        #expect(app.form?.error == "Esc again throws away what you typed; Ctrl-S saves it")
        app.press(.escape)
        #expect(app.mode == .browse && app.rows.isEmpty)
        #expect(app.notice?.text == "cancelled; nothing saved")
    }

    @Test func logAFailedAttempt() throws {
        var app = try demoApp()
        app.press(.char("l"))
        app.press(.tab, .right, .right)  // direction: failed attempt
        app.press(.tab, .char("w"))  // failure: wrong-number
        app.press(.tab, .tab)  // past the person, to the desk
        app.type("fault desk")
        app.press(.tab, .tab)
        app.type("40m")
        app.press(.tab, .tab)
        app.type("-2h")
        let effects = app.press(.ctrl("s"))
        let expected = Contact(channel: .phone, direction: .failed, failure: .wrongNumber, desk: "fault desk", held: 2400)
        #expect(effects == [.save(.record(number: 1, action: .log(expected), at: demoNow.addingTimeInterval(-7200), now: demoNow, clocks: plainClocks))])
    }

    @Test func aBadDurationIsNamed() throws {
        var app = try demoApp()
        app.press(.char("l"), .tab, .tab, .tab, .tab, .tab, .tab)
        app.type("forty minutes")
        #expect(app.press(.ctrl("s")) == [])
        let form = try #require(app.form)
        #expect(form[.held]?.error?.contains("cannot read \"forty minutes\" as a duration") == true)
    }

    @Test func escalateNeedsAReasonAndMovesUpByDefault() throws {
        var app = try demoApp()
        app.press(.char("e"))
        let form = try #require(app.form)
        #expect(form[.rung]?.text == "executive")  // case 1 is on the technical desk
        #expect(app.press(.ctrl("s")) == [])
        #expect(app.form?[.reason]?.error?.contains("the reason is empty") == true)
        app.type("no reply in 3 days")
        // The technical desk still owes a reply: the form asks what becomes of it.
        #expect(app.form?[.leftOpen]?.text == "keep open")
        let effects = app.press(.enter, .enter, .enter, .enter)
        #expect(effects == [.save(.record(number: 1, action: .escalate(to: .executive, reason: "no reply in 3 days"), at: demoNow, now: demoNow, clocks: plainClocks))])
        try app.saveInMemory(effects)
        #expect(app.states[1]?.rung == .executive)
        #expect(app.notice?.text == "Case 1: escalated technical-desk -> executive")
    }

    @Test func escalatingCanCarryTheLowerRungsOpenPromiseUp() throws {
        var app = try demoApp()
        let owed = try #require(app.states[1]?.openReplies.filter { $0.reply.owedBy == .them && $0.rung == .technicalDesk })
        #expect(!owed.isEmpty)
        app.press(.char("e"))
        app.type("no reply in 3 days")
        app.press(.tab, .tab, .tab, .right)
        #expect(app.form?[.leftOpen]?.text == "carry to new rung")
        let effects = app.press(.ctrl("s"))
        try app.saveInMemory(effects)
        let state = try #require(app.states[1])
        #expect(state.rung == .executive)
        #expect(state.openReplies.filter { $0.rung == .executive && $0.reply.owedBy == .them }.count == owed.count)
        #expect(state.openReplies.allSatisfy { !state.isLeftBehind($0) })
    }

    @Test func withNothingLeftOpenTheEscalateFormDoesNotAsk() throws {
        var app = try demoApp()
        app.choose(3)
        app.press(.char("e"))
        let state = try #require(app.states[3])
        let theirsHere = state.openReplies.filter { $0.reply.owedBy == .them && $0.rung == state.rung }
        #expect((app.form?[.leftOpen] == nil) == theirsHere.isEmpty)
    }

    @Test func escalateToTheSameRungIsRefusedInPlace() throws {
        var app = try demoApp()
        app.press(.char("e"))
        app.type("why not")
        app.press(.tab, .left)  // back to technical-desk, where it is
        #expect(app.press(.ctrl("s")) == [])
        #expect(app.form?[.rung]?.error?.contains("already on technical-desk") == true)
    }

    /// A date typed without its year that falls next year says so as it is typed: a
    /// newcomer read `= 12月1日(水) 23:59` as this year's, and it was saved as next year's.
    @Test func aPreviewOfAnotherYearShowsTheYear() throws {
        var app = try demoApp()
        app.press(.char("w"))
        app.type("call back")
        app.press(.tab, .tab)
        app.type("7/1")  // on 15 July: next year's 1 July
        #expect(app.form!.preview(app.form![.due]!, now: app.now, zone: tokyo, config: app.config) == "Thu 2027-07-01 23:59")
        let screen = app.render()
        #expect((0..<screen.height).contains { screen.line($0).contains("= Thu 2027-07-01 23:59") })
        Language.$bound.withValue(.ja) {
            #expect(app.form!.preview(app.form![.due]!, now: app.now, zone: tokyo, config: app.config) == "2027年7月1日(木) 23:59")
        }
    }

    @Test func dueTimesCountBusinessDaysOnTheOrganisationsCalendar() throws {
        var app = try demoApp()
        app.config = SampleCases.config(zone: tokyo)
        let kestrel = app.config.clocks(for: "Kestrel Mobile")
        app.press(.char("w"))  // case 1, Kestrel Mobile, on the technical desk (open round the clock)
        #expect(app.form?[.due]?.placeholder == "default: 2 business days on technical-desk")
        app.type("call back")
        app.press(.tab, .tab)
        app.type("2 business days")
        // Wednesday 15:00: Thursday is day 1, Friday day 2, due at Friday's end.
        #expect(app.form!.preview(app.form![.due]!, now: app.now, zone: tokyo, config: app.config) == "Sat 07-18 00:00")
        let effects = app.press(.ctrl("s"))
        #expect(effects == [.save(.record(number: 1, action: .raise(what: "call back", owedBy: .them, who: nil, due: t("2026-07-18 00:00")),
                                          at: demoNow, now: demoNow, clocks: kestrel))])
    }

    @Test func aChangedConfigIsTakenUpAndABrokenOneSaysWhy() throws {
        var app = try demoApp()
        _ = app.update(.configured(SampleCases.config(zone: tokyo)))
        #expect(app.config.organisation(for: "Kestrel") != nil)
        #expect(app.render().line(app.height - 1).contains("config read again"))
        _ = app.update(.configFailed("config.json: windows.shop: \"soon\" is not a reply window"))
        #expect(app.config.organisation(for: "Kestrel") != nil)  // the last good one stays
        #expect(app.render().line(app.height - 1).contains("config not used: config.json: windows.shop"))
    }

    @Test func awaitAndOweReadDueTimes() throws {
        var app = try demoApp()
        app.press(.char("w"))
        app.type("call back")
        app.press(.tab)
        app.type("窓口")
        app.press(.tab)
        app.type("17:00")
        var effects = app.press(.ctrl("s"))
        #expect(effects == [.save(.record(number: 1, action: .raise(what: "call back", owedBy: .them, who: "窓口", due: t("2026-07-15 17:00")), at: demoNow, now: demoNow, clocks: plainClocks))])
        try app.saveInMemory(effects)
        app.press(.char("o"))
        app.type("send the logs")
        effects = app.press(.ctrl("s"))
        // No due time: the rung's window applies (the core fills it in).
        #expect(effects == [.save(.record(number: 1, action: .raise(what: "send the logs", owedBy: .me, who: nil, due: nil), at: demoNow, now: demoNow, clocks: plainClocks))])
        try app.saveInMemory(effects)
        #expect(app.states[1]!.openReplies.count == 3)
    }

    @Test func clearAReplyKeptOrBroken() throws {
        var app = try demoApp()
        app.press(.char("j"))  // case 2: one reply due in 40 minutes
        app.press(.char("r"))
        let form = try #require(app.form)
        #expect(form[.reply]?.text.contains("正しい顧客番号でメールを再送") == true)
        app.press(.tab, .right)  // broken
        app.press(.tab)
        app.type("連絡なし")
        let effects = app.press(.ctrl("s"))
        try app.saveInMemory(effects)
        #expect(app.states[2]!.replies.first?.outcome == .broken)
        // Case 4 has nothing to clear.
        app.choose(4)
        app.press(.char("r"))
        #expect(app.form == nil)
        #expect(app.notice?.text == "case 4 has no open pending reply")
    }

    @Test func noteCloseAndReopen() throws {
        var app = try demoApp()
        app.choose(4)
        app.press(.char("n"))
        app.type("請求書を郵送で依頼")
        try app.saveInMemory(app.press(.ctrl("s")))
        #expect(app.notice?.text == "Case 4: note")
        app.press(.char("x"))
        #expect(app.form?.kind == .close)
        app.press(.char("a"))  // a letter jumps to the choice: abandoned
        try app.saveInMemory(app.press(.ctrl("s")))
        #expect(app.states[4]?.status == .abandoned)
        #expect(!app.rows.contains(4))
        app.press(.char("A"))
        app.choose(4)
        // A closed case cannot climb, but can be reopened.
        app.press(.char("e"))
        #expect(app.form == nil)
        #expect(app.notice?.isError == true)
        app.press(.char("x"))
        #expect(app.form?.kind == .reopen)
        app.type("また二重に引き落とされた")
        try app.saveInMemory(app.press(.ctrl("s")))
        #expect(app.states[4]?.isOpen == true)
    }

    @Test func editRecordsOnlyWhatChanged() throws {
        var app = try demoApp()
        app.press(.char("E"))
        app.press(.ctrl("u"))
        app.type("Mail bounces")
        let effects = app.press(.ctrl("s"))
        #expect(effects == [.save(.record(number: 1, action: .edit(CaseEdit(title: "Mail bounces")), at: demoNow, now: demoNow, clocks: plainClocks))])
    }

    @Test func undoRevertsTheCasesLastChangeAfterTheForm() throws {
        var app = try demoApp()
        app.choose(4)
        app.press(.char("n"))
        app.type("間違えて書いたメモ")
        try app.saveInMemory(app.press(.ctrl("s")))
        let before = try #require(app.states[4]).timeline.count
        app.press(.char("u"))
        #expect(app.form?.kind == .undo)
        #expect(app.form?.title.hasSuffix("note: 間違えて書いたメモ") == true)
        // Esc keeps it.
        app.press(.escape)
        #expect(app.form == nil && app.states[4]?.timeline.count == before)
        app.press(.char("u"))
        app.type("wrong case")
        try app.saveInMemory(app.press(.ctrl("s")))
        let state = try #require(app.states[4])
        #expect(state.timeline.count == before + 1)
        #expect(state.undone.count == 1)
        #expect(app.notice?.text == "Case 4: undid: note: 間違えて書いたメモ")
        let screen = app.render().text
        #expect(screen.contains("[undone] note"))
        // Back to the opening: the case is withdrawn and takes no more changes.
        while app.states[4]?.status != .withdrawn {
            app.press(.char("u"))
            try app.saveInMemory(app.press(.ctrl("s")))
        }
        app.press(.char("A"))
        app.choose(4)
        app.press(.char("n"))
        #expect(app.form == nil && app.notice?.text.contains("withdrawn") == true)
    }

    @Test func theBriefViewAndTheRequest() throws {
        var app = try demoApp()
        app.choose(4)
        app.press(.char("b"))
        guard case .brief(4) = app.mode else { Issue.record("expected the brief of case 4"); return }
        var screen = app.render().text
        #expect(screen.contains("Brief of case 4") && screen.contains("characters as a web form counts them"))
        #expect(screen.contains("press R to write what you ask for"))
        app.press(.char("R"))
        #expect(app.form?.kind == .ask)
        app.type("請求の取り消しと書面での説明")
        try app.saveInMemory(app.press(.ctrl("s")))
        #expect(app.states[4]?.ask == "請求の取り消しと書面での説明")
        app.press(.char("b"))
        screen = app.render().text
        #expect(screen.contains("I ask: 請求の取り消しと書面での説明"))
        app.press(.char("x"))
        #expect(app.mode == .browse, "any other key goes back")
    }

    @Test func ctrlXWritesAFieldInTheEditor() throws {
        var app = try demoApp()
        app.choose(4)
        app.press(.char("n"))
        app.type("start")
        #expect(app.press(.ctrl("x")) == [.editText(field: .note, text: "start", about: "Note on case 4")])
        app.update(.textEdited(field: .note, text: "line one\nline two", problem: nil))
        try app.saveInMemory(app.press(.ctrl("s")))
        let last = try #require(app.states[4]?.timeline.last)
        if case let .note(text) = last.kind { #expect(text == "line one\nline two") } else { Issue.record("expected a note") }
        // A failed editor leaves the field as it was and says why.
        app.press(.char("n"))
        app.type("kept")
        _ = app.press(.ctrl("x"))
        app.update(.textEdited(field: .note, text: nil, problem: "the editor \"false\" stopped with status 1; nothing was recorded"))
        #expect(app.form?[.note].map { if case let .text(e) = $0.value { return e.text } else { return "" } } == "kept")
        #expect(app.form?.error?.contains("stopped with status 1") == true)
        // Not on a one-line field such as the contact's person.
        app.press(.escape, .escape)
        app.press(.char("l"))
        #expect(app.press(.ctrl("x")) == [])
    }

    @Test func closingWithTheApologyTestWatchesTheirPromise() throws {
        var app = try demoApp()
        app.choose(4)
        app.press(.char("x"))
        app.press(.char("p"))  // partly-resolved
        for _ in 0..<3 { app.press(.tab) }
        app.press(.char("y"))  // owned up: yes
        app.press(.tab, .tab, .tab)
        app.type("二か月分の返金")
        app.press(.tab)
        app.type("2026-07-31")
        try app.saveInMemory(app.press(.ctrl("s")))
        let s = try #require(app.states[4])
        #expect(s.status == .partlyResolved)
        #expect(s.apology == ApologyTest(acknowledgedEvent: true, explainedCause: false, acknowledgedTrouble: false, promise: "二か月分の返金"))
        #expect(s.openReplies.map(\.reply.what) == ["二か月分の返金"] && s.openReplies[0].reply.owedBy == .them)
        #expect(app.rows.contains(4), "a closed case with a promise outstanding stays in the list")
        app.choose(4)
        #expect(app.render().text.contains("Apology test: 2 of 4: acknowledged the event"))
        // Reopened after a recurrence, the detail pane says when it was closed before.
        app.press(.char("x"))
        app.type("また切れた")
        try app.saveInMemory(app.press(.ctrl("s")))
        let screen = app.render().text  // the line wraps in the pane
        #expect(screen.contains("Closed partly-resolved 2026-07-15, reopened") && screen.contains("2026-07-15: また切れた."))
        // A due time without the promise it belongs to is refused in place.
        app.choose(3)
        app.press(.char("x"))
        for _ in 0..<7 { app.press(.tab) }
        app.type("fri")
        _ = app.press(.ctrl("s"))
        #expect(app.form?[.what]?.error?.contains("needs the promise") == true)
    }

    @Test func aRefusalFromTheStoreLandsInTheForm() throws {
        var app = try demoApp()
        app.press(.char("n"))
        app.type("x")
        _ = app.press(.ctrl("s"))
        #expect(app.saving)
        // Keys wait while a save is under way.
        #expect(app.press(.escape) == [])
        app.update(.saveFailed(.invalid(LadderError(.data, field: .note, "too late", hint: "write e.g. --note y"))))
        #expect(!app.saving)
        #expect(app.form?[.note]?.error == "too late; write e.g. y")
        app.update(.saveFailed(.store("disk full")))
        #expect(app.form?.error == "not saved: disk full")
    }

    /// X, then html: it must not write HTML into ladder-case-1.md.
    @Test func theExportFileIsNamedByItsFormat() throws {
        var app = try demoApp()
        app.press(.char("X"))
        #expect(app.form?[.file]?.text == "~/ladder-case-1.md")
        app.press(.right)
        #expect(app.form?[.file]?.text == "~/ladder-case-1.html")
        app.press(.right, .right)
        #expect(app.form?[.file]?.text == "~/ladder-case-1.ics")
        app.press(.tab, .tab, .ctrl("u"))
        app.type("~/mine.txt")
        app.press(.backTab, .backTab, .left)
        #expect(app.form?[.file]?.text == "~/mine.txt", "a name of the user's own is kept")
    }

    /// After closing, the status line says what was done: the closing.
    @Test func afterClosingTheStatusLineSaysClosed() throws {
        var app = try demoApp()
        app.choose(1)
        app.press(.char("x"))
        try app.saveInMemory(app.press(.ctrl("s")))
        #expect(app.notice?.text.hasPrefix("Case 1: closed: resolved") == true, "\(app.notice?.text ?? "")")
    }

    /// Pasted text is text: one line in a one-line field, kept whole in a note; a choice
    /// takes none; in the list it is set aside.
    @Test func pastedTextGoesIntoTheFieldAsText() throws {
        var app = try demoApp()
        _ = app.update(.paste("xu"))
        #expect(app.mode == .browse && app.notice?.text.hasPrefix("pasted text ignored") == true)
        app.press(.char("a"))
        _ = app.update(.paste("Mail bounces\r\nfrom two handsets\tagain"))
        #expect(app.form?[.title]?.text == "Mail bounces from two handsets again")
        app.press(.tab, .tab)  // the rung: a choice
        _ = app.update(.paste("executive"))
        #expect(app.form?[.rung]?.text == "shop" && app.form?.error == "paste into a text field (Tab to one)")
        app.press(.escape, .escape)
        app.press(.char("n"))
        _ = app.update(.paste("Dear customer,\nwe apologise.\u{1B}[31m"))
        #expect(app.form?[.note]?.text == "Dear customer,\nwe apologise.[31m", "line breaks kept, escapes dropped")
        app.press(.escape, .escape)
        app.press(.char("/"))
        _ = app.update(.paste("org:kestrel\n"))
        #expect(app.mode == .filter && app.filter.text == "org:kestrel ")
    }

    /// Esc in a form with nothing typed closes it at once; with the call timer's times
    /// filled in, it asks first; q during a call asks too.
    @Test func nothingTypedOrTimedIsLostByOneKey() throws {
        var app = try demoApp()
        app.press(.char("n"))
        app.press(.escape)
        #expect(app.mode == .browse, "nothing typed: closed at once")
        app.press(.char("c"), .char("c"), .char("C"))
        #expect(app.form?.kind == .log)
        app.press(.escape)
        #expect(app.form?.error == "Esc again throws away what you typed; Ctrl-S saves it", "the call's times are kept")
        app.press(.tab)
        #expect(app.form?.error == nil, "any other key goes on with the form")
        app.press(.escape, .escape)
        #expect(app.mode == .browse)
        app.press(.char("c"))
        #expect(app.press(.char("q")) == [] && app.notice?.text.contains("q again quits") == true)
        #expect(app.press(.char("q")) == [.quit(status: 0)])
    }

    /// y copies the brief (Enter in its limit form, left empty: the whole brief) and Y
    /// the references, as effects the terminal carries out.
    @Test func copyingHandsTheBriefAndTheReferencesToTheTerminal() throws {
        var app = try demoApp()
        app.choose(1)
        let s = try #require(app.states[1])
        #expect(app.press(.char("y")) == [] && app.form?.kind == .copyBrief)
        #expect(app.press(.enter) == [.copy(text: Brief.make(s, now: app.now, zone: tokyo), what: "the brief of case 1")])
        #expect(app.press(.char("Y")) == [.copy(text: s.details.references.joined(separator: ", "), what: "the reference numbers of case 1")])
        _ = app.update(.copied(what: "the brief of case 1", characters: 420))
        #expect(app.notice?.text.hasPrefix("Copied the brief of case 1 (420 characters) to the clipboard") == true)
    }
}
