import Foundation

/// What a case is about, as given when it was opened or later corrected.
public struct CaseDetails: Codable, Sendable, Equatable {
    public var title: String
    public var organisation: String
    public var product: String?
    /// The company's customer, ticket or case numbers.
    public var references: [String]
    public var tags: [String]

    public init(title: String, organisation: String, product: String? = nil,
                references: [String] = [], tags: [String] = []) {
        self.title = title
        self.organisation = organisation
        self.product = product
        self.references = references
        self.tags = tags
    }
}

/// A correction of the case's details. Only the fields that changed are set.
public struct CaseEdit: Codable, Sendable, Equatable {
    public var title: String?
    public var organisation: String?
    public var product: String?
    public var references: [String]?
    public var tags: [String]?

    public init(title: String? = nil, organisation: String? = nil, product: String? = nil,
                references: [String]? = nil, tags: [String]? = nil) {
        self.title = title
        self.organisation = organisation
        self.product = product
        self.references = references
        self.tags = tags
    }

    public var isEmpty: Bool {
        title == nil && organisation == nil && product == nil && references == nil && tags == nil
    }
}

/// How a case ended.
public enum Resolution: String, Codable, Sendable, CaseIterable {
    case resolved
    case partlyResolved = "partly-resolved"
    case abandoned
    case regulator = "taken-to-regulator"
}

/// The apology test of the company's final answer: did they acknowledge what happened,
/// explain its cause, acknowledge my trouble, and make a concrete promise (what, by
/// when) rather than a general declaration? A concrete promise is also raised as a
/// pending reply owed by them, so it is checked after the case is closed.
public struct ApologyTest: Codable, Sendable, Equatable {
    public var acknowledgedEvent: Bool
    public var explainedCause: Bool
    public var acknowledgedTrouble: Bool
    /// The concrete promise, if they made one.
    public var promise: String?

    public init(acknowledgedEvent: Bool, explainedCause: Bool, acknowledgedTrouble: Bool, promise: String? = nil) {
        self.acknowledgedEvent = acknowledgedEvent
        self.explainedCause = explainedCause
        self.acknowledgedTrouble = acknowledgedTrouble
        self.promise = promise
    }

    /// How many of the four it passes.
    public var score: Int {
        [acknowledgedEvent, explainedCause, acknowledgedTrouble, promise != nil].filter { $0 }.count
    }

    /// `3 of 4: acknowledged the event, explained the cause, no acknowledgement of my trouble, promised: refund by 08-01`.
    public var summary: String {
        let parts = [acknowledgedEvent ? "acknowledged the event" : "did not acknowledge the event",
                     explainedCause ? "explained the cause" : "no cause given",
                     acknowledgedTrouble ? "acknowledged my trouble" : "did not acknowledge my trouble",
                     promise.map { "promised: \($0)" } ?? "no concrete promise"]
        return "\(score) of 4: " + parts.joined(separator: ", ")
    }
}

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
        case closed(Resolution, note: String?)
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

    public init(id: UUID = UUID(), at: Date, recorded: Date, kind: Kind) {
        self.id = id
        self.at = at
        self.recorded = recorded
        self.kind = kind
    }

    /// The name of the kind as stored in the `type` key.
    public var typeName: String {
        switch kind {
        case .opened: return "opened"
        case .contact: return "contact"
        case .escalated: return "escalated"
        case .replyRaised: return "reply-raised"
        case .replyCleared: return "reply-cleared"
        case .note: return "note"
        case .edited: return "edited"
        case .closed: return "closed"
        case .reopened: return "reopened"
        case .undone: return "undone"
        case .asked: return "asked"
        case .apologyTested: return "apology-test"
        }
    }
}

