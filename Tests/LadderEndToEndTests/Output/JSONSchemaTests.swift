import Foundation
import LadderTestSupport
import Testing

/// Every command's JSON validates against Docs/schema/ladder.schema.json with a real
/// validator (Debian's python3-jsonschema, which .ci/run installs), and the schema and
/// Docs/JSON.md name the same keys. Without the validator these tests fail: they never skip.
@Suite struct JSONSchemaTests {
    static let schema = repositoryRoot.appendingPathComponent("Docs/schema/ladder.schema.json").path

    /// Checks the schema itself, then each (definition, document) pair; gives the
    /// validator's complaints, empty when all is valid.
    static let validator = """
        import json, sys
        try:
            import jsonschema
        except ImportError:
            print("python3-jsonschema is not installed: apt-get install python3-jsonschema"); sys.exit(2)
        schema = json.load(open(sys.argv[1]))
        jsonschema.Draft202012Validator.check_schema(schema)
        bad = 0
        for name, path in zip(sys.argv[2::2], sys.argv[3::2]):
            v = jsonschema.Draft202012Validator({"$defs": schema["$defs"], "$ref": "#/$defs/" + name})
            for e in sorted(v.iter_errors(json.load(open(path))), key=lambda e: list(e.path))[:5]:
                bad += 1
                print(f"{name}: /{'/'.join(map(str, e.path))}: {e.message}")
        sys.exit(1 if bad else 0)
        """

    /// Validates documents (definition name, JSON text); returns the status and complaints.
    static func validate(_ documents: [(String, String)], in directory: String) throws -> Result {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let script = directory + "/validate.py"
        try validator.write(toFile: script, atomically: true, encoding: .utf8)
        var args = [script, schema]
        for (i, (name, text)) in documents.enumerated() {
            let path = directory + "/doc\(i).json"
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            args += [name, path]
        }
        return runProcess("/usr/bin/python3", args, environment: ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"])
    }

    /// A store with every kind of thing in it: the reports' world, plus a closed case, a
    /// settled reply, a request, an unknown file for doctor to note, and notes on a point.
    static func world() -> Sandbox {
        let s = reportWorld()
        s.ok("ask", "1", "the root cause in writing")
        s.ok("owe", "2", "send the logs", "--due", "2d", "--who", "network team")
        s.ok("org", "edit", "Kestrel", "--point", "Technical desk", "--note", "ask for the duty engineer")
        FileManager.default.createFile(atPath: s.store + "/cases/README.txt", contents: Data("mine".utf8))
        return s
    }

    /// Every reading command's JSON, each with the definition it must meet.
    static let commands: [(args: [String], definition: String)] = [
        (["list", "--json"], "caseList"),
        (["list", "--all", "--json"], "caseList"),
        (["show", "1", "--json"], "caseDetail"),
        (["show", "5", "--json"], "caseDetail"),
        (["org", "list", "--json"], "organisationList"),
        (["org", "show", "Kestrel", "--json"], "organisation"),
        (["org", "show", "Northwind Broadband", "--json"], "organisation"),
        (["doctor", "--json"], "doctor"),
        (["brief", "1", "--json"], "brief"),
        (["brief", "2", "--json", "--max-chars", "400"], "brief"),
        (["export", "1", "--format", "json"], "writeUp"),
        (["report", "overdue", "--format", "json"], "overdueReport"),
        (["report", "due", "--within", "30d", "--format", "json"], "dueReport"),
        (["report", "stale", "--days", "0", "--format", "json"], "staleReport"),
        (["report", "scorecard", "--format", "json"], "scorecardReport"),
    ]

    @Test func everyCommandsJSONMeetsTheSchema() throws {
        let s = Self.world()
        var documents: [(String, String)] = []
        for (args, definition) in Self.commands {
            let r = s.run(args)
            // Reports exit 1 when something is overdue; doctor when a problem remains.
            #expect([0, 1].contains(r.status), "ladder \(args.joined(separator: " ")): \(r.err)")
            #expect(r.out.hasPrefix("{") || r.out.hasPrefix("["), "ladder \(args.joined(separator: " ")): \(r.out)")
            documents.append((definition, r.out))
        }
        // add --json prints a case as list does.
        documents.append(("case", s.ok("add", "Fibre drops at night", "--org", "Kestrel", "--json").out))
        let result = try Self.validate(documents, in: s.directory + "/schema")
        #expect(result.status == 0, "\(result.out)\(result.err)")
    }

    @Test func theSchemaRefusesAnOldOrAMissingKey() throws {
        let s = Self.world()
        let show = s.ok("show", "1", "--json").out
        let renamed = show.replacingOccurrences(of: "\"raised\"", with: "\"raisedAt\"")
        let missing = s.ok("list", "--json").out.replacingOccurrences(of: "\"highestRung\" : \"technical-desk\",", with: "")
        let report = s.run(["report", "overdue", "--format", "json"]).out.replacingOccurrences(of: "\"number\"", with: "\"case\"")
        #expect(renamed != show && report.contains("\"case\""))
        for (definition, text) in [("caseDetail", renamed), ("caseList", missing), ("overdueReport", report)] {
            let result = try Self.validate([(definition, text)], in: s.directory + "/bad-\(definition)")
            #expect(result.status == 1, "\(definition) passed when it should not: \(result.out)\(result.err)")
        }
    }

    /// Docs/JSON.md documents every key the schema has, and names each definition.
    @Test func docsNameEveryKeyOfTheSchema() throws {
        let docs = try String(contentsOf: repositoryRoot.appendingPathComponent("Docs/JSON.md"), encoding: .utf8)
        let data = try Data(contentsOf: URL(fileURLWithPath: Self.schema))
        let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let defs = try #require(root["$defs"] as? [String: Any])
        var keys: Set<String> = []
        func walk(_ value: Any) {
            if let o = value as? [String: Any] {
                if let p = o["properties"] as? [String: Any] { keys.formUnion(p.keys) }
                o.values.forEach(walk)
            } else if let a = value as? [Any] { a.forEach(walk) }
        }
        walk(defs)
        // The write-up's totals are sentences, not keys; a case file's events are in the store's man page.
        for key in keys.sorted() { #expect(docs.contains("`\(key)`"), "Docs/JSON.md does not name `\(key)`") }
        for name in defs.keys.sorted() { #expect(docs.contains("`\(name)`"), "Docs/JSON.md does not name the definition `\(name)`") }
    }
}
