import Foundation

/// Whose move it is for a pending reply.
public enum Party: String, Codable, Sendable, CaseIterable {
    /// They owe me: a call back, a resend, an answer.
    case them
    /// I owe them: a screenshot, logs.
    case me
}

/// A promised reply, as raised.
public struct PendingReply: Codable, Sendable, Equatable {
    public var id: UUID
    public var what: String
    public var owedBy: Party
    /// Who promised it, or to whom it is owed.
    public var who: String?
    public var due: Date

    public init(id: UUID = UUID(), what: String, owedBy: Party, who: String? = nil, due: Date) {
        self.id = id
        self.what = what
        self.owedBy = owedBy
        self.who = who
        self.due = due
    }
}

/// How a pending reply ended. Kept and late are derived from when it was cleared;
/// broken is said by the user, or follows from the case closing with it still open.
public enum ReplyOutcome: String, Codable, Sendable, CaseIterable {
    case kept, late, broken

    /// In words; in English the stored word.
    public var name: String {
        switch self {
        case .kept: L("kept")
        case .late: L("late")
        case .broken: L("broken")
        }
    }
}

/// A pending reply with what became of it, derived from the timeline.
public struct ReplyState: Sendable, Equatable {
    public var reply: PendingReply
    /// Its number within the case, in the order replies were raised (1, 2, ...).
    public var item: Int
    public var raisedAt: Date
    public var rung: Rung
    public var clearedAt: Date?
    public var outcome: ReplyOutcome?
    public var clearNote: String?

    public var isOpen: Bool { outcome == nil }

    /// Seconds until due at `now`: negative when overdue.
    public func secondsLeft(at now: Date) -> TimeInterval { reply.due.timeIntervalSince(now) }

    public func isOverdue(at now: Date) -> Bool { isOpen && now > reply.due }

    /// `OVERDUE 3h` or `in 2h`, with the length written by `duration` (the front end
    /// passes one that shows seconds inside the last hour).
    public func dueText(at now: Date, duration: (TimeInterval) -> String = TimeText.duration) -> String {
        let left = secondsLeft(at: now)
        return left < 0 ? L("OVERDUE \(duration(left))") : L("in \(duration(left))")
    }
}
