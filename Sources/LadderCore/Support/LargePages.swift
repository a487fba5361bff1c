#if canImport(Glibc)
import Glibc
#endif
#if canImport(CMalloc)
import CMalloc
#endif
import Synchronization

/// Asks for the heap in large pages where the kernel offers them on request
/// (`transparent_hugepage` set to `madvise` or `always`). A report at 10,000 cases
/// touches some 7 MB of fresh heap: in 4 KiB pages that was 1,700 page faults, a fifth
/// of the report's time on a virtual machine, where each fault is dear; in 2 MiB pages
/// it is a handful. For the commands that read the whole store, not for the front end,
/// which runs for hours: a large page may wait for the kernel to gather 2 MiB, and the
/// heap it keeps would stay large. Where the kernel offers none, nothing is changed.
public enum LargePages {
    /// How much heap each thread's arena is given at once, and asked in large pages: a
    /// helper thread's whole heap (the C library's limit for one is 64 MiB). With 16 MiB,
    /// a report at 100,000 cases took 9,000 page faults more.
    static let reach = 64 << 20
    /// Blocks up to this size are served from the heap, not mapped on their own.
    static let largestFromHeap = 16 << 20
    /// Whether `settle` asked for them: helper threads mark their heaps only then.
    private static let settled = Atomic<Bool>(false)
    /// The blocks `markHeap` keeps.
    private static let held = Mutex<[UInt]>([])

    /// Whether the kernel hands out large pages on request.
    static var offered: Bool {
        guard let file = fopen("/sys/kernel/mm/transparent_hugepage/enabled", "r") else { return false }
        defer { fclose(file) }
        var line = [CChar](repeating: 0, count: 128)
        guard fgets(&line, Int32(line.count), file) != nil else { return false }
        let text = String(decoding: line.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return text.contains("[always]") || text.contains("[madvise]")
    }

    /// Once, before a command that reads the whole store: the C library grows heaps by
    /// `reach` at a time, keeps what is freed for reuse, and serves large blocks from the
    /// heap too (each mapped on its own, a block's pages were fresh faults every time).
    /// Then this thread's heap is grown and marked, and helper threads mark theirs.
    public static func settle() {
        #if canImport(Glibc) && canImport(CMalloc)
        guard offered, !settled.exchange(true, ordering: .acquiringAndReleasing) else { return }
        mallopt(M_TOP_PAD, Int32(reach))
        mallopt(M_TRIM_THRESHOLD, Int32(4 * reach))
        mallopt(M_MMAP_THRESHOLD, Int32(largestFromHeap))
        markHeap()
        #endif
    }

    /// For a helper thread, as it starts: the C library gives it a heap of its own,
    /// grown and marked here before its work begins.
    static func markHelperHeap() {
        if settled.load(ordering: .acquiring) { markHeap(helper: true) }
    }

    /// Marks this thread's heap. A large page must lie wholly inside what is marked, in a
    /// stretch of 2 MiB no page of which is in use yet. So: a first block makes the heap
    /// grow by the pad (a helper thread's first block makes its heap); the stretches of
    /// 2 MiB past its end are marked; a second block fills the heap up to the first of
    /// them, so what the heap serves from then on comes from marked stretches. Both
    /// blocks are kept: only their first pages are ever touched.
    /// A helper thread's heap is one mapping of `reach` bytes, aligned to its size:
    /// the mark stops at its end, not on whatever is mapped after it.
    static func markHeap(helper: Bool = false) {
        #if canImport(Glibc)
        let huge: UInt = 2 << 20
        guard let first = malloc(1 << 20) else { return }
        let end = UInt(bitPattern: first) &+ (1 << 20)
        let boundary = (end &+ 64 &+ huge &- 1) / huge &* huge
        var length = UInt(reach) &- huge
        if helper {
            let heapEnd = (UInt(bitPattern: first) / UInt(reach) &+ 1) &* UInt(reach)
            length = boundary < heapEnd ? min(length, heapEnd &- boundary) : 0
        }
        if length > 0 { _ = madvise(UnsafeMutableRawPointer(bitPattern: boundary), Int(length), MADV_HUGEPAGE) }
        let filler = malloc(Int(boundary &- end &- 64))
        // Held where the optimiser cannot see them unused (it drops a block never used).
        held.withLock { $0 += [UInt(bitPattern: first), UInt(bitPattern: filler)] }
        #endif
    }
}
