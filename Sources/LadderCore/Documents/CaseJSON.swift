import Foundation

/// The documented `--json` shape of a case (Docs/JSON.md). Keys are always present;
/// missing values are `null`. Times are ISO 8601 with offset; lengths are whole seconds.
public struct CaseJSON: Encodable {
    public var state: any CaseStanding
    public var now: Date
    /// `show` adds every reply and the timeline; `list` leaves them out.
    public var full: CaseState?

    public init(_ state: CaseState, now: Date, detailed: Bool) {
        self.state = state
        self.now = now
        full = detailed ? state : nil
    }

    /// The `list` shape, from the index or from a timeline.
    public init(_ state: some CaseStanding, now: Date) {
        self.state = state
        self.now = now
        full = nil
    }

    private enum Key: String, CodingKey {
        case number, id, title, organisation, product, references, tags, rung, highestRung
        case status, opened, closed, timers, ladder, pending, replies, events
    }

    private enum TimerKey: String, CodingKey { case age, onRung, sinceContact, silence }
    private enum RungKey: String, CodingKey { case rung, seconds }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        let d = state.details
        try c.encode(state.number, forKey: .number)
        try c.encode(state.id, forKey: .id)
        try c.encode(d.title, forKey: .title)
        try c.encode(d.organisation, forKey: .organisation)
        try c.encodeOrNull(d.product, forKey: .product)
        try c.encode(d.references, forKey: .references)
        try c.encode(d.tags, forKey: .tags)
        try c.encode(state.rung, forKey: .rung)
        try c.encode(state.highestRung, forKey: .highestRung)
        try c.encode(state.status, forKey: .status)
        try c.encode(state.startedAt, forKey: .opened)
        try c.encodeOrNull(state.closedAt, forKey: .closed)

        let t = state.timers(at: now)
        var timers = c.nestedContainer(keyedBy: TimerKey.self, forKey: .timers)
        try timers.encode(Int(t.age), forKey: .age)
        try timers.encode(Int(t.onRung), forKey: .onRung)
        try timers.encodeOrNull(t.sinceContact.map { Int($0) }, forKey: .sinceContact)
        try timers.encode(Int(t.silence), forKey: .silence)

        var ladder = c.nestedUnkeyedContainer(forKey: .ladder)
        for (rung, seconds) in state.timePerRung(at: now) {
            var r = ladder.nestedContainer(keyedBy: RungKey.self)
            try r.encode(rung, forKey: .rung)
            try r.encode(Int(seconds), forKey: .seconds)
        }

        var pending = c.nestedUnkeyedContainer(forKey: .pending)
        for reply in state.openReplies { try pending.encode(ReplyJSON(reply, now: now)) }
        if let full {
            var all = c.nestedUnkeyedContainer(forKey: .replies)
            for reply in full.replies { try all.encode(ReplyJSON(reply, now: now, settled: true)) }
            try c.encode(full.timeline, forKey: .events)
        }
    }
}

extension KeyedEncodingContainer {
    /// Writes `null` for nil, so every documented key is always present.
    mutating func encodeOrNull<T: Encodable>(_ value: T?, forKey key: Key) throws {
        if let v = value { try encode(v, forKey: key) } else { try encodeNil(forKey: key) }
    }
}
