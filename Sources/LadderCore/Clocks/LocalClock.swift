import Foundation

/// A day on the calendar, as a count of days since 1970-01-01 (so days compare and
/// step by plain arithmetic). Written `2026-12-31`.
public struct CivilDay: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var number: Int

    public init(number: Int) { self.number = number }

    public init?(_ text: String) {
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
              (1...12).contains(m), d >= 1, d <= TimeText.daysInMonth(y, m) else { return nil }
        number = TimeText.days(year: y, month: m, day: d)
    }

    /// Monday 0 … Sunday 6. Day 0 (1970-01-01) was a Thursday.
    public var weekday: Int { ((number + 3) % 7 + 7) % 7 }

    public var description: String {
        let (y, m, d) = TimeText.civil(fromDays: number)
        return "\(TimeText.pad(y, 4))-\(TimeText.pad(m))-\(TimeText.pad(d))"
    }

    public static func < (a: CivilDay, b: CivilDay) -> Bool { a.number < b.number }
}

/// Wall-clock arithmetic in one time zone: which local day and second an instant falls
/// on, and back. Plain arithmetic over the zone's offsets, no Calendar objects, since
/// reports walk many days for many cases.
public struct LocalClock: Sendable {
    public var zone: TimeZone

    public init(zone: TimeZone) { self.zone = zone }

    /// The local day and the second within it (0 ..< 86 400).
    public func split(_ date: Date) -> (day: CivilDay, second: Int) {
        let whole = Int(date.timeIntervalSince1970.rounded(.down))
        let local = whole + ZoneOffset.seconds(zone, at: Date(timeIntervalSince1970: TimeInterval(whole)))
        let day = Int((Double(local) / 86_400).rounded(.down))
        return (CivilDay(number: day), local - day * 86_400)
    }

    /// The instant showing `second` on `day`'s clock. A time skipped by a daylight-saving
    /// jump lands just after the jump; a repeated one takes its first occurrence.
    public func instant(_ day: CivilDay, second: Int) -> Date {
        let local = day.number * 86_400 + second
        let guess = local - ZoneOffset.seconds(zone, at: Date(timeIntervalSince1970: TimeInterval(local)))
        let offset = ZoneOffset.seconds(zone, at: Date(timeIntervalSince1970: TimeInterval(guess)))
        return Date(timeIntervalSince1970: TimeInterval(local - offset))
    }

    /// The same wall-clock time `days` later.
    public func adding(days: Int, to date: Date) -> Date {
        let (day, second) = split(date)
        let fraction = date.timeIntervalSince1970 - date.timeIntervalSince1970.rounded(.down)
        return instant(CivilDay(number: day.number + days), second: second).addingTimeInterval(fraction)
    }
}
