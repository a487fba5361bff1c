import Foundation

public enum CaseStatus: String, Codable, Sendable, CaseIterable {
    case open, resolved
    case partlyResolved = "partly-resolved"
    case abandoned
    case regulator = "taken-to-regulator"
    /// Its opening was undone: kept for the record, closed to every change.
    case withdrawn
}

/// A stretch of time a case spent on one rung. `until` is nil while it lasts.
public struct RungStint: Sendable, Equatable, Codable {
    public var rung: Rung
    public var from: Date
    public var until: Date?

    public func length(at now: Date) -> TimeInterval { max(0, (until ?? now).timeIntervalSince(from)) }
}

/// Everything known about a case, derived from its timeline and nothing else.
public struct CaseState: CaseStanding {
    public let id: UUID
    public let number: Int
    /// When its number was claimed, and the numbers it had before (`CaseFile`).
    public let claimedAt: Date
    public let formerNumbers: [Int]
    public private(set) var details: CaseDetails
    /// The earliest event: when the trouble started being recorded.
    public private(set) var startedAt: Date
    public private(set) var status: CaseStatus = .open
    public private(set) var closedAt: Date?
    public private(set) var stints: [RungStint] = []
    public private(set) var replies: [ReplyState] = []
    /// The last exchange that got through, either way.
    public private(set) var lastReached: (at: Date, contact: Contact)?
    /// The last contact of any kind, failed attempts included.
    public private(set) var lastAttempt: (at: Date, contact: Contact)?
    /// Events in the order they happened (ties keep the order recorded).
    public let timeline: [Event]
    /// For each escalation event, the rung it left.
    public private(set) var movedFrom: [UUID: Rung] = [:]
    /// The apology test of their final answer, the latest recorded.
    public private(set) var apology: ApologyTest?
    /// What I ask the company for now: the latest `asked` event's text.
    public private(set) var ask: String?
    /// Each reply's number in the case (1, 2, ...), in the order raised, undone ones too.
    public private(set) var replyItems: [UUID: Int] = [:]
    /// Events reverted by a later `undone` event: in the timeline, not in the state.
    public let undone: Set<UUID>

    /// The timeline as it counts: without undone events or the undo events themselves.
    public var effectiveTimeline: [Event] {
        // Nothing undone means no undo events either: each undoes at least its target.
        guard !undone.isEmpty else { return timeline }
        return timeline.filter { e in
            if case .undone = e.kind { return false }
            return !undone.contains(e.id)
        }
    }

    /// The change `ladder undo` would revert: the last one recorded that counts (ties
    /// in recording time go to the one written later).
    public var lastChange: Event? { lastChange(in: recordOrder) }

    /// Events in the order they were written (the calendar counts the changes made
    /// after a reply was raised).
    public let recordOrder: [Event]

    private func lastChange(in events: [Event]) -> Event? {
        var best: (Date, Int, Event)?
        for (i, e) in events.enumerated() {
            if case .undone = e.kind { continue }
            if undone.contains(e.id) || e.partOf != nil { continue }  // a part goes with its action's first event
            if best == nil || (e.recorded, i) >= (best!.0, best!.1) { best = (e.recorded, i, e) }
        }
        return best?.2
    }

    /// Open replies, the soonest due first.
    public var openReplies: [ReplyState] {
        replies.filter(\.isOpen).sorted { ($0.reply.due, $0.item) < ($1.reply.due, $1.item) }
    }

    public init(_ file: CaseFile) {
        id = file.id
        number = file.number
        formerNumbers = file.formerNumbers.filter { $0 != file.number }
        // Stable sort by the time things happened; the record order breaks ties. Most
        // files are written in that order already, and then share their array; else
        // the times are sorted as plain pairs, since moving events about retains and
        // releases each of their texts (a tenth of a clone's first read).
        let events = file.events
        let ordered = events.indices.dropFirst().allSatisfy({ events[$0 - 1].at <= events[$0].at }) ? events
            : events.indices.map { (events[$0].at, $0) }.sorted { $0 < $1 }.map { events[$0.1] }
        timeline = ordered
        recordOrder = file.events
        // One pass for what is undone and each reply's number: every pass over the
        // events copies each of them out, texts and all.
        var reverted = Set<UUID>()
        var itemNumbers: [UUID: Int] = [:]
        var hasParts = false
        for event in file.events {
            switch event.kind {
            case let .undone(id, _): reverted.insert(id)
            case let .replyRaised(reply, _): itemNumbers[reply.id] = itemNumbers.count + 1
            default: break
            }
            hasParts = hasParts || event.partOf != nil
        }
        // Undoing an action undoes every event it was recorded with.
        if hasParts && !reverted.isEmpty {
            for event in file.events { if let head = event.partOf, reverted.contains(head) { reverted.insert(event.id) } }
        }
        undone = reverted
        // An undone event (a backdated contact taken back) no longer says when it began.
        startedAt = ordered.first { event in
            if case .undone = event.kind { return false }
            return !reverted.contains(event.id)
        }?.at ?? ordered.first?.at ?? Date(timeIntervalSince1970: 0)
        // A case not yet written claims its number as it is opened.
        claimedAt = file.claimedAt ?? file.events.first?.recorded ?? startedAt
        details = CaseDetails(title: "", organisation: "")

        // The opening sets the first rung from the very start, even if a backdated
        // contact was recorded as happening before the case was opened.
        if let opening = file.events.first(where: { $0.kind.isOpening }),
           case let .opened(d, rung, _) = opening.kind {
            details = d
            stints = [RungStint(rung: rung, from: startedAt)]
        }
        replyItems = itemNumbers
        if undone.isEmpty {
            for event in ordered { apply(event, items: itemNumbers) }
        } else {
            for event in ordered where !undone.contains(event.id) { apply(event, items: itemNumbers) }
        }
        replies.sort { $0.item < $1.item }
        if let opening = file.events.first(where: { $0.kind.isOpening }),
           undone.contains(opening.id) {
            status = .withdrawn
            closedAt = file.events.first { if case .undone(opening.id, _) = $0.kind { return true }; return false }?.at
        }
    }

