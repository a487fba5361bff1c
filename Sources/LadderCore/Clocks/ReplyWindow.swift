import Foundation

/// How long a reply may take: calendar time (`2d`, `36h`) or business time counted on
/// a calendar's opening hours (`2 business days`, `8 business hours`).
public struct ReplyWindow: Equatable, Sendable, CustomStringConvertible {
    public enum Unit: String, Sendable { case minutes, hours, days, weeks }

    public var amount: Int
    public var unit: Unit
    public var business: Bool

    public init(_ amount: Int, _ unit: Unit, business: Bool = false) {
        self.amount = amount
        self.unit = unit
        self.business = business
    }

    /// A window as the config and `org` take it: also as Japanese writes one back
    /// (`返事の期限：店舗 2日`): `2日`, `36時間`, `1週間`, `90分`. Not for a due time,
    /// where a bare `2日` is the second of the month as much as two days.
    public init?(written raw: String) {
        var text = raw.precomposedStringWithCompatibilityMapping.trimmingCharacters(in: .whitespaces)
        for (marker, unit) in [("営業日", nil), ("営業時間", nil), ("時間", "h"), ("日", "d"), ("週間", "w"), ("週", "w"), ("分", "m")]
        where text.hasSuffix(marker) {
            if let unit { text = String(text.dropLast(marker.count)).trimmingCharacters(in: .whitespaces) + unit }
            break
        }
        self.init(text)
    }

    /// Windows to write, in the current language's words (each reads back as one).
    public static var examples: String {
        Language.current == .ja ? "2日、36時間、1週間、2営業日、8営業時間（2d、2bd とも）"
            : "2d, 36h, 1w, \"2 business days\" (2bd), \"8 business hours\" (8bh)"
    }

    /// Reads `2d`, `2 days`, `36h`, `1w`, `90m`, `2 business days`, `2bd`, `8bh`,
    /// `2営業日`, in full-width digits too. Whole positive amounts only.
    public init?(_ raw: String) {
        var text = raw.precomposedStringWithCompatibilityMapping.lowercased().trimmingCharacters(in: .whitespaces)
        var business = false
        for marker in ["営業日", "営業時間"] where text.hasSuffix(marker) {
            business = true
            text = String(text.dropLast(marker.count)) + (marker == "営業日" ? "d" : "h")
        }
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, let amount = Int(digits), amount > 0 else { return nil }
        var words = text.dropFirst(digits.count).split(separator: " ").map(String.init)
        if words.count == 1, ["bd", "bh"].contains(words[0]) {
            business = true
            words = [String(words[0].dropFirst())]
        }
        if words.count == 2, ["business", "working", "work"].contains(words[0]) {
            business = true
            words.removeFirst()
        }
        guard words.count == 1 else { return nil }
        let unit: Unit
        switch words[0] {
        case "m", "min", "mins", "minute", "minutes": unit = .minutes
        case "h", "hr", "hrs", "hour", "hours": unit = .hours
        case "d", "day", "days": unit = .days
        case "w", "wk", "week", "weeks": unit = .weeks
        default: return nil
        }
        if business && !(unit == .hours || unit == .days) { return nil }
        // No longer than a century, like any length of time ladder reads.
        let seconds: [Unit: TimeInterval] = [.minutes: 60, .hours: 3600, .days: 86_400, .weeks: 604_800]
        guard Double(amount) * seconds[unit]! <= WhenParser.longest else { return nil }
        self.init(amount, unit, business: business)
    }

    public var description: String {
        if business {
            let noun = unit == .days ? "day" : "hour"
            return "\(amount) business \(noun)\(amount == 1 ? "" : "s")"
        }
        let letter = ["minutes": "m", "hours": "h", "days": "d", "weeks": "w"][unit.rawValue]!
        return "\(amount)\(letter)"
    }

    /// The window as people read it: in English as `description` (`2d`, `2 business
    /// days`), which the config and `--window` take; in Japanese `2日`, `2営業日`.
    public var text: String {
        guard Language.current == .ja else { return description }
        if business { return "\(amount)\(unit == .days ? "営業日" : "営業時間")" }
        let units: [Unit: String] = [.minutes: "分", .hours: "時間", .days: "日", .weeks: "週間"]
        return "\(amount)\(units[unit]!)"
    }

    /// When the window that starts at `date` ends. Calendar days keep the wall-clock
    /// time in the calendar's zone; business time skips closed hours, closed days and
    /// holidays. Nil only when the calendar never opens.
    public func end(from date: Date, on calendar: BusinessCalendar) -> Date? {
        switch (unit, business) {
        case (.minutes, _): return date.addingTimeInterval(TimeInterval(amount) * 60)
        case (.hours, false): return date.addingTimeInterval(TimeInterval(amount) * 3600)
        case (.hours, true): return calendar.adding(businessSeconds: TimeInterval(amount) * 3600, to: date)
        case (.days, false): return calendar.clock.adding(days: amount, to: date)
        case (.days, true): return calendar.adding(businessDays: amount, to: date)
        case (.weeks, _): return calendar.clock.adding(days: 7 * amount, to: date)
        }
    }
}
