import Foundation
import Testing

/// `ladder brief`, `ladder ask` and writing long text in $EDITOR, on the real binary.
@Suite struct BriefCommandTests {
    /// An editor that is a script: it writes `text` into the file it is given and exits
    /// with `status`.
    func editor(_ s: Sandbox, writing text: String, status: Int = 0) throws -> String {
        try FileManager.default.createDirectory(atPath: s.directory, withIntermediateDirectories: true)
        let path = s.directory + "/editor-\(UUID().uuidString.prefix(6)).sh"
        let quoted = text.replacingOccurrences(of: "'", with: "'\\''")
        try Data("#!/bin/sh\nprintf '%s' '\(quoted)' > \"$1\"\nexit \(status)\n".utf8).write(to: URL(fileURLWithPath: path))
        chmod(path, 0o755)
        return path
    }

    @Test func aBriefFitsTheFormAndNamesTheRequest() throws {
        let s = Sandbox()
        s.ok("add", "Mail bounces", "--org", "Example Mobile", "--ref", "C-1234", "--at", "-3d", "--await", "call back", "--due", "1d")
        s.ok("log", "1", "--via", "phone", "--with", "desk", "--at", "-2d")
        let noAsk = s.ok("brief", "1")
        #expect(noAsk.out.hasPrefix("Mail bounces (Example Mobile)\nSince 2026-07-12 (3d ago); now with shop since 07-12.\nRefs: C-1234\n"))
        #expect(noAsk.err.contains("ladder ask 1"))
        #expect(s.ok("ask", "1", "a", "refund", "of", "the", "two", "months").out == "Case 1: I ask for: a refund of the two months\n")
        let full = s.ok("brief", "1").out
        #expect(full.hasSuffix("I ask: a refund of the two months\n") && full.contains("\"call back\" by 07-13: 2d overdue"))
        let short = s.ok("brief", "1", "--max-chars", "80").out
        #expect(short.count <= 81 && short.hasPrefix("Mail bounces (Example Mobile)"))
        #expect(short.hasSuffix("I ask: a refund of the two months\n"), "the request is never cut")
        let tooFew = s.run(["brief", "1", "--max-chars", "5"])
        #expect(tooFew.status == 64 && tooFew.err.contains("--max-chars: 5 is too few"))
        // The essentials do not fit: said, exit 65, rather than a request cut short.
        let cramped = s.run(["brief", "1", "--max-chars", "60"])
        #expect(cramped.status == 65 && cramped.out.isEmpty)
        #expect(cramped.err.contains("--max-chars: the title, references and request alone take 78 characters; the form allows 60"))
    }

    /// A markdown export seen with `I ask for: …受付確認\~`: the request is never cut.
    @Test func aLongRequestIsWholeInTheTimelineAndTheWriteUp() throws {
        let s = Sandbox()
        s.ok("add", "解約できない", "--org", "光ネット")
        let ask = "工事日の確定と二か月分の返金、そして原因についての書面での説明、さらに今後の自動受付確認メールの導入をお願いします"
        s.ok("ask", "1", ask)
        let md = s.ok("export", "1", "--format", "markdown").out
        #expect(md.contains("> " + ask) && !md.contains("\\~") && !md.contains("~"))
        #expect(s.ok("show", "1").out.contains("I ask for:\n      " + ask))
    }

    @Test func longTextInTheEditor() throws {
        let s = Sandbox()
        s.ok("add", "回線が夜だけ切れる", "--org", "光ネット")
        let writes = try editor(s, writing: "工事日の確定と\n二か月分の返金\n# a comment line, left out\n")
        let asked = s.run(["ask", "1", "--edit"], environment: ["EDITOR": writes])
        #expect(asked.status == 0, "\(asked.err)")
        #expect(s.ok("brief", "1").out.hasSuffix("I ask: 工事日の確定と 二か月分の返金\n"))
        let note = s.run(["note", "1", "--edit"], environment: ["VISUAL": writes, "EDITOR": "false"])
        #expect(note.status == 0 && s.ok("show", "1").out.contains("二か月分の返金"))
        #expect(s.run(["log", "1", "--via", "phone", "--edit"], environment: ["EDITOR": writes]).status == 0)

        // An editor that fails, or an empty text, records nothing.
        let before = s.snapshot()
        let fails = s.run(["note", "1", "--edit"], environment: ["EDITOR": try editor(s, writing: "x", status: 1)])
        #expect(fails.status == 64 && fails.err.contains("stopped with status 1; nothing was recorded"))
        let empty = s.run(["ask", "1", "--edit"], environment: ["EDITOR": try editor(s, writing: "# only a comment\n\n")])
        #expect(empty.status == 64 && empty.err.contains("the text is empty"))
        let both = s.run(["note", "1", "text", "--edit"], environment: ["EDITOR": writes])
        #expect(both.status == 64 && both.err.contains("not both"))
        #expect(s.snapshot() == before)
    }
}

