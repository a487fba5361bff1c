import Foundation

/// A contact and when it happened, as the index keeps it (without its note).
public struct DatedContact: Sendable, Equatable {
    public var at: Date
    public var contact: Contact

    public init(at: Date, contact: Contact) {
        self.at = at
        self.contact = contact
    }
}

/// What the store's index keeps of a case: where it stands, without its timeline.
/// Made from a `CaseState`, it answers every `CaseStanding` question the same way at
/// any instant, so lists and reports read from the index say exactly what they would
/// say after decoding every case. Immutable, and a class so that sorting and
/// filtering ten thousand of them moves references, not their fields.
public final class CaseSummary: CaseStanding, Equatable {
    public let id: UUID
    public let number: Int
    public let details: CaseDetails
    public let startedAt: Date
    public let status: CaseStatus
    public let closedAt: Date?
    public let stints: [RungStint]
    public let openReplies: [ReplyState]
    public let reached: DatedContact?
    public let attempt: DatedContact?
    /// `CaseState.progressMoments`.
    public let progress: [Date]
    /// The time of the latest event: a report "as of" an earlier instant must read
    /// the case itself, since some of its events had not happened yet.
    public let latest: Date
    /// Every word of the case in lower case, notes and contacts included, for the
    /// front end's filter (empty when read from the index without it).
    public let search: String
    /// When the case claimed its number; of two cases that claim one number (made at
    /// once on two machines), the earlier claim keeps it.
    public let claimedAt: Date
    /// Numbers it had before (renumbered after such a clash): they still find it.
    public let formerNumbers: [Int]

    public var lastReached: (at: Date, contact: Contact)? { reached.map { ($0.at, $0.contact) } }
    public var lastAttempt: (at: Date, contact: Contact)? { attempt.map { ($0.at, $0.contact) } }
    public func lastProgress(at now: Date) -> Date { lastProgress(moments: progress, at: now) }

    public init(id: UUID, number: Int, details: CaseDetails, startedAt: Date, status: CaseStatus, closedAt: Date?,
                stints: [RungStint], openReplies: [ReplyState], reached: DatedContact?, attempt: DatedContact?,
                progress: [Date], latest: Date, search: String, claimedAt: Date? = nil, formerNumbers: [Int] = []) {
        self.id = id
        self.number = number
        self.details = details
        self.startedAt = startedAt
        self.status = status
        self.closedAt = closedAt
        self.stints = stints
        self.openReplies = openReplies
        self.reached = reached
        self.attempt = attempt
        self.progress = progress
        self.latest = latest
        self.search = search
        self.claimedAt = claimedAt ?? startedAt
        self.formerNumbers = formerNumbers
    }

    /// The same case shown under another number (a clash not yet settled).
    public func renumbered(_ n: Int) -> CaseSummary {
        CaseSummary(id: id, number: n, details: details, startedAt: startedAt, status: status, closedAt: closedAt,
                    stints: stints, openReplies: openReplies, reached: reached, attempt: attempt, progress: progress,
                    latest: latest, search: search, claimedAt: claimedAt, formerNumbers: formerNumbers)
    }

    public static func == (a: CaseSummary, b: CaseSummary) -> Bool {
        a.id == b.id && a.number == b.number && a.details == b.details && a.startedAt == b.startedAt
            && a.status == b.status && a.closedAt == b.closedAt && a.stints == b.stints && a.openReplies == b.openReplies
            && a.reached == b.reached && a.attempt == b.attempt && a.progress == b.progress && a.latest == b.latest
            && a.search == b.search && a.claimedAt == b.claimedAt && a.formerNumbers == b.formerNumbers
    }
}

extension CaseState {
    /// The summary the index keeps. Contact notes and Message-IDs are left out: nothing
    /// that reads the index shows them, and the search text has the notes.
    public var summary: CaseSummary {
        func dated(_ c: (at: Date, contact: Contact)?) -> DatedContact? {
            c.map { var k = $0.contact; k.note = nil; k.messageId = nil; return DatedContact(at: $0.at, contact: k) }
        }
        return CaseSummary(
            id: id, number: number, details: details, startedAt: startedAt, status: status, closedAt: closedAt,
            stints: stints, openReplies: openReplies, reached: dated(lastReached), attempt: dated(lastAttempt),
            progress: progressMoments, latest: timeline.map(\.at).max() ?? startedAt, search: searchText,
            claimedAt: claimedAt, formerNumbers: formerNumbers)
    }

    /// Every word of the case in lower case: details, notes, contacts, replies, and
    /// the number as `#12`.
    public var searchText: String {
        let d = details
        // Joined by spaces: filter words never hold one, so no word matches across
        // two parts, and the index stores the text without escapes.
        var j = LowerCase.Joiner(capacity: 1024)
        j.add(d.title); j.add(d.organisation); j.add(d.product); j.add(rung.rawValue)
        j.add("#" + String(number)); j.add(status.rawValue)
        for t in d.tags { j.add(t) }
        for r in d.references { j.add(r) }
        for e in timeline {
            switch e.kind {
            case let .opened(_, _, note): j.add(note)
            case let .contact(c): j.add(c.with); j.add(c.note); j.add(c.channel.rawValue)
            case let .escalated(_, reason): j.add(reason)
            case let .replyRaised(r, _): j.add(r.what); j.add(r.who)
            case let .replyCleared(_, _, note): j.add(note)
            case let .note(text): j.add(text)
            case .edited: break
            case let .closed(_, note, _): j.add(note)
            case let .reopened(reason): j.add(reason)
            case let .undone(_, note): j.add(note)
            case let .asked(text): j.add(text)
            case let .apologyTested(a): j.add(a.promise)
            }
        }
        return j.text
    }
}
