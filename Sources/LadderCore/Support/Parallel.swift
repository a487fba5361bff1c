import Foundation
import Synchronization

/// Work split into chunks that the machine's cores take at once. There is one helper
/// thread per core beyond the first, started on first use and kept; the thread that
/// waits for some work takes its chunks too, and once none is left to take it helps
/// with other work instead of sleeping. So at ten thousand cases, stamping the case
/// files and reading the index share both cores until both are done, and no core
/// idles while the other still has chunks.
///
/// Dispatch's `concurrentPerform` did this poorly here: its worker started late and
/// shared a core with the stamping, so the reader finished its half of the index and
/// slept, a third of the read, while the other half was still being read.
enum Parallel {
    static let cores = max(1, ProcessInfo.processInfo.activeProcessorCount)

    /// `body` over `parts` contiguous ranges of `0..<count`, at once, results in order.
    /// Below `minimum` items per part it runs in fewer parts (one, on this thread),
    /// since handing out a chunk costs more than a few items. Four parts per core by
    /// default, so that a core that starts late or is slowed by other work leaves the
    /// others less to wait for at the end.
    static func ranges<T>(_ count: Int, minimum: Int, parts wanted: Int = cores * 4, _ body: @escaping (Range<Int>) -> T) -> [T] {
        let parts = max(1, min(wanted, count / max(1, minimum)))
        let cuts = (0...parts).map { count * $0 / parts }
        return split(parts) { body(cuts[$0]..<cuts[$0 + 1]) }
    }

    /// `body(0)`, ..., `body(parts - 1)` at once, results in order. `body` may run on
    /// any thread, but every call has returned when `split` does.
    static func split<T>(_ parts: Int, _ body: @escaping (Int) -> T) -> [T] {
        if parts <= 1 { return [body(0)] }
        let results = UnsafeMutableBufferPointer<T?>.allocate(capacity: parts)
        results.initialize(repeating: nil)
        defer { results.deinitialize(); results.deallocate() }
        // Each chunk writes only its own slot; `wait` returns after every chunk has.
        let shared = Unchecked((body, results))
        Work(parts) { shared.value.1[$0] = shared.value.0($0) }.wait()
        return results.map { $0! }
    }

    /// `transform` of each element, in order, computed in parts at once.
    static func map<T, U>(_ items: [T], minimum: Int, parts: Int = cores * 4, _ transform: @escaping (T) -> U) -> [U] {
        ranges(items.count, minimum: minimum, parts: parts) { r in r.map { transform(items[$0]) } }.flatMap { $0 }
    }

    /// Runs `body` on a helper without waiting for it, or now when there is no helper:
    /// for tidying up that nobody needs to wait for.
    static func later(_ body: @escaping @Sendable () -> Void) {
        if Pool.shared.helpers == 0 { body() } else { _ = Work(1) { _ in body() } }
    }

    /// Lets chunks share what Swift cannot prove safe to share; `split` keeps it safe.
    private struct Unchecked<V>: @unchecked Sendable {
        let value: V
        init(_ value: V) { self.value = value }
    }
}

extension Parallel {
    /// `count` chunks of work, started at once: the helpers take them as they come to
    /// them, and `wait` takes what is left. Any thread that waits for any work may run
    /// a chunk, so a body must not wait for a lock that such a thread may hold.
    final class Work: @unchecked Sendable {
        let count: Int
        /// Let go when the last chunk finishes, so a body that holds its owner (as a
        /// folder scan's does) makes no lasting cycle.
        private var body: ((Int) -> Void)?
        private let taken = Atomic<Int>(0)
        /// Chunks finished, under the pool's lock.
        fileprivate var finished = 0

        init(_ count: Int, _ body: @escaping (Int) -> Void) {
            self.count = count
            // Work with no chunks never runs, so it must not keep its body (and the
            // owner the body holds) either: a folder scan of an empty folder leaked its
            // open folder that way, one per read.
            self.body = count > 0 ? body : nil
            if count > 0 { Pool.shared.add(self) }
        }

        /// Returns when every chunk has run, having run what no one had taken yet, and
        /// chunks of other work while the last ones finish elsewhere.
        func wait() {
            while runOne() {}
            Pool.shared.help(until: self)
        }

        /// After the last chunk, under the pool's lock: every call of `body` has returned.
        fileprivate func release() { body = nil }

        fileprivate var isTaken: Bool { taken.load(ordering: .relaxed) >= count }

        /// Runs the next chunk nobody has taken; false when there is none.
        fileprivate func runOne() -> Bool {
            let chunk = taken.wrappingAdd(1, ordering: .relaxed).oldValue
            guard chunk < count else { return false }
            body!(chunk)
            Pool.shared.finished(self)
            return true
        }
    }

    /// The helper threads and the work with chunks still to take.
    private final class Pool: @unchecked Sendable {
        static let shared = Pool(helpers: cores - 1)

        let helpers: Int
        /// Guards everything below and each work's `finished`; signalled when work
        /// arrives or finishes.
        private let lock = NSCondition()
        private var queue: [Work] = []
        private var started = false

        private init(helpers: Int) { self.helpers = helpers }

        func add(_ work: Work) {
            lock.lock()
            queue.append(work)
            if !started {
                started = true
                // With no thread to be had, the waiters run every chunk themselves.
                for _ in 0..<helpers { Parallel.detach { [self] in serve() } }
            }
            lock.broadcast()
            lock.unlock()
        }

        func finished(_ work: Work) {
            lock.lock()
            work.finished += 1
            if work.finished == work.count {
                work.release()
                lock.broadcast()
            }
            lock.unlock()
        }

        /// Until `work` is finished: a chunk of other work at a time, or sleep.
        func help(until work: Work) {
            lock.lock()
            while work.finished < work.count {
                if let other = next() {
                    lock.unlock()
                    _ = other.runOne()
                    lock.lock()
                } else {
                    lock.wait()
                }
            }
            lock.unlock()
        }

        /// A helper's life: chunks of the oldest work with any left, else sleep.
        private func serve() {
            while true {
                lock.lock()
                var work = next()
                while work == nil {
                    lock.wait()
                    work = next()
                }
                lock.unlock()
                while work!.runOne() {}
            }
        }

        /// The oldest work with chunks left to take, under the lock.
        private func next() -> Work? {
            while let first = queue.first {
                if !first.isTaken { return first }
                queue.removeFirst()
            }
            return nil
        }
    }
}

extension Parallel {
    /// Starts `body` on a thread of its own that nobody waits for; false if the system
    /// will not make one.
    @discardableResult
    static func detach(_ body: @escaping @Sendable () -> Void) -> Bool {
        let box = Unmanaged.passRetained(Box(body)).toOpaque()
        var id = pthread_t()
        let made = pthread_create(&id, nil, { raw in
            LargePages.markHelperHeap()
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
