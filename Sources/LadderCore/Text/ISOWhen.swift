import Foundation

/// The ISO 8601 forms beyond `2026-07-20T15:00`: week dates (`2026-W30`, `2026-W30-3`),
/// compact dates and times (`20260720`, `20260720T1500`) and durations (`P2D`, `PT2H`).
/// Text arrives lower-cased.
enum ISOWhen {
    /// `2026-w30` (its Monday), `2026-w30-3` (its Wednesday), `2026w30`, `2026w303`: the
    /// day as a day number (CivilDay), or nil if not written so. Throws for week 54 and
    /// the like.
    static func weekDate(_ word: String) throws(LadderError) -> CivilDay? {
        let compact = word.filter { $0 != "-" }
        guard compact.count == 7 || compact.count == 8, word.first?.isNumber == true,
              Array(compact)[4] == "w", compact.filter({ $0 == "w" }).count == 1,
              compact.allSatisfy({ $0 == "w" || ($0.isASCII && $0.isNumber) }) else { return nil }
        // The dashes only where ISO puts them: 2026-w30-3, not 20-26w30.
        let c = Array(compact)
        var dashed = String(c[0..<4]) + "-" + String(c[4..<7])
        if c.count == 8 { dashed += "-" + String(c[7]) }
        guard word == compact || word == dashed else { return nil }
        let digits = compact.filter { $0 != "w" }.compactMap(\.wholeNumberValue)
        let year = digits[0...3].reduce(0) { $0 * 10 + $1 }
        let week = digits[4] * 10 + digits[5]
        let weekday = digits.count == 7 ? digits[6] : 1
        let jan4 = TimeText.days(year: year, month: 1, day: 4)
        let firstMonday = jan4 - CivilDay(number: jan4).weekday
        let day = firstMonday + (week - 1) * 7 + (weekday - 1)
        // A week belongs to the year its Thursday falls in: week 53 exists in some years only.
        let thursday = firstMonday + (week - 1) * 7 + 3
        guard (1...53).contains(week), (1...7).contains(weekday), TimeText.civil(fromDays: thursday).0 == year else {
            throw WhenMessages.notDate(word)
        }
        return CivilDay(number: day)
    }

    /// `20260720`: the day, or nil if not eight digits. Throws for an impossible day.
    static func compactDate(_ word: String) throws(LadderError) -> (year: Int, month: Int, day: Int)? {
        guard word.count == 8, word.allSatisfy({ $0.isASCII && $0.isNumber }), let n = Int(word) else { return nil }
        let (y, m, d) = (n / 10_000, n / 100 % 100, n % 100)
        guard (1...12).contains(m), (1...TimeText.daysInMonth(y, m)).contains(d) else { throw WhenMessages.notDate(word) }
        return (y, m, d)
    }

    /// `20260720t1500`, `20260720t150000`, with `z` or `+0900` after: the instant, or nil.
    static func compactDateTime(_ word: String, zone: TimeZone) -> Date? {
        let parts = word.split(separator: "t", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 8, parts[0].allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        let clock = parts[1].prefix { $0.isASCII && $0.isNumber }
        guard clock.count == 4 || clock.count == 6 else { return nil }
        var offset = String(parts[1].dropFirst(clock.count))
        if offset.count == 5, offset.first == "+" || offset.first == "-" {
            offset = offset.prefix(3) + ":" + offset.suffix(2)
        }
        guard offset.isEmpty || offset == "z" || offset.count == 3 || offset.count == 6 else { return nil }
        let d = Array(parts[0]), c = Array(clock)
        var extended = "\(String(d[0..<4]))-\(String(d[4..<6]))-\(String(d[6..<8]))T\(String(c[0..<2])):\(String(c[2..<4]))"
        if c.count == 6 { extended += ":" + String(c[4..<6]) }
        return TimeText.parseISO(extended + offset.uppercased(), zone: zone)
    }

    /// `p2d`, `pt2h`, `p1w`, `p1dt2h`, `p1m` (a month), `pt1m` (a minute), `p1y`: the
    /// length, or nil if not written so. Years, months, weeks and days are whole.
    static func duration(_ word: String) -> CalendarLength? {
        guard word.hasPrefix("p"), word.count > 1 else { return nil }
        var length = CalendarLength()
        var inTime = false
        var rest = Substring(word.dropFirst())
        var order = "ymwd"  // the units still allowed, in ISO's order
        while !rest.isEmpty {
            if rest.first == "t" {
                guard !inTime, rest.count > 1 else { return nil }
                inTime = true
                order = "hms"
                rest = rest.dropFirst()
                continue
            }
            let number = rest.prefix { ($0.isASCII && $0.isNumber) || $0 == "." || $0 == "," }
            guard let value = Double(number.replacingOccurrences(of: ",", with: ".")),
                  let unit = rest.dropFirst(number.count).first,
                  let at = order.firstIndex(of: unit) else { return nil }
            order = String(order[order.index(after: at)...])
            rest = rest.dropFirst(number.count + 1)
            if inTime {
                length.seconds += value * ["h": Seconds.hour, "m": Seconds.minute, "s": 1][unit]!
            } else {
                guard value == value.rounded(), value < 1e6 else { return nil }
                switch unit {
                case "y": length.months += Int(value) * 12
                case "m": length.months += Int(value)
                case "w": length.days += Int(value) * 7
                default: length.days += Int(value)
                }
            }
        }
        return length
    }
}
