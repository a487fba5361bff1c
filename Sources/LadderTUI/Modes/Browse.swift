import Foundation
import LadderCore

extension App {
    /// Browsing: moving through the list or scrolling the detail pane, the filter, and
    /// the keys that act on the selected case.
    mutating func browse(_ key: Key) -> [Effect] {
        notice = nil
        guard let action = KeyTable.action(for: key, in: focus == .list ? .list : .detail, .browse) else {
            // Said once, so that a mistyped key is not silent and a held key not noisy.
            if !unknownKeySaid, case .char = key {
                unknownKeySaid = true
                notice = .info(L("\(key.name) does nothing here; ? lists every key"))
            }
            return []
        }
        defer { if action != .quit { quitting = false } }
        let paneRows = focus == .list ? layout.listRows : detailRows
        if let delta = action.movement(page: max(1, paneRows - 1), total: focus == .list ? rows.count : detailLineCount) {
            if focus == .list { move(by: delta) } else { scrollDetail(by: delta) }
            return []
        }
        switch action {
        case .quit:
            // A running call's times would be lost: asked first.
            if let c = call, !quitting {
                quitting = true
                notice = .error(L("a call on case \(c.caseNumber) is running: q again quits and loses its times; C hangs up and logs it"))
                return []
            }
            return [.quit(status: 0)]
        case .showHelp:
            mode = .help
            help = Pager()
        case .startFilter: mode = .filter
        case .showToday: openToday()
        case .sync:
            notice = .info(L("syncing…"))
            return [.sync]
        case .togglePane:
            guard layout.width >= Layout.splitWidth else {
                // Narrower, the detail never sits beside the list: say how to see it.
                notice = .info(L("the detail sits beside the list from \(Layout.splitWidth) columns; Enter shows it here"))
                return []
            }
            detailHidden.toggle()
            if detailHidden, focus == .detail { focus = .list }
            keepSelectionVisible()
        case .cycleSort:
            sort = sort.next
            notice = .info(L("sorted by \(sort.name)"))
            reorder()
        case .toggleClosed:
            showClosed.toggle()
            notice = .info(showClosed ? L("showing closed cases too") : L("showing open cases"))
            reorder()
        case .intoDetail:
            if selected != nil { focus = .detail }
        case .backToList:
            focus = .list
        case .clearFilter:
            if !filter.text.isEmpty { filter = LineEditor(); reorder() }
        case .add: mode = .form(Form.add())
        case .call: callKey(hangUp: false)
        case .hangUp: callKey(hangUp: true)
        case let .onCase(command): return act(command)
        default: break
        }
        return []
    }

    // MARK: the selection and the detail pane

    mutating func select(_ number: Int) {
        if selected != number { detailScroll = 0 }
        selected = number
        keepSelectionVisible()
    }

    mutating func move(by delta: Int) {
        guard !rows.isEmpty else { return }
        let i = (selected.flatMap { rows.firstIndex(of: $0) } ?? 0) + delta
        select(rows[max(0, min(rows.count - 1, i))])
    }

    mutating func keepSelectionVisible() {
        let page = layout.listRows
        guard let s = selected, let place = rows.firstIndex(of: s) else { listTop = 0; return }
        // The case's line: at its place, or further down by the headings above it.
        var i = place
        while i < listLines.count, listLines[i].number != s { i += 1 }
        guard i < listLines.count else { listTop = 0; return }
        // The organisation's heading stays in view above its first case.
        let first = i > 0 && listLines[i - 1].number == nil ? i - 1 : i
        if first < listTop { listTop = first }
        if i >= listTop + page { listTop = i - page + 1 }
        listTop = max(0, min(listTop, max(0, listLines.count - page)))
    }

    /// The detail pane's heading: the case's number and title, wrapped to the pane (up
    /// to three lines, the last cut with `~`), with room kept on the first line for where
    /// the pane is scrolled.
    func detailHeading(_ s: CaseState, width: Int) -> [String] {
        let text = "#\(s.number) \(TerminalText.line(s.details.title))"
        // Room for `120-157/1042` and a space, whether the pane scrolls or not, so that
        // the heading does not depend on the lines below it.
        let first = width - 2 - 15
        // Continuation lines hang three columns in, and the pane's last column stays clear.
        var lines = Wrap.lines(text, width: max(1, first), then: max(1, width - 4))
        if lines.count > 3 {
            lines = Array(lines.prefix(3))
            lines[2] = TextWidth.clip(lines[2], to: max(1, width - 5), marker: "") + "~"
        }
        return lines
    }

    /// Rows of the detail pane below its heading.
    var detailRows: Int {
        guard let s = selectedState else { return layout.detailRows }
        return max(1, layout.bodyHeight - detailHeading(s, width: layout.detailWidth).count)
    }

    var detailLineCount: Int {
        guard let s = selectedState else { return 0 }
        return DetailView.lines(s, now: now, width: layout.detailWidth, zone: zone, config: config).count
    }

    mutating func scrollDetail(by delta: Int) {
        detailScroll += delta
        clampDetailScroll()
    }

    mutating func clampDetailScroll() {
        detailScroll = max(0, min(detailScroll, detailLineCount - detailRows))
    }
}
