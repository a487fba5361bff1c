import Foundation

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
