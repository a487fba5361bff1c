import Foundation

/// Events in words, for `show` and the front end. Text from the store is made
/// terminal-safe here, so callers can print the result as it is.
public enum TimelineText {
    /// A one-line summary and an optional free-text body (a note or what was said).
    /// An event that a later one undid is marked so: it stays in the timeline.
    public static func describe(_ event: Event, in state: CaseState, zone: TimeZone = .current) -> (line: String, body: String?) {
        let plain = describeKind(event, in: state, zone: zone)
        return state.undone.contains(event.id) ? ("[undone] " + plain.line, plain.body) : plain
    }

    /// One line with the start of its text, to recognise an event by: `note: 書き間違い`.
    public static func glance(_ event: Event, in state: CaseState, zone: TimeZone = .current) -> String {
        let (line, body) = describe(event, in: state, zone: zone)
        let text = body.map { start($0, 40) } ?? ""
        return text.isEmpty ? line : line + ": " + text
    }

    /// The first line of a text, made inert and clipped to `width` columns.
    private static func start(_ text: String, _ width: Int) -> String {
        TextWidth.clip(TerminalText.line(text.split(separator: "\n").first.map(String.init) ?? text), to: width)
    }

    private static func describeKind(_ event: Event, in state: CaseState, zone: TimeZone) -> (line: String, body: String?) {
        let safe = TerminalText.line
        switch event.kind {
        case let .opened(d, rung, note):
            return ("opened on \(rung.rawValue): \(safe(d.title)) (\(safe(d.organisation)))", note.map(TerminalText.block))
        case let .contact(c):
            var parts: [String] = []
            let rung = (c.rung ?? state.rung(at: event.at)).rawValue + (c.desk.map { " (\(safe($0)))" } ?? "")
            switch c.direction {
            case .outgoing: parts.append("\(c.channel.rawValue) to \(rung)")
            case .incoming: parts.append("\(c.channel.rawValue) from \(rung)")
            case .failed:
                parts.append("\(c.channel.rawValue) to \(rung) FAILED" + (c.failure.map { " (\($0.rawValue))" } ?? ""))
            case .missed:
                parts.append("MISSED \(c.channel.rawValue) from \(rung)" + (c.number.map { ", left \(safe($0))" } ?? ""))
            }
            if let w = c.with { parts.append("with \(safe(w))") }
            if let h = c.held { parts.append("held \(TimeText.duration(h))") }
            if let t = c.took { parts.append("took \(TimeText.duration(t))") }
            return (parts.joined(separator: ", "), c.note.map(TerminalText.block))
        case let .escalated(to, reason):
            // An undone move is not in the state's stints: it moved from the rung the case
            // was on then, as if it had not happened.
            let from = state.movedFrom[event.id] ?? state.rung(at: event.at)
            let verb = to > from ? "escalated" : "sent back"
            return ("\(verb) \(from.rawValue) -> \(to.rawValue)", TerminalText.block(reason))
        case let .replyRaised(r, _):
            let item = state.replyItems[r.id]
            let who = r.who.map { " (\(safe($0)))" } ?? ""
            let head = r.owedBy == .them ? "awaiting" : "owing"
            return ("\(head) \(item.map { "#\($0)" } ?? ""): \(safe(r.what))\(who), due \(TimeText.short(r.due, zone: zone))", nil)
        case let .replyCleared(id, broken, note):
            let r = state.replies.first { $0.reply.id == id }
            let what = r.map { "#\($0.item) \(safe($0.reply.what))" } ?? "a reply"
            let how = broken ? "broken" : (r.map { event.at <= $0.reply.due ? "kept" : "late" } ?? "cleared")
            return ("cleared \(what): \(how)", note.map(TerminalText.block))
        case let .note(text):
            return ("note", TerminalText.block(text))
        case let .edited(e):
            var parts: [String] = []
            if let v = e.title { parts.append("title \"\(safe(v))\"") }
            if let v = e.organisation { parts.append("organisation \"\(safe(v))\"") }
            if let v = e.product { parts.append(v.isEmpty ? "product removed" : "product \"\(safe(v))\"") }
            if let v = e.references { parts.append("refs [\(v.map(safe).joined(separator: ", "))]") }
            if let v = e.tags { parts.append("tags [\(v.map(safe).joined(separator: ", "))]") }
            return ("corrected " + parts.joined(separator: ", "), nil)
        case let .closed(resolution, note, _):
            return ("closed: \(resolution.rawValue)", note.map(TerminalText.block))
        case let .reopened(reason):
            return ("reopened", TerminalText.block(reason))
        case let .apologyTested(a):
            return ("apology test: " + TerminalText.line(a.summary), nil)
        case let .asked(text):
            // Short enough for one line, whole; else the whole text below, never cut.
            let line = TerminalText.line(text)
            return TextWidth.of(line) <= 60 && !text.contains("\n") ? ("I ask for: " + line, nil) : ("I ask for:", TerminalText.block(text))
        case let .undone(id, note):
            guard let target = state.timeline.first(where: { $0.id == id }) else { return ("undid an event", note.map(TerminalText.block)) }
            let (line, body) = describeKind(target, in: state, zone: zone)
            return ("undid: " + line + (body.map { ": " + start($0, 40) } ?? ""), note.map(TerminalText.block))
        }
    }
}

extension CaseState {
    /// `Their promises: 1 kept, 1 late, 0 broken; mine: 1 late`: the settled replies,
    /// theirs (what the scorecard counts) apart from mine. Nil when none is settled.
    public var settledPromisesText: String? {
        func counts(_ party: Party) -> String? {
            let settled = replies.filter { !$0.isOpen && $0.reply.owedBy == party }
            guard !settled.isEmpty else { return nil }
            return ReplyOutcome.allCases.map { o in "\(settled.filter { $0.outcome == o }.count) \(o.rawValue)" }.joined(separator: ", ")
        }
        switch (counts(.them), counts(.me)) {
        case (nil, nil): return nil
        case let (theirs?, nil): return "Their promises: " + theirs
        case let (nil, mine?): return "My promises: " + mine
        case let (theirs?, mine?): return "Their promises: \(theirs); mine: \(mine)"
        }
    }
}
