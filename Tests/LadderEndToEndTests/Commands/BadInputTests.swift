import Foundation
import Testing

/// Bad input gets a message naming what was wrong and how to write it, exit 64 for
/// usage and 65 for data, and nothing written.
@Suite struct BadInputTests {
    struct Case: CustomStringConvertible, Sendable {
        var args: [String]
        var status: Int32
        var says: String
        var description: String { args.joined(separator: " ") }
    }

    static let cases: [Case] = [
        Case(args: ["add", "--org", "X"], status: 64, says: "<title>: the title is empty"),
        // `1M`: a minute to some, a month to others; `1mo` as a length has no fixed length.
        Case(args: ["report", "due", "--within", "1M"], status: 64,
             says: "--within: \"1M\": M could be minutes or months\n  write m for minutes, e.g. --within 1d; a month as days, e.g. --within 30d"),
        Case(args: ["report", "due", "--within", "1mo"], status: 64, says: "--within: \"1mo\": a month is no fixed length\n  write it as days, e.g. --within 30d"),
        Case(args: ["report", "due", "--within", "2か月"], status: 64, says: "--within: \"2か月\": a month is no fixed length"),
        Case(args: ["log", "1", "--via", "phone", "--held", "5M"], status: 64, says: "--held: \"5M\": M could be minutes or months"),
        Case(args: ["await", "1", "call back", "--due", "in 1M"], status: 64, says: "--due: \"in 1M\": M could be minutes or months\n  write 40m for minutes, or 1 month for months"),
        Case(args: ["add", "Title"], status: 64, says: "--org: the organisation is empty"),
        Case(args: ["add", "T", "--org", "X", "--rung", "boss"], status: 64, says: "ladder: error: --rung: \"boss\" is not a value it takes\n  write one of shop, call-centre, technical-desk, executive, regulator"),
        Case(args: ["add", "T", "--org", "X", "--at", "tomorow"], status: 64, says: "--at: cannot read \"tomorow\" as a time"),
        Case(args: ["add", "T", "--org", "X", "--at", "tomorrow"], status: 65, says: "--at: 2026-07-16 00:00 is in the future"),
        Case(args: ["add", "T", "--org", "X", "--due", "2h"], status: 64, says: "--due must follow the --await or --owe"),
        Case(args: ["add", "T", "--org", "X", "--await", "a", "--due", "2h", "--due", "3h"], status: 64, says: "two --due for \"a\""),
        Case(args: ["add", "T", "--org", "X", "--await", "a", "--due", "-2h"], status: 65, says: "--due: the due time"),
        Case(args: ["log", "1", "--via", "pigeon"], status: 64, says: "ladder: error: --via: \"pigeon\" is not a value it takes\n  write one of phone, email"),
        Case(args: ["log", "1"], status: 64, says: "ladder: error: --via <via> is missing"),
        Case(args: ["log", "9", "--via", "phone"], status: 65, says: "<case-number>: there is no case 9"),
        Case(args: ["log", "x", "--via", "phone"], status: 64, says: "ladder: error: <case-number>: \"x\" is not a value it takes\n  write a case number, e.g. 12 or #12"),
        Case(args: ["brief", "1", "--max-chars", "abc"], status: 64, says: "ladder: error: --max-chars: \"abc\" is not a value it takes\n  write a whole number, e.g. --max-chars 400"),
        Case(args: ["report", "stale", "--days", "x"], status: 64, says: "ladder: error: --days: \"x\" is not a value it takes\n  write a whole number, e.g. --days 14"),
        Case(args: ["log", "1", "--via", "phone", "--held", "4"], status: 64, says: "--held: cannot read \"4\" as a duration"),
        Case(args: ["log", "1", "--via", "phone", "--in", "--failure", "bounced"], status: 64, says: "--failure"),
        Case(args: ["escalate", "1"], status: 64, says: "ladder: error: --reason <reason> is missing"),
        Case(args: ["escalate", "1", "--reason", " "], status: 64, says: "--reason: the reason is empty"),
        Case(args: ["escalate", "1", "--to", "shop", "--reason", "r"], status: 65, says: "--to: case 1 is already on shop"),
        Case(args: ["await", "1"], status: 64, says: "<what>: what is awaited is empty"),
        Case(args: ["await", "1", "x", "--due", "2026-07-15 11:00", "--at", "-3h"], status: 65, says: "--due: the due time 2026-07-15 11:00 is not after the event (2026-07-15 12:00)"),
        Case(args: ["clear", "1"], status: 65, says: "<item>: case 1 has no open pending reply"),
        // Found by the fuzzer: a century is the longest length of time read (these crashed
        // when the case was saved, or counted business days for ever).
        Case(args: ["await", "1", "x", "--due", "9999999999999999999days"], status: 64, says: "--due: cannot read \"9999999999999999999days\" as a time"),
        Case(args: ["await", "1", "x", "--due", "in 200 weeks 9999999999h"], status: 64, says: "--due: cannot read"),
        Case(args: ["await", "1", "x", "--due", "36000 business days"], status: 65, says: "--due: 36000 business days is too far ahead"),
        Case(args: ["log", "1", "--via", "phone", "--held", "99999999999h"], status: 64, says: "--held: cannot read \"99999999999h\" as a duration"),
        Case(args: ["note", "1"], status: 64, says: "<text>: the note is empty"),
        // Limits no one reaches by accident (Docs/Rules.md), and negative numbers named as such.
        Case(args: ["add", String(repeating: "長", count: 301), "--org", "X"], status: 64, says: "<title>: the title has 301 characters; at most 300"),
        Case(args: ["note", "1", String(repeating: "a", count: 64 * 1024 + 1)], status: 64, says: "<text>: the text is 64 KiB; ladder keeps at most 64 KiB"),
        Case(args: ["log", "1", "--via", "phone", "--held", "-5m"], status: 64, says: "--held: -5m is negative"),
        Case(args: ["log", "1", "--via", "phone", "--took", "25h"], status: 64, says: "--took: 25h is longer than a day (24h at the most)"),
        Case(args: ["await", "1", "x", "--due", "9999-12-31T23:59:59Z"], status: 64, says: "--due: 10000-01-01 08:59 is outside the years 1900-2999"),
        Case(args: ["log", "1", "--via", "phone", "--at", "1887-06-01 12:00"], status: 64, says: "--at: 1887-06-01 12:00 is outside the years 1900-2999"),
        Case(args: ["report", "stale", "--days", "-3"], status: 64, says: "--days: -3 is negative"),
        Case(args: ["report", "due", "--within", "-1d"], status: 64, says: "--within: -1d is negative"),
        Case(args: ["export", "--ics", "--alarm", "-5m"], status: 64, says: "--alarm: -5m is negative"),
        Case(args: ["brief", "1", "--max-chars", "-5"], status: 64, says: "--max-chars: -5 is too few for a brief"),
        Case(args: ["log", "1", "--via", "phone", "--number", "03-1234-5678"], status: 64, says: "--number: --number is the number they left with a missed call"),
        Case(args: ["reopen", "1", "--reason", "r"], status: 65, says: "<case-number>: case 1 is already open"),
        Case(args: ["edit", "1"], status: 64, says: "nothing to change"),
        Case(args: ["edit", "1", "--drop-tag", "nope"], status: 65, says: "--drop-tag: case 1 has no \"nope\""),
        Case(args: ["show", "1", "--colour"], status: 64, says: "ladder: error: there is no option --colour"),
        Case(args: ["show", "1", "--color"], status: 64, says: "ladder: error: --color needs a value after it\n  write one of auto, always, never"),
        Case(args: ["log", "1", "--via"], status: 64, says: "ladder: error: --via needs a value after it\n  write one of"),
        Case(args: ["frobnicate"], status: 64, says: "ladder: error: there is no command \"frobnicate\"\n  all commands: ladder --help"),
        // A mistyped command is named, with the one meant, not the option after it.
        Case(args: ["lgo", "1", "--via", "phone"], status: 64, says: "ladder: error: there is no command \"lgo\"\n  did you mean ladder log?"),
        Case(args: ["--store", "x", "shwo"], status: 64, says: "did you mean ladder show?"),
        Case(args: ["log", "1", "--via", "phone", "--failed", "--missed"], status: 64, says: "ladder: error: --failed and --missed cannot be given together"),
        Case(args: ["show", "1", "2", "it's, here"], status: 64, says: "ladder: error: more arguments than the command takes: '2', 'it's, here'"),
        Case(args: ["help", "lgo"], status: 64, says: "ladder: error: there is no command \"lgo\"\n  did you mean ladder help log?"),
        Case(args: ["hepl"], status: 64, says: "did you mean ladder help?"),
        Case(args: ["org", "shwo", "Foo"], status: 64, says: "ladder: error: there is no command \"org shwo\"\n  did you mean ladder org show?"),
    ]

