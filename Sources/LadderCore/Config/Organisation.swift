import Foundation

/// Whether calling a contact point costs money.
public enum LineCost: String, CaseIterable, Sendable {
    case tollFree = "toll-free"
    case paid
}

extension LineCost {
    /// As people read it; in English the word the command line takes.
    public var name: String {
        switch self {
        case .tollFree: L("toll-free")
        case .paid: L("paid")
        }
    }
}

/// A way to reach an organisation on one rung of its ladder: a shop, a call centre's
/// number, a technical desk's address, customer relations at head office.
public struct ContactPoint: Equatable, Sendable {
    public var name: String
    public var rung: Rung
    public var phone: String?
    public var email: String?
    /// Mail domains this point writes from and is written to (`support.kestrel.example`;
    /// subdomains included), besides `email`: how `ladder mail` recognises it.
    public var domains: [String]
    /// How soon it answers an e-mail: `ladder mail` awaits a reply this long after a
    /// mail to it (`2 business days`, on its hours).
    public var replyWithin: ReplyWindow?
    /// A web form's address.
    public var web: String?
    /// Nil: the organisation's hours.
    public var hours: OpeningHours?
    public var cost: LineCost?
    public var notes: String?

    public init(name: String, rung: Rung, phone: String? = nil, email: String? = nil, domains: [String] = [],
                replyWithin: ReplyWindow? = nil, web: String? = nil,
                hours: OpeningHours? = nil, cost: LineCost? = nil, notes: String? = nil) {
        self.name = name
        self.rung = rung
        self.phone = phone
        self.email = email
        self.domains = domains
        self.replyWithin = replyWithin
        self.web = web
        self.hours = hours
        self.cost = cost
        self.notes = notes
    }

    /// `0120-000-000 (toll-free)`, else the e-mail or web address: how to reach it.
    public var reach: String {
        var ways: [String] = []
        if let p = phone { ways.append(cost.map { L("\(p) (\($0.name))") } ?? p) }
        if let e = email { ways.append(e) }
        if let w = web { ways.append(w) }
        return ways.joined(separator: L(", "))
    }
}

/// A company as the configuration knows it: its clocks and its contact points.
public struct Organisation: Equatable, Sendable {
    public var name: String
    /// Other names cases may use for it ("Kestrel", "ケストレル").
    public var aliases: [String]
    /// The language of documents written to this organisation (brief, write-up,
    /// calendar), over the user's.
    public var language: Language?
    public var zone: TimeZone?
    /// When it counts business time, and the hours of contact points that give none.
    public var hours: OpeningHours?
    public var holidays: Set<CivilDay>
    /// Per-rung reply windows that replace the defaults for its cases.
    public var windows: [Rung: ReplyWindow]
    public var contactPoints: [ContactPoint]
    /// The character limit of its web form, as the form counts: the brief the front
    /// end copies (`y`) is cut to it unless another limit is given.
    public var formLimit: Int?

    public init(name: String, aliases: [String] = [], zone: TimeZone? = nil, hours: OpeningHours? = nil,
                holidays: Set<CivilDay> = [], windows: [Rung: ReplyWindow] = [:], contactPoints: [ContactPoint] = []) {
        self.name = name
        self.aliases = aliases
        self.zone = zone
        self.hours = hours
        self.holidays = holidays
        self.windows = windows
        self.contactPoints = contactPoints
    }

    /// Whether a case's organisation text names this one (case and surrounding
    /// spaces ignored).
    public func answers(to text: String) -> Bool {
        let key = Organisation.key(text)
        return Organisation.key(name) == key || aliases.contains { Organisation.key($0) == key }
    }

    public static func key(_ text: String) -> String {
        text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
    }

    /// The first contact point on a rung.
    public func contactPoint(on rung: Rung) -> ContactPoint? { contactPoints.first { $0.rung == rung } }

    public func contactPoint(named text: String) -> ContactPoint? {
        contactPoints.first { Organisation.key($0.name) == Organisation.key(text) }
    }
}
