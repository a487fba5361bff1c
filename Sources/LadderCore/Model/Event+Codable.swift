import Foundation

// The stored form is flat: common keys (type, id, at, recorded) beside the kind's own.
extension Event: Codable {
    private enum Key: String, CodingKey {
        case type, id, at, recorded, partOf
        case title, organisation, product, references, tags, rung, note
        case channel, direction, failure, with, held, took
        case to, reason
        case reply, what, owedBy, who, due
        case broken, resolution, openReplies
        case desk, number, messageId
        case undoes, ask, acknowledgedEvent, explainedCause, acknowledgedTrouble, promise
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: Key.self)
        id = try c.decode(UUID.self, forKey: .id)
        at = try c.decode(Date.self, forKey: .at)
        recorded = try c.decode(Date.self, forKey: .recorded)
        partOf = try c.decodeIfPresent(UUID.self, forKey: .partOf)
        let name = try c.decode(String.self, forKey: .type)
        guard let type = StoredType(rawValue: name) else {
            throw DecodingError.dataCorruptedError(
                forKey: .type, in: c, debugDescription: "unknown event type \"\(name)\"")
        }
        let note = try c.decodeIfPresent(String.self, forKey: .note)
        switch type {
        case .opened:
            let details = CaseDetails(
                title: try c.decode(String.self, forKey: .title),
                organisation: try c.decode(String.self, forKey: .organisation),
                product: try c.decodeIfPresent(String.self, forKey: .product),
                references: try c.decodeIfPresent([String].self, forKey: .references) ?? [],
                tags: try c.decodeIfPresent([String].self, forKey: .tags) ?? [])
            kind = .opened(details, rung: try c.decode(Rung.self, forKey: .rung), note: note)
        case .contact:
            kind = .contact(Contact(
                channel: try c.decode(Channel.self, forKey: .channel),
                direction: try c.decode(ContactDirection.self, forKey: .direction),
                failure: try c.decodeIfPresent(FailureReason.self, forKey: .failure),
                rung: try c.decodeIfPresent(Rung.self, forKey: .rung),
                with: try c.decodeIfPresent(String.self, forKey: .with),
                desk: try c.decodeIfPresent(String.self, forKey: .desk),
                number: try c.decodeIfPresent(String.self, forKey: .number),
                held: try c.decodeIfPresent(TimeInterval.self, forKey: .held),
                took: try c.decodeIfPresent(TimeInterval.self, forKey: .took),
                note: note,
                messageId: try c.decodeIfPresent(String.self, forKey: .messageId)))
        case .escalated:
            kind = .escalated(to: try c.decode(Rung.self, forKey: .to),
                              reason: try c.decode(String.self, forKey: .reason))
        case .replyRaised:
            let reply = PendingReply(
                id: try c.decode(UUID.self, forKey: .reply),
                what: try c.decode(String.self, forKey: .what),
                owedBy: try c.decode(Party.self, forKey: .owedBy),
                who: try c.decodeIfPresent(String.self, forKey: .who),
                due: try c.decode(Date.self, forKey: .due))
            kind = .replyRaised(reply, rung: try c.decodeIfPresent(Rung.self, forKey: .rung))
        case .replyCleared:
            kind = .replyCleared(id: try c.decode(UUID.self, forKey: .reply),
                                 broken: try c.decodeIfPresent(Bool.self, forKey: .broken) ?? false,
                                 note: note)
        case .note:
            kind = .note(try c.decode(String.self, forKey: .note))
        case .edited:
            kind = .edited(CaseEdit(
                title: try c.decodeIfPresent(String.self, forKey: .title),
                organisation: try c.decodeIfPresent(String.self, forKey: .organisation),
                product: try c.decodeIfPresent(String.self, forKey: .product),
                references: try c.decodeIfPresent([String].self, forKey: .references),
                tags: try c.decodeIfPresent([String].self, forKey: .tags)))
        case .closed:
            // Without the key, a closing broke every open reply, as all did before format 2.
            kind = .closed(try c.decode(Resolution.self, forKey: .resolution), note: note,
                           openReplies: try c.decodeIfPresent(OpenRepliesAtClose.self, forKey: .openReplies) ?? .broken)
        case .reopened:
            kind = .reopened(reason: try c.decode(String.self, forKey: .reason))
        case .apologyTested:
            kind = .apologyTested(ApologyTest(acknowledgedEvent: try c.decode(Bool.self, forKey: .acknowledgedEvent),
                                              explainedCause: try c.decode(Bool.self, forKey: .explainedCause),
                                              acknowledgedTrouble: try c.decode(Bool.self, forKey: .acknowledgedTrouble),
                                              promise: try c.decodeIfPresent(String.self, forKey: .promise)))
        case .asked:
            kind = .asked(try c.decode(String.self, forKey: .ask))
        case .undone:
            kind = .undone(id: try c.decode(UUID.self, forKey: .undoes), note: note)
        }
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        try c.encode(kind.storedType.rawValue, forKey: .type)
        try c.encode(id, forKey: .id)
        try c.encode(at, forKey: .at)
        try c.encode(recorded, forKey: .recorded)
        try c.encodeIfPresent(partOf, forKey: .partOf)
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
            try c.encodeIfPresent(k.desk, forKey: .desk)
            try c.encodeIfPresent(k.number, forKey: .number)
            try c.encodeIfPresent(k.held, forKey: .held)
            try c.encodeIfPresent(k.took, forKey: .took)
            try c.encodeIfPresent(k.note, forKey: .note)
            try c.encodeIfPresent(k.messageId, forKey: .messageId)
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
        case let .closed(resolution, note, openReplies):
            try c.encode(resolution, forKey: .resolution)
            try c.encode(openReplies, forKey: .openReplies)
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
