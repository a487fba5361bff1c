/// Breaks text into lines of at most `width` columns without adding or dropping a
/// character, except the spaces where a line breaks: at a space in space-separated
/// text (English), between ideographs and kana where Japanese line breaking allows
/// (`LineBreak`), and anywhere between characters only when there is no such place.
/// Never inside a character.
public enum Wrap {
    /// Lines of `text`; lines after the first are `then` columns wide (for hanging
    /// indents), `width` when nil.
    public static func lines(_ text: String, width: Int, then: Int? = nil) -> [String] {
        let rest = then ?? width
        guard width > 0, rest > 0 else { return [] }
        // No character is wider than its UTF-8 bytes, so short text fits as it is.
        if !text.containsUTF8(0x0A), text.utf8.count <= width || TextWidth.of(text) <= width { return [text] }
        var out: [String] = []
        for paragraph in paragraphs(text) {
            let room = out.isEmpty ? width : rest
            // A short paragraph fits as it is.
            if paragraph.utf8.count <= room || TextWidth.of(String(paragraph)) <= room {
                out.append(String(paragraph))
                continue
            }
            lines(of: paragraph, width: room, then: rest, into: &out)
        }
        return out
    }

    /// The text between line breaks. A line break is a character of its own unless a
    /// carriage return comes before it, so without one the text is cut by its bytes.
    private static func paragraphs(_ text: String) -> [Substring] {
        guard !text.containsUTF8(0x0D) else { return text.split(separator: "\n", omittingEmptySubsequences: false) }
        guard text.containsUTF8(0x0A) else { return [text[...]] }
        return text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map { Substring($0) }
    }

    /// The lines of one paragraph that does not fit. Each character is measured once,
    /// and a line is a stretch of the paragraph's characters, cut out by its bytes: a
    /// Japanese report wraps thousands of lines, and moving characters from array to
    /// array, measuring the line again after each break, cost a fifth of it.
    private static func lines(of paragraph: Substring, width: Int, then rest: Int, into out: inout [String]) {
        let bytes = Array(paragraph.utf8)
        let (offsets, widths) = characters(of: paragraph, bytes: bytes.count)
        func piece(_ from: Int, _ to: Int) -> String {
            String(decoding: bytes[offsets[from]..<offsets[to]], as: UTF8.self)
        }
        func character(_ k: Int) -> Character { Character(piece(k, k + 1)) }
        // A space, as the character " " alone: one byte, 0x20.
        func isSpace(_ k: Int) -> Bool { offsets[k + 1] - offsets[k] == 1 && bytes[offsets[k]] == 0x20 }
        var room = width
        var start = 0  // the line so far is characters start..<k
        var used = 0
        var broken = false
        for k in widths.indices {
            let w = widths[k]
            while used + w > room, start < k {
                if let (at, space) = LineBreak.lastBreak(in: start..<k, before: k, count: widths.count, character) {
                    out.append(piece(start, start + at))
                    start += at + (space ? 1 : 0)
                } else {
                    // Cut anywhere, but not before what may not start a line: it takes the
                    // characters before it along (`~/.local/share/ladder` / `）。` was cut
                    // to `…ladder）` / `。`).
                    var cut = k
                    while cut - start > 1, LineBreak.Traits(character(cut)).contains(.noStart) { cut -= 1 }
                    out.append(piece(start, cut))
                    start = cut
                }
                room = rest
                broken = true
                used = widths[start..<k].reduce(0, +)
            }
            // Spaces at the start of a continued line are where it broke.
            if isSpace(k) && start == k && broken {
                start = k + 1
                continue
            }
            used += w
        }
        out.append(piece(start, widths.count))
    }

    /// Where each character of `text` starts in its UTF-8 (and where the last ends), and
    /// its width. Text whose every scalar stands alone (`standsAlone`) is read scalar by
    /// scalar, a few times cheaper than finding where each character ends.
    static func characters(of text: Substring, bytes: Int) -> (offsets: [Int], widths: [Int]) {
        var offsets = [0], widths: [Int] = []
        offsets.reserveCapacity(bytes + 1)
        widths.reserveCapacity(bytes)
        var at = 0
        for s in text.unicodeScalars {
            guard standsAlone(s.value) else {
                offsets = [0]
                widths = []
                at = 0
                for c in text {
                    at += c.utf8.count
                    offsets.append(at)
                    widths.append(TextWidth.of(c))
                }
                return (offsets, widths)
            }
            at += UTF8.width(s)
            offsets.append(at)
            widths.append(TextWidth.of(s))
        }
        return (offsets, widths)
    }

    /// Scalars that are always a character of their own, whatever stands beside them
    /// (Unicode's grapheme break property Other): printable ASCII and Latin, CJK
    /// punctuation, kana, ideographs, full- and half-width forms. Not the combining
    /// sound marks (U+3099, U+309A, U+FF9E, U+FF9F: `ﾄﾞ` is one character) nor the
    /// soft hyphen (a control). A test asks Swift's own character breaking of each.
    @inline(__always)
    static func standsAlone(_ v: UInt32) -> Bool {
        switch v {
        case 0x20...0x7E, 0xA0...0xAC, 0xAE...0x2FF: return true
        case 0x3000...0x3029, 0x3030...0x303F, 0x3041...0x3096, 0x309B...0x30FF: return true
        case 0x4E00...0x9FFF, 0xFF01...0xFF9D: return true
        default: return false
        }
    }
}
