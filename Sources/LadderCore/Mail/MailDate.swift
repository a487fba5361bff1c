import Foundation

/// The Date header per RFC 5322, with its obsolete forms: two- and three-digit years,
/// named zones (GMT, EST … and JST, which Japanese servers write), no seconds, no day
/// of the week, comments anywhere, and the asctime order (`Wed Jul 15 15:00:00 2026`).
/// Pure arithmetic: no calendar, no locale.
enum MailDate {
    static func parse(_ text: String) -> Date? {
        var tokens: [Substring] = []
        let clean = withoutComments(text)
        for piece in clean.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "," || $0 == "\r" || $0 == "\n" }) {
            tokens.append(piece)
        }
        guard tokens.count <= 12 else { return nil }
        var day: Int?, month: Int?, year: Int?, yearDigits = 0
        var clock: (Int, Int, Int)?
        var offset: Int?  // seconds east of UTC
        for token in tokens {
            if token.contains(":"), clock == nil, let c = time(token) {
                clock = c
            } else if token.allSatisfy(\.isASCII), token.allSatisfy(\.isNumber) {
                guard token.count <= 4, let n = Int(token) else { return nil }
                if day == nil, token.count <= 2, month == nil || year == nil {
                    day = n
                } else if year == nil {
                    year = n
                    yearDigits = token.count
                } else {
                    return nil
                }
            } else if let m = monthNumber(token), month == nil {
                month = m
            } else if weekday(token) {
                continue
            } else if offset == nil, let z = zone(token) {
                offset = z
            } else if offset == nil, token.first == "+" || token.first == "-", token.dropFirst().allSatisfy(\.isLetter) {
                continue  // `-0000`'s cousins such as "+XXXX": unknown, read as UTC
            } else {
                return nil
            }
        }
        // A day written after the year (`Jul 2026 15`) is not a form of mail.
        guard let d = day, let m = month, var y = year, let (h, mi, s) = clock else { return nil }
        if yearDigits == 2 { y += y < 50 ? 2000 : 1900 } else if yearDigits == 3 { y += 1900 }
        guard y >= 1900, y <= 9999, d >= 1, d <= daysIn(month: m, year: y) else { return nil }
        let days = daysSinceEpoch(year: y, month: m, day: d)
        let seconds = days * 86_400 + h * 3600 + mi * 60 + min(s, 59) - (offset ?? 0)
        return Date(timeIntervalSince1970: TimeInterval(seconds))
    }

    /// hh:mm or hh:mm:ss (a fraction of a second dropped).
    static func time(_ token: Substring) -> (Int, Int, Int)? {
        let parts = token.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2 || parts.count == 3 else { return nil }
        var numbers: [Int] = []
        for (n, p) in parts.enumerated() {
            let digits = n == 2 ? p.prefix { $0 != "." } : p
            guard (1...2).contains(digits.count), digits.allSatisfy({ $0.isASCII && $0.isNumber }), let v = Int(digits) else { return nil }
            numbers.append(v)
        }
        let s = numbers.count == 3 ? numbers[2] : 0
        guard numbers[0] <= 23, numbers[1] <= 59, s <= 60 else { return nil }
        return (numbers[0], numbers[1], s)
    }

    static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    static func monthNumber(_ token: Substring) -> Int? {
        guard token.count >= 3, token.count <= 9 else { return nil }
        let t = token.lowercased()
        guard let i = months.firstIndex(of: String(t.prefix(3))) else { return nil }
        // "Jul" or "July", not "Julius".
        return t.count == 3 || fullMonths[i].hasPrefix(t) ? i + 1 : nil
    }

    static let fullMonths = ["january", "february", "march", "april", "may", "june", "july", "august",
                             "september", "october", "november", "december"]

    static func weekday(_ token: Substring) -> Bool {
        let t = token.lowercased()
        guard t.count >= 3 else { return false }
        let days = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
        return days.contains { $0.hasPrefix(t) || ($0.prefix(3) == t.prefix(3) && t.count <= 4) }
    }

    /// +hhmm / -hhmm (also +hh:mm), or a zone's name.
    static func zone(_ token: Substring) -> Int? {
        if let sign = token.first, sign == "+" || sign == "-" {
            let digits = token.dropFirst().filter { $0 != ":" }
            guard digits.count == 4, digits.allSatisfy({ $0.isASCII && $0.isNumber }), let v = Int(digits) else { return nil }
            let (h, m) = (v / 100, v % 100)
            guard m <= 59 else { return nil }
            return (sign == "-" ? -1 : 1) * (h * 3600 + m * 60)
        }
        let name = token.uppercased()
        if let hours = namedZones[name] { return hours * 3600 }
        // Military single letters: RFC 5322 says their signs were written wrongly so
        // often that they carry no information; read as UTC.
        if name.count == 1, name.first!.isLetter, name != "J" { return 0 }
        return nil
    }

    static let namedZones: [String: Int] = [
        "UT": 0, "UTC": 0, "GMT": 0, "Z": 0, "EST": -5, "EDT": -4, "CST": -6, "CDT": -5,
        "MST": -7, "MDT": -6, "PST": -8, "PDT": -7, "JST": 9, "KST": 9, "BST": 1, "CET": 1, "CEST": 2,
    ]

    static func withoutComments(_ text: String) -> String {
        var out = ""
        var depth = 0
        for c in text {
            if c == "(" { depth += 1; continue }
            if c == ")" { depth = max(0, depth - 1); out.append(" "); continue }
            if depth == 0 { out.append(c) }
        }
        return out
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days from 1970-01-01 to a date of the proleptic Gregorian calendar.
    static func daysSinceEpoch(year: Int, month: Int, day: Int) -> Int {
        // Count from March, so that the leap day is the last day of its year.
        let y = month <= 2 ? year - 1 : year
        let era = y / 400
        let yearOfEra = y - era * 400
        let monthFromMarch = (month + 9) % 12
        let dayOfYear = (153 * monthFromMarch + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}
