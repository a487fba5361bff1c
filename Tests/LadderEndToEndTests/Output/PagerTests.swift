import Foundation
import Testing

/// Long output on a terminal goes through a pager, as git's does: $LADDER_PAGER, else
/// $PAGER, else less -FRX; none for --no-pager, an empty pager, `cat`, or a pipe. Run for
/// real in tmux with a pager script that records what it was given.
@Suite(.serialized) struct PagerTests {
    /// A pager that records its input, its arguments and $LESS, then exits.
    static func recorder(in s: Sandbox, named name: String = "pager") throws -> (command: String, input: String, notes: String) {
        try FileManager.default.createDirectory(atPath: s.directory + "/bin", withIntermediateDirectories: true)
        let path = s.directory + "/bin/" + name
        let input = s.directory + "/\(name).input", notes = s.directory + "/\(name).notes"
        let script = "#!/bin/sh\nprintf 'args=%s LESS=%s\\n' \"$*\" \"$LESS\" > '\(notes)'\ncat > '\(input)'\n"
        try script.write(toFile: path, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
        return (path, input, notes)
    }

    static func read(_ path: String) -> String? { try? String(contentsOfFile: path, encoding: .utf8) }

    /// Runs ladder in a terminal and waits for it to end; gives the screen.
    @discardableResult
    static func runInTerminal(_ s: Sandbox, _ args: [String], height: Int = 40, status expected: Int32 = 0) throws -> String {
        let tmux = try TmuxSession(s, args: args, width: 120, height: height)
        let status = tmux.exitStatus()
        #expect(status == expected, "ladder \(args.joined(separator: " ")) in a terminal: \(String(describing: status))")
        return try tmux.screen()
    }

    @Test func listShowAndReportsGoThroughLadderPagerInColour() throws {
        let s = ColourTests.world()
        let pager = try Self.recorder(in: s)
        s.extra = ["LADDER_PAGER": pager.command, "PAGER": "/bin/false"]
        // report due exits 1: case 1 is overdue.
        for (args, status) in [(["list"], Int32(0)), (["show", "1"], 0), (["report", "due"], 1)] {
            try? FileManager.default.removeItem(atPath: pager.input)
            try Self.runInTerminal(s, args, status: status)
            let paged = Self.read(pager.input)
            #expect(paged != nil, "ladder \(args.joined(separator: " ")) was not paged")
            // What the pager got is what a pipe gets, in colour (the pager shows it).
            #expect(paged.map(ColourTests.plain) == s.run(args).out)
            #expect(paged?.contains("\u{1B}[") == true)
            // As git: less is told -FRX unless the user's LESS says otherwise.
            #expect(Self.read(pager.notes) == "args= LESS=FRX\n")
        }
    }

    @Test func pagerStandsInWhenLadderPagerIsNotSetAndLessIsTheDefault() throws {
        let s = ColourTests.world()
        let pager = try Self.recorder(in: s)
        s.extra = ["PAGER": pager.command]
        try Self.runInTerminal(s, ["list"])
        #expect(Self.read(pager.input)?.contains("Later one") == true)

        // No pager set: `less -FRX`, found on PATH.
        let less = try Self.recorder(in: s, named: "less")
        s.extra = ["PATH": s.directory + "/bin:/usr/bin:/bin", "LESS": "-S"]
        try Self.runInTerminal(s, ["list"])
        #expect(Self.read(less.input)?.contains("Later one") == true)
        #expect(Self.read(less.notes) == "args=-FRX LESS=-S\n")
    }

    @Test func noPagerAnEmptyPagerCatAndPipesPrintStraight() throws {
        let s = ColourTests.world()
        let pager = try Self.recorder(in: s)
        for (extra, args) in [
            (["LADDER_PAGER": pager.command], ["list", "--no-pager"]),
            (["LADDER_PAGER": "", "PAGER": pager.command], ["list"]),
            (["LADDER_PAGER": "cat", "PAGER": pager.command], ["list"]),
            (["PAGER": " cat "], ["list"]),
        ] {
            s.extra = extra
            let screen = try Self.runInTerminal(s, args)
            #expect(screen.contains("Later one"), "\(extra) \(args): \(screen)")
            #expect(Self.read(pager.input) == nil, "\(extra) \(args) paged")
        }
        // Into a pipe: never, whatever is set.
        s.extra = ["LADDER_PAGER": pager.command]
        #expect(s.ok("list").out.contains("Later one"))
        #expect(s.ok("show", "1").out.contains("Timeline"))
        #expect(Self.read(pager.input) == nil)
    }

    /// A pager named but not installed would take the output with it (the shell says
    /// "not found" and the list is gone): ladder says so and prints without it.
    @Test func aPagerThatIsNotThereIsSaidAndTheOutputStillShown() throws {
        let s = ColourTests.world()
        for pager in ["no-such-pager -R", "/nowhere/pager"] {
            s.extra = ["LADDER_PAGER": pager]
            let screen = try Self.runInTerminal(s, ["list"])
            #expect(screen.contains("Later one"), "\(pager): \(screen)")
            #expect(screen.contains("is not there; printing without it"), "\(pager): \(screen)")
        }
        // A command line for the shell is the user's to write: passed on as it is.
        let recorder = try Self.recorder(in: s)
        s.extra = ["LADDER_PAGER": "LESS=X \(recorder.command)"]
        try Self.runInTerminal(s, ["list"])
        #expect(Self.read(recorder.input)?.contains("Later one") == true)
    }

    @Test func longHelpIsPagedShortHelpAndVersionAreNot() throws {
        let s = ColourTests.world()
        let pager = try Self.recorder(in: s)
        s.extra = ["LADDER_PAGER": pager.command]
        // ladder --help is longer than 20 rows.
        try Self.runInTerminal(s, ["--help"], height: 20)
        #expect(Self.read(pager.input)?.contains("SUBCOMMANDS:") == true)
        try FileManager.default.removeItem(atPath: pager.input)
        // ladder undo --help fits in 40 rows; --version is one line.
        let screen = try Self.runInTerminal(s, ["undo", "--help"], height: 60)
        #expect(screen.contains("USAGE: ladder undo"))
        try Self.runInTerminal(s, ["--version"], height: 20)
        #expect(Self.read(pager.input) == nil)
    }

    @Test func aPagerQuitEarlyEndsLadderQuietly() throws {
        let s = ColourTests.world()
        for i in 4...60 { s.ok("add", "case \(i)", "--org", "Other") }
        s.extra = ["LADDER_PAGER": "head -c 10 >/dev/null"]
        let tmux = try TmuxSession(s, args: ["list"], width: 120, height: 20)
        let status = tmux.exitStatus()
        // Ended (141 is SIGPIPE, as git's when its pager is quit), never hung or crashed.
        #expect(status == 0 || status == 141, "\(String(describing: status))")
        #expect(try !tmux.screen().contains("Fatal error"))
    }
}
