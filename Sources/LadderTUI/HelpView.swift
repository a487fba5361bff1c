import LadderCore

/// `?`: every key, by what it is for. It scrolls on a short terminal.
enum HelpView {
    static let sections: [(String, [(String, String)])] = [
        ("Move", [
            ("j k  Down Up", "next / previous case; scroll the detail pane"),
            ("g G  Home End", "first / last case; top / bottom of the detail"),
            ("PgDn PgUp  Space", "a page down / up (also Ctrl-F / Ctrl-B)"),
            ("Enter Tab Right", "from the list to the detail pane"),
            ("Tab Esc Left", "from the detail pane back to the list"),
            ("/", "filter by words; org: title: tag: rung: ref: narrow one"),
            ("Esc", "clear the filter"),
            ("A", "show closed cases too, or open ones only"),
        ]),
        ("Act on the selected case", [
            ("a", "add a new case"),
            ("l", "log a contact or a failed attempt"),
            ("e", "escalate, or send back down"),
            ("w", "await a reply they owe you"),
            ("o", "owe them a reply"),
            ("r", "a reply came in, or a promise is broken: clear it"),
            ("n", "add a note"),
            ("x", "close the case, or reopen a closed one"),
            ("E", "correct title, organisation, product, refs, tags"),
            ("u", "undo its last change (the timeline keeps both)"),
            ("b", "its brief: what a new representative needs"),
            ("R", "write what you ask for (the brief's request)"),
            ("X", "export it: markdown, html, json or ics, redacted if you like"),
            ("c", "call timer: start (on hold), they answered, hang up"),
            ("C", "hang up now; then log the call with its times"),
        ]),
        ("Forms", [
            ("Tab Down Enter", "next field (Enter on the last field saves)"),
            ("Shift-Tab Up", "previous field"),
            ("Left Right Space", "change a choice; a letter jumps to it"),
            ("Ctrl-S", "save"),
            ("Ctrl-X", "write a note or request in $EDITOR"),
            ("Esc", "cancel, nothing saved"),
            ("Ctrl-A Ctrl-E", "start / end of the text (also Home End)"),
            ("Ctrl-U Ctrl-K Ctrl-W", "delete to the start / to the end / a word"),
        ]),
        ("Anywhere", [
            ("?", "this help"),
            ("q", "quit"),
            ("Ctrl-C", "quit at once"),
            ("Ctrl-L", "repaint the screen"),
            ("Ctrl-Z", "suspend; fg resumes"),
        ]),
        ("Reading the list", [
            ("!  OVERDUE", "a promised reply is late (red where colours show)"),
            ("^", "time to climb: a reply is long overdue, or no progress on this rung"),
            ("S C T E R", "shop, call centre, technical desk, executive, regulator; = rungs below"),
            ("MOVE", "them: waiting on their reply; me: I owe something, or nothing is awaited"),
        ]),
    ]

    static let keyWidth = 24

    /// Every line of the help, for scrolling.
    static var lines: [(key: String, text: String)] {
        var out: [(String, String)] = []
        for (i, (title, keys)) in sections.enumerated() {
            if i > 0 { out.append(("", "")) }
            out.append(("", title))
            out += keys
        }
        return out
    }

    static func draw(_ screen: inout Screen, layout: Layout, scroll: Int) {
        let all = lines
        let rows = layout.bodyHeight
        for (i, line) in all.dropFirst(scroll).prefix(rows).enumerated() {
            let row = layout.bodyTop + i
            if line.key.isEmpty {
                screen.put(" " + line.text, row: row, column: 0, style: .heading)
            } else {
                screen.put("   " + line.key, row: row, column: 0, limit: keyWidth, style: .barKey)
                screen.put(line.text, row: row, column: keyWidth + 1)
            }
        }
        if all.count > rows {
            let more = " \(scroll + 1)-\(min(all.count, scroll + rows)) of \(all.count) lines "
            screen.put(more, row: layout.bodyTop, column: layout.width - TextWidth.of(more), style: .dim)
        }
    }

    /// The furthest the help can scroll at this size.
    static func maxScroll(_ layout: Layout) -> Int { max(0, lines.count - layout.bodyHeight) }
}
