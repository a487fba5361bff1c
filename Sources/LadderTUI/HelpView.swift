/// `?`: every key, by what it is for.
enum HelpView {
    static let sections: [(String, [(String, String)])] = [
        ("Move", [
            ("j k  Down Up", "next / previous case; scroll the detail pane"),
            ("g G  Home End", "first / last case; top / bottom of the detail"),
            ("PgDn PgUp  Space", "a page down / up (also Ctrl-F / Ctrl-B)"),
            ("Enter Tab Right", "from the list to the detail pane"),
            ("Tab Esc Left", "from the detail pane back to the list"),
            ("/", "filter: words all match; org: title: tag: rung: ref: narrow a word"),
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
            ("c", "call timer: start (on hold), they answered, hang up"),
            ("C", "hang up now; then log the call with its times"),
        ]),
        ("Forms", [
            ("Tab Down Enter", "next field (Enter on the last field saves)"),
            ("Shift-Tab Up", "previous field"),
            ("Left Right Space", "change a choice; a letter jumps to it"),
            ("Ctrl-S", "save"),
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
            ("S C T E R", "shop, call centre, technical desk, executive, regulator; = rungs below"),
            ("MOVE", "them: waiting on their reply; me: I owe something, or nothing is awaited"),
        ]),
    ]

    static func draw(_ screen: inout Screen, layout: Layout) {
        var row = layout.bodyTop
        let bottom = layout.bodyTop + layout.bodyHeight
        let keyWidth = 22
        // Two columns of sections when the screen is wide enough.
        let twoColumns = layout.width >= 140
        let colWidth = twoColumns ? layout.width / 2 : layout.width
        var column = 0
        for (i, (title, keys)) in sections.enumerated() {
            if twoColumns, i == 2, column == 0 { column = colWidth; row = layout.bodyTop }
            guard row < bottom else { break }
            screen.put(" " + title, row: row, column: column, limit: colWidth, style: .heading)
            row += 1
            for (k, what) in keys where row < bottom {
                screen.put("   " + k, row: row, column: column, limit: keyWidth, style: .barKey)
                screen.put(what, row: row, column: column + keyWidth + 1, limit: colWidth - keyWidth - 2)
                row += 1
            }
            if row < bottom { row += 1 }
        }
    }
}
