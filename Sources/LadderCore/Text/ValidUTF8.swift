import Foundation

/// UTF-8 checked by the standard library's `UTF8Span`, which is several times faster
/// than `String(validating:as:)`: that one is generic over the encoding and, on Linux,
/// looks its types up at run time for every string. Reading the index after a clone
/// makes about a million strings, and a report tens of thousands.
enum ValidUTF8 {
    /// Whether the bytes are well-formed UTF-8. ASCII is passed over eight bytes at a
    /// time and only the runs of other bytes between are given to `UTF8Span`: a case
    /// file is mostly keys, ids and times, and the standard library spent some 16
    /// instructions on every byte (a sixteenth of a clone's first read). An ASCII byte
    /// is never inside a longer sequence, so each run is whole or the text is not.
    static func check(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let end = bytes.count
        var i = 0
        while i < end {
            // Past the ASCII: by words where eight bytes remain, then byte by byte.
            while i + 8 <= end, UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 { i += 8 }
            while i < end, base[i] < 0x80 { i += 1 }
            guard i < end else { return true }
            let start = i
            while i < end, base[i] >= 0x80 { i += 1 }
            guard (try? UTF8Span(validating: UnsafeBufferPointer(start: base + start, count: i - start).span)) != nil else { return false }
        }
        return true
    }

    /// Whether the data is well-formed UTF-8.
    static func check(_ data: Data) -> Bool {
        data.withUnsafeBytes { check($0.bindMemory(to: UInt8.self)) }
    }

    /// The text the bytes spell, or nil when they are not well-formed UTF-8.
    static func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard let span = try? UTF8Span(validating: bytes.span) else { return nil }
        return String(copying: span)  // checked already: copied as it is
    }

    /// The text of bytes known to be well-formed UTF-8 (pieces of whole Strings, or a
    /// file checked whole), copied without checking them again.
    static func string(known bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(copying: UTF8Span(unchecked: bytes.span))
    }

    /// The text the bytes spell, or nil when they are not well-formed UTF-8.
    static func string(_ bytes: [UInt8]) -> String? {
        bytes.withUnsafeBufferPointer { string($0) }
    }
}
