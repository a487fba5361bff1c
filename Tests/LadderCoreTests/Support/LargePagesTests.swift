import Foundation
import Testing
@testable import LadderCore

/// A helper thread's heap is marked for large pages before its work begins, and the
/// blocks it is served from then on lie in the marked stretches (the kernel shows the
/// mark as `hg` among a mapping's flags). Where the kernel offers no large pages, there
/// is no mark to look for.
@Suite struct LargePagesTests {
    static var offered: Bool { LargePages.offered }

    /// The flags of the mapping that holds `address`, from /proc/self/smaps.
    static func flags(at address: UnsafeMutableRawPointer) -> String? {
        // Read to its end: a file under /proc says it is empty.
        guard let file = FileHandle(forReadingAtPath: "/proc/self/smaps") else { return nil }
        let smaps = String(decoding: file.readDataToEndOfFile(), as: UTF8.self)
        let a = UInt(bitPattern: address)
        var inside = false
        for line in smaps.split(separator: "\n") {
            let fields = line.split(separator: " ", maxSplits: 1)
            if let range = fields.first, range.contains("-"), !range.hasSuffix(":") {
                let ends = range.split(separator: "-").compactMap { UInt($0, radix: 16) }
                inside = ends.count == 2 && ends[0] <= a && a < ends[1]
            } else if inside, line.hasPrefix("VmFlags:") {
                return String(line)
            }
        }
        return nil
    }

    /// In a process of its own (as ladder is): the arenas are fresh, as a helper
    /// thread's is when ladder starts it.
    @Test(.enabled(if: LargePagesTests.offered))
    func aHelperThreadsBlocksLieInMarkedStretches() async throws {
        await #expect(processExitsWith: .success) {
            LargePages.settle()
            let ready = DispatchSemaphore(value: 0)
            nonisolated(unsafe) var marked = false
            let thread = Thread {
                LargePages.markHelperHeap()
                // Blocks larger than any the heap may hold freed: they come from its top.
                let blocks = (0..<32).map { _ in malloc(64 * 1024)! }
                marked = blocks.allSatisfy { LargePagesTests.flags(at: $0)?.contains(" hg") == true }
                ready.signal()
            }
            thread.start()
            ready.wait()
            exit(marked ? 0 : 1)
        }
    }
}
