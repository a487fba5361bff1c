import Foundation
import LadderTestSupport
import Testing

/// The `"notify"` hook of `ladder report overdue`: once per reply, remembered per machine.
@Suite struct NotifyTests {
    /// A sandbox whose config runs `command`; a script beside it records each input it
    /// is given as notices/N.json.
    static func sandbox(notify command: String? = nil) throws -> (Sandbox, String) {
        let s = Sandbox()
        let notices = s.directory + "/notices"
        try FileManager.default.createDirectory(atPath: notices, withIntermediateDirectories: true)
        let script = s.directory + "/record.sh"
        try Data("#!/bin/sh\nn=$(ls \"\(notices)\" | wc -l)\ncat > \"\(notices)/$n.json\"\necho recorded\n".utf8)
            .write(to: URL(fileURLWithPath: script))
        chmod(script, 0o755)
        try setNotify(s, command ?? script)
        return (s, notices)
    }

    static func setNotify(_ s: Sandbox, _ command: String) throws {
        let dir = s.directory + "/home/.config/ladder"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let config = try JSONSerialization.data(withJSONObject: ["notify": command])
        try config.write(to: URL(fileURLWithPath: dir + "/config.json"))
    }

    static func notices(_ dir: String) throws -> [[String: Any]] {
        try FileManager.default.contentsOfDirectory(atPath: dir).sorted().map { name in
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: dir + "/" + name))) as! [String: Any]
        }
    }

    static func whats(_ notice: [String: Any]) -> [String] {
        (notice["organisations"] as! [[String: Any]]).flatMap { ($0["replies"] as! [[String: Any]]).map { ($0["reply"] as! [String: Any])["what"] as! String } }
    }

    @Test func eachOverdueReplyIsToldOnceWithTheReportsJSON() throws {
        let (s, dir) = try Self.sandbox()
        s.ok("add", "Mail bounces", "--org", "Example Mobile", "--at", "-3h", "--await", "call back", "--due", "1h")
        s.ok("await", "1", "send the form", "--due", "1d")  // not overdue: not told

        let first = s.run(["report", "overdue"])
        #expect(first.status == 1, "overdue, as without the hook: \(first.err)")
        #expect(first.out.contains("call back") && !first.out.contains("recorded"), "the report on standard output only")
        #expect(first.err.contains("recorded"), "the command's output goes to standard error")
        var notices = try Self.notices(dir)
        #expect(notices.count == 1)
        #expect(notices.first.map(Self.whats) == ["call back"])
        #expect(notices.first?["report"] as? String == "overdue" && notices.first?["overdue"] as? Int == 1)

        // Run again: nothing new, nothing told; the report is the same.
        let second = s.run(["report", "overdue"])
        #expect(second.status == 1 && second.out == first.out)
        #expect(try Self.notices(dir).count == 1, "told once")

        // A second reply falls overdue: only it is told.
        s.ok("await", "1", "root cause", "--at", "-2h", "--due", "30m")
        #expect(s.run(["report", "overdue", "--format", "json"]).status == 1)
        notices = try Self.notices(dir)
        #expect(notices.count == 2 && Self.whats(notices[1]) == ["root cause"])

        // Remembered per machine in the store folder, privately.
        let notified = s.store + "/notified.json"
        let stored = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: notified))) as? [String: Any]
        #expect((stored?["replies"] as? [String])?.count == 2)
        #expect(try FileManager.default.attributesOfItem(atPath: notified)[.posixPermissions] as? Int == 0o600)

        // Cleared replies leave the memory when another is told of: it does not grow.
        s.ok("clear", "1", "1")
        s.ok("await", "1", "a fourth", "--at", "-2h", "--due", "1h")
        #expect(s.run(["report", "overdue"]).status == 1)
        let pruned = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: notified))) as? [String: Any]
        #expect((pruned?["replies"] as? [String])?.count == 2, "root cause and a fourth: \(String(describing: pruned))")
        #expect(try Self.notices(dir).count == 3)

        // A report at another instant tells no one.
        s.ok("await", "1", "a third", "--due", "1h")
        #expect(s.run(["report", "overdue", "--as-of", "in 2h"]).status == 1)
        #expect(try Self.notices(dir).count == 3)
    }

    @Test func aFailingCommandIsSaidTheReportStillPrintedAndItIsTriedAgain() throws {
        let (s, dir) = try Self.sandbox()
        let script = s.directory + "/record.sh"
        try Self.setNotify(s, "echo no network >&2; exit 3")
        s.ok("add", "Mail bounces", "--org", "Example Mobile", "--at", "-3h", "--await", "call back", "--due", "1h")
        let failed = s.run(["report", "overdue"])
        #expect(failed.status == 75, "\(failed.err)")
        #expect(failed.out.contains("call back"), "the report is printed")
        #expect(failed.err.contains("no network"))
        #expect(failed.err.contains("ladder: error: notify: the command echo no network >&2; exit 3 exited with status 3; the report was printed; newly overdue replies: 1, told again on the next run"), "\(failed.err)")
        #expect(!FileManager.default.fileExists(atPath: s.store + "/notified.json"))

        // Once the command works, the reply is told.
        try Self.setNotify(s, script)
        #expect(s.run(["report", "overdue"]).status == 1)
        #expect(try Self.notices(dir).map(Self.whats) == [["call back"]])

        // A command that cannot be found fails the same way.
        try Self.setNotify(s, s.directory + "/no-such-command")
        s.ok("await", "1", "root cause", "--at", "-2h", "--due", "30m")
        let missing = s.run(["report", "overdue", "--quiet"])
        #expect(missing.status == 75 && missing.err.contains("exited with status 127"), "\(missing.err)")
    }

    @Test func anEmptyNotifyIsAConfigError() throws {
        let (s, _) = try Self.sandbox(notify: " ")
        let r = s.run(["report", "overdue"])
        #expect(r.status == 78 && r.err.contains("notify: is empty"), "\(r.err)")
    }

    /// Docs/Nightly.md's examples, run as written with jq, and fake notify-send, curl
    /// and mail that record what they are given.
    @Test func theDocumentedExamplesRunAsWritten() throws {
        let page = try String(contentsOf: repositoryRoot.appendingPathComponent("Docs/Nightly.md"), encoding: .utf8)
        let examples = NightlyTests.blocks("json").map { block -> String in
            let object = try! JSONSerialization.jsonObject(with: Data(block.utf8)) as! [String: String]
            return object["notify"]!
        }
        #expect(page.contains("notify-send") && examples.count == 3)
        let jq = try #require(["/usr/bin/jq", "/usr/local/bin/jq"].first { FileManager.default.isExecutableFile(atPath: $0) }, "jq is needed: apt-get install jq")
        for (command, program) in zip(examples, ["notify-send", "curl", "mail"]) {
            let (s, _) = try Self.sandbox(notify: command)
            let bin = s.directory + "/bin"
            try FileManager.default.createDirectory(atPath: bin, withIntermediateDirectories: true)
            try FileManager.default.createSymbolicLink(atPath: bin + "/jq", withDestinationPath: jq)
            let fake = bin + "/" + program
            try Data("#!/bin/sh\nprintf '%s\\n' \"$@\" > \"\(s.directory)/args\"\ncat > \"\(s.directory)/input\"\n".utf8).write(to: URL(fileURLWithPath: fake))
            chmod(fake, 0o755)
            s.ok("add", "Mail bounces", "--org", "Example Mobile", "--at", "-3h", "--await", "call back", "--due", "1h")
            let r = s.run(["report", "overdue"], environment: ["PATH": bin + ":/usr/bin:/bin"])
            #expect(r.status == 1, "\(program): \(r.err)")
            let args = (try? String(contentsOfFile: s.directory + "/args", encoding: .utf8)) ?? ""
            let input = (try? String(contentsOfFile: s.directory + "/input", encoding: .utf8)) ?? ""
            switch program {
            case "notify-send": #expect(args.contains("ladder\n#1 call back"), "\(args)")
            case "curl": #expect(args.contains("https://ntfy.sh/my-ladder-topic") && input.contains("\"what\" : \"call back\""), "\(args) \(input)")
            default: #expect(args.contains("ladder: overdue reply") && input.hasPrefix("#1 Example Mobile: call back, due 2026-07-15T13:00:00+09:00"), "\(args) \(input)")
            }
        }
    }
}
