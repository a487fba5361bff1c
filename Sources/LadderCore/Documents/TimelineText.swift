import Foundation

/// Events in words, for `show` and the front end. Text from the store is made
/// terminal-safe here, so callers can print the result as it is.
public enum TimelineText {
    /// A one-line summary and an optional free-text body (a note or what was said).
    /// An event that a later one undid is marked so: it stays in the timeline.
    public static func describe(_ event: Event, in state: CaseState, zone: TimeZone = .current) -> (line: String, body: String?) {
        let plain = describeKind(event, in: state, zone: zone)
        return state.undone.contains(event.id) ? (L("[undone] \(plain.line)"), plain.body) : plain
    }

    /// One line with the start of its text, to recognise an event by: `note: 書き間違い`.
    public static func glance(_ event: Event, in state: CaseState, zone: TimeZone = .current) -> String {
        let (line, body) = describe(event, in: state, zone: zone)
        let text = body.map { start($0, 40) } ?? ""
        return text.isEmpty ? line : line + DocumentWords.colon + text
    }

    /// The first line of a text, made inert and clipped to `width` columns.
    private static func start(_ text: String, _ width: Int) -> String {
        TextWidth.clip(TerminalText.line(text.split(separator: "\n").first.map(String.init) ?? text), to: width)
    }

    private static func describeKind(_ event: Event, in state: CaseState, zone: TimeZone) -> (line: String, body: String?) {
        let safe = TerminalText.line
        switch event.kind {
        case let .opened(d, rung, note):
            let (title, organisation) = (safe(d.title), safe(d.organisation))
            return (L("opened on \(rung.name): \(title) (\(organisation))"), note.map(TerminalText.block))
        case let .contact(c):
            return (contactLine(c, rung: c.rung ?? state.rung(at: event.at)), c.note.map(TerminalText.block))
        case let .escalated(to, reason):
            // An undone move is not in the state's stints: it moved from the rung the case
            // was on then, as if it had not happened.
            let from = state.movedFrom[event.id] ?? state.rung(at: event.at)
            // Two machines escalating at once: the second finds the case there already.
            let line = to == from ? L("escalated to \(to.name), where it already was")
                : to > from ? L("escalated \(from.name) -> \(to.name)") : L("sent back \(from.name) -> \(to.name)")
            return (line, TerminalText.block(reason))
        case let .replyRaised(r, _):
            let item = state.replyItems[r.id].map { "#\($0)" } ?? ""
            let what = safe(r.what)
            let who = r.who.map { DocumentWords.paren(safe($0)) } ?? ""
            let due = TimeText.short(r.due, zone: zone, near: event.at)
            let line = r.owedBy == .them ? L("awaiting \(item): \(what)\(who), due \(due)") : L("owing \(item): \(what)\(who), due \(due)")
            return (line, nil)
        case let .replyCleared(id, broken, note):
            let r = state.replies.first { $0.reply.id == id }
            let what = r.map { "#\($0.item) \(safe($0.reply.what))" } ?? L("a reply")
            func outcome(_ e: Event, broken: Bool) -> String {
                broken ? L("broken") : (r.map { e.at <= $0.reply.due ? L("kept") : L("late") } ?? L("cleared"))
            }
            let how = outcome(event, broken: broken)
            let body = note.map { TerminalText.block(SystemNote.shown($0)) }
            if let earlier = replaced(by: event, in: state), case let .replyCleared(_, wasBroken, _) = earlier.kind {
                let before = outcome(earlier, broken: wasBroken)
                return (L("cleared \(what): \(how), in place of \(before)"), body)
            }
            return (L("cleared \(what): \(how)"), body)
        case let .note(text):
            return (L("note"), TerminalText.block(text))
        case let .edited(e):
            var parts: [String] = []
            if let v = e.title.map(safe) { parts.append(L("title \"\(v)\"")) }
            if let v = e.organisation.map(safe) { parts.append(L("organisation \"\(v)\"")) }
            if let v = e.product { parts.append(v.isEmpty ? L("product removed") : L("product \"\(safe(v))\"")) }
            if let v = e.references?.map(safe).joined(separator: DocumentWords.comma) { parts.append(L("refs [\(v)]")) }
            if let v = e.tags?.map(safe).joined(separator: DocumentWords.comma) { parts.append(L("tags [\(v)]")) }
            let list = parts.joined(separator: DocumentWords.comma)
            return (L("corrected \(list)"), nil)
        case let .closed(resolution, note, _):
            if let earlier = replaced(by: event, in: state), case let .closed(before, _, _) = earlier.kind {
                return (L("closed: \(resolution.name), in place of \(before.name)"), note.map(TerminalText.block))
            }
            return (L("closed: \(resolution.name)"), note.map(TerminalText.block))
        case let .reopened(reason):
            return (L("reopened"), TerminalText.block(reason))
        case let .apologyTested(a):
            let summary = TerminalText.line(a.summary)
            return (L("apology test: \(summary)"), nil)
        case let .asked(text):
            // Short enough for one line, whole; else the whole text below, never cut.
            let line = TerminalText.line(text)
            return TextWidth.of(line) <= 60 && !text.contains("\n") ? (L("I ask for: \(line)"), nil) : (L("I ask for:"), TerminalText.block(text))
        case let .undone(id, note):
            guard let target = state.timeline.first(where: { $0.id == id }) else { return (L("undid an event"), note.map(TerminalText.block)) }
            let (line, body) = describeKind(target, in: state, zone: zone)
            let what = line + (body.map { DocumentWords.colon + start($0, 40) } ?? "")
            return (L("undid: \(what)"), note.map(TerminalText.block))
        }
    }

