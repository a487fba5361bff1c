#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Bytes gathered for a file, appended to with a copy and nothing else. An Array's
/// `append(contentsOf:)` checks its owner and walks a generic copy on each call, about
/// a hundred instructions, and writing the index of a cloned store makes 1.5 million
/// appends. A class, so that it is never copied by accident and frees its memory once.
final class ByteBuffer {
    private(set) var base: UnsafeMutablePointer<UInt8>
    private(set) var count = 0
    private var capacity: Int

    init(capacity: Int = 1024) {
        self.capacity = Swift.max(64, capacity)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    @inline(__always)
    func append(_ byte: UInt8) {
        if count == capacity { grow(count + 1) }
        base[count] = byte
        count += 1
    }

    @inline(__always)
    func append(_ bytes: UnsafeRawPointer, count n: Int) {
        if count + n > capacity { grow(count + n) }
        memcpy(base + count, bytes, n)
        count += n
    }

    @inline(__always)
    func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let start = bytes.baseAddress else { return }
        append(start, count: bytes.count)
    }

    /// The UTF-8 of `text`.
    func append(_ text: String) {
        var text = text
        text.withUTF8 { append($0) }
    }

    /// Lets go of the bytes after the first `n`.
    func cut(to n: Int) {
        precondition(n >= 0 && n <= count)
        count = n
    }

    private func grow(_ needed: Int) {
        let size = Swift.max(needed, 2 * capacity)
        let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: size)
        bigger.update(from: base, count: count)
        base.deallocate()
        base = bigger
        capacity = size
    }

    /// The bytes so far, copied out.
    var array: [UInt8] { Array(UnsafeBufferPointer(start: base, count: count)) }
}
