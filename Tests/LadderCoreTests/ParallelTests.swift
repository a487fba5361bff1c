import Foundation
import Testing
@testable import LadderCore

/// Work split over the cores comes back whole and in order, however it is split.
@Suite struct ParallelTests {
    @Test func rangesCoverEveryItemOnceInOrder() {
        for count in [0, 1, 2, 9, 10, 1001] {
            for parts in [1, 2, 3, 8] {
                for minimum in [1, 4, 500] {
                    let ranges = Parallel.ranges(count, minimum: minimum, parts: parts) { $0 }
                    #expect(ranges.flatMap { Array($0) } == Array(0..<count), "\(count) in \(parts), at least \(minimum)")
                    #expect(ranges.count <= max(1, parts))
                    if count >= minimum { #expect(ranges.allSatisfy { $0.count >= minimum || ranges.count == 1 }) }
                }
            }
        }
    }

    @Test func aMapKeepsTheOrder() {
        let items = (0..<5000).map { "item \($0)" }
        #expect(Parallel.map(items, minimum: 10) { $0.uppercased() } == items.map { $0.uppercased() })
        #expect(Parallel.map([Int](), minimum: 1) { $0 }.isEmpty)
    }

    @Test func aDetachedThreadRunsItsWork() {
        let done = DispatchSemaphore(value: 0)
        let ran = Parallel.detach { done.signal() }
        #expect(ran)
        #expect(done.wait(timeout: .now() + 10) == .success)
    }
}
