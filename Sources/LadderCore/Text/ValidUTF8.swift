import Foundation

/// UTF-8 checked by the standard library's `UTF8Span`, which is several times faster
/// than `String(validating:as:)`: that one is generic over the encoding and, on Linux,
/// looks its types up at run time for every string. Reading the index after a clone
/// makes about a million strings, and a report tens of thousands.
enum ValidUTF8 {
    /// Whether the bytes are well-formed UTF-8.
    static func check(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        (try? UTF8Span(validating: bytes.span)) != nil
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

    /// The text the bytes spell, or nil when they are not well-formed UTF-8.
    static func string(_ bytes: [UInt8]) -> String? {
        bytes.withUnsafeBufferPointer { string($0) }
    }
}
