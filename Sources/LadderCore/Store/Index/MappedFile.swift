#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file mapped whole, read-only, for as long as something holds it: `IndexedCase`
/// reads its record in place, parts at a time, until the report is written. The
/// file's pages are the system's cache of it, so nothing is copied and no fresh
/// memory is needed for them. Ladder only ever replaces such a file (a new one renamed
/// over it), which leaves the mapped one as it was.
final class MappedFile: @unchecked Sendable {
    let bytes: UnsafeRawBufferPointer

    /// The open file `fd` of `size` bytes, or nil when it cannot be mapped.
    init?(_ fd: Int32, size: Int) {
        guard size > 0, let map = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), map != MAP_FAILED else { return nil }
        bytes = UnsafeRawBufferPointer(start: map, count: size)
    }

    deinit { munmap(UnsafeMutableRawPointer(mutating: bytes.baseAddress), bytes.count) }
}
