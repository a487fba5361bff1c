import Foundation
import LadderTestSupport
import LadderCore
import Testing
@testable import LadderTUI

@Suite struct BrowsingTests {
    @Test func theListIsMostUrgentFirstAndHidesClosedCases() throws {
        var app = try demoApp()
        // 1 is overdue, 2 is due in 40 minutes, 3 is due tomorrow, 4 awaits nothing, 5 is closed.
        #expect(app.rows == [1, 2, 3, 4])
        #expect(app.selected == 1)
        app.press(.char("A"))
        #expect(app.rows == [1, 2, 3, 4, 5])
        app.press(.char("A"))
        #expect(app.rows == [1, 2, 3, 4])
    }

    @Test func movingThroughTheList() throws {
        var app = App(width: 80, height: 10, now: demoNow, zone: tokyo)  // room for 7 case rows
        let cases = try (1...10).map { n in
            try CaseFile.open(number: n, details: CaseDetails(title: "Case \(n)", organisation: "Org"), rung: .shop, note: nil,
                              replies: [ReplyRequest(what: "reply", owedBy: .them, due: demoNow.addingTimeInterval(Double(n) * 3600))],
                              at: demoNow, now: demoNow)
        }
        _ = app.update(.loaded(cases: cases, problems: []))
        #expect(app.rows == Array(1...10))
        app.press(.char("j"))
        #expect(app.selected == 2)
        app.press(.down, .down, .down, .down, .down, .down)
        #expect(app.selected == 8)
        #expect(app.listTop == 1)
        app.press(.char("k"))
        #expect(app.selected == 7 && app.listTop == 1)
        app.press(.char("g"))
        #expect(app.selected == 1 && app.listTop == 0)
        app.press(.char("G"))
        #expect(app.selected == 10 && app.listTop == 3)
        app.press(.home)
        app.press(.pageDown)  // a page is the visible rows less one, for context
        #expect(app.selected == 7)
        app.press(.pageUp)
        #expect(app.selected == 1)
        app.press(.up)
        #expect(app.selected == 1)
        let screen = app.render()
        // Said in the top bar, never over the list's headings.
        #expect(screen.line(0).contains("1-7 of 10") && screen.line(1).hasSuffix("MOVE"))
    }

    @Test func enterOpensTheDetailAndTabComesBack() throws {
        var app = try demoApp(width: 80, height: 12)
        app.press(.enter)
        #expect(app.focus == .detail)
        app.press(.char("j"), .char("j"))
        #expect(app.detailScroll == 2)
        app.press(.char("G"))
        let bottom = app.detailScroll
        #expect(bottom > 2)
        app.press(.pageDown)
        #expect(app.detailScroll == bottom)
        app.press(.char("g"))
        #expect(app.detailScroll == 0)
        app.press(.tab)
        #expect(app.focus == .list)
        app.press(.tab, .escape)
        #expect(app.focus == .list)
    }

    @Test func filterByOrganisationTagRungAndAnyText() throws {
        var app = try demoApp()
        app.press(.char("/"))
        #expect(app.mode == .filter)
        app.type("org:northwind")
        #expect(app.rows == [3])
        app.press(.enter)
        #expect(app.mode == .browse)
        #expect(app.rows == [3])
        app.press(.escape)
        #expect(app.rows == [1, 2, 3, 4])

        app.press(.char("/"))
        app.type("tag:請求")
        #expect(app.rows == [2, 4])
        app.press(.ctrl("u"))
        app.type("rung:exec")
        #expect(app.rows == [3])
        app.press(.ctrl("u"))
        app.type("out of service")  // a contact's note
        #expect(app.rows == [1])
        app.press(.ctrl("u"))
        app.type("nothing-like-this")
        #expect(app.rows.isEmpty && app.selected == nil)
        app.press(.escape)
        #expect(app.rows == [1, 2, 3, 4] && app.mode == .browse)
    }

    @Test func helpOpensAndAnyKeyCloses() throws {
        var app = try demoApp()
        app.press(.char("?"))
        #expect(app.mode == .help)
        #expect(app.render().text.contains("call timer"))
        app.update(.resize(width: 80, height: 24))
        #expect(!app.render().text.contains("Ctrl-Z"))
        app.press(.char("G"))  // scrolls to the end of the help
        #expect(app.mode == .help)
        #expect(app.render().text.contains("Ctrl-Z"))
        app.press(.char("x"))
        #expect(app.mode == .browse)
    }

    @Test func quitKeys() throws {
        var app = try demoApp()
        #expect(app.press(.char("q")) == [.quit(status: 0)])
        app.press(.char("l"))
        #expect(app.form != nil)
        // q is text in a form; Ctrl-C quits from anywhere.
        #expect(app.press(.char("q")) == [])
        #expect(app.press(.ctrl("c")) == [.quit(status: 130)])
        #expect(app.press(.ctrl("z")) == [.suspend])
        #expect(app.press(.ctrl("l")) == [.redraw])
    }

    @Test func aTooSmallTerminalSaysSoAndStillQuits() throws {
        var app = try demoApp()
        app.update(.resize(width: 40, height: 8))
        let text = app.render().text
        #expect(text.contains("Terminal too small: 40x8"))
        #expect(text.contains("at least 50x10"))
        #expect(app.press(.char("a")) == [])
        #expect(app.form == nil)
        app.update(.resize(width: 80, height: 24))
        #expect(app.render().text.contains("Kestrel Mo"))
        #expect(app.press(.char("q")) == [.quit(status: 0)])
    }

