#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Byte-level checks over a string's UTF-8 in place. Iterating `utf8` as a generic
/// sequence costs a bounds and index check per byte; reports run these checks on tens
/// of thousands of lines, so they read the contiguous bytes instead.
extension String {
    /// `body` over the UTF-8 bytes, without a copy for native strings.
    @inline(__always)
    func withUTF8Bytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let r = utf8.withContiguousStorageIfAvailable(body) { return r }
        var native = self
        return native.withUTF8(body)
    }

    /// Printable ASCII only (0x20...0x7E): one column a byte, nothing to make inert.
    var isPrintableASCII: Bool {
        withUTF8Bytes { bytes in
            for b in bytes where b < 0x20 || b >= 0x7F { return false }
            return true
        }
    }

    /// Whether the UTF-8 holds `byte`.
    func containsUTF8(_ byte: UInt8) -> Bool {
        withUTF8Bytes { bytes in
            guard let base = bytes.baseAddress, !bytes.isEmpty else { return false }
            return memchr(base, Int32(byte), bytes.count) != nil
        }
    }
}
