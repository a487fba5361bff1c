import LadderCore

/// `?`: every key, by what it is for (from the key table). It scrolls on a short terminal.
enum HelpView {
    /// The keys of each section of the key table, then how to read the list.
    static var sections: [(String, [(String, String)])] {
        HelpSection.allCases.map { section in
            (section.title, KeyTable.rows.filter { $0.section == section }.map { ($0.keyText, $0.help) })
        } + [legend]
    }

    static var legend: (String, [(String, String)]) {
        (L("Reading the list"), [
            (L("!  OVERDUE"), L("a promised reply is late (red where colours show)")),
            ("^", L("time to climb: a reply is long overdue, or no progress on this rung")),
            (Rung.allCases.map { String($0.letter) }.joined(separator: " "),
             L("shop, call centre, technical desk, executive, regulator; = rungs below")),
            (L("MOVE"), L("them: waiting on their reply; me: I owe something, or nothing is awaited")),
        ])
    }

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
            let more = " " + L("\(scroll + 1)-\(min(all.count, scroll + rows)) of \(all.count) lines") + " "
            screen.put(more, row: layout.bodyTop, column: layout.width - TextWidth.of(more), style: .dim)
        }
    }

    /// The furthest the help can scroll at this size.
    static func maxScroll(_ layout: Layout) -> Int { max(0, lines.count - layout.bodyHeight) }
}
