import Foundation

/// Which way a partly given time leans.
public enum WhenRole: Sendable {
    /// When something happened (`--at`): the latest matching instant not after now;
    /// a bare date means the start of that day.
    case moment
    /// When something is due (`--due`): the earliest matching instant after now;
    /// a bare date means the end of that day (23:59:59).
    case deadline
}

/// Reads times and durations as people type them. The full grammar is in Docs/Dates.md.
public struct WhenParser: Sendable {
    public var now: Date
    public var zone: TimeZone

    public init(now: Date, zone: TimeZone = .current) {
        self.now = now
        self.zone = zone
    }

    public static let timeExamples = "2026-06-02 17:00, 6/2, 17:00, tomorrow, fri 10:00, eod, in 2h, -30m"
    /// Lengths of a call or a wait on hold to write (a day at the most), listed as the
    /// current language lists; Japanese also as Japanese writes one. Each reads back.
    public static var durationExamples: String {
        (["40m", "1h30m", "2h"] + (Language.current == .ja ? ["1時間30分"] : [])).joined(separator: L(", "))
    }

    /// The instant `raw` names, read at `now`: English, Japanese (`明日15時`), Taskwarrior
    /// (`eom`) and ISO 8601 (`P2D`, `2026-W30`) words, full-width forms included.
    public func parse(_ raw: String, role: WhenRole) throws(LadderError) -> Date {
        if Self.hasBareCapitalM(raw) { throw WhenMessages.capitalM(raw) }
        let text = WhenText.normalised(raw)
        let fail = WhenMessages.unreadable(raw)
        if text.isEmpty { throw fail }
        if text == "now" { return now }
        if let shifted = try calendarShift(text, raw: raw) { return shifted }
        if let relative = relative(text) { return relative }
        // Business time needs the organisation's calendar: Clocks.deadline reads it for due times.
        if role == .moment, text.contains("business") { throw WhenMessages.businessOnlyForDue(raw) }
        if text.contains("t") || text.hasSuffix("z") || text.count > 16,
           let iso = TimeText.parseISO(text, zone: zone) ?? ISOWhen.compactDateTime(text, zone: zone) {
            return iso
        }
        var words = text.split(separator: " ").map(String.init)
        // `next monday`, `last friday`: one day word.
        if words.count >= 2, ["next", "last"].contains(words[0]) {
            words.replaceSubrange(0...1, with: [words[0] + " " + words[1]])
        }
        switch words.count {
        case 1:
            if let d = try day(words[0], time: nil, role: role) { return d }
            if let t = try timeOfDay(words[0]) { return try nearest(role) { _ in t } }
        case 2:
            if let t = try timeOfDay(words[1]), let d = try day(words[0], time: t, role: role) { return d }
            if let t = try timeOfDay(words[0]), let d = try day(words[1], time: t, role: role) { return d }
        default:
            break
        }
        throw fail
    }

    /// Whether `raw` writes a unit as a capital `M` alone (`1M`, `in 2 M`): a minute to
    /// some, a month to others. Refused rather than read as minutes, which every other
    /// unit is read as whatever its case. ISO 8601 (`P1M`, `PT1M`) says which it means.
    public static func hasBareCapitalM(_ raw: String) -> Bool {
        var text = Substring(raw.trimmingCharacters(in: .whitespaces))
        if text.first == "-" || text.first == "+" { text = text.dropFirst() }
        if text.first == "P" || text.first == "p" { return false }
        var run = ""
        for c in text + " " {
            if c.isLetter { run.append(c); continue }
            if run == "M" { return true }
            run = ""
        }
        return false
    }

    /// `40m`, `1h30m`, `1h 30m`, `2 days`, `1.5h`: seconds, or nil.
    public static func duration(_ raw: String) -> TimeInterval? {
        guard !hasBareCapitalM(raw) else { return nil }
        var s = Substring(raw.lowercased().filter { !$0.isWhitespace })
        guard !s.isEmpty else { return nil }
        var total: TimeInterval = 0
        while !s.isEmpty {
            let number = s.prefix { ($0.isASCII && $0.isNumber) || $0 == "." }
            guard let value = Double(number) else { return nil }
            s = s.dropFirst(number.count)
            let unit = s.prefix { $0.isLetter }
            s = s.dropFirst(unit.count)
            let scale: TimeInterval
            switch unit {
            case "s", "sec", "secs", "second", "seconds": scale = 1
            case "m", "min", "mins", "minute", "minutes": scale = Seconds.minute
            case "h", "hr", "hrs", "hour", "hours": scale = Seconds.hour
            case "d", "day", "days": scale = Seconds.day
            case "w", "wk", "wks", "week", "weeks": scale = Seconds.week
            default: return nil
            }
            total += value * scale
        }
        // Nothing in a complaint lasts a century; beyond that a time cannot be written
        // down (and a typo like 9999999999d is caught here, not when saving).
        guard total.isFinite, total <= Self.longest else { return nil }
        return total
    }

