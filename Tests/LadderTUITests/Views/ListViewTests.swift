import Foundation
import LadderCore
import LadderTestSupport
import Testing
@testable import LadderTUI

/// The list's rows, exactly, in a small screen.
@Suite struct ListViewTests {
    /// At ten thousand cases, #10000 and #10001 must not both read 1000, and the overdue
    /// mark must not touch the number.
    @Test func largeCaseNumbersKeepEveryDigitAndTheirSpace() throws {
        var files: [CaseFile] = []
        for n in [9999, 10000, 10001] {
            var f = try CaseFile.open(number: n, details: CaseDetails(title: "case \(n)", organisation: "Kestrel"), rung: .shop,
                                      note: nil, at: t("2026-07-15 10:00"), now: t("2026-07-15 10:00"))
            try f.record(.raise(what: "answer", owedBy: .them, who: nil, due: t("2026-07-15 11:00")), at: t("2026-07-15 10:00"), now: t("2026-07-15 10:00"))
            files.append(f)
        }
        var app = App(width: 80, height: 10, now: t("2026-07-15 15:00"), zone: tokyo)
        _ = app.update(.loaded(cases: files, problems: []))
        let screen = app.render()
        let rows = (2...4).map { screen.line($0) }
        #expect(rows[0].hasPrefix("!  9999 ") && rows[1].hasPrefix("! 10000 ") && rows[2].hasPrefix("! 10001 "), "\(rows)")
        #expect(screen.line(1).hasPrefix("      # ORG"))
    }

    /// Help and quit are the first keys shown, whatever the width.
    @Test func theKeyBarStartsWithHelpAndQuit() throws {
        let app = try demoApp(width: 60, height: 20)
        #expect(app.render().line(19).hasPrefix(" ? help q quit"))
    }

    /// At a third of the cases overdue, whole red rows were a wall: red only says late.
    @Test func onlyTheMarkAndTheDueCellOfAnOverdueRowAreRed() throws {
        var app = try demoApp(width: 80, height: 24)
        app.press(.char("j"))  // the overdue case is not the selected one
        let screen = app.render()
        let row = try #require((2..<10).first { screen.line($0).hasPrefix("!") || screen.line($0).hasPrefix("^") && screen.line($0).contains("OVERDUE") })
        let line = screen.line(row)
        let styles = screen.styles(row)
        let title = line.distance(from: line.startIndex, to: line.range(of: "Mail")!.lowerBound)
        let due = line.distance(from: line.startIndex, to: line.range(of: "OVERDUE")!.lowerBound)
        #expect(styles[0] == .overdue && styles[due] == .overdue)
        #expect(styles[title] == .normal, "\(line)")
    }

    /// `==T..` meant nothing until `?`, even at 200 columns: spelt out where there is room.
    @Test func theRungIsSpeltOutOnAWideList() throws {
        let wide = try demoApp(width: 200, height: 30).render()
        // In the list's own columns (the detail pane to its right says the rung too).
        let list = (2..<8).map { String(wide.line($0).prefix(110)) }
        #expect(list.contains { $0.contains("Mail from two") && $0.contains("technical-desk") }, "\(list)")
        let narrow = try demoApp(width: 80, height: 24).render()
        #expect((2..<8).contains { narrow.line($0).contains("==T..") })
    }

    /// At 120 columns titles were 18 cells: the title gets the room, and `v` gives it all.
    @Test func titlesGetTheRoomAndVHidesTheDetail() throws {
        var app = try demoApp(width: 120, height: 40)
        let split = app.render()
        #expect(split.line(1).contains("|"))
        app.press(.char("v"))
        let full = app.render()
        #expect(!full.line(1).contains("|") && full.line(2).contains("Mail from two handsets bounces with Host unknown"))
        app.press(.char("v"))
        #expect(app.render().line(1).contains("|"))
    }

    /// Too narrow for an organisation worth reading, the list leaves it out and gives
    /// the title the room: a newcomer saw `相~` and `Kes~` at 60 columns in Japanese.
    @Test func aNarrowListLeavesTheOrganisationOut() throws {
        Language.$bound.withValue(.ja) {
            let narrow = ListView.Columns(width: 60), wide = ListView.Columns(width: 80)
            #expect(narrow.org == 0)
            #expect(wide.org >= 6)
            // The row's parts still add up to the width, one gap fewer without the organisation.
            #expect(1 + narrow.number + narrow.title + narrow.ladder + ListView.Columns.due + ListView.Columns.move + 5 == 60)
        }
        var app = try demoApp(width: 60, height: 20)
        app.update(.resize(width: 60, height: 20))
        let screen = Language.$bound.withValue(.ja) { app.render() }
        #expect(!screen.line(1).contains("相手先"), "\(screen.line(1))")
        for row in 0..<screen.height { #expect(screen.columns(row) == 60) }
    }
}
