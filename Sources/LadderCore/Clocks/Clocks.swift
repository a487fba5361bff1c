import Foundation

/// The clock rules for one organisation's cases, resolved from the configuration:
/// a reply window per rung, the calendar business time counts on, and how late a
/// reply may run before the case should climb.
public struct Clocks: Equatable, Sendable {
    public var windows: [Rung: ReplyWindow]
    public var calendar: BusinessCalendar
    public var climbAfter: ReplyWindow

    public init(windows: [Rung: ReplyWindow] = [:], calendar: BusinessCalendar, climbAfter: ReplyWindow = Clocks.defaultClimbAfter) {
        self.windows = windows
        self.calendar = calendar
        self.climbAfter = climbAfter
    }

    /// The documented defaults (Docs/Rules.md): calendar time, office hours in `zone`.
    public static func standard(zone: TimeZone = .current) -> Clocks {
        Clocks(calendar: BusinessCalendar(hours: .officeHours, zone: zone))
    }

    public static let defaultWindows: [Rung: ReplyWindow] = [
        .shop: ReplyWindow(2, .days), .callCentre: ReplyWindow(1, .days), .technicalDesk: ReplyWindow(2, .days),
        .executive: ReplyWindow(5, .days), .regulator: ReplyWindow(30, .days),
    ]

    /// A reply overdue by more than this says: climb.
    public static let defaultClimbAfter = ReplyWindow(1, .days)

    public func window(on rung: Rung) -> ReplyWindow { windows[rung] ?? Clocks.defaultWindows[rung]! }

    /// When a reply raised at `date` on `rung` without a due time falls due.
    public func due(on rung: Rung, from date: Date) -> Date {
        window(on: rung).end(from: date, on: calendar) ?? Clocks.defaultWindows[rung]!.end(from: date, on: calendar)!
    }
}

extension Clocks {
    /// Reads a due time said at `event`: the words WhenParser knows (`17:00`, `fri`,
    /// `2h`), or business time on these clocks (`2 business days`, `8bh`, `2営業日`).
    public func deadline(_ text: String, from event: Date, zone: TimeZone) throws(LadderError) -> Date {
        if let w = ReplyWindow(text), w.business {
            guard let end = w.end(from: event, on: calendar) else {
                throw LadderError(.data, field: .due, "business time never passes: the hours have no open day",
                                  hint: "give the organisation opening hours (Docs/Config.md)")
            }
            return end
        }
        do {
            return try WhenParser(now: event, zone: zone).parse(text, role: .deadline)
        } catch {
            var e = error
            e.field = .due
            if e.hint != nil { e.hint! += ", or business time: 2 business days, 8bh" }
            throw e
        }
    }
}
