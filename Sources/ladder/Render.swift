import Foundation
import LadderCore

/// Plain-text views for the command line. Every piece of stored text passes through
/// TerminalText before it is printed; columns are measured in display width.
enum Render {
    /// `OVERDUE 3h them: call back` / `in 2h me: send logs`: the urgent part first.
    static func replyLine(_ r: ReplyState, now: Date) -> String {
        L("#\(r.item) \(dueText(r, now: now, painted: true))  \(r.reply.owedBy.name): \(TerminalText.line(r.reply.what)) (due \(TimeText.short(r.reply.due, near: now)))")
    }

    /// `OVERDUE 3h`, `in 20m` or the outcome; `painted` colours an open one by how near it is.
    static func dueText(_ r: ReplyState, now: Date, painted: Bool = false) -> String {
        if let outcome = r.outcome { return outcome.name }
        let text = r.dueText(at: now)
        guard painted, let paint = Paint.due(secondsLeft: r.secondsLeft(at: now)) else { return text }
        return paint(text)
    }

    // MARK: list

    static func table(_ states: [some CaseStanding], now: Date, width: Int?) -> String {
        let header = ["#", L("RUNG"), L("ORG"), L("TITLE"), L("NEXT REPLY"), L("SILENT")]
        // Each row's paint for the next-reply column, applied once the cells are fitted.
        let duePaints: [Paint?] = [nil] + states.map { s in
            s.isOpen ? s.nextReply.flatMap { $0.outcome == nil ? Paint.due(secondsLeft: $0.secondsLeft(at: now)) : nil } : nil
        }
        let rows: [[String]] = states.map { s in
            let next: String
            if !s.isOpen {
                // A promise made at closing is still watched.
                next = s.nextReply.map { r in
                    L("\(s.status.name): \(dueText(r, now: now)) \(r.reply.owedBy.name): \(TerminalText.line(r.reply.what))")
                } ?? s.status.name
            } else if let r = s.nextReply {
                next = L("\(dueText(r, now: now)) \(r.reply.owedBy.name): \(TerminalText.line(r.reply.what))")
            } else {
                next = "-"
            }
            return [String(s.number), s.rung.name, TerminalText.line(s.details.organisation),
                    TerminalText.line(s.details.title), next,
                    s.isOpen ? TimeText.duration(s.timers(at: now).silence) : "-"]
        }
        // What a cut next reply keeps whole on a terminal: how near or late it is
        // (`OVERDUE 3h`, `3時間遅れ`), which Japanese writes last.
        let keep: [String] = width == nil ? [] : [""] + states.map { s in s.isOpen ? s.nextReply.map { dueText($0, now: now) } ?? "" : "" }
        var widths = header.indices.map { i in ([header] + rows).map { TextWidth.of($0[i]) }.max() ?? 0 }
        var shown = Array(header.indices)
        if let width {
            (shown, widths) = fit(widths, into: width, nextAtLeast: keep.map { TextWidth.of($0) }.max() ?? 0)
        } else {
            // Into a pipe, one long title must not pad every row: the free-text columns
            // have a ceiling (whole text is in --json).
            for (column, ceiling) in [(2, 40), (3, 100), (4, 60)] { widths[column] = min(widths[column], ceiling) }
        }
        let lines = ([header] + rows).enumerated().map { row, cells in
            let line = shown.map { i -> String in
                if i == 0 { return TextWidth.padLeft(cells[i], to: widths[i]) }
                var fitted = i == shown.last ? TextWidth.clip(cells[i], to: widths[i]) : TextWidth.fit(cells[i], to: widths[i])
                if i == 4, !keep.isEmpty, TextWidth.of(cells[i]) > widths[i], case let due = keep[row], !due.isEmpty, cells[i].hasPrefix(due),
                   TextWidth.of(due) <= widths[i] {
                    let rest = String(cells[i].dropFirst(due.count))
                    let room = widths[i] - TextWidth.of(due)
                    // A sliver of what follows says nothing: the rest is left out then.
                    fitted = due + (room < 4 ? String(repeating: " ", count: i == shown.last ? 0 : room)
                                    : i == shown.last ? TextWidth.clip(rest, to: room) : TextWidth.fit(rest, to: room))
                }
                if row > 0, i == 1 { return Paint.rung.cell(fitted) }
                if row > 0, i == 4, let paint = duePaints[row] { return paint.cell(fitted) }
                return fitted
            }.joined(separator: "  ")
            return row == 0 ? Paint.heading(line) : line
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The columns of `list` to show and their widths on a terminal `width` wide, from
    /// the widths their text wants. The free-text columns (organisation, title, next
    /// reply) give up room widest first, down to a floor each, so that at 120 columns a
    /// long organisation and a long title share it rather than the title shrinking alone.
    /// Where even the floors do not fit, the organisation is left out, then the rung,
    /// the floors go lower, and at last the silence is cut: a row wider than the
    /// terminal would wrap into the next.
    /// The next reply keeps `nextAtLeast` columns where it can: how near or late the
    /// widest one is.
    static func fit(_ natural: [Int], into width: Int, nextAtLeast: Int = 0) -> (shown: [Int], widths: [Int]) {
        let free = [2, 3, 4]  // organisation, title, next reply
        let tries: [(left: Set<Int>, floors: [Int: Int])] = [
            ([], [2: 8, 3: 12, 4: 16]), ([2], [3: 12, 4: 16]), ([2, 1], [3: 12, 4: 16]), ([2, 1], [3: 6, 4: 10]),
            ([2, 1], [3: 4, 4: 8]),
        ]
        var best: (shown: [Int], widths: [Int]) = (Array(natural.indices), natural)
        for var t in tries {
            t.floors[4] = max(t.floors[4]!, nextAtLeast)
            let shown = natural.indices.filter { !t.left.contains($0) }
            var widths = natural
            let columns = free.filter { shown.contains($0) }
            let fixed = shown.filter { !columns.contains($0) }.map { natural[$0] }.reduce(2 * (shown.count - 1), +)
            let room = width - fixed
            let wanted = columns.map { natural[$0] }.reduce(0, +)
            if wanted > room {
                // The highest cap at which the columns fit, each kept at its floor or more.
                func used(_ cap: Int) -> Int { columns.map { max(min(natural[$0], t.floors[$0]!), min(natural[$0], cap)) }.reduce(0, +) }
                var (low, high) = (0, columns.map { natural[$0] }.max() ?? 0)
                while low < high {
                    let mid = (low + high + 1) / 2
                    if used(mid) <= room { low = mid } else { high = mid - 1 }
                }
                for c in columns { widths[c] = max(min(natural[c], t.floors[c]!), min(natural[c], low)) }
                // What the cap's rounding leaves goes to the title, then the next reply.
                var spare = room - columns.map { widths[$0] }.reduce(0, +)
                for c in [3, 4, 2] where spare > 0 && columns.contains(c) {
                    let more = min(spare, natural[c] - widths[c])
                    widths[c] += more
                    spare -= more
                }
            }
            best = (shown, widths)
            if shown.map({ widths[$0] }).reduce(2 * (shown.count - 1), +) <= width { break }
        }
        // Narrower still: the last column (the silence, `5か月1週間`) is cut too.
        if let last = best.shown.last {
            let over = best.shown.map({ best.widths[$0] }).reduce(2 * (best.shown.count - 1), +) - width
            if over > 0 { best.widths[last] = max(3, best.widths[last] - over) }
        }
        return best
    }

    // MARK: show

    static func detail(_ s: CaseState, now: Date, config: Config) -> String {
        var out: [String] = []
        let d = s.details
        let t = s.timers(at: now)
        out.append(Paint.heading(L("Case \(s.number): \(TerminalText.line(d.title))  [\(s.status.name)]")))
        var about = [TerminalText.line(d.organisation)]
        if let p = d.product { about.append(TerminalText.line(p)) }
        let comma = L(", ")
        out.append(about.joined(separator: comma))
        if !d.references.isEmpty { out.append(L("Refs: \(d.references.map(TerminalText.line).joined(separator: comma))")) }
        if !d.tags.isEmpty { out.append(L("Tags: \(d.tags.map(TerminalText.line).joined(separator: comma))")) }
        var clocks = [L("age \(TimeText.duration(t.age))"), L("on \(s.rung.name) \(TimeText.duration(t.onRung))")]
        // A closed case's clocks stopped when it closed: said so.
        clocks.append(t.sinceContact.map { s.isOpen ? L("last contact \(TimeText.duration($0)) ago") : L("last contact \(TimeText.duration($0)) before closing") }
                      ?? L("no contact yet"))
        if let closed = s.closedAt { clocks.append(L("closed \(TimeText.dateTime(closed, now: now))")) }
        out.append(clocks.joined(separator: comma))
        out += s.recurrenceLines(zone: .current)
        if let a = s.apology { out.append(L("Apology test: \(TerminalText.line(a.summary))")) }

        out.append("")
        out.append(Paint.heading(L("Ladder")))
        let spent = Dictionary(uniqueKeysWithValues: s.timePerRung(at: now).map { ($0.rung, $0.seconds) })
        let nameWidth = Rung.allCases.map { TextWidth.of($0.name) }.max()!
        // English pads to seven columns as it always has; Japanese lengths (`4日19時間`)
        // are wider, so there the widest one sets the column.
        let spentWidth = Language.current == .en ? 7 : spent.values.map { TextWidth.of(TimeText.duration($0)) }.reduce(7, max)
        for rung in Rung.allCases {
            let mark = rung == s.rung ? (s.isOpen ? ">" : "x") : (spent[rung] != nil ? "*" : " ")
            let name = TextWidth.fit(rung.name, to: nameWidth)
            var line = "  \(mark) \(rung == s.rung ? Paint.rung.cell(name) : name)"
            if let secs = spent[rung] { line += "  " + TextWidth.padLeft(TimeText.duration(secs), to: spentWidth) }
            if rung == s.rung, s.isOpen, let since = s.stints.last?.from { line += "  " + L("since \(TimeText.short(since))") }
            out.append(line.trailingSpacesRemoved)
        }

        let open = s.openReplies
        out.append("")
        out.append(open.isEmpty ? L("Pending: none") : Paint.heading(L("Pending")))
        for r in open {
            var line = "  " + replyLine(r, now: now)
            if let who = r.reply.who { line += comma + TerminalText.line(who) }
            if let note = s.leftBehindNote(r) { line += L("; ") + note }
            out.append(line)
        }
        if let settled = s.settledPromisesText { out.append(settled) }

        let outlook = RenderOrg.outlook(s, config: config, now: now)
        if !outlook.isEmpty { out.append("") ; out += outlook }

        out.append("")
        out.append(Paint.heading(L("Timeline")))
        for event in s.timeline {
            let (line, body) = TimelineText.describe(event, in: s)
            var stamp = TimeText.dateTime(event.at, now: now)
            if event.recorded.timeIntervalSince(event.at) > 3600 { stamp += L(" (recorded \(TimeText.short(event.recorded)))") }
            out.append("  \(stamp)  \(line)")
            if let body {
                for bodyLine in body.split(separator: "\n", omittingEmptySubsequences: false) {
                    out.append("      \(bodyLine)")
                }
            }
        }
        return out.joined(separator: "\n") + "\n"
    }
}
