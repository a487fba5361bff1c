import Foundation
import Testing

/// Colour on the command line (Docs/Terminal.md): overdue red, due within the hour
/// yellow, rung names cyan, headings bold; never in a pipe unless asked; NO_COLOR and
/// --color respected.
@Suite struct ColourTests {
    static let red = "\u{1B}[31m", yellow = "\u{1B}[33m", cyan = "\u{1B}[36m", bold = "\u{1B}[1m", reset = "\u{1B}[0m"

    /// Case 1 overdue by 2h, case 2 due in 30m, case 3 due in 3 days.
    static func world() -> Sandbox {
        let s = Sandbox()
        s.ok("add", "Overdue one", "--org", "Kestrel", "--at", "-3h", "--await", "call back", "--due", "1h")
        s.ok("add", "Soon one", "--org", "Kestrel", "--await", "resend the mail", "--due", "30m")
        s.ok("add", "Later one", "--org", "Kestrel", "--rung", "executive", "--await", "root cause", "--due", "3d")
        return s
    }

    /// The text without its colour codes.
    static func plain(_ s: String) -> String {
        s.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
    }

    @Test func alwaysPaintsOverdueSoonAndRungsAndChangesNothingElse() {
        let s = Self.world()
        let coloured = s.run(["list", "--color=always"])
        #expect(coloured.status == 0)
        let lines = coloured.out.split(separator: "\n").map(String.init)
        let overdue = lines.first { $0.contains("Overdue one") } ?? ""
        let soon = lines.first { $0.contains("Soon one") } ?? ""
        let later = lines.first { $0.contains("Later one") } ?? ""
        #expect(overdue.contains(Self.red + "OVERDUE 2h"), "\(overdue)")
        #expect(soon.contains(Self.yellow + "in 30m"), "\(soon)")
        #expect(!later.contains(Self.red) && !later.contains(Self.yellow), "\(later)")
        #expect(later.contains(Self.cyan + "executive"), "\(later)")
        #expect(lines.first?.hasPrefix(Self.bold + "#") == true, "\(lines.first ?? "")")
        // Only escape codes are added: the columns stay where they were.
        #expect(Self.plain(coloured.out) == s.ok("list").out)

        let show = s.run(["show", "1", "--color", "always"])
        #expect(show.out.contains(Self.red + "OVERDUE 2h" + Self.reset), "\(show.out)")
        #expect(show.out.contains(Self.bold + "Pending" + Self.reset))
        #expect(show.out.contains(Self.cyan + "shop"))
        #expect(Self.plain(show.out) == s.ok("show", "1").out)

        let report = s.run(["report", "overdue", "--color=always"])
        #expect(report.status == 1)
        #expect(report.out.contains(Self.red), "\(report.out)")
        #expect(Self.plain(report.out) == s.run(["report", "overdue"]).out)
    }

    @Test func aPipeGetsNoColourByDefaultOrWithNever() {
        let s = Self.world()
        for args in [["list"], ["list", "--all"], ["show", "1"], ["show", "2"], ["report", "overdue"], ["report", "due"],
                     ["list", "--color=never"], ["show", "1", "--color", "never"], ["list", "--color=auto"]] {
            let r = s.run(args)
            #expect(!r.out.contains("\u{1B}"), "ladder \(args.joined(separator: " ")) coloured a pipe: \(r.out)")
            #expect(!r.out.isEmpty)
        }
    }

    @Test func alwaysBeatsNoColorAndJSONIsNeverPainted() {
        let s = Self.world()
        let r = s.run(["list", "--color=always"], environment: ["NO_COLOR": "1"])
        #expect(r.out.contains(Self.red))
        let json = s.run(["list", "--json", "--color=always"])
        #expect(!json.out.contains("\u{1B}"))
    }

    @Test func aWrongWhenIsRefusedWithTheThreeItTakes() {
        let s = Self.world()
        let before = s.snapshot()
        let r = s.run(["list", "--color=sometimes"])
        #expect(r.status == 64)
        #expect(r.err.contains("--color"), "\(r.err)")
        #expect(r.err.contains("auto") && r.err.contains("always") && r.err.contains("never"), "\(r.err)")
        #expect(r.out.isEmpty)
        #expect(s.snapshot() == before)
    }
}

/// On a real terminal (tmux): colour by default, none under NO_COLOR or TERM=dumb.
@Suite(.serialized) struct TerminalColourTests {
    func screen(_ s: Sandbox) throws -> String {
        let tmux = try TmuxSession(s, args: ["list", "--no-pager"], width: 120, height: 20)
        try tmux.waitFor("Later one")
        #expect(tmux.exitStatus() == 0)
        return try tmux.screenWithEscapes()
    }

    @Test func autoColoursATerminal() throws {
        let s = ColourTests.world()
        let screen = try screen(s)
        // tmux writes red as 31 (maybe with other attributes in the same sequence).
        #expect(screen.range(of: "\u{1B}\\[[0-9;]*31m", options: .regularExpression) != nil, "\(screen)")
        #expect(screen.range(of: "\u{1B}\\[[0-9;]*33m", options: .regularExpression) != nil, "\(screen)")
    }

    @Test func noColorWinsOverAuto() throws {
        let s = ColourTests.world()
        s.extra = ["NO_COLOR": "1"]
        let screen = try screen(s)
        #expect(screen.contains("OVERDUE 2h"))
        #expect(!screen.contains("\u{1B}["), "\(screen)")
    }
}

/// The front end colours as before, and `--color=never` turns its colours off as
/// NO_COLOR does (bold and reverse stay).
@Suite(.serialized) struct FrontEndColourTests {
    static let colourCode = try! NSRegularExpression(pattern: "\u{1B}\\[[0-9;]*3[1-6]m")

    func screen(_ args: [String]) throws -> String {
        let s = ColourTests.world()
        let tmux = try TmuxSession(s, args: args, width: 120, height: 30)
        try tmux.waitFor("Later one")
        let screen = try tmux.screenWithEscapes()
        try tmux.keys("q")
        #expect(tmux.exitStatus() == 0)
        return screen
    }

    func coloured(_ screen: String) -> Bool {
        Self.colourCode.firstMatch(in: screen, range: NSRange(screen.startIndex..., in: screen)) != nil
    }

    @Test func neverTurnsTheFrontEndsColoursOff() throws {
        #expect(coloured(try screen([])))
        let plain = try screen(["--color=never"])
        #expect(!coloured(plain), "\(plain)")
        #expect(plain.contains("\u{1B}["))  // attributes remain
    }
}