    private mutating func apply(_ event: Event, items: [UUID: Int]) {
        switch event.kind {
        case .opened, .undone:
            break
        case let .asked(text):
            ask = text
        case let .apologyTested(a):
            apology = a
        case let .contact(contact):
            lastAttempt = (event.at, contact)
            if contact.reached { lastReached = (event.at, contact) }
        case let .escalated(to, _):
            guard status == .open else { return }
            movedFrom[event.id] = rung
            if let last = stints.indices.last { stints[last].until = event.at }
            stints.append(RungStint(rung: to, from: event.at))
        case let .replyRaised(reply, rung):
            replies.append(ReplyState(reply: reply, item: items[reply.id] ?? replies.count + 1,
                                      raisedAt: event.at, rung: rung ?? self.rung(at: event.at)))
        case let .replyCleared(id, broken, note):
            // Cleared on two machines while they were apart (ladder refuses a second
            // clearing on one): the later in the timeline counts, as it shows.
            guard let i = replies.firstIndex(where: { $0.reply.id == id && $0.isOpen }) ?? replies.firstIndex(where: { $0.reply.id == id })
            else { return }
            replies[i].clearedAt = event.at
            replies[i].clearNote = note
            replies[i].outcome = broken ? .broken : (event.at <= replies[i].reply.due ? .kept : .late)
        case .note:
            break
        case let .edited(edit):
            if let v = edit.title { details.title = v }
            if let v = edit.organisation { details.organisation = v }
            if let v = edit.product { details.product = v.isEmpty ? nil : v }
            if let v = edit.references { details.references = v }
            if let v = edit.tags { details.tags = v }
        case let .closed(resolution, _, openReplies):
            // A case closed on two machines while they were apart (a closed case cannot
            // be closed again on one) takes the later closing, as the timeline shows it.
            status = CaseStatus(rawValue: resolution.rawValue) ?? .abandoned
            closedAt = event.at
            if let last = stints.indices.last { stints[last].until = event.at }
            // A closing written before format 2 counted every promise still open as
            // broken; a later one leaves them watched and records what it settles.
            for i in replies.indices where openReplies == .broken && replies[i].isOpen {
                replies[i].outcome = .broken
                replies[i].clearedAt = event.at
                replies[i].clearNote = SystemNote.openAtClosing
            }
        case .reopened:
            guard status != .open else { return }
            status = .open
            closedAt = nil
            stints.append(RungStint(rung: rung, from: event.at))
        }
    }
}

/// A case's clocks at one instant, in seconds.
public struct Timers: Sendable, Equatable {
    /// Since the first event.
    public var age: TimeInterval
    /// Since the case reached its current rung (or was reopened).
    public var onRung: TimeInterval
    /// Since the last exchange that got through; nil if none yet.
    public var sinceContact: TimeInterval?
    /// Since the last attempt of any kind; nil if none yet.
    public var sinceAttempt: TimeInterval?
    /// Since the last exchange that got through, or since the start: how long the
    /// company has been silent.
    public var silence: TimeInterval
}

extension CaseState {
    /// Each time the case was closed, and when and why it was reopened (nil: it is still
    /// closed): a recurrence keeps the earlier history, and this says so.
    public var closings: [(closed: Date, outcome: Resolution, reopened: Date?, reason: String?)] {
        var out: [(closed: Date, outcome: Resolution, reopened: Date?, reason: String?)] = []
        for e in effectiveTimeline {
            switch e.kind {
            case let .closed(outcome, _, _) where out.last.map({ $0.reopened != nil }) ?? true:
                out.append((e.at, outcome, nil, nil))
            case let .closed(outcome, _, _):  // closed on two machines at once: the later counts
                out[out.count - 1].closed = e.at
                out[out.count - 1].outcome = outcome
            case let .reopened(reason) where out.last?.reopened == nil && !out.isEmpty:
                out[out.count - 1].reopened = e.at
                out[out.count - 1].reason = reason
            default: break
            }
        }
        return out
    }

    /// `Closed partly-resolved 07-20, reopened 07-25: the fault came back.` for each
    /// earlier closing of a case that was reopened.
    public func recurrenceLines(zone: TimeZone) -> [String] {
        closings.compactMap { c in
            guard let reopened = c.reopened else { return nil }
            let day = { (d: Date) in String(TimeText.local(d, zone: zone).prefix(10)) }
            let (outcome, closed, again) = (c.outcome.name, day(c.closed), day(reopened))
            guard let reason = c.reason.map(TerminalText.line) else { return L("Closed \(outcome) \(closed), reopened \(again).") }
            return L("Closed \(outcome) \(closed), reopened \(again): \(reason).")
        }
    }
}

