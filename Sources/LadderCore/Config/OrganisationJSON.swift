import Foundation

/// An organisation as `org list --json` and `org show --json` print it (Docs/JSON.md):
/// what the config says, with the clocks filled in (defaults where it says nothing) and
/// whether each place is open at the instant. Sentences in it are English.
public struct OrganisationJSON: Encodable, Sendable {
    var name: String
    var aliases: [String]
    var language: String?
    var zone: String
    var hours: String?
    var holidays: [String]
    var windows: [String: String]
    var climbAfter: String
    var open: OpenJSON
    var contactPoints: [ContactPointJSON]

    public init(_ o: Organisation, config: Config, now: Date) {
        let clocks = config.clocks(of: o)
        name = o.name
        aliases = o.aliases
        language = o.language?.rawValue
        zone = config.zone(of: o).identifier
        (hours, open) = Language.$bound.withValue(.en) {
            (o.hours?.summary, OpenJSON(o.hours == nil ? .unknown : clocks.calendar.status(at: now), of: o, config: config, now: now))
        }
        holidays = clocks.calendar.holidays.sorted().map(\.description)
        windows = Dictionary(uniqueKeysWithValues: Rung.allCases.map { ($0.rawValue, clocks.window(on: $0).description) })
        climbAfter = clocks.climbAfter.description
        contactPoints = Rung.allCases.flatMap { r in
            o.contactPoints.filter { $0.rung == r }.map { p in
                Language.$bound.withValue(.en) {
                    ContactPointJSON(p, place: .init(hours: (p.hours ?? o.hours)?.summary, notes: p.notes,
                                                     open: OpenJSON(config.status(of: p, in: o, at: now), of: o, config: config, now: now)))
                }
            }
        }
    }

    enum CodingKeys: String, CodingKey {
        case name, aliases, language, zone, hours, holidays, windows, climbAfter, open, contactPoints
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(name, forKey: .name)
        try c.encode(aliases, forKey: .aliases)
        try c.encodeOrNull(language, forKey: .language)
        try c.encode(zone, forKey: .zone)
        try c.encodeOrNull(hours, forKey: .hours)
        try c.encode(holidays, forKey: .holidays)
        try c.encode(windows, forKey: .windows)
        try c.encode(climbAfter, forKey: .climbAfter)
        try c.encode(open, forKey: .open)
        try c.encode(contactPoints, forKey: .contactPoints)
    }
}

/// Open or closed at an instant: `state` (`open`, `closed`, `unknown`), `until` (open
/// until; null round the clock), `opens` (closed until), and the same in words.
public struct OpenJSON: Encodable, Sendable {
    var state: String
    var until: Date?
    var opens: Date?
    var text: String

    init(_ status: OpenStatus, of o: Organisation, config: Config, now: Date) {
        switch status {
        case let .open(until): (state, self.until, opens) = ("open", until, nil)
        case let .closed(next): (state, until, opens) = ("closed", nil, next)
        case .unknown: (state, until, opens) = ("unknown", nil, nil)
        }
        text = config.describe(status, of: o, at: now)
    }

    enum CodingKeys: String, CodingKey { case state, until, opens, text }
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(state, forKey: .state)
        try c.encodeOrNull(until, forKey: .until)
        try c.encodeOrNull(opens, forKey: .opens)
        try c.encode(text, forKey: .text)
    }
}
