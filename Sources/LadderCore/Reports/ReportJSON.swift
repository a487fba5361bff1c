import Foundation

/// The pieces the JSON of cases and reports share (Docs/JSON.md, Docs/schema/ladder.schema.json).

/// A reply, the same in `list`, `show` and every report: `replies` in `show` adds what
/// became of it (`outcome`, `cleared`, `note`).
public struct ReplyJSON: Encodable, Sendable {
    var reply: ReplyState
    var now: Date
    var settled: Bool

    public init(_ r: ReplyState, now: Date, settled: Bool = false) {
        reply = r
        self.now = now
        self.settled = settled
    }

    enum CodingKeys: String, CodingKey {
        case id, item, what, owedBy, who, rung, raised, due, overdue, secondsLeft, outcome, cleared, note
    }

    public func encode(to encoder: Encoder) throws {
        let r = reply
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(r.reply.id, forKey: .id)
        try c.encode(r.item, forKey: .item)
        try c.encode(r.reply.what, forKey: .what)
        try c.encode(r.reply.owedBy, forKey: .owedBy)
        try c.encodeOrNull(r.reply.who, forKey: .who)
        try c.encode(r.rung, forKey: .rung)
        try c.encode(r.raisedAt, forKey: .raised)
        try c.encode(r.reply.due, forKey: .due)
        try c.encode(r.isOverdue(at: now), forKey: .overdue)
        try c.encodeOrNull(r.isOpen ? Int(r.secondsLeft(at: now).rounded(.down)) : nil, forKey: .secondsLeft)
        if settled {
            try c.encodeOrNull(r.outcome, forKey: .outcome)
            try c.encodeOrNull(r.clearedAt, forKey: .cleared)
            try c.encodeOrNull(r.clearNote, forKey: .note)
        }
    }
}

public struct ContactJSON: Encodable, Sendable {
    public var at: Date
    public var channel: String
    public var direction: String
    public var failure: String?
    public var with: String?

    static func make(_ c: (at: Date, contact: Contact)?) -> ContactJSON? {
        c.map { ContactJSON(at: $0.at, channel: $0.contact.channel.rawValue, direction: $0.contact.direction.rawValue,
                            failure: $0.contact.failure?.rawValue, with: $0.contact.with) }
    }

    enum CodingKeys: String, CodingKey { case at, channel, direction, failure, with }
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(at, forKey: .at)
        try c.encode(channel, forKey: .channel)
        try c.encode(direction, forKey: .direction)
        try c.encode(failure, forKey: .failure)
        try c.encode(with, forKey: .with)
    }
}

/// A contact point: how to reach it (in a next step), and in `org` what else the config
/// says of it and whether it is open (`place`).
public struct ContactPointJSON: Encodable, Sendable {
    struct Place: Sendable {
        var hours: String?
        var notes: String?
        var open: OpenJSON
    }

    var place: Place?
    public var name: String
    public var rung: String
    public var phone: String?
    public var email: String?
    public var web: String?
    public var cost: String?

    init(_ p: ContactPoint, place: Place? = nil) {
        self.place = place
        name = p.name
        rung = p.rung.rawValue
        phone = p.phone
        email = p.email
        web = p.web
        cost = p.cost?.rawValue
    }

    enum CodingKeys: String, CodingKey { case name, rung, phone, email, web, cost, hours, notes, open }
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(name, forKey: .name)
        try c.encode(rung, forKey: .rung)
        try c.encode(phone, forKey: .phone)
        try c.encode(email, forKey: .email)
        try c.encode(web, forKey: .web)
        try c.encode(cost, forKey: .cost)
        if let place {
            try c.encodeOrNull(place.hours, forKey: .hours)
            try c.encodeOrNull(place.notes, forKey: .notes)
            try c.encode(place.open, forKey: .open)
        }
    }
}

public struct NextStepJSON: Encodable, Sendable {
    public var action: String
    public var rung: String
    public var contactPoint: ContactPointJSON?
    public var hours: String?
    public var why: String?
    public var text: String

    init(_ s: NextStep) {
        action = s.action.rawValue
        rung = s.rung.rawValue
        contactPoint = s.point.map { ContactPointJSON($0) }
        // JSON is English whatever the language of the run (Docs/JSON.md).
        (hours, why, text) = Language.$bound.withValue(.en) { (s.hours, s.why, s.text) }
    }

    enum CodingKeys: String, CodingKey { case action, rung, contactPoint, hours, why, text }
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(action, forKey: .action)
        try c.encode(rung, forKey: .rung)
        try c.encode(contactPoint, forKey: .contactPoint)
        try c.encode(hours, forKey: .hours)
        try c.encode(why, forKey: .why)
        try c.encode(text, forKey: .text)
    }
}
