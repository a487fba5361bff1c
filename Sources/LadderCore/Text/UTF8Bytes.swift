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
    var isPrintableASCII: Bool { withUTF8Bytes(UTF8Bytes.arePrintableASCII) }

    /// Whether the UTF-8 holds `byte`.
    func containsUTF8(_ byte: UInt8) -> Bool {
        withUTF8Bytes { bytes in
            guard let base = bytes.baseAddress, !bytes.isEmpty else { return false }
            return memchr(base, Int32(byte), bytes.count) != nil
        }
    }
}

enum UTF8Bytes {
    /// Printable ASCII only (0x20...0x7E). Eight bytes at a time: every line of a
    /// report is asked this.
    static func arePrintableASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        var i = 0
        while i + 8 <= bytes.count {
            let w = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
            // 0x80 is set in a byte of `bad` where that byte of `w` is 0x80 or more,
            // below 0x20, or 0x7F (0x7F + 1 = 0x80); no sum carries out of a byte
            // below 0x80.
            let low = 0x0101_0101_0101_0101 as UInt64, high = 0x8080_8080_8080_8080 as UInt64
            let bad = w | (w &- 0x20 &* low) | (w &+ low)
            if (bad & high) != 0 {
                // `w - 0x20...` borrows across bytes only after a byte below 0x20,
                // which is bad already; where a byte is 0x80 or more, so is `w`.
                if w & high != 0 { return false }
                for k in 0..<8 where base[i + k] < 0x20 || base[i + k] == 0x7F { return false }
            }
            i += 8
        }
        while i < bytes.count {
            if bytes[i] < 0x20 || bytes[i] >= 0x7F { return false }
            i += 1
        }
        return true
    }
}

/// One scalar read from well-formed UTF-8 (a String's bytes), for the loops that read
/// text by its bytes and need the scalar a multi-byte sequence spells.
enum UTF8Scalar {
    /// The scalar whose sequence starts at `i` (a lead byte, 0x80 or more), and how many
    /// bytes the sequence takes.
    @inline(__always)
    static func read<Bytes: RandomAccessCollection>(_ bytes: Bytes, at i: Int) -> (value: UInt32, length: Int)
    where Bytes.Element == UInt8, Bytes.Index == Int {
        let lead = bytes[i]
        let length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        var v = UInt32(lead) & (0x7F >> length)
        for k in 1..<length { v = v << 6 | UInt32(bytes[i + k] & 0x3F) }
        return (v, length)
    }
}
