import Foundation

/// A length of time counted on the calendar: months (clamped to the month's end: a
/// month after 31 January is 28 February), days (the same wall-clock time), then exact
/// seconds. What `1 month`, `in 2 months`, `1か月後` and ISO's `P1M2DT3H` say.
struct CalendarLength: Equatable {
    var months = 0
    var days = 0
    var seconds: TimeInterval = 0

    /// The instant this length after `date` (before it when `sign` is -1).
    func added(to date: Date, sign: Int, calendar: Calendar) -> Date? {
        var d = date
        if months != 0 {
            guard let moved = calendar.date(byAdding: .month, value: sign * months, to: d) else { return nil }
            d = moved
        }
        if days != 0 {
            guard let moved = calendar.date(byAdding: .day, value: sign * days, to: d) else { return nil }
            d = moved
        }
        return d.addingTimeInterval(Double(sign) * seconds)
    }

    /// `1 month`, `2months`, `1 year 2 months`, `1mo 3d`: a length with months or years in
    /// it, or nil (lengths without them are read as exact seconds, as they always were).
    init?(words text: String) {
        var s = Substring(text.filter { !$0.isWhitespace })
        var sawMonths = false
        while !s.isEmpty {
            let number = s.prefix { ($0.isASCII && $0.isNumber) || $0 == "." }
            guard let value = Double(number) else { return nil }
            s = s.dropFirst(number.count)
            let unit = s.prefix { $0.isLetter }
            s = s.dropFirst(unit.count)
            switch unit {
            case "mo", "mos", "month", "months", "y", "yr", "yrs", "year", "years":
                guard value == value.rounded(), value < 10_000 else { return nil }
                sawMonths = true
                months += Int(value) * (unit.hasPrefix("m") ? 1 : 12)
            case "d", "day", "days", "w", "wk", "wks", "week", "weeks":
                guard value == value.rounded(), value < 100_000 else { return nil }
                days += Int(value) * (unit.hasPrefix("w") ? 7 : 1)
            default:
                guard let exact = WhenParser.duration(String(number) + String(unit)) else { return nil }
                seconds += exact
            }
        }
        guard sawMonths else { return nil }
    }

    init() {}
}
