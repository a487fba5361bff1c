import Foundation

/// The order of `list`: open cases with an overdue reply first (the most overdue
/// first), then the soonest due, then the longest silence; closed cases last, the most
/// recently closed first. The case number breaks ties.
public enum Urgency {
    public static func sorted<S: CaseStanding>(_ states: [S], at now: Date) -> [S] {
        // Sorts small keys and positions, not the cases themselves.
        let keyed = states.indices.map { (key: key(states[$0], now), number: states[$0].number, at: $0) }
        return keyed.sorted { a, b in
            a.key != b.key ? a.key < b.key : a.number < b.number
        }.map { states[$0.at] }
    }

    /// (tier, value): lower sorts first.
    static func key(_ s: some CaseStanding, _ now: Date) -> Key {
        guard s.isWatched else { return Key(tier: 3, value: -(s.closedAt?.timeIntervalSince1970 ?? 0)) }
        if let next = s.nextReply {
            let due = next.reply.due.timeIntervalSince1970
            return Key(tier: next.isOverdue(at: now) ? 0 : 1, value: due)
        }
        return Key(tier: 2, value: -s.timers(at: now).silence)
    }

    struct Key: Comparable {
        var tier: Int
        var value: Double
        static func < (a: Key, b: Key) -> Bool { (a.tier, a.value) < (b.tier, b.value) }
    }
}
