import Foundation
import LadderTestSupport
import Testing

/// The real binary in Japanese under tmux: by the locale (`LANG=ja_JP.UTF-8`, generated
/// on this machine or not) and by `--lang ja`. The list, the detail (timeline included),
/// the help, a form and the brief show no English word, and their borders keep one
/// column on every row.
@Suite(.serialized) struct FrontEndJapaneseTests {
    private func japaneseWorld() -> Sandbox {
        let box = Sandbox()
        box.ok("add", "光回線が毎晩21時に切れる", "--org", "ひかりネット", "--rung", "call-centre", "--note", "ルーターは交換済み。")
        box.ok("add", "電気料金が二重に引き落とされた", "--org", "みなと電力", "--note", "10月分が2回引き落とされている。")
        box.ok("escalate", "1", "--to", "technical-desk", "--reason", "原因が分からない")
        box.ok("await", "1", "原因の調査結果を電話で連絡", "--due", "2h")
        box.ok("owe", "2", "通帳の写しを送る", "--due", "5h")
        return box
    }

    /// Words that are not English prose: key names, the program, the filter's field words.
    static let allowed: Set<String> = [
        "Enter", "Esc", "Tab", "Ctrl", "Shift", "Space", "Up", "Down", "Left", "Right", "Home", "End", "PgUp", "PgDn",
        "Backspace", "Delete", "ladder", "brief", "max", "chars", "org", "title", "tag", "rung", "ref", "EDITOR",
        "fg", "markdown", "html", "json", "ics",
    ]

    static func englishWords(_ text: String) -> [String] {
        text.split { !($0.isASCII && $0.isLetter) }.map(String.init).filter { $0.count >= 2 && !allowed.contains($0) }
    }

    private func check(_ screen: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let rows = screen.split(separator: "\n").map(String.init)
        let words = rows.flatMap(Self.englishWords)
        #expect(words.isEmpty, "\(name): \(words)\n\(screen)", sourceLocation: sourceLocation)
        for row in rows { #expect(TerminalColumns.of(row) <= 120, "\(name): \(row)", sourceLocation: sourceLocation) }
    }

    /// The column of the last `|` on every row that has one: one column for all.
    private func borderColumns(_ screen: String, from: Int, to: Int) -> Set<Int> {
        let rows = screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        return Set(rows[from...to].compactMap { TerminalColumns.lastColumn(of: "|", in: $0) })
    }

    private func walk(_ tmux: TmuxSession) throws {
        // The list beside the detail: one border column from the headings to the last row.
        var screen = try tmux.waitFor("次の返事")
        check(screen, "list")
        #expect(screen.contains("相手先") && screen.contains("段階"), "\(screen)")
        let rows = screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let border = Set(rows[1..<39].compactMap { TerminalColumns.column(of: "|", in: $0) })
        #expect(border.count == 1, "the list's border moves: \(border)\n\(screen)")
        // The detail pane focused.
        try tmux.keys("Enter")
        screen = try tmux.waitFor("未済の返事")
        check(screen, "detail")
        // The help.
        try tmux.keys("?")
        screen = try tmux.waitFor("選んだ案件の操作")
        check(screen, "help")
        try tmux.keys("Escape", "Tab", "l")
        // A form: its right border in one column.
        screen = try tmux.waitFor("連絡を記録")
        check(screen, "log form")
        let form = screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let top = try #require(form.firstIndex { $0.contains("連絡を記録") })
        let bottom = try #require(form.indices.last { $0 > top && form[$0].contains("+--") })
        #expect(borderColumns(screen, from: top, to: bottom).count == 1, "the form's border moves\n\(screen)")
        try tmux.keys("Escape", "b")
        // The brief.
        screen = try tmux.waitFor("の要約")
        check(screen, "brief")
        try tmux.keys("Escape", "q")
        #expect(tmux.exitStatus() == 0)
    }

    @Test func byTheLocale() throws {
        let box = japaneseWorld()
        box.lang = "ja_JP.UTF-8"
        try walk(try TmuxSession(box, width: 120, height: 40))
    }

    @Test func byTheFlag() throws {
        let box = japaneseWorld()
        try walk(try TmuxSession(box, args: ["--lang", "ja"], width: 120, height: 40))
    }
}
