import Foundation

/// One entry of a case's timeline. Events are only ever appended: a correction is a
/// new event, so the history stays honest. Current state is derived from them.
public struct Event: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case opened(CaseDetails, rung: Rung, note: String?)
        case contact(Contact)
        /// Moves the case to another rung: up (escalation) or back down.
        case escalated(to: Rung, reason: String)
        case replyRaised(PendingReply, rung: Rung?)
        case replyCleared(id: UUID, broken: Bool, note: String?)
        case note(String)
        case edited(CaseEdit)
        case closed(Resolution, note: String?, openReplies: OpenRepliesAtClose = .watched)
        case reopened(reason: String)
        /// What I ask the company for now (the brief's request); the latest one counts.
        case asked(String)
        /// The apology test of their final answer, recorded when the case is closed.
        case apologyTested(ApologyTest)
        /// Reverts an earlier event of the same case (`ladder undo`). Both stay in the
        /// timeline; the state is derived as if the undone event had not happened.
        case undone(id: UUID, note: String?)
    }

    public var id: UUID
    /// When it happened (often in the past: people record a visit after it).
    public var at: Date
    /// When it was written down.
    public var recorded: Date
    public var kind: Kind
    /// The first event of the action this one was recorded with (a closing and the
    /// replies it settled, an escalation and the promises it carried up): one action is
    /// undone whole. Nil for the first or only event of an action.
    public var partOf: UUID?

    public init(id: UUID = UUID(), at: Date, recorded: Date, kind: Kind, partOf: UUID? = nil) {
        self.id = id
        self.at = at
        self.recorded = recorded
        self.kind = kind
        self.partOf = partOf
    }

    /// The name of the kind as stored in the `type` key.
    public var typeName: String { kind.storedType.rawValue }
}

extension Event {
    /// Every kind's name in the `type` key of the case file: the one list that writing
    /// and reading share. A new kind of event gets its name here, its case in
    /// `Event.Kind`, and its keys in Event+Codable.swift; the compiler then asks for it
    /// everywhere else.
    public enum StoredType: String, CaseIterable, Sendable {
        case opened, contact, escalated
        case replyRaised = "reply-raised"
        case replyCleared = "reply-cleared"
        case note, edited, closed, reopened, asked
        case apologyTested = "apology-test"
        case undone
    }
}

extension Event.Kind {
    public var storedType: Event.StoredType {
        switch self {
        case .opened: return .opened
        case .contact: return .contact
        case .escalated: return .escalated
        case .replyRaised: return .replyRaised
        case .replyCleared: return .replyCleared
        case .note: return .note
        case .edited: return .edited
        case .closed: return .closed
        case .reopened: return .reopened
        case .asked: return .asked
        case .apologyTested: return .apologyTested
        case .undone: return .undone
        }
    }

    /// The case's opening (undoing it withdraws the case).
    public var isOpening: Bool { if case .opened = self { return true }; return false }
}
