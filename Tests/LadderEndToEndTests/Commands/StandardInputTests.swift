import Foundation
import Testing

/// A free-text argument given as `-` reads standard input: `ladder note 3 -`, `--note -`.
@Suite struct StandardInputTests {
    /// Runs ladder with `input` on its standard input.
    static func run(_ s: Sandbox, _ args: [String], input: String) throws -> Result {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: ladderBinary)
        p.arguments = args
        p.environment = s.environment
        let stdin = Pipe(), out = Pipe(), err = Pipe()
        p.standardInput = stdin
        p.standardOutput = out
        p.standardError = err
        try p.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let o = out.fileHandleForReading.readDataToEndOfFile(), e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return Result(status: p.terminationStatus, out: String(decoding: o, as: UTF8.self), err: String(decoding: e, as: UTF8.self))
    }

    static func events(_ s: Sandbox, _ n: Int) throws -> [[String: Any]] {
        let show = try #require(try s.json("show", String(n), "--json") as? [String: Any])
        return try #require(show["events"] as? [[String: Any]])
    }

    @Test func aDashReadsTheTextFromStandardInput() throws {
        let s = Sandbox()
        var r = try Self.run(s, ["add", "-", "--org", "Kestrel"], input: "Mail from two handsets bounces\n")
        #expect(r.status == 0, "\(r.err)")
        #expect(r.out.contains("Added case 1: Mail from two handsets bounces (Kestrel"))
        r = try Self.run(s, ["note", "1", "-"], input: "They said:\n\"it is your DNS\"\n\n")
        #expect(r.status == 0, "\(r.err)")
        r = try Self.run(s, ["log", "1", "--via", "phone", "--note", "-"], input: "explained it all again\n")
        #expect(r.status == 0, "\(r.err)")
        r = try Self.run(s, ["await", "1", "-", "--due", "2h"], input: "root cause\n")
        #expect(r.status == 0, "\(r.err)")
        r = try Self.run(s, ["clear", "1", "1", "--note", "-"], input: "only a referral")
        #expect(r.status == 0, "\(r.err)")
        r = try Self.run(s, ["escalate", "1", "--reason", "-"], input: "the shop cannot take a fault report\n")
        #expect(r.status == 0, "\(r.err)")
        let events = try Self.events(s, 1)
        let texts = events.compactMap { ($0["note"] ?? $0["what"] ?? $0["reason"]) as? String }
        // The last line break goes; the lines within stay.
        #expect(texts == ["They said:\n\"it is your DNS\"", "explained it all again", "root cause", "only a referral",
                          "the shop cannot take a fault report"], "\(events)")
        // A dash among other words is just a dash.
        #expect(s.ok("note", "1", "a", "-", "b").status == 0)
        #expect(try Self.events(s, 1).last?["note"] as? String == "a - b")
    }

    /// Every free-text option takes `-`: a corrected title or product, the reply a new
    /// case awaits or owes.
    @Test func titlesProductsAndTheRepliesOfANewCaseReadADashToo() throws {
        let s = Sandbox()
        var r = try Self.run(s, ["add", "Mail bounces", "--org", "Kestrel", "--await", "-", "--due", "2h"], input: "a written root cause\n")
        #expect(r.status == 0, "\(r.err)")
        r = try Self.run(s, ["add", "Second", "--org", "Kestrel", "--owe", "-"], input: "the router's logs\n")
        #expect(r.status == 0, "\(r.err)")
        r = try Self.run(s, ["add", "Third", "--org", "Kestrel", "--product", "-"], input: "光回線 1G\n")
        #expect(r.status == 0, "\(r.err)")
        r = try Self.run(s, ["edit", "1", "--title", "-"], input: "Mail from two handsets bounces\n")
        #expect(r.status == 0 && r.out.contains("Mail from two handsets bounces"), "\(r.err)")
        r = try Self.run(s, ["edit", "2", "--product", "-"], input: "Router X\n")
        #expect(r.status == 0, "\(r.err)")
        let list = try #require(try s.json("list", "--json") as? [[String: Any]])
        func field(_ n: Int, _ key: String) -> String? { list.first { $0["number"] as? Int == n }?[key] as? String }
        #expect(field(1, "title") == "Mail from two handsets bounces")
        #expect(field(2, "product") == "Router X" && field(3, "product") == "光回線 1G")
        let show1 = try #require(try s.json("show", "1", "--json") as? [String: Any])
        let show2 = try #require(try s.json("show", "2", "--json") as? [String: Any])
        #expect((show1["replies"] as? [[String: Any]])?.first?["what"] as? String == "a written root cause")
        #expect((show2["replies"] as? [[String: Any]])?.first?["what"] as? String == "the router's logs")
        // Two dashes in one command are refused, nothing written.
        let before = s.snapshot()
        r = try Self.run(s, ["edit", "1", "--title", "-", "--product", "-"], input: "x\n")
        #expect(r.status == 64 && r.err.contains("has read it already") && s.snapshot() == before)
    }

    @Test func emptyInputOrTwoDashesAreRefusedAndNothingIsWritten() throws {
        let s = Sandbox()
        s.ok("add", "Mail bounces", "--org", "Kestrel")
        let before = s.snapshot()
        // Standard input at its end at once (/dev/null), or only blanks.
        let empty = s.run(["note", "1", "-"])
        #expect(empty.status == 64)
        #expect(empty.err.contains("ladder: error: <text>: - reads standard input, which was empty"), "\(empty.err)")
        #expect(empty.err.contains("| ladder note 3 -"), "\(empty.err)")
        let blank = try Self.run(s, ["escalate", "1", "--reason", "-"], input: " \n\n")
        #expect(blank.status == 64)
        #expect(blank.err.contains("--reason: - reads standard input, which was empty"), "\(blank.err)")
        let two = try Self.run(s, ["add", "-", "--org", "Kestrel", "--note", "-"], input: "a title\n")
        #expect(two.status == 64)
        #expect(two.err.contains("--note: - reads standard input, and <title> has read it already"), "\(two.err)")
        #expect(s.snapshot() == before)
    }

    /// On a terminal ladder says how to end the text, then reads what is typed.
    @Test func onATerminalItSaysHowToEnd() throws {
        let s = Sandbox()
        s.ok("add", "Mail bounces", "--org", "Kestrel")
        let tmux = try TmuxSession(s, args: ["note", "1", "-"], width: 100, height: 10)
        try tmux.waitFor("end it with Ctrl-D")
        try tmux.type("typed on the terminal")
        try tmux.keys("Enter", "C-d")
        #expect(tmux.exitStatus() == 0)
        #expect(try Self.events(s, 1).last?["note"] as? String == "typed on the terminal")
    }
}
