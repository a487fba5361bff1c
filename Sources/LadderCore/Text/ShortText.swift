/// A short text written as bytes in place and made into a String once, unchecked:
/// every piece is ASCII digits or a whole String's UTF-8, so the whole is well formed.
/// For dates and lengths of time, written thousands of times a report: interpolating
/// them cost a few hundred instructions a piece.
struct ShortText {
    /// More than any date or length of time needs: a date is four numbers, a length
    /// two, each at most 20 bytes with its sign, and their units a few bytes each.
    static let room = 96

    private let out: UnsafeMutableBufferPointer<UInt8>
    private(set) var count = 0

    private init(_ out: UnsafeMutableBufferPointer<UInt8>) { self.out = out }

    /// The text `body` writes.
    static func make(_ body: (inout ShortText) -> Void) -> String {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: room) { buffer in
            var text = ShortText(buffer)
            body(&text)
            return ValidUTF8.string(known: UnsafeBufferPointer(rebasing: buffer[..<text.count]))
        }
    }

    /// `n` in decimal, with zeros before it to make `width` bytes, its sign counted
    /// (as `TimeText.pad` writes it: `07`, `-1`).
    mutating func number(_ n: Int, width: Int = 1) {
        var value = n.magnitude
        if n < 0 { put(0x2D) }
        let first = count
        repeat {
            put(UInt8(truncatingIfNeeded: value % 10) + 0x30)
            value /= 10
        } while value > 0 || count - first < width - (n < 0 ? 1 : 0)
        out[first..<count].reverse()
    }

    mutating func text(_ piece: StaticString) {
        piece.withUTF8Buffer { for b in $0 { put(b) } }
    }

    mutating func text(_ piece: String) {
        for b in piece.utf8 { put(b) }
    }

    private mutating func put(_ byte: UInt8) {
        precondition(count < Self.room, "a short text longer than \(Self.room) bytes")
        out[count] = byte
        count += 1
    }
}
