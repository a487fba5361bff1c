import Foundation
import LadderCore
import LadderTestSupport
import Testing
@testable import LadderTUI

/// `t`: what to do now, grouped as the user acts, with whom to call and their hours.
@Suite struct TodayTests {
    func app(at now: Date = demoNow) throws -> App {
        var app = App(width: 120, height: 40, now: now, zone: tokyo, storeLabel: "demo", config: SampleCases.config(zone: tokyo))
        _ = app.update(.loaded(cases: try SampleCases.files(now: demoNow), problems: []))
        return app
    }

    @Test func theDemoSaysWhatToDoAndWhomToTurnTo() throws {
        var app = try app()
        app.press(.char("t"))
        #expect(app.mode == .today)
        let items = app.today.items
        #expect(!items.isEmpty)
        // Every late reply of theirs or climb is there, and each names whom to turn to.
        for n in app.rows {
            let s = app.summaries[n]!
            let climbs = ReportCase(s, config: app.config).climb(at: app.now) != nil
            let late = s.openReplies.contains { $0.reply.owedBy == .them && $0.isOverdue(at: app.now) }
            #expect(items.contains { $0.number == n } == (climbs || late || s.openReplies.contains {
                $0.reply.owedBy == .me && $0.reply.due.timeIntervalSince(app.now) < 86_400 }), "case \(n)")
        }
        #expect(items.allSatisfy { !$0.whom.isEmpty })
        // The climb names the next rung's contact point, its number and its hours now.
        #expect(items.contains { $0.group == .climb && $0.whom.contains("0120-000-444 (toll-free); open now until 17:00") }, "\(items)")
        let screen = app.render()
        #expect(screen.line(1).contains("Today") && (2..<10).contains { screen.line($0).contains("Climb") })
        // The groups come in the order one acts.
        let order = items.map { Today.Group.allCases.firstIndex(of: $0.group)! }
        #expect(order == order.sorted())
    }

    /// What to act on is the reason: a long title gives way to it, at 80 columns too.
    @Test func aLongTitleGivesWayToTheReason() throws {
        var files = try SampleCases.files(now: demoNow)
        for i in files.indices {
            try files[i].record(.edit(CaseEdit(title: String(repeating: "Fibre line resets every evening again ", count: 3))), at: demoNow, now: demoNow)
        }
        var app = App(width: 80, height: 24, now: demoNow, zone: tokyo, storeLabel: "demo", config: SampleCases.config(zone: tokyo))
        _ = app.update(.loaded(cases: files, problems: []))
        app.press(.char("t"))
        let items = app.today.items
        #expect(!items.isEmpty)
        let lines = app.today.lines(width: 78)
        for (i, item) in items.enumerated() {
            let row = try #require(lines.first { $0.item == i && $0.text.hasPrefix("  #") })
            #expect(row.text.contains("~"), "\(row.text)")
            if TextWidth.of(item.why) <= 78 - TextWidth.of("  #\(item.number) ") - 2 - 12 {
                #expect(row.text.hasSuffix(item.why), "\(row.text)")
            }
        }
    }

    @Test func enterGoesToTheCaseAndCStartsACallOnIt() throws {
        var app = try app()
        app.press(.char("t"))
        let first = try #require(app.today.items.first).number
        app.press(.enter)
        #expect(app.mode == .browse && app.selected == first)
        app.press(.char("t"), .char("c"))
        #expect(app.call?.caseNumber == first)
        app.press(.char("t"), .char("x"))
        #expect(app.mode == .browse, "any other key goes back")
    }

    /// A closed case's watched promise, once late, is chased like any reply of theirs.
    @Test func aLatePromiseOfAClosedCaseIsChased() throws {
        var app = try app()
        app.choose(3)
        app.press(.char("x"))
        for _ in 0..<6 { app.press(.tab) }
        app.type("refund of the two months")
        app.press(.tab)
        app.type("1d")
        try app.saveInMemory(app.press(.ctrl("s")))
        #expect(app.states[3]?.isOpen == false)
        app.press(.char("t"))
        #expect(!app.today.items.contains { $0.number == 3 }, "not late yet")
        app.press(.escape)
        app.update(.tick(demoNow.addingTimeInterval(2 * 86_400)))
        app.press(.char("t"))
        #expect(app.today.items.contains { $0.number == 3 && [.callNow, .chase].contains($0.group) }, "\(app.today.items)")
    }

    @Test func nothingToDoSaysSo() throws {
        var app = App(width: 80, height: 24, now: demoNow, zone: tokyo)
        _ = app.update(.loaded(cases: [try CaseFile.open(number: 1, details: CaseDetails(title: "Quiet", organisation: "X"), rung: .shop,
                                                         note: nil, at: demoNow, now: demoNow)], problems: []))
        app.press(.char("t"))
        #expect(app.render().line(2).contains("Nothing to do now"))
    }
}
