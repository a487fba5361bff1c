import Foundation
import Testing
@testable import LadderCore

/// A case file's kept events are found by id: by a scan while they are few, by a
/// dictionary once there are many, with the same answers either way.
@Suite struct PlacedIDsTests {
    @Test func everyIdIsFoundWhereItWasPutBeforeAndAfterTheTableIsMade() {
        let ids = (0..<200).map { _ in UUID() }
        // Ids that differ from a kept one in one half only are not taken for it.
        let near = ids.prefix(20).map { id -> UUID in
            var raw = id.uuid
            raw.15 ^= 1
            return UUID(uuid: raw)
        }
        var placed = PlacedIDs(capacity: 4)
        for (n, id) in ids.enumerated() {
            #expect(placed.place(of: id) == nil)
            placed.append(id)
            #expect(placed.count == n + 1)
            for k in [0, n / 2, n] { #expect(placed.place(of: ids[k]) == k, "\(k) of \(n + 1)") }
        }
        #expect(ids.indices.allSatisfy { placed.place(of: ids[$0]) == $0 })
        #expect(near.allSatisfy { placed.place(of: $0) == nil })
    }
}
