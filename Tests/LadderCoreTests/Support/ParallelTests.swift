import Foundation
import LadderTestSupport
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

    @Test func everyChunkRunsOnceWhoeverTakesIt() {
        for chunks in [1, 2, 3, 64, 1000] {
            let counts = UnsafeMutableBufferPointer<Int>.allocate(capacity: chunks)
            counts.initialize(repeating: 0)
            defer { counts.deallocate() }
            let shared = SharedCounts(counts)
            Parallel.Work(chunks) { shared.counts[$0] += 1 }.wait()
            #expect(counts.allSatisfy { $0 == 1 }, "\(chunks) chunks")
        }
    }

    /// Waiting threads help with each other's work, and work started from within a
    /// chunk (as a folder scan's listing starts its stamping) is waited for as well.
    @Test func workFromManyThreadsAndWithinChunksAllFinishes() async {
        let results = await withTaskGroup(of: Bool.self) { group in
            for t in 0..<8 {
                group.addTask {
                    let sums = Parallel.split(16) { part in
                        Parallel.ranges(200, minimum: 10) { $0.reduce(0, +) }.reduce(0, +) + part + t
                    }
                    return sums == (0..<16).map { 19_900 + $0 + t }
                }
            }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results.count == 8 && results.allSatisfy { $0 })
    }

    /// A body that holds its owner (a folder scan's does) is let go when the work is
    /// done, so the owner is freed with its open folder.
    @Test func finishedWorkLetsGoOfItsBody() throws {
        final class Owner: @unchecked Sendable { var work: Parallel.Work? }
        weak var gone: Owner?
        do {
            let owner = Owner()
            gone = owner
            owner.work = Parallel.Work(4) { _ in _ = owner }
            owner.work?.wait()
        }
        #expect(gone == nil)
        let dir = temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        for n in 1...600 { try Data("{}".utf8).write(to: URL(fileURLWithPath: "\(dir)/\(n).json")) }
        weak var scan: FolderScan?
        do {
            let s = FolderScan(dir)
            scan = s
            #expect(try s.waitSorted().files.count == 600)
        }
        #expect(scan == nil)
    }

    @Test func laterWorkRuns() {
        let done = DispatchSemaphore(value: 0)
        Parallel.later { done.signal() }
        #expect(done.wait(timeout: .now() + 10) == .success)
    }

    @Test func aDetachedThreadRunsItsWork() {
        let done = DispatchSemaphore(value: 0)
        let ran = Parallel.detach { done.signal() }
        #expect(ran)
        #expect(done.wait(timeout: .now() + 10) == .success)
    }
}

/// Each chunk writes only its own slot.
private struct SharedCounts: @unchecked Sendable {
    let counts: UnsafeMutableBufferPointer<Int>
    init(_ counts: UnsafeMutableBufferPointer<Int>) { self.counts = counts }
}
