import Foundation

/// `ladder brief`: what a new representative needs, most important first: what is wrong
/// and since when, the reference numbers, what has been tried (by rung), what they
/// promised and what became of it, and what I ask for now. It fits a web form's limit by
/// dropping detail in a fixed order; the title, the references and the request always
/// stay, whole.
public enum Brief {
    /// The whole brief of a case at `now`.
    public static func make(_ s: CaseState, now: Date, zone: TimeZone = .current) -> String {
        Parts(s, now: now, zone: zone).text
    }

    /// The brief within `limit` characters as a web form counts them (`formLength`).
    /// Detail goes in this order: of old contacts first, then of their promises, then the
    /// history line. The title, the references and the request are never dropped or cut:
    /// when they alone do not fit, this says so rather than send a request cut short.
    public static func fitting(_ s: CaseState, now: Date, zone: TimeZone = .current, limit: Int) throws(LadderError) -> String {
        let parts = fit(Parts(s, now: now, zone: zone), limit: limit)
        let needed = formLength(parts.text)
        guard needed <= limit else {
            throw LadderError(.data, field: .limit,
                              L("the title, references and request alone take \(needed) characters; the form allows \(limit)"),
                              hint: L("shorten the request (ladder ask \(s.number) \"...\") or give a larger limit"))
        }
        return parts.text
    }

    /// The parts at the most detail that fits `limit` (or at the least, when nothing does).
    static func fit(_ start: Parts, limit: Int) -> Parts {
        var parts = start
        let steps: [WritableKeyPath<Parts, Int>] = [\.tried, \.tried, \.tried, \.promises, \.promises, \.promises, \.since, \.since, \.since]
        for step in steps where formLength(parts.text) > limit { parts[keyPath: step] += 1 }
        // A later step may have freed room for detail an earlier one dropped: given back,
        // the most needed first (the history, then the promises, then the contacts).
        for part in [\Parts.since, \.promises, \.tried] {
            while parts[keyPath: part] > 0 {
                parts[keyPath: part] -= 1
                if formLength(parts.text) > limit { parts[keyPath: part] += 1; break }
            }
        }
        return parts
    }

    /// A text's length as a web form counts it against its limit: UTF-16 code units (an
    /// emoji or a rare kanji outside the basic plane counts 2), and each line break 2,
    /// since a form sends it as CR LF. Browsers count `maxlength` in UTF-16 code units.
    public static func formLength(_ text: String) -> Int {
        text.utf16.count + text.utf16.filter { $0 == 0x0A }.count
    }

    /// The brief's parts, each with its current level of detail (0: most).
    struct Parts {
        static let askLabel = "I ask: "
        let state: CaseState
        let now: Date
        let zone: TimeZone
        var since = 0, tried = 0, promises = 0

        init(_ s: CaseState, now: Date, zone: TimeZone) {
            state = s
            self.now = now
            self.zone = zone
        }

        var text: String {
            // Each language writes its own brief, in the order and manner its readers
            // expect of a complaint (Brief+Japanese.swift).
            if Language.current == .ja { return japanese }
            return textWithoutAsk + (state.ask.map { "\n" + Self.askLabel + TerminalText.line($0) } ?? "")
        }

        var textWithoutAsk: String {
            let s = state
            let d = s.details
            var lines: [String] = []
            let product = d.product.map { ", \(TerminalText.line($0))" } ?? ""
            lines.append("\(TerminalText.line(d.title)) (\(TerminalText.line(d.organisation))\(product))")
            let start = TimeText.local(s.startedAt, zone: zone).prefix(10)
            let onRung = s.stints.last.map { " since \(day($0.from))" } ?? ""
            let status = s.isOpen ? "" : ", \(s.status.rawValue)" + (s.closedAt.map { " \(day($0))" } ?? "")
            switch since {
            case 0: lines.append("Since \(start) (\(TimeText.duration(now.timeIntervalSince(s.startedAt))) ago); now with \(name(s.rung))\(onRung)\(status).")
            case 1: lines.append("Since \(start); now with \(name(s.rung))\(status).")
            case 2: lines.append("Since \(start).")
            default: break
            }
            if since == 0 { lines += s.recurrenceLines(zone: zone) }
            if let a = s.apology, since == 0 { lines.append("Their answer: " + TerminalText.line(a.summary) + ".") }
            if !d.references.isEmpty { lines.append("Refs: " + d.references.map(TerminalText.line).joined(separator: ", ")) }
            lines += triedLines
            lines += promiseLines
            return lines.joined(separator: "\n")
        }

        private func name(_ r: Rung) -> String { r.rawValue.replacingOccurrences(of: "-", with: " ") }
        private func day(_ d: Date) -> String { String(TimeText.local(d, zone: zone).prefix(10).dropFirst(5)) }

