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
            (L("(+1 watched)"), L("closed cases whose promise is awaited until it is due: listed, and counted in overdue when late")),
        ])
    }

    static let keyWidth = 24

    /// Every line of the help, for scrolling (as the key table has them, unwrapped).
    static var lines: [(key: String, text: String)] {
        var out: [(String, String)] = []
        for (i, (title, keys)) in sections.enumerated() {
            if i > 0 { out.append(("", "")) }
            out.append(("", title))
            out += keys
        }
        return out
    }

    /// One line of the help as drawn: a section's heading, a key with (the start of)
    /// its explanation, or the rest of an explanation under it.
    struct Line: Equatable {
        var key = ""
        var text = ""
        var heading = false
    }

    /// The help as it is drawn `width` columns wide: an explanation too long for its
    /// line goes on under itself (key column empty), never cut off at the edge.
    static func lines(width: Int) -> [Line] {
        let room = max(10, width - keyWidth - 1)
        var out: [Line] = []
        for line in lines {
            guard !line.key.isEmpty else { out.append(Line(text: line.text, heading: !line.text.isEmpty)); continue }
            for (i, part) in Wrap.lines(line.text, width: room).enumerated() {
                out.append(Line(key: i == 0 ? line.key : "", text: part))
            }
        }
        return out
    }

    static func draw(_ screen: inout Screen, layout: Layout, scroll: Int) {
        let all = lines(width: layout.width)
        let rows = layout.bodyHeight
        for (i, line) in all.dropFirst(scroll).prefix(rows).enumerated() {
            let row = layout.bodyTop + i
            if line.heading {
                screen.put(" " + line.text, row: row, column: 0, style: .heading)
            } else {
                if !line.key.isEmpty { screen.put("   " + line.key, row: row, column: 0, limit: keyWidth, style: .barKey) }
                screen.put(line.text, row: row, column: keyWidth + 1, limit: max(0, layout.width - keyWidth - 1))
            }
        }
        // Where in the help we are is said in the top bar, never over its lines.
    }

    /// `1-22 of 54 lines` while the help is longer than the screen, for the top bar.
    static func position(_ layout: Layout, scroll: Int) -> String? {
        let count = lines(width: layout.width).count, rows = layout.bodyHeight
        guard count > rows else { return nil }
        return L("\(scroll + 1)-\(min(count, scroll + rows)) of \(count) lines")
    }

    /// The furthest the help can scroll at this size.
    static func maxScroll(_ layout: Layout) -> Int { max(0, lines(width: layout.width).count - layout.bodyHeight) }
}
