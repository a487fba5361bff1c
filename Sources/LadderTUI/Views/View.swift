import Foundation
import LadderCore

extension App {
    /// Draws the whole screen from the state. Pure: the same state gives the same screen.
    public func render() -> Screen {
        var screen = Screen(width: width, height: height)
        let layout = self.layout
        if layout.tooSmall {
            drawTooSmall(&screen)
            return screen
        }
        drawTopBar(&screen)
        if case .help = mode {
            HelpView.draw(&screen, layout: layout, scroll: help.scroll)
        } else if case .today = mode {
            screen.put(" " + L("Today"), row: layout.bodyTop, column: 0, style: .heading)
            let lines = today.lines(width: width - 1)
            // Keep the selected item in view.
            let first = lines.firstIndex { $0.item == today.selected } ?? 0
            let top = max(0, min(first - (layout.bodyHeight - 4) / 2, lines.count - (layout.bodyHeight - 1)))
            for (i, line) in lines.dropFirst(top).prefix(layout.bodyHeight - 1).enumerated() {
                screen.put(line.text, row: layout.bodyTop + 1 + i, column: 0, limit: width, style: line.style)
            }
        } else if case let .brief(number) = mode {
            screen.put(" " + L("Brief of case \(number)"), row: layout.bodyTop, column: 0, style: .heading)
            for (i, line) in briefLines(number).dropFirst(brief.scroll).prefix(layout.bodyHeight - 1).enumerated() {
                screen.put("  " + line, row: layout.bodyTop + 1 + i, column: 0)
            }
        } else if layout.split {
            ListView.draw(self, &screen, column: 0, width: layout.listWidth)
            for row in layout.bodyTop..<(layout.bodyTop + layout.bodyHeight) {
                screen.put("|", row: row, column: layout.listWidth, style: .dim)
            }
            drawDetail(&screen, column: layout.detailColumn, width: layout.detailWidth)
        } else if focus == .detail {
            drawDetail(&screen, column: 0, width: width)
        } else {
            ListView.draw(self, &screen, column: 0, width: width)
        }
        drawBottomBar(&screen)
        if case let .form(f) = mode { FormView.draw(f, app: self, &screen) }
        return screen
    }

    private func drawTooSmall(_ screen: inout Screen) {
        let lines = [L("Terminal too small: \(width)x\(height)."),
                     L("ladder needs at least \(Layout.minWidth)x\(Layout.minHeight)."),
                     L("Enlarge the window, or press q to quit.")]
        let top = max(0, height / 2 - 1)
        for (i, l) in lines.enumerated() {
            let w = TextWidth.of(l)
            screen.put(l, row: top + i, column: max(0, (width - w) / 2), style: i == 0 ? .error : .normal)
        }
    }

    private func drawTopBar(_ screen: inout Screen) {
        screen.fill(row: 0, style: .bar)
        let overdue = overdueCount
        var left = " ladder"
        if !storeLabel.isEmpty { left += " [\(storeLabel)]" }
        left += "  " + L("\(openCount) open")
        // Closed cases with a promise watched are listed and their lateness counted:
        // said apart, so the counts add up.
        if watchedCount > 0 { left += L(" (+\(watchedCount) watched)") }
        // The overdue count is coloured too: where it starts in the bar.
        let overdueText = L("\(overdue) overdue")
        var overdueStart = 0
        if overdue > 0 {
            left += Punctuation.comma
            overdueStart = TextWidth.of(left)
            left += overdueText
        }
        if !filter.text.isEmpty, mode != .filter { left += "  " + L("filter: \(filter.text)") }
        if showClosed { left += "  " + L("+closed") }
        if sort != .urgency { left += "  " + L("by \(sort.name)") }
        if !problems.isEmpty { left += "  " + L("\(problems.count) unreadable") }
        // Where in the list we are, when it scrolls.
        if mode == .help {
            if let position = HelpView.position(layout, scroll: help.scroll) { left += "  " + position }
        } else if listLines.count > layout.listRows {
            // The cases in view, counted without the organisations' headings.
            let shown = listLines.dropFirst(listTop).prefix(layout.listRows).compactMap { line -> Int? in
                if case let .row(_, place) = line { return place }; return nil
            }
            if let first = shown.first, let last = shown.last {
                left += "  " + L("\(first + 1)-\(last + 1) of \(rows.count)")
            }
        }
        // The call timer (highlighted) sits left of the clock.
        // On a narrow terminal the counts and the place in the list come before the date.
        var clock = ClockText.clock(now, zone: zone) + " "
        if TextWidth.of(left) + 1 + TextWidth.of(clock) > width { clock = ClockText.time(now, zone: zone) + " " }
        let callText = call.map { c in
            let time = ClockText.stopwatch(now.timeIntervalSince(c.answered ?? c.started))
            return (c.answered == nil ? L("CALL #\(c.caseNumber) hold \(time)") : L("CALL #\(c.caseNumber) talk \(time)")) + "  "
        } ?? ""
        let rw = TextWidth.of(callText) + TextWidth.of(clock)
        var reserved = rw
        // The compact ladder's letters spelt out, left of the clock, where they fit.
        if mode != .help, loaded, !summaries.isEmpty, !ListView.Columns(width: layout.listWidth).spelt {
            let legend = Rung.legend + "   "
            if TextWidth.of(left) + 2 + TextWidth.of(legend) + rw <= width {
                screen.put(legend, row: 0, column: width - rw - TextWidth.of(legend), style: .bar)
                reserved += TextWidth.of(legend)
            }
        }
        screen.put(left, row: 0, column: 0, limit: max(0, width - reserved - 1), style: .bar)
        let col = max(0, width - rw)
        let clockColumn = screen.put(callText, row: 0, column: col, style: .dueSoon)
        screen.put(clock, row: 0, column: clockColumn, style: .bar)
        // Colour the overdue count too; the words carry the meaning without colour.
        if overdue > 0 {
            let count = TextWidth.of(overdueText)
            if overdueStart + count < width - rw { screen.restyle(row: 0, column: overdueStart, count: count, style: .overdue) }
        }
    }

