import Foundation
import LadderCore

/// `t`: what to do now, grouped as the user acts: call now (a reply of theirs is late
/// and the line is open), chase (late, but the line is closed now: when it opens), climb
/// (climb advice), I owe (my replies due within a day, or late). Each row has the
/// contact point to turn to and its hours; the lines that close soonest come first.
struct Today: Sendable, Equatable {
    enum Group: String, Sendable, CaseIterable {
        case callNow = "Call now"
        case climb = "Climb"
        case chase = "Chase when the line opens"
        case iOwe = "I owe"

        /// The group's heading.
        var title: String {
            switch self {
            case .callNow: L("Call now")
            case .climb: L("Climb")
            case .chase: L("Chase when the line opens")
            case .iOwe: L("I owe")
            }
        }
    }

    struct Item: Sendable, Equatable {
        var group: Group
        var number: Int
        var title: String
        /// Why it is here: `reply 2 OVERDUE 20h` or the climb advice.
        var why: String
        /// Whom to turn to and their hours: `Customer relations, 0570-000-000; open until 18:00`.
        var whom: String
        /// For the order within a group: when the line closes (or opens), else far ahead.
        var sortKey: Date
    }

    var items: [Item] = []
    var selected = 0

    /// The items at `now`, from where every case stands.
    static func items(_ cases: [CaseSummary], now: Date, config: Config) -> [Item] {
        var out: [Item] = []
        // Closed cases whose promise is watched too: a late promise is chased as any reply.
        for s in cases where s.isWatched {
            let c = ReportCase(s, config: config)
            /// Whom to turn to on a rung, when their line closes (or opens), and whether it
            /// is closed now (nil: hours not known, taken as open).
            func whom(_ rung: Rung) -> (text: String, key: Date, closed: Bool) {
                let (p, hours) = c.point(on: rung, at: now, config: config)
                guard let p else { return (L("no contact point configured for the \(rung.name)"), .distantFuture, false) }
                var key = Date.distantFuture
                var closed = false
                if let org = c.organisation {
                    switch config.status(of: p, in: org, at: now) {
                    case let .open(until): key = until ?? .distantFuture
                    case let .closed(opens): key = opens ?? .distantFuture; closed = true
                    case .unknown: break
                    }
                }
                let reach = p.reach
                let who = Punctuation.list([p.name, reach.isEmpty ? nil : reach].compactMap { $0 })
                return (hours.map { Punctuation.then(who, $0) } ?? who, key, closed)
            }
            let title = TerminalText.line(s.details.title)
            /// `reply 2 OVERDUE 20h: call back with a fix`.
            func why(_ r: ReplyState) -> String {
                L("reply \(r.item) \(ClockText.due(r, now: now, duration: TimeText.duration)): \(TerminalText.line(r.reply.what))")
            }
            if s.isOpen, let step = c.climbStep(at: now, config: config) {
                let w = whom(step.rung)
                out.append(Item(group: .climb, number: s.number, title: title, why: step.text.components(separatedBy: CharacterSet(charactersIn: ":：")).first ?? step.text,
                                whom: w.text, sortKey: w.key))
                continue
            }
            for r in s.openReplies where r.reply.owedBy == .them && r.isOverdue(at: now) {
                let w = whom(r.rung)
                out.append(Item(group: w.closed ? .chase : .callNow, number: s.number, title: title,
                                why: why(r), whom: w.text, sortKey: w.key))
                break
            }
            for r in s.openReplies where r.reply.owedBy == .me && r.reply.due.timeIntervalSince(now) < 86_400 {
                let w = whom(s.rung)
                out.append(Item(group: .iOwe, number: s.number, title: title,
                                why: why(r), whom: w.text, sortKey: w.key))
                break
            }
        }
        return out.sorted { (Group.allCases.firstIndex(of: $0.group)!, $0.sortKey, $0.number)
            < (Group.allCases.firstIndex(of: $1.group)!, $1.sortKey, $1.number) }
    }

    /// The lines to draw: each group's heading, then its rows (two lines each).
    func lines(width: Int) -> [(text: String, style: Style, item: Int?)] {
        guard !items.isEmpty else { return [("  " + L("Nothing to do now: no reply is late, nothing needs a climb, you owe nothing today."), .dim, nil)] }
        var out: [(String, Style, Int?)] = []
        var group: Group?
        for (i, item) in items.enumerated() {
            if item.group != group {
                if group != nil { out.append(("", .normal, nil)) }
                group = item.group
                out.append((" " + item.group.title, .heading, nil))
            }
            let style: Style = i == selected ? .selected : (item.group == .callNow || item.group == .climb ? .overdue : .normal)
            // The reason is what to act on: a long title gives way to it (keeping twelve
            // columns, enough to know the case by).
            let head = "  #\(item.number) "
            let room = width - TextWidth.of(head) - TextWidth.of(Punctuation.colon("", item.why))
            let title = TextWidth.of(item.title) <= room ? item.title : TextWidth.clip(item.title, to: max(room, 12))
            out.append((TextWidth.clip(head + Punctuation.colon(title, item.why), to: width), style, i))
            out.append((TextWidth.clip("      \(item.whom)", to: width), i == selected ? .selected : .dim, i))
        }
        return out
    }
}

extension App {
    /// `t`: j/k move, Enter goes to the case, c starts a call on it, any other key back.
    mutating func todayKey(_ key: Key) {
        switch KeyTable.action(for: key, in: .today) {
        case .lineDown: today.selected = min(today.items.count - 1, today.selected + 1)
        case .lineUp: today.selected = max(0, today.selected - 1)
        case .intoDetail, .call:
            mode = .browse
            guard today.items.indices.contains(today.selected) else { return }
            let n = today.items[today.selected].number
            if !rows.contains(n) { filter = LineEditor(); reorder() }
            if rows.contains(n) { select(n) }
            if KeyTable.action(for: key, in: .today) == .call, call == nil { callKey(hangUp: false) }
        default:
            mode = .browse
        }
        today.selected = max(0, min(today.selected, today.items.count - 1))
    }

    mutating func openToday() {
        today = Today(items: Today.items(Array(summaries.values), now: now, config: config))
        mode = .today
    }
}