    /// The clearing of the same reply, or the closing, that `event` takes the place of:
    /// ladder refuses a second one, so both were made on machines apart, and the later
    /// in the timeline counts (`CaseState`). Nil when there is none.
    private static func replaced(by event: Event, in state: CaseState) -> Event? {
        guard let at = state.timeline.firstIndex(where: { $0.id == event.id }) else { return nil }
        for e in state.timeline[..<at].reversed() where !state.undone.contains(e.id) {
            switch (event.kind, e.kind) {
            case let (.replyCleared(id, _, _), .replyCleared(other, _, _)) where id == other: return e
            case (.closed, .closed): return e
            case (.closed, .reopened): return nil
            default: continue
            }
        }
        return nil
    }

    /// `phone to call-centre (desk), with …, held 40m, took 20m`: each part its own phrase.
    private static func contactLine(_ c: Contact, rung onRung: Rung) -> String {
        let safe = TerminalText.line
        var parts: [String] = []
        let channel = c.channel.name
        let rung = onRung.name + (c.desk.map { DocumentWords.paren(safe($0)) } ?? "")
        switch c.direction {
        case .outgoing: parts.append(L("\(channel) to \(rung)"))
        case .incoming: parts.append(L("\(channel) from \(rung)"))
        case .failed:
            if let f = c.failure?.name {
                parts.append(L("\(channel) to \(rung) FAILED (\(f))"))
            } else {
                parts.append(L("\(channel) to \(rung) FAILED"))
            }
        case .missed:
            if let n = c.number.map(safe) {
                parts.append(L("MISSED \(channel) from \(rung), left \(n)"))
            } else {
                parts.append(L("MISSED \(channel) from \(rung)"))
            }
        }
        if let w = c.with.map(safe) { parts.append(L("with \(w)")) }
        if let h = c.held.map(TimeText.duration) { parts.append(L("held \(h)")) }
        if let t = c.took.map(TimeText.duration) { parts.append(L("took \(t)")) }
        return parts.joined(separator: DocumentWords.comma)
    }
}

extension CaseState {
    /// `Their promises: 1 kept, 1 late, 0 broken; mine: 1 late`: the settled replies,
    /// theirs (what the scorecard counts) apart from mine. Nil when none is settled.
    public var settledPromisesText: String? {
        func counts(_ party: Party) -> String? {
            let settled = replies.filter { !$0.isOpen && $0.reply.owedBy == party }
            guard !settled.isEmpty else { return nil }
            return ReplyOutcome.allCases.map { o in
                let n = settled.filter { $0.outcome == o }.count
                switch o {
                case .kept: return L("\(n) kept")
                case .late: return L("\(n) late")
                case .broken: return L("\(n) broken")
                }
            }.joined(separator: DocumentWords.comma)
        }
        switch (counts(.them), counts(.me)) {
        case (nil, nil): return nil
        case let (theirs?, nil): return L("Their promises: \(theirs)")
        case let (nil, mine?): return L("My promises: \(mine)")
        case let (theirs?, mine?): return L("Their promises: \(theirs); mine: \(mine)")
        }
    }
}
