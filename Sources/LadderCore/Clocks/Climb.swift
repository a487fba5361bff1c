import Foundation

/// Why a case should go up a rung, and to whom.
public struct ClimbAdvice: Equatable, Sendable {
    public enum Reason: Equatable, Sendable {
        /// A reply they owe is later than the clocks' climb threshold.
        case overdue(item: Int, what: String, late: TimeInterval)
        /// Nothing got through on this rung since `since`, longer than its window.
        case stuck(since: Date, window: ReplyWindow)
    }

    public var reason: Reason
    public var from: Rung
    /// Nil on the top rung: there is nowhere further to go, only to press harder.
    public var to: Rung?
    /// The contact point on `to`, when the configuration knows one.
    public var point: ContactPoint?

    /// `reply 3 is 2d 4h late` / `no progress on technical-desk for 3d, past its 2d window`.
    public func why(at now: Date) -> String { whyPhrase(at: now).text() }

    /// `why`, as a phrase to be put in another.
    func whyPhrase(at now: Date) -> Phrase {
        switch reason {
        case let .overdue(item, _, late):
            return P("reply \(item) is \(TimeWords.duration(late)) late")
        case let .stuck(since, window):
            let (rung, silent, limit) = (from.name, TimeWords.duration(now.timeIntervalSince(since)), window.text)
            return P("no progress on \(rung) for \(silent), past its \(limit) window")
        }
    }

    /// `climb to executive` or, on the top rung, `press the regulator`.
    public var step: String {
        to.map { L("climb to \($0.name)") } ?? L("press the \(from.name) (top rung)")
    }
}

extension CaseState {
    /// The instants after the current rung was reached that count as progress: an
    /// exchange that got through, a reply of theirs that came. A failed attempt is not
    /// progress. Kept in the index, so the summary answers `lastProgress` exactly.
    public var progressMoments: [Date] {
        let base = stints.last?.from ?? startedAt
        var out: [Date] = []
        for event in effectiveTimeline where event.at > base {
            if case let .contact(c) = event.kind, c.reached { out.append(event.at) }
        }
        for r in replies where r.reply.owedBy == .them && (r.outcome == .kept || r.outcome == .late) {
            if let at = r.clearedAt, at > base { out.append(at) }
        }
        return out.sorted()
    }

    public func lastProgress(at now: Date) -> Date { lastProgress(moments: progressMoments, at: now) }
}

extension CaseStanding {
    /// The latest of reaching the current rung and the progress `moments` up to `now`.
    func lastProgress(moments: [Date], at now: Date) -> Date {
        let base = stints.last?.from ?? startedAt
        return moments.last(where: { $0 <= now }).map { max($0, base) } ?? base
    }
}

extension CaseStanding {
    /// An open reply raised on another rung than the one the case is on now: it was
    /// left behind when the case moved, and is still owed by that rung.
    public func isLeftBehind(_ reply: ReplyState) -> Bool { reply.rung != rung }

    /// `technical-desk still owes it` for a reply left behind on another rung.
    public func leftBehindNote(_ reply: ReplyState) -> String? {
        guard isLeftBehind(reply) else { return nil }
        let rung = reply.rung.name
        return reply.reply.owedBy == .them ? L("\(rung) still owes it") : L("\(rung) is still owed it")
    }
}

extension CaseStanding {
    /// Whether the case should climb at `now`, and where to. A reply they owe that is
    /// overdue by more than `clocks.climbAfter` says climb; otherwise a rung with no
    /// progress for longer than its window does, unless a reply of theirs is still open
    /// (the threshold governs it) or I owe them something.
    ///
    /// Only what happened on the current rung counts: a promise made on another rung
    /// and left open when the case moved was the reason for the move already made, not
    /// for the next one (it stays open, shown as still owed by that rung).
    public func climbAdvice(at now: Date, clocks: Clocks, organisation: Organisation?) -> ClimbAdvice? {
        guard isOpen else { return nil }
        let rung = rung
        func advice(_ reason: ClimbAdvice.Reason) -> ClimbAdvice {
            let to = rung.next
            return ClimbAdvice(reason: reason, from: rung, to: to, point: to.flatMap { organisation?.contactPoint(on: $0) })
        }
        // One pass over the replies on this rung, no arrays made (a report asks of
        // tens of thousands of cases): theirs late past the threshold, the one due
        // first (the first of equals) the worst; and whether any are theirs or mine.
        var worst: ReplyState?
        var theirs = false, mine = false
        var calendar: BusinessCalendar?  // the rung's, found once
        for r in openReplies where r.rung == rung {
            guard r.reply.owedBy == .them else { mine = true; continue }
            theirs = true
            if calendar == nil { calendar = clocks.calendar(on: rung) }
            guard let threshold = clocks.climbAfter.end(from: r.reply.due, on: calendar!), now > threshold
            else { continue }
            if worst.map({ r.reply.due < $0.reply.due }) ?? true { worst = r }
        }
        if let worst {
            return advice(.overdue(item: worst.item, what: worst.reply.what, late: now.timeIntervalSince(worst.reply.due)))
        }
        // Waiting on a promise of theirs (in time, or late within the grace the
        // threshold gives), or on something I owe: no reason to climb.
        if theirs || mine { return nil }
        let since = lastProgress(at: now)
        if now > clocks.due(on: rung, from: since) {
            return advice(.stuck(since: since, window: clocks.window(on: rung)))
        }
        return nil
    }
}
