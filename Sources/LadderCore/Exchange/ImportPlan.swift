import Foundation

/// What `ladder import` does to a store, worked out before anything is written: cases are
/// matched by id, events by id. A case the store has gets the events it lacks, appended
/// in the order the import holds them; a case it lacks is added whole. Importing the same
/// cases twice plans nothing the second time.
public struct ImportPlan: Sendable, Equatable {
    /// Events to append to a case the store has, by its number there.
    public struct Addition: Sendable, Equatable {
        public var number: Int
        public var events: [Event]
    }

    public var additions: [Addition] = []
    /// Cases the store does not have, with the numbers they came with.
    public var newCases: [CaseFile] = []
    /// Cases the store has with every event already.
    public var unchanged = 0

    public var changesNothing: Bool { additions.isEmpty && newCases.isEmpty }

    /// The plan for bringing `incoming` into a store holding `existing`.
    public init(existing: [CaseFile], incoming: [CaseFile]) {
        let byID = Dictionary(existing.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for file in incoming {
            guard let have = byID[file.id] else {
                newCases.append(file)
                continue
            }
            let known = Set(have.events.map(\.id))
            let missing = file.events.filter { !known.contains($0.id) }
            if missing.isEmpty { unchanged += 1 } else { additions.append(Addition(number: have.number, events: missing)) }
        }
    }
}
