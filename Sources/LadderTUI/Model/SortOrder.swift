import Foundation
import LadderCore

/// The orders of the list, cycled with `s`.
public enum SortOrder: String, Sendable, CaseIterable {
    /// `ladder list`'s: overdue first, then the soonest due, then the longest silence.
    case urgency
    /// The oldest case first.
    case age
    /// The longest on its current rung first: where the company has stalled.
    case rung = "time on rung"
    /// By organisation, A to Z, then by urgency.
    case organisation

    /// The order as the top bar and the notices say it.
    var name: String {
        switch self {
        case .urgency: L("urgency")
        case .age: L("age")
        case .rung: L("time on rung")
        case .organisation: L("organisation")
        }
    }

    var next: SortOrder { SortOrder.allCases[(SortOrder.allCases.firstIndex(of: self)! + 1) % SortOrder.allCases.count] }

    /// The cases in this order; ties keep urgency's order, then the case number.
    /// `organisation` names a case's organisation text as the list groups it: the
    /// config's name for an alias (`HBM` is Hayabusa Mobile), else the text.
    func sorted(_ cases: [CaseSummary], at now: Date, organisation: (String) -> String = { $0 }) -> [Int] {
        let urgent = Urgency.sorted(cases, at: now)
        let rank = Dictionary(uniqueKeysWithValues: urgent.enumerated().map { ($0.element.number, $0.offset) })
        func by<K: Comparable>(_ key: (CaseSummary) -> K) -> [Int] {
            urgent.sorted { (key($0), rank[$0.number]!) < (key($1), rank[$1.number]!) }.map(\.number)
        }
        switch self {
        case .urgency: return urgent.map(\.number)
        case .age: return by { $0.startedAt }
        case .rung: return by { $0.stints.last?.from ?? $0.startedAt }
        case .organisation:
            // Each organisation's name folded once, not at every comparison.
            var folded: [String: String] = [:]
            for c in cases where folded[c.details.organisation] == nil {
                folded[c.details.organisation] = QuickFold.fold(organisation(c.details.organisation))
            }
            return by { folded[$0.details.organisation]! }
        }
    }
}
