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
        // A page counts once it is drawn whole (waitUntil waits for the screen to settle):
        // a capture taken mid-draw showed the last page's rows under the new page's top.
        var page = try tmux.waitUntil("the help's first page") { $0.contains("Move") && $0.contains("any other key back") }
        var seen = page
        // Page through the whole help, each page waited for by its range of lines: every
        // explanation that was cut at the edge is whole.
        while let range = Self.helpRange(page), range.last < range.total {
            try tmux.keys("Space")
            page = try tmux.waitUntil("the help's page after \(range.first)-\(range.last)") {
                guard let next = Self.helpRange($0) else { return false }
                return next.first > range.first && $0.contains("any other key back")
            }
            seen += page
        }
        #expect(Self.helpRange(page).map { $0.last == $0.total } == true, "the help was read to its end:\n\(page)")
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

    /// "1-22 of 64 lines" in the help's top line.
    static func helpRange(_ screen: String) -> (first: Int, last: Int, total: Int)? {
        guard let top = screen.split(separator: "\n").first,
              let match = top.firstMatch(of: /(\d+)-(\d+) of (\d+) lines/),
              let first = Int(match.1), let last = Int(match.2), let total = Int(match.3) else { return nil }
        return (first, last, total)
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
