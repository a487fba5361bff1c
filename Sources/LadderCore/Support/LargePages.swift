#if canImport(Glibc)
import Glibc
#endif
#if canImport(CMalloc)
import CMalloc
#endif
import Synchronization

/// Asks for the heap in large pages where the kernel offers them on request
/// (`transparent_hugepage` set to `madvise`, Debian's default). A report at 10,000 cases
/// touches some 7 MB of fresh heap: in 4 KiB pages that was 1,700 page faults, a fifth
/// of the report's time on a virtual machine, where each fault is dear; in 2 MiB pages
/// it is a handful. Only a hint: where the kernel or the C library does otherwise,
/// nothing changes but the speed.
public enum LargePages {
    /// How much heap each thread's arena is given at once, and asked in large pages.
    static let reach = 16 << 20
    /// The blocks `markHeap` keeps.
    private static let held = Mutex<[UInt]>([])

    /// Once, first thing in the process: the C library grows heaps by `reach` at a
    /// time, keeps what is freed for reuse, and serves large blocks from the heap too
    /// (each mapped on its own, a block's pages were fresh faults every time). Then this
    /// thread's heap is grown and marked.
    public static func settle() {
        #if canImport(Glibc) && canImport(CMalloc)
        mallopt(M_TOP_PAD, Int32(reach))
        mallopt(M_TRIM_THRESHOLD, Int32(4 * reach))
        mallopt(M_MMAP_THRESHOLD, Int32(reach))
        markHeap()
        #endif
    }

    /// For a helper thread, as it starts: the C library gives it a heap of its own,
    /// grown and marked here before its work begins.
    static func markHeap() {
        #if canImport(Glibc)
        // A large page must lie wholly inside what is marked, in a stretch of 2 MiB no
        // page of which is in use yet. So: a first block makes the heap grow by the pad
        // (a helper thread's first block makes its heap); the stretches of 2 MiB past its
        // end are marked; a second block fills the heap up to the first of them, so what
        // the heap serves from then on comes from marked stretches. Both blocks are kept:
        // only their first pages are ever touched.
        let huge = 2 << 20
        guard let first = malloc(1 << 20) else { return }
        let end = Int(bitPattern: first) + (1 << 20)
        let boundary = (end + 64 + huge - 1) / huge * huge
        _ = madvise(UnsafeMutableRawPointer(bitPattern: boundary), reach - huge, MADV_HUGEPAGE)
        let filler = malloc(boundary - end - 64)
        // Held where the optimiser cannot see them unused (it drops a block never used).
        held.withLock { $0 += [UInt(bitPattern: first), UInt(bitPattern: filler)] }
        #endif
    }
}
