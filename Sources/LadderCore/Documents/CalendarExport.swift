import Foundation

/// `ladder export --ics`: every promised reply as a calendar event at its due time, in
/// iCalendar (RFC 5545) that calendar programs import or subscribe to: CRLF line ends,
/// lines folded at 75 octets without splitting a character, TEXT values escaped.
///
/// Each reply is one VEVENT (khal and calcurse show events, not tasks) whose UID comes
/// from the reply's id, so a program that updates by UID follows it: an open reply is
/// CONFIRMED with an alarm; once cleared (or its case withdrawn) the same UID comes back
/// CANCELLED, without the alarm, its summary saying how it ended, and its SEQUENCE higher.
/// A due given as a day (stored as 23:59:59 in the user's zone) is an all-day event.
public enum CalendarExport {
    /// The calendar for `cases` (every reply they hold), stamped `now`; the alarm goes off
    /// `alarm` seconds before each due time. `zone` is the user's: the one days are read in.
    /// Each case's entries are written in `language(case)`: the language of documents to
    /// its organisation (the current one unless the caller says otherwise).
    public static func ics(_ cases: [CaseState], now: Date, zone: TimeZone, alarm: TimeInterval = 30 * 60,
                           language: (CaseState) -> Language = { _ in Language.current }) -> String {
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//ladder//ladder escalation tracker//EN",
                     "CALSCALE:GREGORIAN", "METHOD:PUBLISH", "X-WR-CALNAME:" + text(L("ladder replies"))]
        for s in cases {
            Language.$bound.withValue(language(s)) {
                for r in s.replies { lines += event(r, of: s, now: now, zone: zone, alarm: alarm) }
                // A reply whose raising was undone comes back cancelled, so a calendar
                // that had it drops its alarm too.
                for r in undoneReplies(of: s) { lines += event(r, of: s, now: now, zone: zone, alarm: alarm, undone: true) }
            }
        }
        lines.append("END:VCALENDAR")
        return lines.map(fold).joined(separator: "\r\n") + "\r\n"
    }

    /// One reply's VEVENT, unfolded.
    static func event(_ r: ReplyState, of s: CaseState, now: Date, zone: TimeZone, alarm: TimeInterval,
                      undone: Bool = false) -> [String] {
        let live = !undone && r.isOpen && s.status != .withdrawn
        var (summary, description) = words(r, of: s)
        if !live {
            summary = r.outcome.map { L("Cleared, \($0.name): \(summary)") } ?? L("No longer watched: \(summary)")
            if let at = r.clearedAt { description += "\n" + L("Cleared \(TimeText.local(at, zone: zone)).") }
        }
        let change = lastChange(of: r, in: s)
        var lines = [
            "BEGIN:VEVENT",
            "UID:\(r.reply.id.uuidString.lowercased())@ladder",
            "DTSTAMP:\(utc(now))",
            "LAST-MODIFIED:\(utc(change.at))",
            "SEQUENCE:\(change.sequence)",
            "STATUS:" + (live ? "CONFIRMED" : "CANCELLED"),
        ]
        if let day = dayOnly(r.reply.due, zone: zone) {
            lines += ["DTSTART;VALUE=DATE:\(date(day))", "DTEND;VALUE=DATE:\(date(CivilDay(number: day.number + 1)))"]
        } else {
            lines += ["DTSTART:\(utc(r.reply.due))", "DTEND:\(utc(r.reply.due.addingTimeInterval(15 * 60)))"]
        }
        lines += [
            "SUMMARY:" + text(summary),
            "DESCRIPTION:" + text(description),
            "CATEGORIES:ladder," + (r.reply.owedBy == .them ? "awaited" : "owed"),  // a list: the comma separates
        ]
        if live {
            // Before the due time: the end of an all-day event is the end of its day.
            let trigger = dayOnly(r.reply.due, zone: zone) == nil ? "TRIGGER" : "TRIGGER;RELATED=END"
            lines += ["BEGIN:VALARM", "ACTION:DISPLAY", "\(trigger):-PT\(max(0, Int(alarm / 60)))M",
                      "DESCRIPTION:" + text(summary), "END:VALARM"]
        }
        lines.append("END:VEVENT")
        return lines
    }

    /// The replies raised by events later undone, as they were raised.
    static func undoneReplies(of s: CaseState) -> [ReplyState] {
        s.recordOrder.compactMap { e in
            guard s.undone.contains(e.id), case let .replyRaised(reply, rung) = e.kind else { return nil }
            return ReplyState(reply: reply, item: s.replyItems[reply.id] ?? 0, raisedAt: e.at, rung: rung ?? s.rung(at: e.at))
        }
    }

    /// How many later changes of the case could alter the reply's entry (its clearing,
    /// an undo, a closing or reopening, an edit of the title or organisation), and when
    /// the last of them, or the raising, was written. Events are only ever appended, so
    /// the count only grows: SEQUENCE rises with every change.
    static func lastChange(of r: ReplyState, in s: CaseState) -> (sequence: Int, at: Date) {
        guard let raised = s.recordOrder.firstIndex(where: { e in
            if case let .replyRaised(reply, _) = e.kind { return reply.id == r.reply.id }
            return false
        }) else { return (0, r.raisedAt) }
        var sequence = 0
        var at = s.recordOrder[raised].recorded
        for e in s.recordOrder[(raised + 1)...] {
            switch e.kind {
            case let .replyCleared(id, _, _) where id == r.reply.id: break
            case .edited, .closed, .reopened, .undone: break
            default: continue
            }
            sequence += 1
            at = max(at, e.recorded)
        }
        return (sequence, at)
    }

    /// The day a due time names when it is the last second of that day in `zone` (how
    /// a due given as a day, `2026-07-20` or `fri`, is kept); nil for a time of day.
    public static func dayOnly(_ due: Date, zone: TimeZone) -> CivilDay? {
        let (day, second) = LocalClock(zone: zone).split(due)
        return second == 86_399 ? day : nil
    }

    /// `20260720`.
    static func date(_ day: CivilDay) -> String { day.description.filter { $0 != "-" } }

    /// An entry's summary and description in the current language.
    static func words(_ r: ReplyState, of s: CaseState) -> (summary: String, description: String) {
        let (what, number, organisation, title) = (r.reply.what, s.number, s.details.organisation, s.details.title)
        let rung = r.rung.name
        let summary: String
        switch (r.reply.owedBy == .them, r.reply.who) {
        case let (true, who?): summary = L("Reply due: \(what) (\(who)) - case \(number), \(organisation)")
        case (true, nil): summary = L("Reply due: \(what) - case \(number), \(organisation)")
        case let (false, who?): summary = L("I owe: \(what) (\(who)) - case \(number), \(organisation)")
        case (false, nil): summary = L("I owe: \(what) - case \(number), \(organisation)")
        }
        let description = [
            L("Case \(number): \(title)"),
            L("\(organisation), on \(rung) when promised"),
            r.reply.owedBy == .them ? L("They promised it; if it does not come, the next step is in ladder report overdue.")
                : L("You promised it."),
        ].joined(separator: "\n")
        return (summary, description)
    }

    /// `20260715T060000Z`.
    static func utc(_ date: Date) -> String {
        let iso = TimeText.iso(date, zone: TimeZone(identifier: "UTC")!)  // 2026-07-15T06:00:00Z
        return String(iso.prefix(19).filter { $0 != "-" && $0 != ":" }) + "Z"
    }

    /// A TEXT value: control characters made visible (`^[`), backslash, semicolon and
    /// comma escaped, line breaks as `\n`.
    static func text(_ raw: String) -> String {
        var out = ""
        // Made inert first, as every output is: ESC shows as ^[, bidi overrides go.
        for c in TerminalText.block(raw) {
            switch c {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n", "\r\n": out += "\\n"
            default:
                if c.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value != 0x7F }) { out.append(c) }
            }
        }
        return out
    }

    /// Folds a content line into pieces of at most 75 octets, each continuation starting
    /// with a space, never inside a UTF-8 sequence.
    static func fold(_ line: String) -> String {
        var pieces: [String] = []
        var current = ""
        var octets = 0
        for scalar in line.unicodeScalars {
            let size = String(scalar).utf8.count
            let room = pieces.isEmpty ? 75 : 74  // continuation lines start with a space
            if octets + size > room {
                pieces.append(current)
                current = ""
                octets = 0
            }
            current.unicodeScalars.append(scalar)
            octets += size
        }
        pieces.append(current)
        return pieces.enumerated().map { $0.offset == 0 ? $0.element : " " + $0.element }.joined(separator: "\r\n")
    }
}
