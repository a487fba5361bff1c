import Foundation
import LadderCore

/// The case list: one row per case, most urgent first.
/// `!  12 Example Mobile  Mail from two handsets  ==T..  OVERDUE 3h 05m  them`
enum ListView {
    struct Columns {
        var org: Int
        var title: Int
        static let due = 16, move = 4
        /// The rung: spelt out (`technical-desk`) when the list is wide enough, else the
        /// compact ladder (`==T..`).
        var ladder: Int
        var spelt: Bool { ladder > 5 }
        /// Wide enough for the largest case number, with a space before it so the `!` or
        /// `^` mark never touches it (4 up to case 999).
        var number: Int

        init(width: Int, largest: Int = 0) {
            number = max(4, String(largest).count + 1)
            ladder = width >= 100 ? Rung.allCases.map { $0.rawValue.count }.max()! : 5
            // mark, number, org, title, ladder, due, move and the gaps between them.
            let fixed = 1 + number + ladder + Columns.due + Columns.move + 6
            let free = max(8, width - fixed)
            // The title says what the case is: it gets the room, the organisation a third.
            org = max(4, min(18, free / 3))
            title = max(4, free - org)
        }
    }

    static func draw(_ app: App, _ screen: inout Screen, column: Int, width: Int) {
        let layout = app.layout
        let top = layout.bodyTop
        let cols = Columns(width: width, largest: app.summaries.keys.max() ?? 0)
        if app.loaded, app.summaries.isEmpty {
            let lines = [
                "No cases yet.",
                "",
                "Press a to add your first case: who you are dealing with,",
                "what is wrong, and the rung you are on (shop, call centre, ...).",
                "Press ? for every key, q to quit.",
                "To look around first, quit and run: ladder demo",
            ]
            for (i, l) in lines.enumerated() {
                screen.put("  " + l, row: top + 1 + i, column: column, limit: width, style: i == 0 ? .heading : .normal)
            }
            return
        }
        var header = " " + TextWidth.padLeft("#", to: cols.number) + " "
        header += TextWidth.fit("ORG", to: cols.org) + " " + TextWidth.fit("TITLE", to: cols.title) + " "
        header += TextWidth.fit("RUNG", to: cols.ladder) + " " + TextWidth.fit("NEXT REPLY", to: Columns.due) + " MOVE"
        screen.put(header, row: top, column: column, limit: width, style: .heading)
        if app.rows.isEmpty {
            let text = app.loaded ? (app.filter.text.isEmpty ? "No open cases. Press A to show closed ones." : "No case matches \"\(app.filter.text)\". Esc clears the filter.") : "Loading..."
            screen.put("  " + text, row: top + 2, column: column, limit: width, style: .dim)
            return
        }
        for (i, number) in app.rows.dropFirst(app.listTop).prefix(layout.listRows).enumerated() {
            guard let s = app.summaries[number] else { continue }
            let row = top + 1 + i
            let isSelected = number == app.selected
            drawRow(s, app: app, &screen, row: row, column: column, width: width, cols: cols,
                    selected: isSelected ? (app.focus == .list ? .selected : .selectedDim) : nil)
        }
        // Where in the list we are is said in the top bar, never over the headings.
    }

    static func drawRow(_ s: some CaseStanding, app: App, _ screen: inout Screen, row: Int, column: Int, width: Int,
                        cols: Columns, selected: Style?) {
        let now = app.now
        let next = s.isWatched ? s.nextReply : nil
        let overdue = next?.isOverdue(at: now) ?? false
        // Red only where it says late (the mark and the due cell): at a third of the cases
        // overdue, whole red rows would be a wall no one can read.
        let base: Style = selected ?? (s.isOpen ? .normal : .dim)
        let late: Style = selected ?? .overdue
        screen.fill(row: row, column: column, count: width, style: base)
        var x = column
        // ^ (climb) says more than ! (overdue); the due cell's colour and OVERDUE still say late.
        let climb = s.isOpen && app.climbFlag(s)
        x = screen.put(climb ? "^" : (overdue ? "!" : " "), row: row, column: x, style: overdue || climb ? late : base)
        x = screen.put(TextWidth.padLeft(String(s.number), to: cols.number), row: row, column: x, limit: cols.number, style: base) + 1
        screen.put(TextWidth.clip(TerminalText.line(s.details.organisation), to: cols.org), row: row, column: x, limit: cols.org, style: base)
        x += cols.org + 1
        screen.put(TextWidth.clip(TerminalText.line(s.details.title), to: cols.title), row: row, column: x, limit: cols.title, style: base)
        x += cols.title + 1
        if cols.spelt {
            screen.put(s.rung.rawValue, row: row, column: x, limit: cols.ladder, style: selected == nil ? .rung : base)
            x += cols.ladder
        } else {
            for rung in Rung.allCases {
                let here = rung == s.rung
                let mark = here ? String(rung.letter) : (rung < s.rung ? "=" : ".")
                screen.put(mark, row: row, column: x, style: here && selected == nil ? .rung : base)
                x += 1
            }
        }
        x += 1
        let due: String
        var dueStyle = overdue ? late : base
        if !s.isOpen {
            due = s.status.rawValue
        } else if let r = next {
            due = ClockText.due(r, now: now)
            if selected == nil, !overdue, r.secondsLeft(at: now) < 3600 { dueStyle = .dueSoon }
        } else {
            due = "-"
        }
        screen.put(due, row: row, column: x, limit: Columns.due, style: dueStyle)
        x += Columns.due + 1
        screen.put(move(s), row: row, column: x, limit: Columns.move, style: base)
    }

    /// Whose move it is: mine while I owe anything or nothing is awaited (chase, climb
    /// or close); theirs while only they owe replies.
    static func move(_ s: some CaseStanding) -> String {
        guard s.isOpen else { return "-" }
        let open = s.openReplies
        if open.contains(where: { $0.reply.owedBy == .me }) || open.isEmpty { return "me" }
        return "them"
    }
}

extension Rung {
    /// S, C, T, E, R: the rung in the compact ladder.
    var letter: Character {
        switch self {
        case .shop: return "S"
        case .callCentre: return "C"
        case .technicalDesk: return "T"
        case .executive: return "E"
        case .regulator: return "R"
        }
    }
}
