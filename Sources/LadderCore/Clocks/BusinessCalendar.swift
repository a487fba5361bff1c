import Foundation

/// Whether a place is open at an instant, and until or from when.
public enum OpenStatus: Equatable, Sendable {
    /// Open now; `until` is nil when it never closes (open round the clock).
    case open(until: Date?)
    /// Closed now; `opens` is nil when it never opens again within a year.
    case closed(opens: Date?)
    /// Nobody recorded its hours.
    case unknown
}

/// Opening hours, holiday dates and a time zone: what "business time" counts on.
public struct BusinessCalendar: Equatable, Sendable {
    public var hours: OpeningHours
    public var holidays: Set<CivilDay>
    public var zone: TimeZone

    public init(hours: OpeningHours, holidays: Set<CivilDay> = [], zone: TimeZone) {
        self.hours = hours
        self.holidays = holidays
        self.zone = zone
    }

    var clock: LocalClock { LocalClock(zone: zone) }

    /// Searches never look further than this many days ahead.
    static let horizon = 400

    /// The open spans of one day, as instants; none on a holiday or a closed weekday.
    public func spans(on day: CivilDay) -> [(from: Date, until: Date)] {
        if holidays.contains(day) { return [] }
        return hours.days[day.weekday].map { (clock.instant(day, second: $0.start), clock.instant(day, second: $0.end)) }
    }

    public func isOpenDay(_ day: CivilDay) -> Bool { !holidays.contains(day) && !hours.days[day.weekday].isEmpty }

    /// The open span containing `date`, if it is open then.
    func span(containing date: Date) -> (from: Date, until: Date)? {
        let day = clock.split(date).day
        // A span of the previous day cannot reach past its midnight, so today's suffice.
        return spans(on: day).first { $0.from <= date && date < $0.until }
    }

    public func isOpen(at date: Date) -> Bool { span(containing: date) != nil }

    /// `date` itself when open, else the next moment it opens; nil if it never does.
    public func nextOpening(from date: Date) -> Date? {
        if isOpen(at: date) { return date }
        let start = clock.split(date).day
        for k in 0...Self.horizon {
            let day = CivilDay(number: start.number + k)
            if let s = spans(on: day).first(where: { $0.from > date }) { return s.from }
        }
        return nil
    }

    /// When the open stretch that contains `date` ends, following spans that touch
    /// across midnight; nil if it runs on for a week or more (round the clock).
    func closing(after date: Date) -> Date? {
        guard var end = span(containing: date)?.until else { return date }
        for _ in 0..<8 {
            guard let next = span(containing: end) else { return end }
            end = next.until
        }
        return nil
    }

    public func status(at date: Date) -> OpenStatus {
        if hours.isNeverOpen { return .closed(opens: nil) }
        if isOpen(at: date) { return .open(until: closing(after: date)) }
        return .closed(opens: nextOpening(from: date))
    }

    /// `seconds` of open time counted from `date` (from the next opening if closed).
    public func adding(businessSeconds seconds: TimeInterval, to date: Date) -> Date? {
        guard var at = nextOpening(from: date) else { return nil }
        var left = seconds
        for _ in 0..<(Self.horizon * 4) {
            guard let span = span(containing: at) else {
                guard let next = nextOpening(from: at) else { return nil }
                at = next
                continue
            }
            let available = span.until.timeIntervalSince(at)
            if left <= available { return at.addingTimeInterval(left) }
            left -= available
            at = span.until
        }
        return nil
    }

    /// The close of the `n`th open day after the day a request counts as received. A
    /// request made while closed counts as received at the next opening, as companies
    /// count it: from Friday 17:30 at a desk closing at 17:00, "2 business days" is
    /// Wednesday's close (received Monday; Tuesday 1, Wednesday 2).
    public func adding(businessDays n: Int, to date: Date) -> Date? {
        guard let received = nextOpening(from: date) else { return nil }
        var day = clock.split(received).day
        var counted = 0
        for _ in 0..<(Self.horizon * 4) {
            day = CivilDay(number: day.number + 1)
            guard isOpenDay(day) else { continue }
            counted += 1
            if counted >= n {
                return spans(on: day).last!.until
            }
        }
        return nil
    }
}
