import Foundation

/// Writing and reading times as text: ISO 8601 with offset for files and JSON,
/// short local forms for people.
public enum TimeText {
    /// A Gregorian calendar in the given zone (the user's by default, from TZ).
    public static func calendar(_ zone: TimeZone = .current) -> Calendar {
        var c = Calendar(identifier: .gregorian)
        c.timeZone = zone
        c.firstWeekday = 2  // weeks start on Monday (ISO 8601)
        return c
    }

    /// `2026-06-02T17:00:00+09:00`: whole seconds, the zone's offset at that instant.
    /// Plain arithmetic on the civil calendar: no Calendar object per call, since the
    /// store writes tens of thousands of these.
    public static func iso(_ date: Date, zone: TimeZone = .current) -> String {
        let whole = Int(date.timeIntervalSince1970.rounded(.down))
        let offset = ZoneOffset.seconds(zone, at: Date(timeIntervalSince1970: TimeInterval(whole)))
        // An offset with seconds (local mean time, Amsterdam until 1937): written in UTC,
        // which the format can say exactly, so a rewrite never moves the instant.
        if offset % 60 != 0 { return iso(date, zone: TimeZone(secondsFromGMT: 0)!).replacingOccurrences(of: "+00:00", with: "Z") }
        let local = whole + offset
        let days = Int((Double(local) / 86_400).rounded(.down))
        let secs = local - days * 86_400
        let (y, m, d) = civil(fromDays: days)
        let sign = offset < 0 ? "-" : "+"
        let o = abs(offset)
        return "\(pad(y, 4))-\(pad(m))-\(pad(d))T\(pad(secs / 3600)):\(pad(secs % 3600 / 60)):\(pad(secs % 60))"
            + "\(sign)\(pad(o / 3600)):\(pad((o % 3600) / 60))"
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
    static func days(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The date of a day count since 1970-01-01.
    static func civil(fromDays z0: Int) -> (Int, Int, Int) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    static func daysInMonth(_ year: Int, _ month: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Reads `YYYY-MM-DD[(T| )HH:MM[:SS[.fff]]][Z|±HH[:MM]]`. Without an offset the
    /// time is in `zone`. Returns nil for anything else or an impossible date.
    /// Works on UTF-8 bytes: the store reads every event's times through here.
    public static func parseISO(_ text: String, zone: TimeZone = .current) -> Date? {
        var text = text
        return text.withUTF8 { parseISO(utf8: $0, zone: zone) }
    }

    /// `parseISO` over the text's UTF-8 bytes, read in place (the store's reader hands
    /// the bytes between the quotes straight from the file). `zone` is asked for only
    /// when the text has no offset: the store's times all have one, and looking up the
    /// current zone for each of them was a tenth of a first read.
    static func parseISO(utf8 bytes: UnsafeBufferPointer<UInt8>, zone: @autoclosure () -> TimeZone = .current) -> Date? {
        var c = ISOCursor(bytes: bytes)
        guard let y = c.int(4), c.take(0x2D), let mo = c.int(2), c.take(0x2D), let d = c.int(2) else { return nil }
        var h = 0, mi = 0, sec = 0
        var fraction = 0.0
        if c.take(0x54) || c.take(0x74) || c.take(0x20) {  // T, t or a space
            guard let hh = c.int(2), c.take(0x3A), let mm = c.int(2) else { return nil }
            h = hh; mi = mm
            if c.take(0x3A) {
                guard let ss = c.int(2) else { return nil }
                sec = ss
                if c.take(0x2E) || c.take(0x2C) {  // . or ,
                    guard let f = c.fraction() else { return nil }
                    fraction = f
                }
            }
        }
        var offset: Int?
        if c.take(0x5A) || c.take(0x7A) {  // Z or z
            offset = 0
        } else if let sign = c.peek, sign == 0x2B || sign == 0x2D {  // + or -
            c.i += 1
            guard let oh = c.int(2) else { return nil }
            _ = c.take(0x3A)
            let om = c.atEnd ? 0 : (c.int(2) ?? -1)
            guard om >= 0, oh < 24, om < 60 else { return nil }
            offset = (oh * 3600 + om * 60) * (sign == 0x2D ? -1 : 1)
        }
        guard c.atEnd else { return nil }
        guard let offset else {
            // No offset: a wall-clock time in `zone`, which only a calendar can place.
            return makeDate(year: y, month: mo, day: d, hour: h, minute: mi, second: sec, zone: zone())?
                .addingTimeInterval(fraction)
        }
        guard (1...12).contains(mo), (1...daysInMonth(y, mo)).contains(d), h < 24, mi < 60, sec < 60 else { return nil }
        let local = days(year: y, month: mo, day: d) * 86_400 + h * 3600 + mi * 60 + sec
        return Date(timeIntervalSince1970: TimeInterval(local - offset) + fraction)
    }

    /// A date from its parts, or nil when the parts name no real instant (31 June, 25:00).
    static func makeDate(year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int, zone: TimeZone) -> Date? {
        guard (1...12).contains(month), (1...31).contains(day), (0...23).contains(hour),
              (0...59).contains(minute), (0...60).contains(second) else { return nil }
        let cal = calendar(zone)
        let parts = DateComponents(year: year, month: month, day: day, hour: hour, minute: minute, second: second)
        guard let date = cal.date(from: parts) else { return nil }
        // Calendar rolls 31 June over to 1 July; refuse instead.
        let back = cal.dateComponents([.year, .month, .day], from: date)
        guard back.year == year, back.month == month, back.day == day else { return nil }
        return date
    }

    /// `2026-06-02 17:00` in the user's zone.
    public static func local(_ date: Date, zone: TimeZone = .current) -> String {
        let p = calendar(zone).dateComponents([.year, .month, .day, .hour, .minute], from: date)
        return "\(pad(p.year!, 4))-\(pad(p.month!))-\(pad(p.day!)) \(pad(p.hour!)):\(pad(p.minute!))"
    }

    /// `Wed 07-15 15:00`: compact, with the weekday people reason in.
    /// Arithmetic on the zone's offset, no Calendar: reports write thousands of these,
    /// and 15 ASCII bytes make a string that needs no memory of its own.
    public static func short(_ date: Date, zone: TimeZone = .current) -> String {
        let (day, second) = LocalClock(zone: zone).split(date)
        let (_, m, d) = civil(fromDays: day.number)
        if Language.current == .ja { return JapaneseTime.short(month: m, day: d, weekday: day.weekday, second: second) }
        return String(unsafeUninitializedCapacity: 15) { writeShort(weekday: day.weekday, year: nil, month: m, day: d, second: second, into: $0) }
    }

    /// `Wed 07-15 15:00`, or with a year `Wed 2027-07-15 15:00`, written into `out` (48
    /// bytes at most); how many bytes it took.
    static func writeShort(weekday: Int, year: Int?, month: Int, day: Int, second: Int, into out: UnsafeMutableBufferPointer<UInt8>) -> Int {
        let names: StaticString = "MonTueWedThuFriSatSun"
        names.withUTF8Buffer { n in for i in 0..<3 { out[i] = n[weekday * 3 + i] } }
        func two(_ v: Int, at i: Int) {
            out[i] = UInt8(0x30 + v / 10 % 10)
            out[i + 1] = UInt8(0x30 + v % 10)
        }
        out[3] = 0x20
        var at = 4
        if let year {
            // As `"\(year)"` writes it: no padding.
            for b in String(year).utf8 { out[at] = b; at += 1 }
            out[at] = 0x2D
            at += 1
        }
        two(month, at: at)
        out[at + 2] = 0x2D
        two(day, at: at + 3)
        out[at + 5] = 0x20
        two(second / 3600, at: at + 6)
        out[at + 8] = 0x3A
        two(second % 3600 / 60, at: at + 9)
        return at + 11
    }

    /// Zero-padded decimal.
    static func pad(_ n: Int, _ width: Int = 2) -> String {
        if width == 2, n >= 0, n < 100 { return n < 10 ? "0\(n)" : String(n) }
        let digits = String(n)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }

    /// The units a length of time is written in, largest first.
    public enum LengthUnit: Sendable { case year, month, week, day, hour, minute, second }

    /// A length in its two largest units, the second only when it is not zero: the rule
    /// every language writes durations by (`3w 2d`, `3週間2日`). Past eight weeks,
    /// months and years read better than weeks (`5mo 1w`, `1y 5mo`): a month is a twelfth
    /// of the average Gregorian year.
    public static func lengthParts(_ seconds: TimeInterval) -> (first: (Int, LengthUnit), second: (Int, LengthUnit)?) {
        let total = Int(abs(seconds).rounded(.down))
        if total < 60 { return ((total, .second), nil) }
        if total >= 8 * 604_800 {
            let month = 2_629_746
            let months = total / month
            let (y, mo) = (months / 12, months % 12)
            if y > 0 { return ((y, .year), mo > 0 ? (mo, .month) : nil) }
            let weeks = (total % month) / 604_800
            return ((mo, .month), weeks > 0 ? (weeks, .week) : nil)
        }
        let w = total / 604_800, d = (total % 604_800) / 86_400
        let h = (total % 86_400) / 3600, m = (total % 3600) / 60
        if w > 0 { return ((w, .week), d > 0 ? (d, .day) : nil) }
        if d > 0 { return ((d, .day), h > 0 ? (h, .hour) : nil) }
        if h > 0 { return ((h, .hour), m > 0 ? (m, .minute) : nil) }
        return ((m, .minute), nil)
    }

    /// A length of time in its two largest units: `3w 2d`, `2d 5h`, `3h 20m`, `45m`, `30s`.
    public static func duration(_ seconds: TimeInterval) -> String {
        text(of: lengthParts(seconds))
    }

    /// A stretch someone asked for (`--within 30d`), in the largest unit it is a whole
    /// number of: `30d`, `2w`, `36h`, `90m`; in Japanese `30日`, `2週間`, `36時間`. In the
    /// two largest units of `duration`, 30 days read back as `4w 2d`. A stretch that is
    /// no whole number of days and more than 99 of a smaller unit reads in its parts,
    /// as it was most likely written: `1d 30s`, `1日30秒`, not `86430s`; `1d 30m`, not `1470m`.
    public static func span(_ seconds: TimeInterval) -> String {
        let total = Int(abs(seconds).rounded(.down))
        let units: [(seconds: Int, unit: LengthUnit)] = [(604_800, .week), (86_400, .day), (3600, .hour), (60, .minute)]
        let whole = units.first { total > 0 && total % $0.seconds == 0 } ?? (1, .second)
        if whole.seconds >= 86_400 || total / whole.seconds < 100 {
            return text(of: ((total / whole.seconds, whole.unit), nil))
        }
        var rest = total
        var parts: [(Int, LengthUnit)] = []
        for (length, unit) in units.dropFirst() + [(1, .second)] where rest >= length {
            parts.append((rest / length, unit))
            rest %= length
        }
        // Each part as `duration` writes one, joined as it joins its two.
        return parts.map { text(of: ($0, nil)) }.joined(separator: Language.current == .ja ? "" : " ")
    }

    /// A total of minutes in hours and minutes, however many hours (`49h 30m`,
    /// `49時間30分`): time on hold adds up calls, and `2d 1h` reads as days of waiting.
    public static func hoursAndMinutes(_ minutes: Int) -> String {
        let (h, m) = (minutes / 60, minutes % 60)
        return text(of: h > 0 ? ((h, .hour), m > 0 ? (m, .minute) : nil) : ((m, .minute), nil))
    }

    /// One or two parts of a length (`3w 2d`, `3週間2日`) in the current language.
    private static func text(of parts: (first: (Int, LengthUnit), second: (Int, LengthUnit)?)) -> String {
        if Language.current == .ja { return JapaneseTime.duration(parts) }
        // A few ASCII bytes, written in place: a report writes thousands, and
        // interpolating each number looked its type up at run time.
        return String(unsafeUninitializedCapacity: 48) { writeEnglish(parts, into: $0) }
    }

    /// `3w 2d` written into `out` (48 bytes at most); how many bytes it took.
    static func writeEnglish(_ parts: (first: (Int, LengthUnit), second: (Int, LengthUnit)?), into out: UnsafeMutableBufferPointer<UInt8>) -> Int {
        var n = write(parts.first, into: out, at: 0)
        if let second = parts.second {
            out[n] = 0x20
            n = write(second, into: out, at: n + 1)
        }
        return n
    }

    /// `12d`: the number, then its unit's letters; returns where it ended.
    private static func write(_ part: (Int, LengthUnit), into out: UnsafeMutableBufferPointer<UInt8>, at start: Int) -> Int {
        var i = start
        var value = part.0.magnitude
        if part.0 < 0 { out[i] = 0x2D; i += 1 }
        let first = i
        repeat {
            out[i] = UInt8(truncatingIfNeeded: value % 10) + 0x30
            value /= 10
            i += 1
        } while value > 0
        out[first..<i].reverse()
        let unit: StaticString = switch part.1 {
        case .year: "y"
        case .month: "mo"
        case .week: "w"
        case .day: "d"
        case .hour: "h"
        case .minute: "m"
        case .second: "s"
        }
        for k in 0..<unit.utf8CodeUnitCount { out[i] = unit.utf8Start[k]; i += 1 }
        return i
    }

    /// `in 2h 10m` or `3h late`, for a due time seen from `now`.
    public static func countdown(to due: Date, from now: Date) -> String {
        let left = due.timeIntervalSince(now)
        if Language.current == .ja { return left >= 0 ? "あと\(duration(left))" : "\(duration(left))遅れ" }
        return left >= 0 ? "in \(duration(left))" : "\(duration(left)) late"
    }
}

extension TimeText {
    /// `17:00` in the zone.
    public static func clockTime(_ date: Date, zone: TimeZone = .current) -> String {
        let second = LocalClock(zone: zone).split(date).second
        return "\(pad(second / 3600)):\(pad(second % 3600 / 60))"
    }
}

/// A place in the bytes of an ISO 8601 time, spaces at either end passed over. A value,
/// not captured variables: nested functions that changed a captured index had every
/// access checked at run time.
private struct ISOCursor {
    let bytes: UnsafeBufferPointer<UInt8>
    var i = 0
    var end: Int

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        end = bytes.count
        while i < end, bytes[i] == 0x20 { i += 1 }
        while end > i, bytes[end - 1] == 0x20 { end -= 1 }
    }

    var atEnd: Bool { i == end }
    var peek: UInt8? { i < end ? bytes[i] : nil }

    /// Exactly `n` digits.
    mutating func int(_ n: Int) -> Int? {
        guard end - i >= n else { return nil }
        var value = 0
        for k in i..<i + n {
            let b = bytes[k]
            guard b >= 0x30 && b <= 0x39 else { return nil }
            value = value * 10 + Int(b - 0x30)
        }
        i += n
        return value
    }

    mutating func take(_ c: UInt8) -> Bool {
        if i < end, bytes[i] == c { i += 1; return true }
        return false
    }

    /// The digits after a decimal sign, as a fraction of a second; nil when none.
    mutating func fraction() -> Double? {
        var value = 0.0, scale = 0.1, any = false
        while i < end, bytes[i] >= 0x30 && bytes[i] <= 0x39 {
            value += Double(bytes[i] - 0x30) * scale
            scale /= 10
            any = true
            i += 1
        }
        return any ? value : nil
    }
}
