import Foundation

/// The pieces the JSON reports share (Docs/JSON.md).
public struct ReplyJSON: Encodable, Sendable {
    public var item: Int
    public var what: String
    public var owedBy: String
    public var who: String?
    public var raisedAt: Date
    public var due: Date

    init(_ r: ReplyState) {
        item = r.item
        what = r.reply.what
        owedBy = r.reply.owedBy.rawValue
        who = r.reply.who
        raisedAt = r.raisedAt
        due = r.reply.due
    }

    enum CodingKeys: String, CodingKey { case item, what, owedBy, who, raisedAt, due }
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(item, forKey: .item)
        try c.encode(what, forKey: .what)
        try c.encode(owedBy, forKey: .owedBy)
        try c.encode(who, forKey: .who)  // null rather than absent: a stable shape
        try c.encode(raisedAt, forKey: .raisedAt)
        try c.encode(due, forKey: .due)
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

public struct ContactPointJSON: Encodable, Sendable {
    public var name: String
    public var rung: String
    public var phone: String?
    public var email: String?
    public var web: String?
    public var cost: String?

    init(_ p: ContactPoint) {
        name = p.name
        rung = p.rung.rawValue
        phone = p.phone
        email = p.email
        web = p.web
        cost = p.cost?.rawValue
    }

    enum CodingKeys: String, CodingKey { case name, rung, phone, email, web, cost }
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(name, forKey: .name)
        try c.encode(rung, forKey: .rung)
        try c.encode(phone, forKey: .phone)
        try c.encode(email, forKey: .email)
        try c.encode(web, forKey: .web)
        try c.encode(cost, forKey: .cost)
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
        contactPoint = s.point.map(ContactPointJSON.init)
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
