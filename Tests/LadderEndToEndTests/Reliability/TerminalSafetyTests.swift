import Foundation
import Testing

/// Escape sequences and control characters in any field are inert in every output: a
/// stored `ESC ] 0 ; ... BEL` must not retitle the terminal, `ESC [ 2 J` must not clear
/// it, a bidi override must not reverse what follows.
@Suite struct TerminalSafetyTests {
    /// C0 (ESC, BEL, BS, CR), C1 CSI, DEL, a bidi override: each would act on a terminal.
    static func evil(_ label: String) -> String { "\(label)\u{1B}]0;pwned\u{7}\u{1B}[2J\u{9B}31m\u{8}\r\u{7F}\u{202E}end" }

    /// What may reach the terminal: printable text, spaces and line breaks.
    static func isInert(_ text: String) -> Bool {
        !text.unicodeScalars.contains { s in
            (s.value < 0x20 && s != "\n") || s.value == 0x7F || (0x80..<0xA0).contains(s.value)
                || (0x202A...0x202E).contains(s.value) || (0x2066...0x2069).contains(s.value)
        }
    }

    @Test func everyFieldIsInertInEveryTextOutput() throws {
        let s = Sandbox()
        var outputs: [(String, String)] = []
        func run(_ args: [String]) {
            let r = s.run(args)
            #expect(r.status == 0 || (args.first == "report" && r.status == 1), "\(args.first!): \(r.err)")
            outputs.append((args.prefix(2).joined(separator: " ") + " (out)", r.out))
            outputs.append((args.prefix(2).joined(separator: " ") + " (err)", r.err))
        }
        run(["org", "add", Self.evil("org"), "--alias", Self.evil("alias")])
        run(["add", Self.evil("title"), "--org", Self.evil("org"), "--product", Self.evil("product"), "--ref", Self.evil("ref"),
             "--tag", Self.evil("tag"), "--note", Self.evil("note"), "--at", "-3d", "--await", Self.evil("what"), "--due", "1d"])
        run(["log", "1", "--via", "phone", "--with", Self.evil("with"), "--note", Self.evil("said"), "--at", "-2d"])
        run(["escalate", "1", "--reason", Self.evil("reason"), "--at", "-2d"])
        run(["owe", "1", Self.evil("owed"), "--who", Self.evil("who"), "--due", "12h", "--at", "-2d"])
        run(["note", "1", Self.evil("note2")])
        run(["edit", "1", "--title", Self.evil("title2")])
        run(["ask", "1", Self.evil("ask")])
        for args in [["list"], ["list", "--all"], ["list", "--overdue"], ["show", "1"],
                     ["report", "overdue"], ["report", "due", "--within", "1w"], ["report", "stale", "--days", "0"], ["report", "scorecard"],
                     ["report", "overdue", "--format", "markdown"], ["report", "scorecard", "--format", "markdown"],
                     ["org", "list"], ["org", "show", Self.evil("org")], ["doctor"],
                     ["brief", "1"], ["brief", "1", "--max-chars", "400"], ["export", "1", "--format", "markdown"],
                     ["export", "1", "--format", "html"], ["export", "1", "--format", "json"],
                     ["export", "1", "--format", "markdown", "--redact"], ["export", "--ics"]] {
            run(args)
        }
        run(["clear", "1", "1", "--note", Self.evil("cleared")])
        run(["close", "1", "--note", Self.evil("closed")])
        run(["reopen", "1", "--reason", Self.evil("reopened")])
        run(["undo", "--yes", "--note", Self.evil("undone")])
        run(["show", "1"])
        for (what, text) in outputs {
            // iCalendar's lines end in CR LF by its rules; a CR before a line feed is harmless.
            let checked = what.hasPrefix("export --ics") ? text.replacingOccurrences(of: "\r\n", with: "\n") : text
            #expect(Self.isInert(checked), "\(what) let a control character through: \(text.debugDescription)")
        }
        let shown = outputs[outputs.count - 2].1  // show's standard output
        #expect(shown.contains("title2^[]0;pwned^G^[[2J") && shown.contains("said") && shown.contains("reason"), "\(shown)")
    }

    @Test func theFrontEndShowsThemInert() throws {
        let s = Sandbox()
        s.ok("add", Self.evil("title"), "--org", Self.evil("org"), "--note", Self.evil("note"))
        s.ok("log", "1", "--via", "phone", "--with", Self.evil("with"), "--note", Self.evil("said"))
        let tmux = try TmuxSession(s, width: 120, height: 40)
        // The list comes from the index first and the timeline from the case file after
        // it: waited for, as a busy machine can draw the one well before the other.
        let screen = try tmux.waitFor("said^[]0;pwned^G")
        #expect(screen.contains("title^[]0;pwned^G"), "the list shows the title inert")
        // The window title was never set, and the screen was never cleared under us.
        let title = try tmux.tmux(["display-message", "-p", "-t", "main", "#{pane_title}"])
        #expect(!title.contains("pwned"), "pane title: \(title)")
        #expect(Self.isInert(screen))
        try tmux.keys("q")
    }
}