    /// Past the time after a folder's last change when a read may trust it whole: a
    /// tenth of a second, or two where the file system keeps whole seconds.
    static func waitPastTheMargin(_ folder: String) {
        var st = stat()
        let wholeSeconds = stat(folder, &st) == 0 && st.st_mtim.tv_nsec == 0 && st.st_ctim.tv_nsec == 0
        Thread.sleep(forTimeInterval: wholeSeconds ? 2.2 : 0.25)
    }

    @Test(arguments: cases)
    func isRefusedClearlyAndWritesNothing(_ c: Case) {
        let s = Sandbox()
        s.ok("add", "Mail bounces", "--org", "Example Mobile", "--at", "-1h")
        // Finding case 1's file reads the index (made here if missing, as any read makes
        // it, and the next read its table of contents, and a read once the folder has
        // been quiet a moment says it may be trusted whole): with all that done first,
        // a refusal changes no byte, not even of the derived files.
        s.ok("list")
        Self.waitPastTheMargin(s.store + "/cases")
        s.ok("list")
        #expect(FileManager.default.fileExists(atPath: s.store + "/index.jsonl"))
        let before = s.snapshot(includingIndex: true)
        let r = s.run(c.args)
        #expect(r.status == c.status, "\(r.err)")
        #expect(r.err.contains(c.says), "stderr was: \(r.err)")
        #expect(r.out.isEmpty)
        #expect(s.snapshot(includingIndex: true) == before)
    }

    @Test func aBadLadderNowIsNamed() {
        let s = Sandbox(now: "yesterday")
        let r = s.run(["list"])
        #expect(r.status == 64)
        #expect(r.err.contains("LADDER_NOW: LADDER_NOW=yesterday is not an ISO 8601 time"))
    }

    @Test func aStoreThatIsAFileIsAnIOError() throws {
        let s = Sandbox()
        try FileManager.default.createDirectory(atPath: s.directory, withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: s.store, contents: Data("x".utf8))
        let r = s.run(["add", "T", "--org", "X"])
        #expect(r.status == 74)
        #expect(r.err.contains(s.store))
    }
}
