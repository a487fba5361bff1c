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
        /// compact ladder (`==T..`; in Japanese `====技....`, each step two columns).
        var ladder: Int
        var spelt: Bool
        /// Wide enough for the largest case number, with a space before it so the `!` or
        /// `^` mark never touches it (4 up to case 999).
        var number: Int

        init(width: Int, largest: Int = 0) {
            number = max(4, String(largest).count + 1)
            spelt = width >= 100
            ladder = spelt ? Rung.allCases.map { TextWidth.of($0.name) }.max()! : Rung.compactWidth
            // mark, number, org, title, ladder, due, move and the gaps between them.
            let fixed = 1 + number + ladder + Columns.due + Columns.move + 6
            let free = max(8, width - fixed)
            // The title says what the case is: it gets the room, the organisation a
            // quarter (a name is known by its start; the detail and the filter have it
            // whole). Under 6 columns it is left out: `相~` or `Kes~` said nothing.
            let quarter = min(18, free / 4)
            org = quarter >= 6 ? quarter : 0
            title = max(4, free - org + (org > 0 ? 0 : 1))
        }
    }

    static func draw(_ app: App, _ screen: inout Screen, column: Int, width: Int) {
        let layout = app.layout
        let top = layout.bodyTop
        let cols = Columns(width: width, largest: app.summaries.keys.max() ?? 0)
        if app.loaded, app.summaries.isEmpty {
            let lines = [
                L("No cases yet."),
                "",
                L("Press a to add your first case: who you are dealing with,"),
                L("what is wrong, and the rung you are on (shop, call centre, ...)."),
                L("Press ? for every key, q to quit."),
                L("To look around first, quit and run: ladder demo"),
            ]
            for (i, l) in lines.enumerated() {
                screen.put("  " + l, row: top + 1 + i, column: column, limit: width, style: i == 0 ? .heading : .normal)
            }
            return
        }
        var header = " " + TextWidth.padLeft("#", to: cols.number) + " "
        if cols.org > 0 { header += TextWidth.fit(L("ORG"), to: cols.org) + " " }
        header += TextWidth.fit(L("TITLE"), to: cols.title) + " "
        // The compact ladder's heading is its letters, each over its step (`SCTER`); the
        // top bar spells them out where there is room.
        let rungHeading = cols.spelt ? L("RUNG") : Rung.allCases.map { TextWidth.fit($0.letter, to: Rung.letterWidth) }.joined()
        header += TextWidth.fit(rungHeading, to: cols.ladder) + " " + TextWidth.fit(L("NEXT REPLY"), to: Columns.due) + " " + L("MOVE")
        screen.put(header, row: top, column: column, limit: width, style: .heading)
        if app.rows.isEmpty {
            let text = app.loaded ? (app.filter.text.isEmpty ? L("No open cases. Press A to show closed ones.") : L("No case matches \"\(app.filter.text)\". Esc clears the filter.")) : L("Loading...")
            screen.put("  " + text, row: top + 2, column: column, limit: width, style: .dim)
            return
        }
        for (i, line) in app.listLines.dropFirst(app.listTop).prefix(layout.listRows).enumerated() {
            let row = top + 1 + i
            guard case let .row(number, _) = line else {
                if case let .group(name, cases, overdue) = line { drawGroup(name, cases: cases, overdue: overdue, &screen, row: row, column: column, width: width) }
                continue
            }
            guard let s = app.summaries[number] else { continue }
            let isSelected = number == app.selected
            drawRow(s, app: app, &screen, row: row, column: column, width: width, cols: cols,
                    selected: isSelected ? (app.focus == .list ? .selected : .selectedDim) : nil)
        }
        // Where in the list we are is said in the top bar, never over the headings.
    }

    /// An organisation's heading in the grouped list: `Kestrel Mobile  3 cases, 1 overdue`.
    static func drawGroup(_ name: String, cases: Int, overdue: Int, _ screen: inout Screen, row: Int, column: Int, width: Int) {
        var counts = cases == 1 ? L("1 case") : L("\(cases) cases")
        if overdue > 0 { counts += Punctuation.comma + L("\(overdue) overdue") }
        let x = screen.put(" " + name, row: row, column: column, limit: max(0, width - TextWidth.of(counts) - 3), style: .heading)
        screen.put("  " + counts, row: row, column: x, limit: max(0, column + width - x), style: .dim)
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
        if cols.org > 0 {
            screen.put(TextWidth.clip(TerminalText.line(s.details.organisation), to: cols.org), row: row, column: x, limit: cols.org, style: base)
            x += cols.org + 1
        }
        screen.put(TextWidth.clip(TerminalText.line(s.details.title), to: cols.title), row: row, column: x, limit: cols.title, style: base)
        x += cols.title + 1
        if cols.spelt {
            screen.put(s.rung.name, row: row, column: x, limit: cols.ladder, style: selected == nil ? .rung : base)
            x += cols.ladder
        } else {
            let step = Rung.letterWidth
            for rung in Rung.allCases {
                let here = rung == s.rung
                let mark = here ? TextWidth.fit(rung.letter, to: step)
                    : String(repeating: rung < s.rung ? "=" : ".", count: step)
                screen.put(mark, row: row, column: x, limit: step, style: here && selected == nil ? .rung : base)
                x += step
            }
        }
        x += 1
        let due: String
        var dueStyle = overdue ? late : base
        if !s.isOpen, next == nil {
            due = s.status.name
        } else if let r = next {
            // A closed case's promise, watched until due, counts down as an open one does.
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
        // A closed case waits only on a promise still watched: theirs, or none.
        guard s.isOpen || s.isWatched else { return "-" }
        let open = s.openReplies
        if open.contains(where: { $0.reply.owedBy == .me }) || open.isEmpty { return L("me") }
        return L("them")
    }
}

extension Rung {
    /// S, C, T, E, R: the rung in the compact ladder (店 コ 技 本 行 in Japanese).
    var letter: String {
        switch self {
        case .shop: return L("S")
        case .callCentre: return L("C")
        case .technicalDesk: return L("T")
        case .executive: return L("E")
        case .regulator: return L("R")
        }
    }

    /// `S=shop C=call-centre T=technical-desk E=executive R=regulator`: what the compact
    /// ladder's letters stand for. In Japanese each letter is the start of its name
    /// (店舗／コールセンター／…), so the names alone say it.
    static var legend: String {
        Language.current == .ja ? allCases.map(\.name).joined(separator: "／")
            : allCases.map { "\($0.letter)=\($0.name)" }.joined(separator: " ")
    }

    /// The columns of one step of the compact ladder: its widest letter.
    static var letterWidth: Int { allCases.map { TextWidth.of($0.letter) }.max()! }
    /// The compact ladder's columns: `==T..` is 5, `====技....` 10.
    static var compactWidth: Int { letterWidth * allCases.count }
}
