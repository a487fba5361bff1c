import Foundation

/// Dates in documents, which may be read long after: English keeps its ISO form
/// (`2026-07-15`, `2026-07-15 15:00`); Japanese writes `7月15日(水)` within `now`'s year
/// and `2025年7月15日(水)` outside it, as Japanese letters do.
extension TimeText {
    /// A day: `2026-07-15`; `7月15日(水)`, `2025年7月15日(水)` (without the weekday: `7月15日`).
    public static func date(_ date: Date, zone: TimeZone = .current, now: Date, weekday: Bool = true) -> String {
        guard Language.current == .ja else { return String(local(date, zone: zone).prefix(10)) }
        return japaneseDay(date, zone: zone, now: now, weekday: weekday)
    }

    /// A day and time: `2026-07-15 15:00`; `7月15日(水) 15:00`, `2025年7月15日(水) 15:00`.
    public static func dateTime(_ date: Date, zone: TimeZone = .current, now: Date) -> String {
        guard Language.current == .ja else { return local(date, zone: zone) }
        return japaneseDay(date, zone: zone, now: now, weekday: true) + " " + clockTime(date, zone: zone)
    }

    /// A moment named in a message, with no `now` at hand: `2026-07-15 15:00`;
    /// `2026年7月15日(水) 15:00` (the year always, since the message may be read any time).
    public static func stamp(_ date: Date, zone: TimeZone = .current) -> String {
        guard Language.current == .ja else { return local(date, zone: zone) }
        return japaneseDay(date, zone: zone, now: .distantPast, weekday: true) + " " + clockTime(date, zone: zone)
    }

    private static func japaneseDay(_ date: Date, zone: TimeZone, now: Date, weekday: Bool) -> String {
        let clock = LocalClock(zone: zone)
        let day = clock.split(date).day
        let (y, m, d) = civil(fromDays: day.number)
        let (thisYear, _, _) = civil(fromDays: clock.split(now).day.number)
        let year = y == thisYear ? "" : "\(y)年"
        return year + "\(m)月\(d)日" + (weekday ? "(\(JapaneseTime.weekdays[day.weekday]))" : "")
    }

    /// `short`, with the year when it is not `reference`'s: a due time a year off must
    /// not read as this year's (`Thu 2027-07-15 15:00`, `2027年7月15日(木) 15:00`).
    public static func short(_ date: Date, zone: TimeZone = .current, near reference: Date) -> String {
        let clock = LocalClock(zone: zone)
        let (y, _, _) = civil(fromDays: clock.split(date).day.number)
        let (thisYear, _, _) = civil(fromDays: clock.split(reference).day.number)
        guard y != thisYear else { return short(date, zone: zone) }
        if Language.current == .ja { return japaneseDay(date, zone: zone, now: reference, weekday: true) + " " + clockTime(date, zone: zone) }
        return String(unsafeUninitializedCapacity: 48) { TimeWords.short(date, zone: zone, near: reference).writeEnglish(into: $0) }
    }
}