    @Test func changesFromElsewhereKeepTheSelection() throws {
        var app = try demoApp()
        app.press(.char("j"), .char("j"))
        #expect(app.selected == 3)
        // Another terminal adds an overdue case, which sorts to the top.
        var other = try CaseFile.open(number: 9, details: CaseDetails(title: "New from cron", organisation: "Elsewhere"),
                                      rung: .shop, note: nil, at: demoNow.addingTimeInterval(-3600 * 40), now: demoNow)
        try other.record(.raise(what: "x", owedBy: .them, who: nil, due: demoNow.addingTimeInterval(-3600 * 30)),
                         at: demoNow.addingTimeInterval(-3600 * 40), now: demoNow)
        app.update(.changed(cases: [other], removed: [], problems: []))
        #expect(app.rows == [9, 1, 2, 3, 4])
        #expect(app.selected == 3)
        // The selected case is deleted elsewhere: the selection stays at its place.
        app.update(.changed(cases: [], removed: [3], problems: []))
        #expect(app.rows == [9, 1, 2, 4])
        #expect(app.selected == 4)
    }

    @Test func anEmptyStoreGreetsWithTheKeysToStart() {
        let app = emptyApp()
        let text = app.render().text
        #expect(text.contains("No cases yet."))
        #expect(text.contains("Press a to add your first case"))
        #expect(app.render().line(23).contains("a add a case"))
    }

    /// `/overdue` found nothing; `rung:cc` found nothing and `rung:c` any rung with a c;
    /// a full-width or half-width spelling found nothing; an alias from the config neither.
    @Test func theFilterKnowsOverdueRungNamesWidthsAndAliases() throws {
        var app = try demoApp()
        func filtered(_ text: String) -> [Int] {
            app.press(.char("/"))
            app.type(text)
            let rows = app.rows
            app.press(.escape)
            return rows
        }
        let overdue = app.rows.filter { n in app.summaries[n]!.overdueReplies(at: app.now).isEmpty == false }
        #expect(!overdue.isEmpty)
        #expect(filtered("overdue") == overdue && filtered("is:overdue") == overdue)
        let callCentre = app.rows.filter { app.summaries[$0]!.rung == .callCentre }
        #expect(filtered("rung:cc") == callCentre && filtered("rung:c") == callCentre)
        let kestrel = app.rows.filter { app.summaries[$0]!.details.organisation.hasPrefix("Kestrel") }
        #expect(!kestrel.isEmpty && filtered("ｋｅｓｔｒｅｌ") == kestrel)
        let shield = app.rows.filter { app.summaries[$0]!.details.organisation == "シールドソフト" }
        #expect(!shield.isEmpty && filtered("ｼｰﾙﾄﾞ") == shield && filtered("しーるど") == shield)
        var config = Config(userZone: tokyo)
        config.organisations = [Organisation(name: "Kestrel Mobile", aliases: ["ケストレル"])]
        _ = app.update(.configured(config))
        #expect(filtered("ケストレル") == kestrel)
    }

    /// `v` hides the detail beside the list; narrower, where it never sits beside the
    /// list, it says how to see the detail instead of doing nothing.
    @Test func vSaysWhereTheDetailIsWhenTheTerminalIsNarrow() throws {
        var app = try demoApp(width: 80, height: 24)
        app.press(.char("v"))
        #expect(!app.detailHidden && app.notice?.text == "the detail sits beside the list from 110 columns; Enter shows it here")
        app.update(.resize(width: 120, height: 40))
        app.press(.char("v"))
        #expect(app.detailHidden && !app.layout.split)
    }

    /// At the smallest size the counts come before the date: the clock keeps its time.
    @Test func aNarrowTopBarKeepsTheCountsAndTheTime() throws {
        var app = try demoApp(width: 50, height: 10)
        var bar = app.render().line(0)
        #expect(bar.contains("4 open, 1 overdue") && bar.trimmingCharacters(in: .whitespaces).hasSuffix(" 15:00:00") && !bar.contains("07-15"), "\(bar)")
        app.update(.resize(width: 80, height: 24))
        bar = app.render().line(0)
        #expect(bar.contains("Wed 07-15 15:00:00"), "\(bar)")
    }

    /// An unknown key says where the keys are, once.
    @Test func anUnknownKeySaysWhereTheKeysAreOnce() throws {
        var app = try demoApp()
        app.press(.char("z"))
        #expect(app.notice?.text == "z does nothing here; ? lists every key")
        app.press(.char("j"))
        app.press(.char("z"))
        #expect(app.notice == nil)
    }

    /// `s` cycles the list's order; the top bar says which.
    @Test func sortingCyclesAndSaysSo() throws {
        var app = try demoApp()
        let urgent = app.rows
        app.press(.char("s"))
        #expect(app.sort == .age && app.render().line(0).contains("by age"))
        let ages = app.rows.map { app.summaries[$0]!.startedAt }
        #expect(ages == ages.sorted())
        app.press(.char("s"))
        let since = app.rows.map { app.summaries[$0]!.stints.last!.from }
        #expect(since == since.sorted(), "the longest on its rung first")
        app.press(.char("s"))
        let orgs = app.rows.map { SearchFold.fold(app.summaries[$0]!.details.organisation) }
        #expect(orgs == orgs.sorted())
        app.press(.char("s"))
        #expect(app.sort == .urgency && app.rows == urgent && !app.render().line(0).contains(" by "))
    }

    /// Typing on narrows the earlier result, and gives the same rows as typing at once.
    @Test func typingOnGivesWhatTypingAtOnceGives() throws {
        for query in ["org:northwind", "mail bounces", "rung:exec", "回線", "tag:請求 org:みなと", "overdue", "is:overdue", "ｋｅｓ"] {
            var typed = try demoApp()
            typed.press(.char("/"))
            typed.type(query)
            var pasted = try demoApp()
            pasted.press(.char("/"))
            _ = pasted.update(.paste(query))
            #expect(typed.rows == pasted.rows, "\(query)")
        }
    }
}
