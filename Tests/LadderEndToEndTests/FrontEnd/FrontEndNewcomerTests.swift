import Foundation
import LadderTestSupport
import Testing

/// A newcomer's first minutes with `ladder demo` at 80x24, in the real binary under
/// tmux: the help is read whole, a form's error names the form's fields (never a
/// command-line flag), and a copy asks the web form's limit.
@Suite(.serialized) struct FrontEndNewcomerTests {
    @Test func theHelpIsWholeAt80Columns() throws {
        let box = Sandbox()
        let tmux = try TmuxSession(box, args: ["demo"], width: 80, height: 24)
        let list = try tmux.waitFor("? help q quit")
        #expect(list.split(separator: "\n").last?.hasPrefix(" ? help q quit") == true, "\(list)")
        try tmux.keys("?")
        var seen = try tmux.waitFor("Move")
        // Page through the whole help: every explanation that was cut at the edge is whole.
        for _ in 0..<3 {
            try tmux.keys("Space")
            Thread.sleep(forTimeInterval: 0.3)
            seen += try tmux.screen()
        }
        for text in ["(titles get the room)", "redacted if you like", "to paste into a web form", "or no progress on this rung"] {
            let words = text.split(separator: " ").map(String.init)
            // The words of the explanation, in order, whatever line they wrapped to.
            let flat = seen.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            #expect(flat.contains(words.joined(separator: " ")), "\(text):\n\(seen)")
        }
        for row in seen.split(separator: "\n") { #expect(TerminalColumns.of(String(row)) <= 80) }
        try tmux.keys("q")
        try tmux.keys("q")
        #expect(tmux.exitStatus() == 0)
    }

    @Test func aFormErrorNamesTheFieldsInJapanese() throws {
        let box = Sandbox()
        let tmux = try TmuxSession(box, args: ["demo", "--lang", "ja"], width: 80, height: 24)
        try tmux.waitFor("対応中")
        // Log: a failure reason on a contact that did not fail.
        try tmux.keys("l", "Tab", "Tab", "Right", "C-s")
        let screen = try tmux.waitFor("不通の理由は")
        #expect(screen.range(of: "--[a-z]", options: .regularExpression) == nil, "no flag: \(screen)")
        #expect(screen.contains("「種別」で「つながらなかった」を選ぶか"), "\(screen)")
        try tmux.keys("Escape", "Escape")
        try tmux.waitFor("取り消しました")
        // Copy: the limit is asked.
        try tmux.keys("y")
        try tmux.waitFor("文字数の上限")
        try tmux.type("200")
        try tmux.keys("Enter")
        try tmux.waitFor("200文字以内")
        try tmux.keys("q")
        #expect(tmux.exitStatus() == 0)
    }
}
