import Foundation

/// The clock rules for one organisation's cases, resolved from the configuration:
/// a reply window per rung, the calendars business time counts on, and how late a
/// reply may run before the case should climb.
public struct Clocks: Equatable, Sendable {
    public var windows: [Rung: ReplyWindow]
    /// The organisation's calendar.
    public var calendar: BusinessCalendar
    /// Rungs whose contact point keeps its own hours: a promise made at a shop closed
    /// on Wednesdays counts on the shop's days, not head office's.
    public var rungCalendars: [Rung: BusinessCalendar]
    public var climbAfter: ReplyWindow

    public init(windows: [Rung: ReplyWindow] = [:], calendar: BusinessCalendar, rungCalendars: [Rung: BusinessCalendar] = [:],
                climbAfter: ReplyWindow = Clocks.defaultClimbAfter) {
        self.windows = windows
        self.calendar = calendar
        self.rungCalendars = rungCalendars
        self.climbAfter = climbAfter
    }

    public func calendar(on rung: Rung) -> BusinessCalendar { rungCalendars[rung] ?? calendar }

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
        let cal = calendar(on: rung)
        return window(on: rung).end(from: date, on: cal) ?? Clocks.defaultWindows[rung]!.end(from: date, on: cal)!
    }
}

extension Clocks {
    /// Reads a due time said at `event` on `rung`: the words WhenParser knows (`17:00`,
    /// `fri`, `2h`), or business time on the rung's calendar (`2 business days`, `8bh`, `2営業日`).
    ///
    /// A length of time (`1d`, `in 2w`, `36h`) follows the same rule as the rung's reply
    /// windows: days and weeks keep the wall-clock time in the organisation's zone across
    /// a daylight-saving change, hours and minutes are exact.
    public func deadline(_ text: String, from event: Date, on rung: Rung, zone: TimeZone) throws(LadderError) -> Date {
        if WhenParser.hasBareCapitalM(text) {
            var e = WhenMessages.capitalM(text)
            e.field = .due
            throw e
        }
        // Full-width and Japanese spellings first said the English way (３日後 is in 3d).
        let plain = WhenText.normalised(text)
        let length = plain.hasPrefix("in ") ? String(plain.dropFirst(3)) : plain
        if let w = ReplyWindow(length), !w.business, let end = w.end(from: event, on: calendar(on: rung)) {
            return end
        }
        if let w = ReplyWindow(plain), w.business {
            guard let end = w.end(from: event, on: calendar(on: rung)) else {
                if calendar(on: rung).nextOpening(from: event) != nil {
                    throw LadderError(.data, field: .due, L("\(w.text) is too far ahead: business time is counted about four years ahead at most"),
                                      hint: L("write a date instead, e.g. 2027-06-30"))
                }
                throw LadderError(.data, field: .due, L("business time never passes: the hours have no open day"),
                                  hint: L("give the organisation opening hours: ladder org edit NAME --hours \"mon-fri 09:00-18:00\""))
            }
            return end
        }
        do {
            return try WhenParser(now: event, zone: zone).parse(text, role: .deadline)
        } catch {
            var e = error
            e.field = .due
            // Only text that reads as no time at all, and was given the examples, may have
            // meant business time; a wrong weekday, an impossible hour or a bare Japanese
            // length (`2日`) keeps its own hint.
            if e.hint == WhenMessages.examplesHint(for: text) { e.hint! += WhenMessages.businessHint(for: text) }
            throw e
        }
    }
}
