import Foundation
import LadderTestSupport
import LadderCore
import Testing
@testable import LadderTUI

/// Whole screens compared with reviewed text files under Snapshots/. After a deliberate
/// change to the look, rerun with LADDER_UPDATE_SNAPSHOTS=1, read the diff, and commit it.
@Suite struct SnapshotTests {
    static let sizes = [(80, 24), (120, 40), (60, 20), (200, 50)]

    static func check(_ screen: Screen, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        // Every row covers exactly the screen's width: nothing spills or wraps.
        for row in 0..<screen.height {
            #expect(screen.columns(row) == screen.width, "row \(row) of \(name)", sourceLocation: sourceLocation)
        }
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")
        let file = folder.appendingPathComponent(name + ".txt")
        // A frame makes trailing spaces and the right edge visible in the file.
        let text = screen.lines.map { "|" + $0 + String(repeating: " ", count: screen.width - TextWidth.of($0)) + "|" }
            .joined(separator: "\n") + "\n"
        if ProcessInfo.processInfo.environment["LADDER_UPDATE_SNAPSHOTS"] == "1" {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try text.write(to: file, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
            Issue.record("no snapshot \(name).txt; record it with LADDER_UPDATE_SNAPSHOTS=1", sourceLocation: sourceLocation)
            return
        }
        #expect(text == expected, "screen \(name) differs from Snapshots/\(name).txt", sourceLocation: sourceLocation)
    }

    @Test(arguments: sizes) func theListWithTheMostUrgentCaseSelected(width: Int, height: Int) throws {
        let app = try demoApp(width: width, height: height)
        try Self.check(app.render(), "list-\(width)x\(height)")
    }

    @Test(arguments: sizes) func aJapaneseCaseInDetail(width: Int, height: Int) throws {
        var app = try demoApp(width: width, height: height)
        app.choose(2)
        app.press(.enter)
        try Self.check(app.render(), "detail-ja-\(width)x\(height)")
    }

    @Test(arguments: sizes) func theAddFormWithAnErrorInPlace(width: Int, height: Int) throws {
        var app = try demoApp(width: width, height: height)
        app.press(.char("a"))
        app.type("光回線が毎晩21時に切れる、ルーターは交換済み")
        app.press(.tab, .tab, .tab)
        app.press(.ctrl("s"))
        try Self.check(app.render(), "add-form-\(width)x\(height)")
    }

    @Test func helpAndTooSmall() throws {
        var app = try demoApp(width: 80, height: 40)
        app.press(.char("?"))
        try Self.check(app.render(), "help-80x40")
        app.update(.resize(width: 44, height: 9))
        try Self.check(app.render(), "too-small-44x9")
    }

    @Test func aCaseToClimbShowsTheClimbMarkerInPlaceOfTheOverdueOne() throws {
        var app = try demoApp(width: 120, height: 40)
        app.config = Config(climbAfter: ReplyWindow(12, .hours), userZone: tokyo)
        app.press(.char("j"))
        let screen = app.render()
        let row = try #require((0..<screen.height).first { screen.line($0).contains("Kestrel") })
        #expect(screen.line(row).hasPrefix("^"))
        #expect(screen.line(row).contains("OVERDUE 20h 00m"))
        #expect(screen.styles(row)[0] == .overdue)
    }

    @Test func theDetailShowsTheContactPointAndTheClimbFlag() throws {
        var app = try demoApp(width: 120, height: 40)
        app.config = SampleCases.config(zone: tokyo)
        try Self.check(app.render(), "detail-climb-120x40")
        let text = (0..<40).map { app.render().line($0) }.joined(separator: "\n")
        #expect(text.contains("Technical e-mail desk,") && text.contains("tech-desk@kestrel.example"))
        #expect(text.contains("open now, round the clock"))
        #expect(text.contains("^ CLIMB: climb to executive (reply 3 is 20h"))
        #expect(text.contains("(paid); open now until 18:00"))
    }

    @Test func overdueRowsCarryATextMarkerAndAColour() throws {
        var app = try demoApp(width: 120, height: 40)
        app.press(.char("j"))  // select case 2, so case 1 shows its own style
        let screen = app.render()
        let row = try #require((0..<screen.height).first { screen.line($0).contains("Kestrel") })
        // Late by less than the default climb threshold (1 day): overdue, not yet climb.
        #expect(screen.line(row).hasPrefix("!"))
        #expect(screen.line(row).contains("OVERDUE 20h 00m"))
        #expect(screen.styles(row)[0] == .overdue)
        let soon = try #require((0..<screen.height).first { screen.line($0).contains("in 40m 00s") })
        #expect(screen.styles(soon)[0] == .selected)
    }

    @Test func countdownsTickEverySecond() throws {
        var app = try demoApp()
        app.press(.char("j"))
        #expect(app.render().text.contains("in 40m 00s"))
        app.update(.tick(demoNow.addingTimeInterval(1)))
        #expect(app.render().text.contains("in 39m 59s"))
        #expect(app.render().line(0).hasSuffix("Wed 07-15 15:00:01"))
        app.update(.tick(demoNow.addingTimeInterval(41 * 60)))
        #expect(app.render().text.contains("OVERDUE 1m 00s"))
        #expect(app.render().line(0).contains("2 overdue"))
    }

    @Test func storedEscapeSequencesStayText() throws {
        var app = App(width: 80, height: 24, now: demoNow, zone: tokyo)
        var file = try CaseFile.open(number: 1, details: CaseDetails(title: "evil\u{1B}[31m red\u{1B}]0;title\u{07}", organisation: "X\u{9B}Y"),
                                     rung: .shop, note: "line\u{1B}[2Jcleared", at: demoNow, now: demoNow)
        try file.record(.note("\u{1B}[H\u{1B}[2J\u{202E}reversed"), at: demoNow, now: demoNow)
        _ = app.update(.loaded(cases: [file], problems: []))
        app.press(.enter)
        let screen = app.render()
        for c in screen.cells.compactMap(\.character) {
            #expect(!c.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || $0.value == 0x202E })
        }
        #expect(screen.text.contains("evil^[[31m red^[]0;title^G"))
    }
}
