import Foundation
import LadderCore
import LadderTestSupport
import Testing
@testable import LadderTUI

/// What a newcomer reads: the help at 80 columns, countdowns in Japanese, a closed case's
/// watched promise and the counts in the top bar, long titles in the detail heading.
@Suite struct ReadingTests {
    /// The help was cut at the right edge at 80 columns ("titles get the"); each
    /// explanation now goes on under itself, whole.
    @Test(arguments: [Language.en, .ja]) func theHelpWrapsInsteadOfCuttingAt80Columns(language: Language) throws {
        try Language.$bound.withValue(language) {
            let wrapped = HelpView.lines(width: 80)
            for line in wrapped where !line.heading {
                #expect(HelpView.keyWidth + 1 + TextWidth.of(line.text) <= 80, "\(line.text)")
            }
            // Every explanation is there in full, in order, across its lines.
            let whole = HelpView.lines.filter { !$0.key.isEmpty }.map(\.text)
            var joined: [String] = []
            for line in wrapped where !line.heading && !line.text.isEmpty {
                if line.key.isEmpty { joined[joined.count - 1] += (language == .ja ? "" : " ") + line.text } else { joined.append(line.text) }
            }
            #expect(joined == whole)
            #expect(wrapped.count > HelpView.lines.count || language == .ja)
            // On screen: scrolled to its end, the help's last line is there, uncut.
            var app = try demoApp(width: 80, height: 24)
            app.press(.char("?"), .char("G"))
            let screen = app.render()
            let last = try #require(wrapped.last)
            #expect(screen.text.contains(last.text))
            #expect(screen.line(0).contains(language == .ja ? "行中" : "lines") || TextWidth.of(screen.line(0)) >= 79)
        }
    }

    @Test func japaneseCountdownsAreWordsNotAClockFace() {
        Language.$bound.withValue(.ja) {
            #expect(ClockText.countdown(20 * 3600) == "20時間")
            #expect(ClockText.countdown(5 * 3600 + 3 * 60 + 59) == "5時間3分")
            #expect(ClockText.countdown(12 * 60 + 3) == "12分3秒")
            #expect(ClockText.countdown(40 * 60) == "40分")
            #expect(ClockText.countdown(45) == "45秒")
            #expect(ClockText.countdown(-(3 * 3600 + 5 * 60)) == "3時間5分")
        }
        // English keeps the stopwatch's two digits.
        #expect(ClockText.countdown(5 * 3600 + 3 * 60) == "5h 03m")
    }

    /// Closed with their promise watched: the row counts down to the promise (it said
    /// only "partly-resolved"), it is their move, and the top bar counts it apart.
    @Test func aClosedCasesWatchedPromiseShowsWhenItIsDue() throws {
        var app = try demoApp()
        app.choose(4)
        app.press(.char("x"))
        app.press(.char("p"))  // partly-resolved
        for _ in 0..<6 { app.press(.tab) }
        app.type("二か月分の返金")
        app.press(.tab)
        app.type("2d")
        try app.saveInMemory(app.press(.ctrl("s")))
        #expect(app.notice?.text.hasPrefix("Case 4: closed") == true, "\(app.notice?.text ?? "")")
        #expect(app.states[4]?.isOpen == false)
        app.choose(1)  // off case 4, so its row has its own style
        let screen = app.render()
        let list = app.layout.listWidth
        let row = try #require((2..<screen.height).first { screen.line($0).prefix(list).contains("電気料金") })
        let line = String(screen.line(row).prefix { $0 != "|" })
        #expect(line.contains("in 2d") && !line.contains("partly"), "\(line)")
        #expect(line.trailingSpacesRemoved.hasSuffix("them"), "\(line)")
        #expect(screen.line(0).contains("3 open (+1 watched)"), "\(screen.line(0))")
        // Late, the promise is marked and counted as overdue.
        let before = app.overdueCount
        app.update(.tick(demoNow.addingTimeInterval(3 * 86_400)))
        let late = app.render()
        #expect(late.line(0).contains("(+1 watched)"), "\(late.line(0))")
        let lateRow = try #require((2..<late.height).first { late.line($0).prefix(list).contains("電気料金") })
        #expect(late.line(lateRow).hasPrefix("!") && late.line(lateRow).contains("OVERDUE"), "\(late.line(lateRow))")
        #expect(app.overdueCount > before)
    }

    /// A long title wraps in the detail heading (it was cut without a mark), under
    /// itself, and the pane's lines start below it.
    @Test func theDetailHeadingWrapsALongTitle() throws {
        let title = "Mail from two handsets bounces with Host unknown while every other handset of the same carrier gets through fine"
        var app = App(width: 80, height: 24, now: demoNow, zone: tokyo)
        let file = try CaseFile.open(number: 1, details: CaseDetails(title: title, organisation: "Kestrel Mobile"),
                                     rung: .shop, note: nil, at: demoNow, now: demoNow)
        _ = app.update(.loaded(cases: [file], problems: []))
        app.press(.enter)
        let screen = app.render()
        let heading = (1...3).map { screen.line($0).trimmingCharacters(in: .whitespaces) }
        #expect(heading[0].hasPrefix("#1 Mail from two handsets"), "\(heading)")
        let words = (heading[0] + " " + heading[1]).split(separator: " ").joined(separator: " ")
        #expect(words == "#1 " + title, "\(heading)")
        #expect(!heading.joined().contains("~"))
        #expect(screen.line(3).contains("Kestrel Mobile | open"), "the pane starts under the heading: \(screen.line(3))")
        #expect(app.detailRows == 24 - 2 - 2)
        // The same in the split view at 140 columns, in the narrower pane.
        app.update(.resize(width: 140, height: 40))
        let split = app.render()
        let border = app.layout.listWidth
        for row in 1..<39 { #expect(split[row, border].character == "|", "row \(row)") }
        let lines = app.detailHeading(try #require(app.selectedState), width: app.layout.detailWidth)
        #expect(lines.count >= 2 && lines.joined(separator: " ") == "#1 " + title, "\(lines.joined(separator: "|"))")
        // At 120 the pane keeps three lines of it, the cut marked.
        app.update(.resize(width: 120, height: 40))
        let cut = app.detailHeading(try #require(app.selectedState), width: app.layout.detailWidth)
        #expect(cut.count == 3 && cut.last!.hasSuffix("~"), "\(cut)")
    }

    /// Past three lines the heading is cut, and says so with `~`.
    @Test func anEndlessTitleIsCutWithAMarkAfterThreeLines() throws {
        var app = App(width: 80, height: 24, now: demoNow, zone: tokyo)
        let title = String(repeating: "迷惑メール判定の誤りが直らない。", count: 12)
        let file = try CaseFile.open(number: 7, details: CaseDetails(title: title, organisation: "サンプル"),
                                     rung: .shop, note: nil, at: demoNow, now: demoNow)
        _ = app.update(.loaded(cases: [file], problems: []))
        let heading = app.detailHeading(try #require(app.selectedState ?? app.states[7]), width: 80)
        #expect(heading.count == 3)
        #expect(heading[2].hasSuffix("~"))
        // Drawn three columns in, each line ends before the pane's last column.
        for line in heading.dropFirst() { #expect(3 + TextWidth.of(line) <= 79, "\(line)") }
        var app2 = app
        app2.press(.enter)
        let screen = app2.render()
        #expect(screen.line(3).trimmingCharacters(in: .whitespaces).hasSuffix("~"), "\(screen.line(3))")
        #expect(screen.line(4).contains("サンプル | open"), "\(screen.line(4))")
    }
}
