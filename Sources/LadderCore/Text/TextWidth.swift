/// Display width in terminal columns, as glibc's wcwidth sees it under C.UTF-8:
/// East Asian Wide and Fullwidth characters and emoji take 2 columns, combining marks
/// none, everything else 1. East Asian Ambiguous characters count 1, so layout never
/// depends on them (see Docs/Terminal.md).
public enum TextWidth {
    /// Ranges of East Asian Wide (W) and Fullwidth (F) scalars.
    private static let wide: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
        0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19,
        0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF,
        0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]

    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x7F { return v < 0x20 ? 0 : 1 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control: return 0
        default: break
        }
        if v == 0x200B || (0x1160...0x11FF).contains(v) { return 0 }
        if scalar.properties.isEmojiPresentation { return 2 }
        var lo = 0, hi = wide.count - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            if v < wide[mid].lowerBound { hi = mid - 1 } else if v > wide[mid].upperBound { lo = mid + 1 } else { return 2 }
        }
        return 1
    }

    public static func of(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return 0 }
        if first.isASCII && scalars.count == 1 { return first.value < 0x20 || first.value == 0x7F ? 0 : 1 }
        // An emoji made wide by a variation selector (U+FE0F) or joined sequence.
        if scalars.contains(where: { $0.value == 0xFE0F }) && first.properties.isEmoji { return 2 }
        return scalars.reduce(0) { max($0, of($1)) }
    }

    public static func of(_ text: String) -> Int {
        if text.isPrintableASCII { return text.utf8.count }
        // Scalar by scalar, which is much cheaper than by grapheme cluster, gives the
        // same sum unless the text holds the scalars that join wide characters into one
        // (zero-width joiner, emoji variation selector, skin tones, flag letters).
        var sum = 0
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v == 0x200D || v == 0xFE0F || (0x1F3FB...0x1F3FF).contains(v) || (0x1F1E6...0x1F1FF).contains(v) {
                return text.reduce(0) { $0 + of($1) }
            }
            // Kana and the common ideographs, the bulk of Japanese text, skip the lookups.
            if (0x3041...0x3096).contains(v) || (0x30A1...0x30FA).contains(v) || (0x4E00...0x9FFF).contains(v) {
                sum += 2
            } else {
                sum += of(scalar)
            }
        }
        return sum
    }

    /// Cuts `text` to at most `width` columns, never inside a character; a cut text
    /// ends in `~` (ASCII, so it is one column on every terminal).
    public static func clip(_ text: String, to width: Int, marker: String = "~") -> String {
        guard width > 0 else { return "" }
        if of(text) <= width { return text }
        let room = width - of(marker)
        var out = ""
        var used = 0
        for c in text {
            let w = of(c)
            if used + w > room { break }
            out.append(c)
            used += w
        }
        return room >= 0 ? out + marker : out
    }

    /// `text` cut to `width` and padded with spaces to exactly `width` columns.
    public static func fit(_ text: String, to width: Int) -> String {
        let clipped = clip(text, to: width)
        return clipped + String(repeating: " ", count: max(0, width - of(clipped)))
    }

    /// `text` padded on the left to `width` columns (for numbers).
    public static func padLeft(_ text: String, to width: Int) -> String {
        String(repeating: " ", count: max(0, width - of(text))) + text
    }
}

/// Text from the store made safe to print: control characters, escape sequences and
/// bidirectional overrides can never move the cursor, recolour or reorder the terminal.
public enum TerminalText {
    /// For one line: line breaks and tabs become spaces.
    public static func line(_ text: String) -> String { clean(text, keepNewlines: false) }

    /// For a block of text: line breaks are kept, everything else is made visible.
    public static func block(_ text: String) -> String { clean(text, keepNewlines: true) }

    /// Whether the UTF-8 holds none of what `clean` replaces: C0 and C1 controls, DEL,
    /// the bidirectional overrides and isolates, the line and paragraph separators.
    private static func isInert(_ text: String) -> Bool {
        text.withUTF8Bytes { bytes in
            var previous: UInt8 = 0, before: UInt8 = 0
            for b in bytes {
                if b < 0x20 || b == 0x7F { return false }
                if previous == 0xC2, b < 0xA0 { return false }  // U+0080...U+009F
                if before == 0xE2, previous == 0x80, (0xA8...0xAE).contains(b) { return false }  // U+2028...U+202E
                if before == 0xE2, previous == 0x81, (0xA6...0xA9).contains(b) { return false }  // U+2066...U+2069
                before = previous
                previous = b
            }
            return true
        }
    }

    /// JSON with DEL, the C1 controls and the bidi and line separators written as `\uXXXX`
    /// escapes, which the encoder leaves raw: the same data for a program, inert in a
    /// terminal. (C0 controls are escaped by every JSON encoder already.)
    public static func jsonInert(_ json: String) -> String {
        if isInert(json) || json.utf8.allSatisfy({ $0 < 0x7F }) { return json }
        var out = String.UnicodeScalarView()
        for s in json.unicodeScalars {
            switch s.value {
            case 0x7F, 0x80..<0xA0, 0x202A...0x202E, 0x2066...0x2069, 0x2028, 0x2029:
                out.append(contentsOf: String(format: "\\u%04x", s.value).unicodeScalars)
            default: out.append(s)
            }
        }
        return String(out)
    }

    private static func clean(_ text: String, keepNewlines: Bool) -> String {
        if text.isPrintableASCII || isInert(text) { return text }
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            switch s.value {
            case 0x0A where keepNewlines: out.append(s)
            case 0x09, 0x0A, 0x0D: out.append(" ")
            case 0x00..<0x20: out.append("^"); out.append(Unicode.Scalar(UInt8(s.value + 0x40)))
            case 0x7F: out.append("^"); out.append("?")
            case 0x80..<0xA0, 0x202A...0x202E, 0x2066...0x2069, 0x2028, 0x2029:
                out.append("\u{FFFD}")
            default: out.append(s)
            }
        }
        return String(out)
    }
}
