import Foundation
import LadderCore

/// Times as the front end shows them: countdowns that visibly tick inside the last
/// hour, and durations a form field can read back.
enum ClockText {
    /// `2d 5h`, `5h 03m`, `12m 03s`, `45s`: seconds are shown when they matter.
    /// Japanese, without the zero-padding a clock face has (which reads oddly in
    /// words) and without a zero smaller unit: `2日5時間`, `5時間3分`, `20時間`, `12分3秒`,
    /// `40分`, `45秒`.
    static func countdown(_ seconds: TimeInterval) -> String {
        if abs(seconds) >= 86_400 { return TimeText.duration(seconds) }
        let (h, m, s) = hms(abs(seconds))
        if Language.current == .ja {
            if h > 0 { return m == 0 ? "\(h)時間" : "\(h)時間\(m)分" }
            if m > 0 { return s == 0 ? "\(m)分" : "\(m)分\(s)秒" }
            return "\(s)秒"
        }
        if h > 0 { return "\(h)h \(pad(m))m" }
        if m > 0 { return "\(m)m \(pad(s))s" }
        return "\(s)s"
    }

    /// `12:03` or `1:02:03`: a running stopwatch.
    static func stopwatch(_ seconds: TimeInterval) -> String {
        let (h, m, s) = hms(seconds)
        return h > 0 ? "\(h):\(pad(m)):\(pad(s))" : "\(pad(m)):\(pad(s))"
    }

    /// `1h 2m 3s`: what a duration field holds, readable by WhenParser.duration.
    static func durationField(_ seconds: TimeInterval) -> String {
        let (h, m, s) = hms(seconds)
        var parts: [String] = []
        if h > 0 { parts.append("\(h)h") }
        if m > 0 { parts.append("\(m)m") }
        if s > 0 || parts.isEmpty { parts.append("\(s)s") }
        return parts.joined(separator: " ")
    }

    /// The due part of a list row: `OVERDUE 3h 05m` or `in 12m 03s`; in Japanese
    /// `3時間5分遅れ` or `あと12分3秒`, which fit the list's due column (16).
    static func due(_ reply: ReplyState, now: Date, duration: (TimeInterval) -> String = countdown) -> String {
        guard Language.current == .ja else { return reply.dueText(at: now, duration: duration) }
        let left = reply.secondsLeft(at: now)
        return left < 0 ? "\(duration(left))遅れ" : "あと\(duration(left))"
    }

    /// Whole hours, minutes and seconds of a non-negative length (negative counts as 0).
    private static func hms(_ seconds: TimeInterval) -> (Int, Int, Int) {
        let total = max(0, Int(seconds.rounded(.down)))
        return (total / 3600, (total % 3600) / 60, total % 60)
    }

    /// `Sun 11-22 14:03:07`: the clock in the top bar.
    static func clock(_ date: Date, zone: TimeZone) -> String {
        let p = TimeText.calendar(zone).dateComponents([.second], from: date)
        return TimeText.short(date, zone: zone) + ":" + pad(p.second ?? 0)
    }

    /// `15:00:00`: the clock alone, for a top bar too narrow for the date as well.
    static func time(_ date: Date, zone: TimeZone) -> String {
        let p = TimeText.calendar(zone).dateComponents([.hour, .minute, .second], from: date)
        return pad(p.hour ?? 0) + ":" + pad(p.minute ?? 0) + ":" + pad(p.second ?? 0)
    }

    private static func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
