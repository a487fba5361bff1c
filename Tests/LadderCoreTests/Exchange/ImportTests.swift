import Foundation
import LadderTestSupport
import Testing
@testable import LadderCore

/// `ladder import`'s merge by ids, and the store document it reads.
@Suite struct ImportPlanTests {
    @Test func aCaseTheStoreHasGetsOnlyTheEventsItLacksAndANewCaseIsAdded() throws {
        var mine = try openCase("Mail bounces")
        try mine.record(.note("first"), "2026-07-15 16:00")
        var theirs = mine  // the same case, on another machine, with one more note
        try theirs.record(.note("from the laptop"), "2026-07-15 17:00")
        try mine.record(.note("from the desktop"), "2026-07-15 17:30")
        let other = try openCase("Another", number: 1)

        let plan = ImportPlan(existing: [mine], incoming: [theirs, other])
        #expect(plan.additions.count == 1 && plan.additions[0].number == 1)
        #expect(plan.additions[0].events.map(\.kind) == [.note("from the laptop")])
        #expect(plan.newCases.map(\.id) == [other.id] && plan.unchanged == 0)

        // Once merged, the same import plans nothing.
        mine.events += plan.additions[0].events
        let again = ImportPlan(existing: [mine, other], incoming: [theirs, other])
        #expect(again.changesNothing && again.unchanged == 2)
    }

    @Test func theStoreDocumentReadsBackWhatItWrites() throws {
        var file = try openCase("回線が夜だけ切れる", org: "光ネット")
        try file.record(.raise(what: "折り返し", owedBy: .them, who: nil, due: t("2026-07-16 10:00")), "2026-07-15 15:00")
        let document = StoreDocument(cases: [file], exported: t("2026-07-15 18:00"))
        let read = try StoreDocument.decode(try document.encoded(zone: tokyo), source: "x.json")
        #expect(read == document)
    }

    @Test func aDocumentThatIsNotOneSaysWhereAndWhat() throws {
        func problem(_ text: String) -> String {
            do { _ = try StoreDocument.decode(Data(text.utf8), source: "s.json"); return "" } catch { return error.message }
        }
        #expect(problem("{\n  \"kind\": \"ladder-store\",\n  \"version\": 1,\n  \"cases\": [}\n") ==
            "s.json: it is not valid JSON: line 4, column 13: a value was expected (text in \"quotes\", a number, true, false, null, { or [), found '}'; nothing was imported")
        #expect(problem("[1, 2]").contains("it is not a ladder store export"))
        #expect(problem("{\"kind\": \"ladder-store\", \"version\": 9, \"cases\": []}").contains("newer ladder (version 9"))
        #expect(problem("{\"kind\": \"ladder-store\", \"version\": 1, \"exported\": \"2026-07-15T18:00:00+09:00\", \"cases\": [{\"format\": 2}]}")
            .contains("\"id\" is missing at cases[0]"))
        var file = try openCase()
        let doubled = StoreDocument(cases: [file, file], exported: t("2026-07-15 18:00"))
        #expect(throws: LadderError.self) { try StoreDocument.decode(try doubled.encoded(), source: "d.json") }
        file.events.removeAll()
        let empty = StoreDocument(cases: [file], exported: t("2026-07-15 18:00"))
        #expect(problem(String(decoding: try empty.encoded(), as: UTF8.self)).contains("case 1 has no opening event"))
    }
}

/// Line and column of the first JSON syntax error, for files people edit by hand.
@Suite struct JSONPlaceTests {
    @Test(arguments: [
        ("{\n  \"a\": 1,\n  \"b\": x\n}", 3, 8, "a value was expected"),
        ("{\n  \"a\": 1,\n}\n", 3, 1, "a comma before } is not allowed"),
        ("{\"a\": \"b\"", 1, 10, "\",\" or \"}\" was expected, found the end of the text"),
        ("[1, 2,]", 1, 7, "a comma before ] is not allowed"),
        ("{\"名前\": \"光ネット\" \"x\": 1}", 1, 15, "\",\" or \"}\" was expected, found '\"'"),
        ("{\"a\": \"line\nbreak\"}", 1, 12, "a line break or control character"),
        ("{\"a\" 1}", 1, 6, "\":\" was expected after the key"),
        ("{\"a\": 01}", 1, 8, "\",\" or \"}\" was expected"),
        ("{} {}", 1, 4, "more text after the end"),
        ("{\"a\": \"\\q\"}", 1, 9, "a backslash before 'q'"),
        ("", 1, 1, "found the end of the text"),
    ])
    func theFirstErrorIsPlaced(_ text: String, _ line: Int, _ column: Int, _ reason: String) throws {
        let p = try #require(JSONPlace.problem(in: Data(text.utf8)))
        #expect((p.line, p.column) == (line, column), "\(p)")
        #expect(p.reason.contains(reason), "\(p.reason)")
    }

    @Test(arguments: ["{}", "[]", "{\"a\": [1, -2.5e3, true, false, null, \"\\u00e9\\n\"], \"b\": {}}", " 0 ", "\"x\""])
    func validJSONHasNoProblem(_ text: String) {
        #expect(JSONPlace.problem(in: Data(text.utf8)) == nil)
        #expect((try? JSONSerialization.jsonObject(with: Data(text.utf8), options: .fragmentsAllowed)) != nil, "Foundation agrees")
    }
}
