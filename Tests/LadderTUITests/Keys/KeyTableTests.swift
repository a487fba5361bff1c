import Foundation
import LadderCore
import LadderTestSupport
import Testing
@testable import LadderTUI

/// The key table is the one place keys are defined: it must be unambiguous, and
/// Docs/FrontEnd.md must list exactly its keys, each where it works.
@Suite struct KeyTableTests {
    @Test func noKeyDoesTwoThingsInOnePlace() {
        for scope in KeyScope.allCases {
            let keys = KeyTable.rows.filter { $0.scope == scope }.flatMap { $0.bindings.flatMap(\.keys) }
            let twice = Dictionary(grouping: keys, by: \.self).filter { $0.value.count > 1 }.keys.map(\.name)
            #expect(twice.isEmpty, "bound twice in \(scope): \(twice)")
        }
    }

    @Test func aPaneKeyDoesNotHideABrowseKeyByAccident() {
        // Keys bound to one pane win over the same key for both panes; none is both.
        let browse = Set(KeyTable.rows.filter { $0.scope == .browse }.flatMap { $0.bindings.flatMap(\.keys) })
        for scope in [KeyScope.list, .detail] {
            let pane = Set(KeyTable.rows.filter { $0.scope == scope }.flatMap { $0.bindings.flatMap(\.keys) })
            #expect(pane.isDisjoint(with: browse), "\(scope) and browse share \(pane.intersection(browse).map(\.name))")
        }
    }

    @Test func theBarsRanksAreDistinctWhereTheyShowTogether() {
        for scopes in [[KeyScope.browse, .list], [.browse, .detail], [.form, .choice], [.filter], [.help], [.brief]] {
            let ranks = KeyTable.rows.filter { scopes.contains($0.scope) }.flatMap(\.bar).map(\.rank)
            #expect(Set(ranks).count == ranks.count, "\(scopes): \(ranks.sorted())")
        }
    }

    @Test func theHelpScreenShowsEveryRowOfItsSections() {
        let shown = HelpView.lines.map(\.key)
        for row in KeyTable.rows where row.section != nil {
            #expect(shown.contains(row.keyText), "\(row.keyText) is not on the help screen")
        }
    }

    /// Where each heading under "## Keys" in Docs/FrontEnd.md says its keys work.
    static let docSections: [String: [KeyScope]] = [
        "Browsing": [.browse, .list, .detail],
        "Anywhere": [.anywhere],
        "The filter line": [.filter],
        "The help screen and the brief": [.help, .brief],
        "Today": [.today],
        "Forms": [.form, .choice, .text],
    ]

    /// The key names in the first cell of each table row of each heading.
    static func documentedKeys() throws -> [String: (keys: Set<String>, anyOther: Bool)] {
        let text = try String(contentsOf: repositoryRoot.appendingPathComponent("Docs/FrontEnd.md"), encoding: .utf8)
        let keysPart = text.components(separatedBy: "\n## Keys\n")[1].components(separatedBy: "\n## ")[0]
        var out: [String: (keys: Set<String>, anyOther: Bool)] = [:]
        var heading = ""
        for line in keysPart.split(separator: "\n") {
            if line.hasPrefix("### ") { heading = String(line.dropFirst(4)); continue }
            guard line.hasPrefix("| "), !line.hasPrefix("| Keys"), !line.hasPrefix("| ---") else { continue }
            let cell = line.split(separator: "|")[0]
            var entry = out[heading] ?? ([], false)
            if cell.contains("any other key") { entry.anyOther = true }
            // The code spans of the first cell: `j` `k` `Down`.
            for (i, part) in cell.components(separatedBy: "`").enumerated() where i % 2 == 1 { entry.keys.insert(part) }
            out[heading] = entry
        }
        return out
    }

    @Test func theDocsListExactlyTheKeysOfTheTableWhereTheyWork() throws {
        let documented = try Self.documentedKeys()
        #expect(Set(documented.keys) == Set(Self.docSections.keys), "headings under ## Keys: \(documented.keys.sorted())")
        for (heading, scopes) in Self.docSections {
            let rows = KeyTable.rows.filter { scopes.contains($0.scope) }
            let bound = Set(rows.flatMap { $0.bindings.flatMap { $0.keys.map(\.name) } })
            let listed = documented[heading]?.keys ?? []
            #expect(bound.subtracting(listed).isEmpty, "\(heading): not in Docs/FrontEnd.md: \(bound.subtracting(listed).sorted())")
            #expect(listed.subtracting(bound).isEmpty, "\(heading): in Docs/FrontEnd.md but bound to nothing: \(listed.subtracting(bound).sorted())")
            let hasOther = rows.contains { $0.otherKeys != nil }
            #expect((documented[heading]?.anyOther ?? false) == hasOther, "\(heading): \"any other key\"")
        }
    }

    @Test func everyBrowseKeyOfTheTableDoesWhatItsRowSays() throws {
        // One probe per action kind, through the model's own update.
        var app = try demoApp()
        app.press(.char("?"))
        #expect(app.mode == .help)
        app.press(.char("x"))
        #expect(app.mode == .browse, "any other key leaves the help")
        app.press(.char("/"))
        #expect(app.mode == .filter)
        app.press(.escape)
        for (key, kind) in [("l", Form.Kind.log), ("w", .await), ("o", .owe), ("n", .note), ("E", .edit), ("R", .ask), ("X", .export)] {
            app.press(.char(Character(key)))
            #expect(app.form?.kind == kind, "\(key) opens the \(kind) form")
            app.press(.escape)
            #expect(app.mode == .browse)
        }
    }
}
