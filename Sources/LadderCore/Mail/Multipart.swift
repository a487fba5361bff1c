/// A multipart body cut at its boundary lines (RFC 2046 5.1.1): `--boundary` at the
/// start of a line, `--boundary--` at the end; the preamble and epilogue are dropped.
/// The line break before a boundary line belongs to the boundary.
enum Multipart {
    static func split(_ body: [UInt8], boundary: String, part: String,
                      notes: inout [MailNote]) throws(MailError) -> [[UInt8]] {
        let marker = [0x2D, 0x2D] + Array(boundary.utf8)
        var pieces: [[UInt8]] = []
        var start: Int?  // where the current piece began
        var closed = false
        var i = 0
        while i < body.count {
            let end = body[i...].firstIndex(of: 0x0A) ?? body.count
            if let kind = delimiter(body, from: i, to: end, marker: marker) {
                if let s = start {
                    // The CRLF (or LF) before this line is part of the delimiter.
                    var pieceEnd = i
                    if pieceEnd > s, body[pieceEnd - 1] == 0x0A { pieceEnd -= 1 }
                    if pieceEnd > s, body[pieceEnd - 1] == 0x0D { pieceEnd -= 1 }
                    pieces.append(Array(body[s..<max(s, pieceEnd)]))
                }
                if kind == .close {
                    closed = true
                    break
                }
                start = min(end + 1, body.count)
            }
            i = end + 1
        }
        if !closed {
            guard let s = start else { throw .boundaryNotFound(part: part, boundary: boundary) }
            pieces.append(Array(body[s...]))
            notes.append(.unclosedMultipart(part: part))
        }
        return pieces
    }

    enum Delimiter { case open, close }

    /// Whether the line `from..<to` is the boundary, and which one.
    static func delimiter(_ body: [UInt8], from: Int, to: Int, marker: [UInt8]) -> Delimiter? {
        guard to - from >= marker.count, body[from] == 0x2D, body[from..<(from + marker.count)].elementsEqual(marker) else { return nil }
        var j = from + marker.count
        var kind = Delimiter.open
        if j + 1 < to, body[j] == 0x2D, body[j + 1] == 0x2D {
            kind = .close
            j += 2
        }
        // Only blanks may follow (transport padding).
        while j < to {
            guard body[j] == 0x20 || body[j] == 0x09 || body[j] == 0x0D else { return nil }
            j += 1
        }
        return kind
    }
}
