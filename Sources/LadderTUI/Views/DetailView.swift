import Foundation
import LadderCore

/// One line of the detail pane.
struct StyledLine: Equatable {
    var text: String
    var style: Style = .normal
    var indent = 0
}

/// The selected case in full: details, clocks, the ladder with time per rung, pending
/// replies with live countdowns, and the timeline. Lines are wrapped to the pane.
enum DetailView {
    static func lines(_ s: CaseState, now: Date, width: Int, zone: TimeZone, config: Config, call: App.CallTimer? = nil) -> [StyledLine] {
        var out: [StyledLine] = []
        /// Long lines wrap; their continuations hang `hang` columns further in.
        func add(_ text: String, _ style: Style = .normal, indent: Int = 0, hang: Int = 2) {
            let lines = Wrap.lines(text, width: max(1, width - indent), then: max(1, width - indent - hang))
            for (i, l) in lines.enumerated() {
                out.append(StyledLine(text: l, style: style, indent: i == 0 ? indent : indent + hang))
            }
            if lines.isEmpty { out.append(StyledLine(text: "", style: style, indent: indent)) }
        }
        let d = s.details
        let t = s.timers(at: now)
        var about = [d.organisation]
        if let p = d.product { about.append(p) }
        about.append(s.isOpen ? s.status.name : "\(s.status.name) \(s.closedAt.map { TimeText.short($0, zone: zone, near: now) } ?? "")")
        add(about.map(TerminalText.line).joined(separator: " | "))
        if !d.references.isEmpty { add(L("Refs: \(Punctuation.list(d.references.map(TerminalText.line)))")) }
        if !d.tags.isEmpty { add(L("Tags: \(Punctuation.list(d.tags.map(TerminalText.line)))")) }
        var clocks = [L("age \(TimeText.duration(t.age))"), L("on \(s.rung.name) \(ClockText.countdown(t.onRung))")]
        clocks.append(t.sinceContact.map { since in
            s.isOpen ? L("last contact \(ClockText.countdown(since)) ago") : L("last contact \(ClockText.countdown(since)) before closing")
        } ?? L("no contact yet"))
        add(Punctuation.list(clocks))
        for line in s.recurrenceLines(zone: zone) { add(line, .dueSoon) }
        if let a = s.apology { add(L("Apology test: \(TerminalText.line(a.summary))")) }
        if let ask = s.ask { add(L("I ask for: \(TerminalText.line(ask))")) }
        if let call, call.caseNumber == s.number {
            add(callText(call, now: now), .dueSoon)
        }

        out.append(StyledLine(text: ""))
        out.append(StyledLine(text: L("Ladder"), style: .heading))
        let spent = Dictionary(uniqueKeysWithValues: s.timePerRung(at: now).map { ($0.rung, $0.seconds) })
        let nameWidth = Rung.allCases.map { TextWidth.of($0.name) }.max()!
        for rung in Rung.allCases {
            let here = rung == s.rung
            let mark = here ? (s.isOpen ? ">" : "x") : (spent[rung] != nil ? "*" : " ")
            var line = "\(mark) \(TextWidth.fit(rung.name, to: nameWidth))"
            if let secs = spent[rung] { line += " " + TextWidth.padLeft(here && s.isOpen ? ClockText.countdown(secs) : TimeText.duration(secs), to: 8) }
            if here, s.isOpen, let since = s.stints.last?.from { line += "  " + L("since \(TimeText.short(since, zone: zone, near: now))") }
            add(line, here ? .rung : (spent[rung] != nil ? .normal : .dim), indent: 1)
        }

        out.append(StyledLine(text: ""))
        let open = s.openReplies
        out.append(StyledLine(text: open.isEmpty ? L("Pending: none") : L("Pending (\(open.count))"), style: .heading))
        for r in open {
            let overdue = r.isOverdue(at: now)
            let what = TerminalText.line(r.reply.what)
            var line = (overdue ? "! " : "  ") + "#\(r.item) \(ClockText.due(r, now: now))  "
                + (r.reply.owedBy == .them ? L("they owe: \(what)") : L("I owe: \(what)"))
            if let who = r.reply.who { line += Punctuation.paren(TerminalText.line(who)) }
            line += L(", due \(TimeText.short(r.reply.due, zone: zone, near: now))")
            if let note = s.leftBehindNote(r) { line = Punctuation.then(line, note) }
            add(line, overdue ? .overdue : (r.secondsLeft(at: now) < 3600 ? .dueSoon : .normal), indent: 1)
        }
        if let settled = s.settledPromisesText { add(settled, indent: 1) }

        if s.isOpen {
            // Where to turn: the contact point on this rung with its hours now, and the climb flag.
            let c = ReportCase(s, config: config)
            let (point, hours) = c.point(on: s.rung, at: now, config: config)
            let climb = c.climbStep(at: now, config: config)
            if point != nil || climb != nil {
                out.append(StyledLine(text: ""))
                out.append(StyledLine(text: L("Contact"), style: .heading))
            }
            if let p = point {
                add(Punctuation.list([TerminalText.line(p.name)] + (p.reach.isEmpty ? [] : [TerminalText.line(p.reach)])), indent: 1)
                // Plain while the line is open now, dim while it is closed or its hours unknown.
                let open: Bool
                if let org = c.organisation, case .open = config.status(of: p, in: org, at: now) { open = true } else { open = false }
                add(hours ?? "", open ? .normal : .dim, indent: 3)
            }
            if let climb { add(L("^ CLIMB: \(TerminalText.line(climb.text))"), .overdue, indent: 1) }
        }

        out.append(StyledLine(text: ""))
        out.append(StyledLine(text: L("Timeline (\(s.timeline.count))"), style: .heading))
        // Every date padded to the widest, so the text after it starts in one column and
        // wrapped lines hang under it (a Japanese date's width varies: 7月1日(水), 12月10日(木)).
        let dates = s.timeline.map { TimeText.short($0.at, zone: zone, near: now) }
        let dateWidth = dates.map(TextWidth.of).max() ?? 0
        for (event, date) in zip(s.timeline, dates).reversed() {
            let (line, body) = TimelineText.describe(event, in: s, zone: zone)
            let failed: Bool
            if case let .contact(c) = event.kind { failed = c.direction == .failed } else { failed = false }
            add("\(TextWidth.fit(date, to: dateWidth))  \(line)", failed ? .error : .normal, indent: 1, hang: dateWidth + 2)
            if let body {
                for paragraph in body.split(separator: "\n", omittingEmptySubsequences: false) {
                    add(String(paragraph), .dim, indent: dateWidth + 3, hang: 0)
                }
            }
        }
        return out
    }

    static func callText(_ call: App.CallTimer, now: Date) -> String {
        if let answered = call.answered {
            let talk = ClockText.stopwatch(now.timeIntervalSince(answered)), held = ClockText.stopwatch(answered.timeIntervalSince(call.started))
            return L("CALL talking \(talk) (held \(held)) - c or C: hang up")
        }
        return L("CALL on hold \(ClockText.stopwatch(now.timeIntervalSince(call.started))) - c: answered, C: hang up")
    }
}