/// `ladder export --ics`, imported by a real calendar program: calcurse (Debian's
/// `calcurse`, which .ci/run installs).
@Suite struct CalendarImportTests {
    @Test func calcurseImportsEveryReplyAtItsLocalTime() throws {
        let calcurse = ["/usr/bin/calcurse", "/usr/local/bin/calcurse"].first { FileManager.default.isExecutableFile(atPath: $0) }
        let binary = try #require(calcurse, "calcurse is needed: apt-get install calcurse")
        let s = Sandbox()
        s.ok("add", "Mail bounces", "--org", "Example Mobile", "--await", "call back, with the fix; today", "--due", "2026-07-16 17:00")
        s.ok("add", "回線が夜だけ切れる", "--org", "光ネット", "--await", "工事日の確定", "--due", "2026-07-17 10:30")
        s.ok("owe", "1", "send the bounce headers", "--due", "2026-07-18 09:00")
        let ics = s.ok("export", "--ics").out
        try FileManager.default.createDirectory(atPath: s.directory + "/cal", withIntermediateDirectories: true)
        try Data(ics.utf8).write(to: URL(fileURLWithPath: s.directory + "/replies.ics"))

        func run(_ args: [String]) throws -> String {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: binary)
            p.arguments = ["-D", s.directory + "/cal"] + args
            p.environment = ["TZ": "Asia/Tokyo", "LANG": "C.UTF-8", "HOME": s.directory]
            let out = Pipe()
            p.standardOutput = out
            p.standardError = out
            p.standardInput = FileHandle.nullDevice
            try p.run()
            let data = out.fileHandleForReading.readDataToEndOfFile()
            p.waitUntilExit()
            #expect(p.terminationStatus == 0, "calcurse \(args): \(String(decoding: data, as: UTF8.self))")
            return String(decoding: data, as: UTF8.self)
        }
        let report = try run(["-i", s.directory + "/replies.ics"])
        #expect(report.contains("3 apps / 0 events / 0 todos / 0 skipped"), "\(report)")
        let listed = try run(["-Q", "--from", "07/15/2026", "--days", "7"])
        #expect(listed.contains("07/16/26:\n - 17:00 -> 17:15\n\tReply due: call back, with the fix; today - case 1, Example Mobile"), "\(listed)")
        #expect(listed.contains("07/17/26:\n - 10:30 -> 10:45\n\tReply due: 工事日の確定 - case 2, 光ネット"))
        #expect(listed.contains("I owe: send the bounce headers - case 1, Example Mobile"))
        let apts = try String(contentsOfFile: s.directory + "/cal/apts", encoding: .utf8)
        #expect(apts.split(separator: "\n").allSatisfy { $0.contains(" !") }, "each has its alarm: \(apts)")
        // Bad input writes nothing and says how.
        #expect(s.run(["export"]).err.contains("say what to export"))
        #expect(s.run(["export", "--ics", "--alarm", "soon"]).status == 64)
    }
}

/// `ladder export CASE --format markdown|html|json [--redact]` on the real binary.
@Suite struct WriteUpTests {
    /// Japanese has no spaces: a surname inside a longer word is kept and named, for the
    /// user to decide.
    @Test func aPossibleNameIsKeptAndNamedAndTheUserDecides() throws {
        let s = Sandbox()
        s.ok("add", "解約できない", "--org", "光ネット")
        s.ok("log", "1", "--via", "visit", "--with", "田中", "--desk", "故障受付", "--note", "田中角栄ビルの店舗で田中さんと話した。故障受付すらできない")
        let r = s.run(["export", "1", "--format", "markdown", "--redact"])
        #expect(r.status == 0)
        #expect(r.out.contains("田中角栄ビルの店舗でAgent Aと話した。故障受付すらできない"))
        #expect(r.err.contains("possible name, kept: \"田中\" in \"…田中角栄ビル…\" (2 times); to redact it: --redact-also 田中"), "\(r.err)")
        let kept = s.run(["export", "1", "--format", "markdown", "--redact", "--keep", "田中角栄ビル"])
        #expect(kept.status == 0 && !kept.err.contains("possible name"))
        let alone = s.run(["export", "1", "--format", "markdown", "--keep", "田中角栄ビル"])
        #expect(alone.status == 64 && alone.err.contains("--keep: --keep goes with --redact"))
    }

    func story(_ s: Sandbox) {
        s.ok("add", "Mail bounces", "--org", "Sato Electric", "--ref", "C-1234", "--at", "-3d", "--await", "call back", "--due", "1d")
        s.ok("log", "1", "--via", "phone", "--with", "Tanaka Ichiro", "--held", "40m", "--took", "12m", "--at", "-2d",
             "--note", "Tanaka said to write to support@sato-electric.jp or call 03-1234-5678, ref 2026-07-12")
        s.ok("await", "1", "the root cause", "--who", "Tanaka", "--due", "2h", "--at", "-2d")
        s.ok("log", "1", "--via", "email", "--in", "--with", "山田", "--note", "山田より: 調査中です。090-1111-2222 まで", "--at", "-1d")
        s.ok("ask", "1", "a refund and a written cause from Tanaka's manager")
    }

    static let secrets = ["Tanaka", "Ichiro", "support@sato-electric.jp", "03-1234-5678", "山田", "090-1111-2222"]