    private func drawDetail(_ screen: inout Screen, column: Int, width w: Int) {
        let layout = self.layout
        let top = layout.bodyTop
        guard let s = selectedState else {
            if let n = selected {
                screen.put(" " + L("Reading case \(n)..."), row: top + 1, column: column, limit: w, style: .dim)
            } else if loaded, !summaries.isEmpty {
                screen.put(" " + L("No case matches the filter."), row: top + 1, column: column, limit: w, style: .dim)
            }
            return
        }
        let focused = focus == .detail
        let heading = detailHeading(s, width: w)
        let style: Style = focused ? .selected : .heading
        for i in heading.indices { screen.fill(row: top + i, column: column, count: w, style: style) }
        let lines = DetailView.lines(s, now: now, width: w - 1, zone: zone, config: config, call: call)
        let rows = detailRows
        // The title wraps under itself; where in the pane we are sits at the end of its
        // first line, in the room the wrapping kept clear.
        for (i, line) in heading.enumerated() {
            screen.put((i == 0 ? " " : "   ") + line, row: top + i, column: column, limit: w - 1, style: style)
        }
        for (i, line) in lines.dropFirst(detailScroll).prefix(rows).enumerated() {
            screen.put(String(repeating: " ", count: line.indent) + line.text, row: top + heading.count + i, column: column + 1,
                       limit: w - 1, style: line.style)
        }
        if lines.count > rows {
            let more = "\(detailScroll + 1)-\(min(lines.count, detailScroll + rows))/\(lines.count)"
            let mw = TextWidth.of(more)
            screen.put(more, row: top, column: column + w - mw - 1, limit: mw, style: style)
        }
    }

    private func drawBottomBar(_ screen: inout Screen) {
        let row = height - 1
        screen.fill(row: row, style: .bar)
        if mode == .filter {
            let prompt = " " + L("filter /")
            let used = screen.put(prompt, row: row, column: 0, style: .barKey)
            let keys = Punctuation.list(keyHints.map { "\($0.0) \($0.1)" })
            let hint = "  " + L("\(keys); org: title: tag: rung: ref:")
            // What is typed comes first: at least half the line (20 columns or more) is
            // the field's, and the hint gets what is left (a Japanese hint is long).
            let available = max(4, width - used - 1)
            let room = max(min(available, max(20, available / 2)), available - TextWidth.of(hint))
            let (shown, cursorColumn) = filter.visible(width: room)
            screen.put(shown, row: row, column: used, limit: room, style: .bar)
            if available > room { screen.put(hint, row: row, column: used + room, limit: available - room, style: .bar) }
            screen.cursor = (row, used + cursorColumn)
            return
        }
        if let notice {
            screen.put(" " + notice.text, row: row, column: 0, style: notice.isError ? .error : .bar)
            return
        }
        var x = 0
        for (key, label) in keyHints {
            let k = " \(key)"
            let piece = TextWidth.of(k) + 1 + TextWidth.of(label)
            if x + piece > width { break }
            x = screen.put(k, row: row, column: x, style: .barKey)
            x = screen.put(" " + label, row: row, column: x, style: .bar)
        }
    }

    /// The keys of the current view, most useful first (from the key table); the bar
    /// shows as many as fit.
    var keyHints: [(String, String)] {
        switch mode {
        case .help: return KeyTable.bar([.help], app: self)
        case .brief: return KeyTable.bar([.brief], app: self)
        case .form: return KeyTable.bar([.form, .choice], app: self)
        case .filter: return KeyTable.bar([.filter], app: self)
        case .today: return KeyTable.bar([.today], app: self)
        case .browse: return KeyTable.bar([.browse, focus == .list ? .list : .detail], app: self)
        }
    }
}
