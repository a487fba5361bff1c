import Foundation

/// `ladder export --ics`: every open pending reply's due time as a calendar event with
/// an alarm, in iCalendar (RFC 5545) that calendar programs import: CRLF line ends,
/// lines folded at 75 octets without splitting a character, TEXT values escaped.
public enum CalendarExport {
    /// The calendar for `cases` (open replies of open cases), stamped `now`; the alarm
    /// goes off `alarm` seconds before each due time.
    /// Each case's entries are written in `language(case)`: the language of documents to
    /// its organisation (the current one unless the caller says otherwise).
    public static func ics(_ cases: [CaseState], now: Date, alarm: TimeInterval = 30 * 60,
                           language: (CaseState) -> Language = { _ in Language.current }) -> String {
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//ladder//ladder escalation tracker//EN",
                     "CALSCALE:GREGORIAN", "METHOD:PUBLISH", "X-WR-CALNAME:" + text(L("ladder replies"))]
        for s in cases where s.isWatched {
            for r in s.openReplies {
                let theirs = r.reply.owedBy == .them
                let (summary, description) = Language.$bound.withValue(language(s)) { words(r, of: s) }
                lines += [
                    "BEGIN:VEVENT",
                    "UID:\(r.reply.id.uuidString.lowercased())@ladder",
                    "DTSTAMP:\(utc(now))",
                    "DTSTART:\(utc(r.reply.due))",
                    "DTEND:\(utc(r.reply.due.addingTimeInterval(15 * 60)))",
                    "SUMMARY:" + text(summary),
                    "DESCRIPTION:" + text(description),
                    "CATEGORIES:ladder," + (theirs ? "awaited" : "owed"),  // a list: the comma separates
                    "BEGIN:VALARM",
                    "ACTION:DISPLAY",
                    "TRIGGER:-PT\(max(0, Int(alarm / 60)))M",
                    "DESCRIPTION:" + text(summary),
                    "END:VALARM",
                    "END:VEVENT",
                ]
            }
        }
        lines.append("END:VCALENDAR")
        return lines.map(fold).joined(separator: "\r\n") + "\r\n"
    }

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
