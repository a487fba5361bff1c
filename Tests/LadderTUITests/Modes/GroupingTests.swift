import Foundation
import LadderCore
import LadderTestSupport
import Testing
@testable import LadderTUI

/// Sorted by organisation (`s` three times), the list has a heading per organisation
/// with its counts; moving skips the headings, and a heading stays above its first case.
@Suite struct GroupingTests {
    private func byOrganisation(width: Int = 120, height: Int = 40) throws -> App {
        var app = try demoApp(width: width, height: height)
        app.press(.char("s"), .char("s"), .char("s"))
        #expect(app.sort == .organisation)
        return app
    }

    @Test func eachOrganisationHasAHeadingWithItsCounts() throws {
        var app = try byOrganisation()
        app.press(.char("A"))  // the closed case too
        let groups = app.listLines.compactMap { line -> String? in
            if case let .group(name, cases, overdue) = line { return "\(name) \(cases) \(overdue)" }
            return nil
        }
        #expect(groups == ["Kestrel Mobile 1 1", "Northwind Broadband 2 0", "シールドソフト 1 0", "みなと電力 1 0"], "\(groups)")
        #expect(app.listLines.compactMap(\.number) == app.rows)
        let screen = app.render()
        #expect(screen.line(2) == " Kestrel Mobile  1 case, 1 overdue" + String(repeating: " ", count: app.layout.listWidth - 34)
                                   + String(screen.line(2).dropFirst(app.layout.listWidth)), "\(screen.line(2))")
        #expect(screen.text.contains(" Northwind Broadband  2 cases"))
        // Other orders have no headings.
        app.press(.char("s"))
        #expect(app.listLines.allSatisfy { $0.number != nil })
        #expect(!app.render().text.contains("2 cases"))
    }

    /// A case filed under an alias (`NB`) is grouped with its organisation, under the
    /// organisation's name, as the filter finds it.
    @Test func aCaseFiledUnderAnAliasIsGroupedWithItsOrganisation() throws {
        var files = try SampleCases.files(now: demoNow)
        let i = try #require(files.firstIndex { CaseState($0).details.organisation == "Northwind Broadband" })
        try files[i].record(.edit(CaseEdit(organisation: "nb")), at: demoNow, now: demoNow)
        var app = App(width: 120, height: 40, now: demoNow, zone: tokyo, storeLabel: "demo")
        var config = Config(userZone: tokyo)
        config.organisations = [Organisation(name: "Northwind Broadband", aliases: ["NB"])]
        _ = app.update(.configured(config))
        _ = app.update(.loaded(cases: files, problems: []))
        app.press(.char("s"), .char("s"), .char("s"), .char("A"))
        let groups = app.listLines.compactMap { line -> String? in
            if case let .group(name, cases, _) = line { return "\(name) \(cases)" }
            return nil
        }
        #expect(groups.contains("Northwind Broadband 2") && !groups.contains { $0.hasPrefix("nb") }, "\(groups)")
    }

    @Test func movingSkipsHeadingsAndKeepsTheFirstCasesHeadingInView() throws {
        // A short terminal: 7 list rows for 4 cases and 4 headings.
        var app = try byOrganisation(width: 80, height: 10)
        #expect(app.layout.listRows == 7 && app.listLines.count == 8)
        app.press(.char("g"))
        #expect(app.selected == app.rows.first && app.listTop == 0)
        for _ in 1..<app.rows.count { app.press(.char("j")) }
        #expect(app.selected == app.rows.last)
        // The last case and its heading are in view, and the top bar counts cases, not lines.
        let screen = app.render()
        #expect(screen.text.contains(" みなと電力  1 case"), "\(screen.text)")
        #expect(screen.line(0).contains("of 4"), "\(screen.line(0))")
        app.press(.char("g"))
        #expect(app.listTop == 0, "back at the first case, its heading shows too")
        #expect(app.render().line(2).hasPrefix(" Kestrel Mobile"))
    }
}
