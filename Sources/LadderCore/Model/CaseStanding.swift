import Foundation

/// Where a case stands: what the list, the urgency order, the overdue, due and stale
/// reports and the climb advice need to know of it. A `CaseState` derived from the
/// whole timeline has it, and so has a `CaseSummary` read from the store's index,
/// which is why `list` and `report overdue` need not decode any timeline.
public protocol CaseStanding: Sendable {
    var id: UUID { get }
    var number: Int { get }
    var details: CaseDetails { get }
    /// The earliest event.
    var startedAt: Date { get }
    var status: CaseStatus { get }
    var closedAt: Date? { get }
    var stints: [RungStint] { get }
    /// Open replies, the soonest due first.
    var openReplies: [ReplyState] { get }
    /// The last exchange that got through, either way.
    var lastReached: (at: Date, contact: Contact)? { get }
    /// The last contact of any kind, failed attempts included.
    var lastAttempt: (at: Date, contact: Contact)? { get }
    /// The last progress on the current rung at `now`: reaching it, an exchange that
    /// got through, or a reply of theirs that came. A failed attempt is not progress.
    func lastProgress(at now: Date) -> Date
    /// The organisation as the case names it (`details.organisation`): what a report
    /// reads of every case, which an `IndexedCase` reads without the other details.
    var organisationText: String { get }
    /// The rung it is on now: the last stint's.
    var rung: Rung { get }
    /// Open replies whose due time has passed.
    func overdueReplies(at now: Date) -> [ReplyState]
}

extension CaseStanding {
    public var organisationText: String { details.organisation }
    public var rung: Rung { stints.last?.rung ?? .shop }
    public var isOpen: Bool { status == .open }
    /// Open, or closed with a reply still open: a promise made at closing (the apology
    /// test's concrete promise) is watched until it is cleared.
    public var isWatched: Bool { isOpen || !openReplies.isEmpty }
    public var highestRung: Rung { stints.map(\.rung).max() ?? rung }

    /// The rung the case was on at an instant.
    public func rung(at instant: Date) -> Rung {
        stints.last(where: { $0.from <= instant })?.rung ?? stints.first?.rung ?? .shop
    }

    /// Total time spent on each rung, in ladder order, for the rungs visited.
    public func timePerRung(at now: Date) -> [(rung: Rung, seconds: TimeInterval)] {
        let end = closedAt.map { min($0, now) } ?? now
        var totals: [Rung: TimeInterval] = [:]
        for stint in stints {
            let stop = min(stint.until ?? end, end)
            totals[stint.rung, default: 0] += max(0, stop.timeIntervalSince(stint.from))
        }
        return Rung.allCases.compactMap { r in totals[r].map { (r, $0) } }
    }

    /// The clocks at an instant. A closed case's clocks stop when it closed.
    public func timers(at now: Date) -> Timers {
        let end = closedAt.map { min($0, now) } ?? now
        let rungSince = stints.last?.from ?? startedAt
        let since: (Date?) -> TimeInterval? = { d in d.map { max(0, end.timeIntervalSince($0)) } }
        return Timers(
            age: max(0, end.timeIntervalSince(startedAt)),
            onRung: max(0, end.timeIntervalSince(rungSince)),
            sinceContact: since(lastReached?.at),
            sinceAttempt: since(lastAttempt?.at),
            silence: max(0, end.timeIntervalSince(lastReached?.at ?? startedAt)))
    }

    /// Open replies whose due time has passed.
    public func overdueReplies(at now: Date) -> [ReplyState] {
        openReplies.filter { $0.isOverdue(at: now) }
    }

    /// The open reply due soonest (overdue ones come first, the most overdue first).
    public var nextReply: ReplyState? { openReplies.first }

    /// The last attempt when it came after the last exchange that got through: a
    /// failed call since anyone was reached.
    public var attemptSinceContact: (at: Date, contact: Contact)? {
        guard let a = lastAttempt, a.at > (lastReached?.at ?? .distantPast) else { return nil }
        return a
    }
}
