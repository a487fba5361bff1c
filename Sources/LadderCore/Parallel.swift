import Dispatch
import Foundation

/// Work split into contiguous parts that run on the machine's cores at once. Used
/// where a command at ten thousand cases would otherwise leave a core idle: reading
/// the index, and making and writing out a long report.
enum Parallel {
    static let cores = max(1, ProcessInfo.processInfo.activeProcessorCount)

    /// `body` over `parts` contiguous ranges of `0..<count`, at once, results in order.
    /// Below `minimum` items per part it runs in fewer parts (one, on this thread),
    /// since starting a thread costs more than a few items.
    static func ranges<T>(_ count: Int, minimum: Int, parts wanted: Int = cores, _ body: (Range<Int>) -> T) -> [T] {
        let parts = max(1, min(wanted, count / max(1, minimum)))
        let cuts = (0...parts).map { count * $0 / parts }
        return split(parts) { body(cuts[$0]..<cuts[$0 + 1]) }
    }

    /// `body(0)`, ..., `body(parts - 1)` at once, results in order.
    static func split<T>(_ parts: Int, _ body: (Int) -> T) -> [T] {
        if parts <= 1 { return [body(0)] }
        var results = [T?](repeating: nil, count: parts)
        results.withUnsafeMutableBufferPointer { out in
            withoutActuallyEscaping(body) { body in
                // Each part writes only its own slot, and every part has finished when
                // concurrentPerform returns: the callers' data outlives the work.
                let shared = Unchecked((body, out))
                DispatchQueue.concurrentPerform(iterations: parts) { shared.value.1[$0] = shared.value.0($0) }
            }
        }
        return results.map { $0! }
    }

    /// Lets the parts share what Swift cannot prove safe to share; `split` keeps it safe.
    private struct Unchecked<V>: @unchecked Sendable {
        let value: V
        init(_ value: V) { self.value = value }
    }

    /// `transform` of each element, in order, computed in parts at once.
    static func map<T, U>(_ items: [T], minimum: Int, _ transform: (T) -> U) -> [U] {
        ranges(items.count, minimum: minimum) { r in r.map { transform(items[$0]) } }.flatMap { $0 }
    }
}

extension Parallel {
    /// Starts `body` on a thread of its own that nobody waits for; false if the system
    /// will not make one. For work that runs beside everything else for most of a
    /// command (stamping the case files): on one of Dispatch's workers it would hold
    /// back the second part of a split started meanwhile.
    @discardableResult
    static func detach(_ body: @escaping @Sendable () -> Void) -> Bool {
        let box = Unmanaged.passRetained(Box(body)).toOpaque()
        var id = pthread_t()
        let made = pthread_create(&id, nil, { raw in
            Unmanaged<Box>.fromOpaque(raw!).takeRetainedValue().body()
            return nil
        }, box)
        guard made == 0 else {
            Unmanaged<Box>.fromOpaque(box).release()
            return false
        }
        pthread_detach(id)
        return true
    }

    private final class Box {
        let body: @Sendable () -> Void
        init(_ body: @escaping @Sendable () -> Void) { self.body = body }
    }
}
