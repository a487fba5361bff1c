import Foundation
import LadderTestSupport
import Testing
@testable import LadderCore

/// Orders by whole numbers: as a stable sort of the keys would have them, packed into
/// numbers where they fit and as pairs where they do not.
@Suite struct OrderingTests {
    @Test func asAStableSortHasThem() {
        var random = SystemRandomNumberGenerator()
        let ranges: [ClosedRange<Int>] = [0...5, 0...1_000_000, 0...(1 << 40) - 1, -5...5, 0...Int.max, Int.min...Int.max]
        for range in ranges {
            for count in [0, 1, 2, 3, 100, 5_000] {
                let keys = (0..<count).map { _ in Int.random(in: range, using: &random) }
                let expected = keys.indices.sorted { keys[$0] < keys[$1] || (keys[$0] == keys[$1] && $0 < $1) }
                #expect(Ordering.ascending(keys) == expected, "\(count) keys in \(range)")
            }
        }
    }

    @Test func inOrderAlreadyOrBackwards() {
        #expect(Ordering.ascending((0..<1_000).map { $0 * 3 }) == Array(0..<1_000))
        #expect(Ordering.ascending((0..<1_000).map { 1_000 - $0 }) == Array((0..<1_000).reversed()))
        #expect(Ordering.ascending([4, 4, 4, 4, 4, 4]) == Array(0..<6))
        #expect(Ordering.ascending([1 << 40, 3, 1 << 40, 0]) == [3, 1, 0, 2])
    }

    @Test func numbersSortedByTheirDigits() {
        var random = SystemRandomNumberGenerator()
        for bits in [1, 8, 11, 12, 23, 40, 63, 64] {
            for count in [0, 1, 2, 5_000] {
                var numbers = (0..<count).map { _ in bits == 64 ? UInt64.random(in: .min ... .max, using: &random) : UInt64.random(in: 0 ..< 1 << UInt64(bits), using: &random) }
                let expected = numbers.sorted()
                Ordering.radixSort(&numbers)
                #expect(numbers == expected, "\(count) numbers of \(bits) bits")
            }
        }
    }
}