    @Test(arguments: ["markdown", "html", "json"])
    func aRedactedWriteUpHoldsNoneOfWhatItReplaced(_ format: String) throws {
        let s = Sandbox()
        story(s)
        let plain = s.ok("export", "1", "--format", format).out
        for secret in Self.secrets { #expect(plain.contains(secret), "\(format) without --redact keeps \(secret)") }
        let r = s.run(["export", "1", "--format", format, "--redact"])
        #expect(r.status == 0, "\(r.err)")
        for secret in Self.secrets { #expect(!r.out.contains(secret), "\(format) still holds \(secret)") }
        #expect(r.out.contains("Sato Electric"), "the company's name is kept")
        // Markdown escapes the brackets (it renders them as written).
        let (open, close) = format == "markdown" ? ("\\[", "\\]") : ("[", "]")
        #expect(r.out.contains("Agent A") && r.out.contains("Agent B") && r.out.contains("\(open)email 1\(close)") && r.out.contains("\(open)phone 2\(close)"))
        #expect(r.out.contains("2026-07-12"), "dates are not phone numbers")
        #expect(r.err.contains("redacted: \"Tanaka Ichiro\" -> Agent A") && r.err.contains("redacted: \"山田\" -> Agent B"))
        #expect(r.err.contains("redacted: \"03-1234-5678\" -> [phone 1]"))
        switch format {
        case "html":
            #expect(r.out.hasPrefix("<!DOCTYPE html>") && r.out.contains("<meta charset=\"utf-8\">") && r.out.contains("<style>"))
            #expect(!r.out.contains("src=") && !r.out.contains("<link") && !r.out.contains("<script"), "one self-contained file")
            #expect(r.out.contains("<td>40m</td>") && r.out.contains("<h2>The ladder</h2>"))
        case "json":
            let doc = try #require(try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any])
            #expect(doc["organisation"] as? String == "Sato Electric")
            #expect((doc["contacts"] as? [[String: Any]])?.first?["held"] as? String == "40m")
            #expect((doc["promises"] as? [[String: Any]])?.first { $0["what"] as? String == "the root cause" }?["who"] as? String == "Agent A")
            #expect((doc["totals"] as? [String: String])?["time on hold"] == "40m")
        default:
            #expect(r.out.hasPrefix("# Case 1: Mail bounces\n") && r.out.contains("| rung | from | until | time |"))
            #expect(r.out.contains("- **I ask for:** a refund and a written cause from Agent A's manager"))
        }
    }

    @Test func badExportsAreRefused() {
        let s = Sandbox()
        story(s)
        let before = s.snapshot()
        #expect(s.run(["export", "--format", "html"]).err.contains("a write-up is of one case"))
        #expect(s.run(["export", "1", "--format", "pdf"]).status == 64)
        #expect(s.run(["export", "1", "--ics", "--format", "json"]).err.contains("not both"))
        #expect(s.run(["export", "--ics", "--redact"]).err.contains("--redact goes with --format"))
        #expect(s.run(["export", "9", "--format", "json"]).status == 65)
        #expect(s.snapshot() == before)
    }
}

/// `ladder close` with outcomes and the apology test, on the real binary.
@Suite struct CloseCommandTests {
    @Test func closeJudgesTheAnswerAndWatchesTheConcretePromise() throws {
        let s = Sandbox()
        s.ok("add", "回線が夜だけ切れる", "--org", "光ネット", "--at", "-5d", "--await", "折り返し電話", "--due", "1d")
        let closed = s.ok("close", "1", "--outcome", "partly-resolved", "--acknowledged-event", "--explained-cause",
                          "--promise", "二か月分の返金", "--by", "2026-07-18").out
        #expect(closed.contains("Case 1: closed: partly-resolved"))
        #expect(closed.contains("apology test: 3 of 4: acknowledged the event, explained the cause, did not acknowledge my trouble, promised: 二か月分の返金"))
        #expect(closed.contains("their promise is watched as reply 2"))
        let listed = s.ok("list").out
        #expect(listed.contains("partly-resolved: in 3d") && listed.contains("them: 二か月分の返金"), "\(listed)")
        s.now = "2026-07-20T09:00:00+09:00"
        let overdue = s.run(["report", "overdue"])
        #expect(overdue.status == 1 && overdue.out.contains("next: reopen the case: the promise made at closing is late"))
        s.ok("reopen", "1", "--reason", "また切れた")
        #expect(s.ok("show", "1").out.contains("Closed partly-resolved 2026-07-15, reopened 2026-07-20: また切れた."))
        s.ok("close", "1", "--outcome", "taken-to-regulator")
        #expect(s.ok("list", "--all").out.contains("taken-to-regulator"))
        s.ok("add", "Mail bounces", "--org", "Example Mobile")
        let before = s.snapshot()
        let vague = s.run(["close", "2", "--promise", "we will do better"])
        #expect(vague.status == 64 && vague.err.contains("--by: a concrete promise says by when"), "\(vague.err)")
        #expect(s.run(["close", "2", "--outcome", "resolved", "--abandoned"]).status == 64)
        #expect(s.snapshot() == before)
    }
}