        var contacts: [(at: Date, contact: Contact)] {
            state.effectiveTimeline.compactMap { e in
                if case let .contact(c) = e.kind { return (e.at, c) }
                return nil
            }
        }

        /// What has been tried, rung by rung: each contact counted on the rung it was
        /// with (a mail from the technical desk while the case is with the executive counts
        /// for the technical desk). My failed attempts and their missed calls apart.
        private var triedLines: [String] {
            let all = contacts
            guard !all.isEmpty, tried < 3 else { return [] }
            func counts(_ some: [(at: Date, contact: Contact)]) -> String {
                let reached = some.filter { $0.contact.reached }
                var out = plural(reached.count, "contact")
                if tried == 0, !reached.isEmpty {
                    var channels: [String: Int] = [:]
                    for c in reached { channels[c.contact.channel.rawValue, default: 0] += 1 }
                    out += " (" + channels.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
                        .map { $0.value > 1 ? "\($0.key) x\($0.value)" : $0.key }.joined(separator: ", ") + ")"
                }
                let failed = some.filter { $0.contact.direction == .failed }.count
                let missed = some.filter { $0.contact.direction == .missed }.count
                if failed > 0 { out += ", \(plural(failed, "failed attempt"))" }
                if missed > 0 { out += ", \(plural(missed, "missed call"))" }
                return out
            }
            let rungOf = { (c: (at: Date, contact: Contact)) in c.contact.rung ?? state.rung(at: c.at) }
            // The rungs in the order the case reached them, then any met only in a contact.
            var rungs = state.stints.map(\.rung).reduce(into: [Rung]()) { if !$0.contains($1) { $0.append($1) } }
            rungs += Rung.allCases.filter { r in !rungs.contains(r) && all.contains { rungOf($0) == r } }
            if tried == 2 {
                return ["Tried: \(rungs.map(name).joined(separator: ", ")); \(counts(all))"]
            }
            var out = ["Tried:"]
            for rung in rungs {
                let here = all.filter { rungOf($0) == rung }
                let stints = state.stints.filter { $0.rung == rung }
                let span: String
                if let first = stints.first, let last = stints.last {
                    span = day(first.from) + (last.until.map { " to \(day($0))" } ?? " on")
                } else {
                    span = day(here[0].at) + (here.count > 1 ? " to \(day(here[here.count - 1].at))" : "")
                }
                out.append("- \(name(rung)) \(span): \(counts(here))")
            }
            return out
        }

        /// What they promised and what became of it, the worst first: broken, overdue
        /// now, kept late, still open. Promises kept in time are left out.
        private var promiseLines: [String] {
            guard promises < 3 else { return [] }
            let (broken, overdue, late, open) = state.theirPromises(at: now)
            guard !(broken.isEmpty && overdue.isEmpty && late.isEmpty && open.isEmpty) else { return [] }
            if promises == 2 {
                var counts: [String] = []
                if !broken.isEmpty { counts.append("\(broken.count) broken") }
                if !overdue.isEmpty { counts.append("\(overdue.count) overdue now") }
                if !late.isEmpty { counts.append("\(late.count) kept late") }
                if !open.isEmpty { counts.append("\(open.count) not yet due") }
                return ["Their promises: " + counts.joined(separator: ", ") + "."]
            }
            var items: [String] = []
            func item(_ r: ReplyState, _ how: String) { items.append("- \"\(TerminalText.line(r.reply.what))\" by \(day(r.reply.due)): \(how)") }
            for r in broken { item(r, "broken") }
            for r in overdue { item(r, "\(TimeText.duration(now.timeIntervalSince(r.reply.due))) overdue") }
            for r in late { item(r, "came late" + (r.clearedAt.map { " (\(day($0)))" } ?? "")) }
            for r in open { item(r, "not yet due") }
            if promises == 1, items.count > 3 { items = Array(items.prefix(3)) + ["- and \(items.count - 3) more"] }
            return ["Their promises:"] + items
        }

        private func plural(_ n: Int, _ word: String) -> String { ReportText.plural(n, word) }
    }
}

extension CaseState {
    /// Their promises as the brief tells them, in every language, the worst first:
    /// broken, overdue now, kept late, still open (kept in time ones are left out).
    func theirPromises(at now: Date) -> (broken: [ReplyState], overdue: [ReplyState], late: [ReplyState], open: [ReplyState]) {
        let theirs = replies.filter { $0.reply.owedBy == .them }
        return (theirs.filter { $0.outcome == .broken }, theirs.filter { $0.isOverdue(at: now) },
                theirs.filter { $0.outcome == .late }, theirs.filter { $0.isOpen && !$0.isOverdue(at: now) })
    }
}