    /// The longest length of time read: 100 years.
    public static let longest: TimeInterval = 100 * 366 * Seconds.day

    /// `in 2h`, `+2h`, `2h` (after now); `-30m`, `30m ago` (before now).
    private func relative(_ text: String) -> Date? {
        let (body, sign) = WhenParser.signed(text)
        guard let first = body.first, first.isNumber || first == ".",
              body.contains(where: \.isLetter), let seconds = WhenParser.duration(body) else { return nil }
        return now.addingTimeInterval(Double(sign) * seconds)
    }

    /// A length without its direction: `in 2h`, `+2h`, `2h` are ahead (1); `-2h`, `2h ago`
    /// behind (-1).
    static func signed(_ text: String) -> (body: String, sign: Int) {
        var body = text
        var sign = 1
        if body.hasPrefix("in ") { body.removeFirst(3) }
        else if body.hasPrefix("+") { body.removeFirst() }
        else if body.hasPrefix("-") { body.removeFirst(); sign = -1 }
        else if body.hasSuffix(" ago") { body.removeLast(4); sign = -1 }
        return (body, sign)
    }

    /// Lengths counted on the calendar, signed as `2h` is: `1 month`, `in 2 months`,
    /// `3 months ago`, ISO 8601 `P2D`, `PT2H`, `P1DT2H`, `-P1W`. Nil for anything else.
    private func calendarShift(_ text: String, raw: String) throws(LadderError) -> Date? {
        let (body, sign) = WhenParser.signed(text)
        guard let first = body.first, first.isNumber || first == "p",
              let length = ISOWhen.duration(body) ?? CalendarLength(words: body) else { return nil }
        guard let date = length.added(to: now, sign: sign, calendar: calendar),
              abs(date.timeIntervalSince(now)) <= WhenParser.longest else { throw WhenMessages.tooFar(raw) }
        return date
    }

    var calendar: Calendar { TimeText.calendar(zone) }

    /// `17:00`, `9:30`, `5pm`, `5:30pm`, `noon`, `midnight`: (hour, minute), nil if not a time.
    func timeOfDay(_ word: String) throws(LadderError) -> (Int, Int)? {
        if let japanese = try JapaneseWhen.timeOfDay(word) { return japanese }
        switch word {
        case "noon": return (12, 0)
        case "midnight": return (0, 0)
        default: break
        }
        var w = Substring(word)
        var meridiem: String?
        for suffix in ["am", "pm"] where w.hasSuffix(suffix) {
            meridiem = suffix
            w = w.dropLast(2)
        }
        let parts = w.split(separator: ":", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count),
              parts.allSatisfy({ !$0.isEmpty && $0.count <= 2 && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              parts.count == 2 || meridiem != nil,
              var hour = Int(parts[0]) else { return nil }
        let minute = parts.count == 2 ? Int(parts[1])! : 0
        if let m = meridiem {
            guard (1...12).contains(hour) else {
                throw WhenMessages.notTimeOfDay(word, example: "5pm or 17:00")
            }
            hour = hour % 12 + (m == "pm" ? 12 : 0)
        }
        guard hour < 24, minute < 60 else {
            throw WhenMessages.notTimeOfDay(word, example: "17:00 or 9:30")
        }
        return (hour, minute)
    }

    func at(_ day: Date, _ time: (Int, Int)?, role: WhenRole) -> Date {
        let start = calendar.startOfDay(for: day)
        guard let (h, m) = time else {
            return role == .moment ? start : calendar.date(bySettingHour: 23, minute: 59, second: 59, of: start)!
        }
        return calendar.date(bySettingHour: h, minute: m, second: 0, of: start)!
    }

    /// Walks day by day from today, forward for deadlines and backward for moments,
    /// and returns the first instant the description yields that lies on the right side
    /// of now. `make` gives the time of day for a candidate day, or nil to skip it.
    func nearest(_ role: WhenRole, days: Int = 8, _ make: (Date) -> (Int, Int)??) throws(LadderError) -> Date {
        let step = role == .deadline ? 1 : -1
        for k in 0..<days {
            let day = calendar.date(byAdding: .day, value: k * step, to: now)!
            guard let time = make(day) else { continue }
            let instant = at(day, time, role: role)
            if role == .deadline ? instant > now : instant <= now { return instant }
        }
        throw WhenMessages.noneNearNow
    }
}
