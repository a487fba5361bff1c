import Foundation
import LadderTestSupport
import Testing

/// `ladder export --all --format json` and `ladder import` on the real binary.
@Suite struct ImportTests {
    /// Runs `ladder ARGS < file` through /bin/sh, so `-` reads standard input.
    static func fromStandardInput(_ s: Sandbox, _ args: String, file: String) -> Result {
        runProcess("/bin/sh", ["-c", "\"$0\" \(args) < \"$1\"", ladderBinary, file], environment: s.environment)
    }

    static func story(_ s: Sandbox) {
        s.ok("add", "Mail bounces", "--org", "Example Mobile", "--ref", "C-1234", "--at", "-2h", "--await", "call back", "--due", "2h")
        s.ok("log", "1", "--via", "phone", "--with", "Sato", "--held", "40m", "--note", "explained again")
        s.ok("add", "回線が夜だけ切れる", "--org", "光ネット", "--rung", "call-centre")
        s.ok("escalate", "2", "--reason", "no answer")
        s.ok("close", "2", "--outcome", "resolved")
    }

    @Test func aStoreExportedAndImportedIsTheSameAndASecondImportChangesNothing() throws {
        let a = Sandbox()
        Self.story(a)
        let file = a.directory + "/store.json"
        a.ok("export", "--all", "--format", "json", "--output", file)
        let document = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: file))) as? [String: Any]
        #expect(document?["kind"] as? String == "ladder-store" && (document?["cases"] as? [Any])?.count == 2)

        let b = Sandbox()
        let first = b.run(["import", file])
        #expect(first.status == 0 && first.out.contains("new cases 2"), "\(first.err)")
        #expect(b.ok("list", "--all", "--json").out == a.ok("list", "--all", "--json").out)
        #expect(b.ok("show", "1", "--json").out == a.ok("show", "1", "--json").out)

        // The same file again: nothing changes, and it says so.
        let before = b.snapshot()
        let again = Self.fromStandardInput(b, "import -", file: file)
        #expect(again.status == 0 && again.out.contains("Nothing to import"), "\(again.out)\(again.err)")
        #expect(b.snapshot() == before)
    }

    @Test func eventsACaseLacksAreAddedAndATakenNumberIsGivenANewOne() throws {
        let a = Sandbox()
        Self.story(a)
        let file = a.directory + "/store.json"
        let b = Sandbox()
        b.ok("add", "Mine alone", "--org", "Other Co")  // case 1 here is another case
        a.ok("export", "--all", "--format", "json", "--output", file)
        let r = b.run(["import", file])
        #expect(r.out.contains("Case 1 is case 2 here: 1 was taken.") && r.out.contains("Case 2 is case 3 here: 2 was taken."), "\(r.out)")
        #expect(b.ok("show", "2").out.contains("Mail bounces"))

        // Later, the first machine adds a note; a new export brings only that.
        a.ok("note", "1", "they called back")
        a.ok("export", "--all", "--format", "json", "--output", file)
        let later = b.run(["import", file])
        #expect(later.out.contains("new cases 0, events added to cases here 1, cases already whole 1"), "\(later.out)")
        #expect(b.ok("show", "2").out.contains("they called back"))
        #expect(b.ok("show", "1").out.contains("Mine alone"))
    }

    @Test func aBadFileImportsNothingAndSaysWhere() throws {
        let s = Sandbox()
        s.ok("add", "Mail bounces", "--org", "Example Mobile")
        let bad = s.directory + "/bad.json"
        try Data("{\n  \"kind\": \"ladder-store\",\n  \"version\": 1,\n  \"cases\": [,]\n}\n".utf8).write(to: URL(fileURLWithPath: bad))
        let before = s.snapshot(includingIndex: true)
        let r = s.run(["import", bad])
        #expect(r.status == 65 && r.err.contains("bad.json: it is not valid JSON: line 4, column 13"), "\(r.err)")
        #expect(r.err.contains("ladder export --all --format json"))
        let missing = s.run(["import", s.directory + "/nothing.json"])
        #expect(missing.status == 64 && missing.err.contains("there is no file"))
        let org = s.run(["import", bad, "--org", "X"])
        #expect(org.status == 64 && org.err.contains("--org goes with --taskwarrior"))
        let markdown = s.run(["export", "--all", "--format", "markdown"])
        #expect(markdown.status == 64 && markdown.err.contains("--all goes with --format json"))
        #expect(s.snapshot(includingIndex: true) == before)
    }

    /// `task export | ladder import --taskwarrior -`, with a file as Taskwarrior 2.6 writes it.
    @Test func taskwarriorTasksBecomeCasesOnce() throws {
        let s = Sandbox()
        let file = s.directory + "/tasks.json"
        try FileManager.default.createDirectory(atPath: s.directory, withIntermediateDirectories: true)
        try Data("""
            [
            {"id":1,"description":"Refund for two months","due":"20260719T150000Z","entry":"20260715T060000Z","modified":"20260715T061000Z","project":"ExampleMobile","status":"pending","uuid":"8e2f4eed-89ef-437b-b454-1230e640a0e5","annotations":[{"entry":"20260715T061000Z","description":"called, they will check"}],"tags":["complaint","executive"],"urgency":14.7},
            {"id":0,"description":"Fix the DNS claim","end":"20260715T050000Z","entry":"20260710T060000Z","modified":"20260715T050000Z","status":"completed","uuid":"961d352b-237a-4fce-86ea-eb8aac2cec54","urgency":1}
            ]

            """.utf8).write(to: URL(fileURLWithPath: file))
        let refused = Self.fromStandardInput(s, "import --taskwarrior -", file: file)
        #expect(refused.status == 64 && refused.err.contains("task 2 (\"Fix the DNS claim\") has no project"), "\(refused.err)")
        #expect(s.run(["list", "--all"]).out.contains("No cases") || s.snapshot().isEmpty)

        let r = Self.fromStandardInput(s, "import --taskwarrior - --org \"Hikari Net\"", file: file)
        #expect(r.status == 0 && r.out.contains("new cases 2"), "\(r.out)\(r.err)")
        let shown = s.ok("show", "1").out
        #expect(shown.contains("Refund for two months") && shown.contains("> executive") && shown.contains("called, they will check"), "\(shown)")
        #expect(shown.contains("due Mon 07-20 23:59"), "a due at midnight is that day")
        let list = try #require(try s.json("list", "--all", "--json") as? [[String: Any]])
        #expect(list.map { $0["status"] as? String } == ["open", "resolved"])
        #expect(list.map { $0["organisation"] as? String } == ["ExampleMobile", "Hikari Net"])

        let before = s.snapshot()
        #expect(s.run(["import", "--taskwarrior", file, "--org", "Hikari Net"]).out.contains("Nothing to import"))
        #expect(s.snapshot() == before)
    }
}
