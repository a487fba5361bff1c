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
        let text = short(date, zone: zone)
        return String(text.prefix(4)) + "\(y)-" + String(text.dropFirst(4))
    }
}

/// A time or a length of time as a report writes it, put in a phrase as its value
/// (`L("due \(TimeWords.short(due, zone: zone, near: now))")`): in English its bytes
/// are written straight into the phrase, with no String made (a report at 100,000
/// cases writes some 150,000 of them); in another language it is the String that
/// `TimeText` makes.
enum TimeWords {
    /// `TimeText.duration`.
    case duration(TimeInterval)
    /// `TimeText.short(_:zone:near:)`, or without `near` `TimeText.short(_:zone:)`.
    case short(Date, zone: TimeZone, near: Date?)

    /// The words in the current language.
    var text: String {
        switch self {
        case let .duration(seconds): TimeText.duration(seconds)
        case let .short(date, zone, near?): TimeText.short(date, zone: zone, near: near)
        case let .short(date, zone, nil): TimeText.short(date, zone: zone)
        }
    }

    /// The English words written into `out` (48 bytes); how many bytes they took.
    func writeEnglish(into out: UnsafeMutableBufferPointer<UInt8>) -> Int {
        switch self {
        case let .duration(seconds):
            return TimeText.writeEnglish(TimeText.lengthParts(seconds), into: out)
        case let .short(date, zone, near):
            let clock = LocalClock(zone: zone)
            let (day, second) = clock.split(date)
            let (y, m, d) = TimeText.civil(fromDays: day.number)
            let thisYear = near.map { TimeText.civil(fromDays: clock.split($0).day.number).0 } ?? y
            return TimeText.writeShort(weekday: day.weekday, year: y == thisYear ? nil : y, month: m, day: d, second: second, into: out)
        }
    }
}