// The stored form is flat: common keys (type, id, at, recorded) beside the kind's own.
extension Event: Codable {
    private enum Key: String, CodingKey {
        case type, id, at, recorded
        case title, organisation, product, references, tags, rung, note
        case channel, direction, failure, with, held, took
        case to, reason
        case reply, what, owedBy, who, due
        case broken, resolution
        case undoes, ask, acknowledgedEvent, explainedCause, acknowledgedTrouble, promise
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: Key.self)
        id = try c.decode(UUID.self, forKey: .id)
        at = try c.decode(Date.self, forKey: .at)
        recorded = try c.decode(Date.self, forKey: .recorded)
        let type = try c.decode(String.self, forKey: .type)
        let note = try c.decodeIfPresent(String.self, forKey: .note)
        switch type {
        case "opened":
            let details = CaseDetails(
                title: try c.decode(String.self, forKey: .title),
                organisation: try c.decode(String.self, forKey: .organisation),
                product: try c.decodeIfPresent(String.self, forKey: .product),
                references: try c.decodeIfPresent([String].self, forKey: .references) ?? [],
                tags: try c.decodeIfPresent([String].self, forKey: .tags) ?? [])
            kind = .opened(details, rung: try c.decode(Rung.self, forKey: .rung), note: note)
        case "contact":
            kind = .contact(Contact(
                channel: try c.decode(Channel.self, forKey: .channel),
                direction: try c.decode(ContactDirection.self, forKey: .direction),
                failure: try c.decodeIfPresent(FailureReason.self, forKey: .failure),
                rung: try c.decodeIfPresent(Rung.self, forKey: .rung),
                with: try c.decodeIfPresent(String.self, forKey: .with),
                held: try c.decodeIfPresent(TimeInterval.self, forKey: .held),
                took: try c.decodeIfPresent(TimeInterval.self, forKey: .took),
                note: note))
        case "escalated":
            kind = .escalated(to: try c.decode(Rung.self, forKey: .to),
                              reason: try c.decode(String.self, forKey: .reason))
        case "reply-raised":
            let reply = PendingReply(
                id: try c.decode(UUID.self, forKey: .reply),
                what: try c.decode(String.self, forKey: .what),
                owedBy: try c.decode(Party.self, forKey: .owedBy),
                who: try c.decodeIfPresent(String.self, forKey: .who),
                due: try c.decode(Date.self, forKey: .due))
            kind = .replyRaised(reply, rung: try c.decodeIfPresent(Rung.self, forKey: .rung))
        case "reply-cleared":
            kind = .replyCleared(id: try c.decode(UUID.self, forKey: .reply),
                                 broken: try c.decodeIfPresent(Bool.self, forKey: .broken) ?? false,
                                 note: note)
        case "note":
            kind = .note(try c.decode(String.self, forKey: .note))
        case "edited":
            kind = .edited(CaseEdit(
                title: try c.decodeIfPresent(String.self, forKey: .title),
                organisation: try c.decodeIfPresent(String.self, forKey: .organisation),
                product: try c.decodeIfPresent(String.self, forKey: .product),
                references: try c.decodeIfPresent([String].self, forKey: .references),
                tags: try c.decodeIfPresent([String].self, forKey: .tags)))
        case "closed":
            kind = .closed(try c.decode(Resolution.self, forKey: .resolution), note: note)
        case "reopened":
            kind = .reopened(reason: try c.decode(String.self, forKey: .reason))
        case "apology-test":
            kind = .apologyTested(ApologyTest(acknowledgedEvent: try c.decode(Bool.self, forKey: .acknowledgedEvent),
                                              explainedCause: try c.decode(Bool.self, forKey: .explainedCause),
                                              acknowledgedTrouble: try c.decode(Bool.self, forKey: .acknowledgedTrouble),
                                              promise: try c.decodeIfPresent(String.self, forKey: .promise)))
        case "asked":
            kind = .asked(try c.decode(String.self, forKey: .ask))
        case "undone":
            kind = .undone(id: try c.decode(UUID.self, forKey: .undoes), note: note)
        default:
            throw DecodingError.dataCorruptedError(
                forKey: .type, in: c, debugDescription: "unknown event type \"\(type)\"")
        }
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        try c.encode(typeName, forKey: .type)
        try c.encode(id, forKey: .id)
        try c.encode(at, forKey: .at)
        try c.encode(recorded, forKey: .recorded)
        switch kind {
        case let .opened(d, rung, note):
            try c.encode(d.title, forKey: .title)
            try c.encode(d.organisation, forKey: .organisation)
            try c.encodeIfPresent(d.product, forKey: .product)
            try c.encode(d.references, forKey: .references)
            try c.encode(d.tags, forKey: .tags)
            try c.encode(rung, forKey: .rung)
            try c.encodeIfPresent(note, forKey: .note)
        case let .contact(k):
            try c.encode(k.channel, forKey: .channel)
            try c.encode(k.direction, forKey: .direction)
            try c.encodeIfPresent(k.failure, forKey: .failure)
            try c.encodeIfPresent(k.rung, forKey: .rung)
            try c.encodeIfPresent(k.with, forKey: .with)
            try c.encodeIfPresent(k.held, forKey: .held)
            try c.encodeIfPresent(k.took, forKey: .took)
            try c.encodeIfPresent(k.note, forKey: .note)
        case let .escalated(to, reason):
            try c.encode(to, forKey: .to)
            try c.encode(reason, forKey: .reason)
        case let .replyRaised(r, rung):
            try c.encode(r.id, forKey: .reply)
            try c.encode(r.what, forKey: .what)
            try c.encode(r.owedBy, forKey: .owedBy)
            try c.encodeIfPresent(r.who, forKey: .who)
            try c.encode(r.due, forKey: .due)
            try c.encodeIfPresent(rung, forKey: .rung)
        case let .replyCleared(id, broken, note):
            try c.encode(id, forKey: .reply)
            if broken { try c.encode(true, forKey: .broken) }
            try c.encodeIfPresent(note, forKey: .note)
        case let .note(text):
            try c.encode(text, forKey: .note)
        case let .edited(e):
            try c.encodeIfPresent(e.title, forKey: .title)
            try c.encodeIfPresent(e.organisation, forKey: .organisation)
            try c.encodeIfPresent(e.product, forKey: .product)
            try c.encodeIfPresent(e.references, forKey: .references)
            try c.encodeIfPresent(e.tags, forKey: .tags)
        case let .closed(resolution, note):
            try c.encode(resolution, forKey: .resolution)
            try c.encodeIfPresent(note, forKey: .note)
        case let .reopened(reason):
            try c.encode(reason, forKey: .reason)
        case let .asked(text):
            try c.encode(text, forKey: .ask)
        case let .apologyTested(a):
            try c.encode(a.acknowledgedEvent, forKey: .acknowledgedEvent)
            try c.encode(a.explainedCause, forKey: .explainedCause)
            try c.encode(a.acknowledgedTrouble, forKey: .acknowledgedTrouble)
            try c.encodeIfPresent(a.promise, forKey: .promise)
        case let .undone(id, note):
            try c.encode(id, forKey: .undoes)
            try c.encodeIfPresent(note, forKey: .note)
        }
    }
}

extension Event.Kind {
    /// The case's opening (undoing it withdraws the case).
    public var isOpening: Bool { if case .opened = self { return true }; return false }
}

