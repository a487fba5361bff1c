/// Display width in terminal columns, as the terminal counts it: ncursesw and tmux
/// use glibc's wcwidth under C.UTF-8, so each scalar counts what wcwidth says
/// (`WidthTable`, generated from it), and a character (grapheme cluster) the sum of its
/// scalars: ﾄﾞ is two columns, e + a combining accent one. East Asian Ambiguous
/// characters count 1, as glibc says. Rules and exceptions: Docs/Terminal.md.
public enum TextWidth {
    /// The columns of one scalar: controls 0; a scalar the C library gives no width
    /// (unassigned, such as emoji newer than it) 1, as the screen draws it as U+FFFD.
    @inline(__always)
    public static func of(_ scalar: Unicode.Scalar) -> Int { of(value: scalar.value) }

    /// `of(_:)` for a scalar's value.
    @inline(__always)
    static func of(value v: UInt32) -> Int {
        if v < 0xA0 { return v < 0x20 || v >= 0x7F ? 0 : 1 }
        let k = WidthTable.widthClass(v)
        return k == 3 ? 1 : k
    }

    /// Whether the C library gives `scalar` a width (controls aside): the screen draws
    /// one it does not as U+FFFD, which every terminal shows in one column.
    public static func hasWidth(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0xA0 || WidthTable.widthClass(scalar.value) != 3
    }

    public static func of(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        var sum = 0
        for s in scalars {
            // tmux draws what follows a zero-width joiner in the cell before it; other
            // terminals differ, so the screen draws only the part before (CellText).
            if s.value == 0x200D { break }
            sum += of(s)
        }
        return sum
    }

    public static func of(_ text: String) -> Int {
        if text.isPrintableASCII { return text.utf8.count }
        return text.withUTF8Bytes(of(scalars:)) ?? text.reduce(0) { $0 + of($1) }
    }

    /// The width of well-formed UTF-8 scalar by scalar, which is much cheaper than by
    /// character and gives the same sum unless the text holds a zero-width joiner: nil
    /// then.
    static func of(scalars b: UnsafeBufferPointer<UInt8>) -> Int? {
        var sum = 0, i = 0
        while i < b.count {
            let lead = b[i]
            if lead < 0x80 {
                sum += lead < 0x20 || lead == 0x7F ? 0 : 1
                i += 1
                continue
            }
            let (v, length) = UTF8Scalar.read(b, at: i)
            if v == 0x200D { return nil }
            sum += of(value: v)
            i += length
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
    static func isInert(_ text: String) -> Bool { text.withUTF8Bytes(isInert(bytes:)) }

    /// `isInert` for well-formed UTF-8.
    static func isInert(bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        // Only a control, 0xC2 or 0xE2 may start what is not inert: eight bytes with
        // none of them are passed at once, every other byte with one test (a Japanese
        // report asks this of every line).
        guard let base = bytes.baseAddress else { return true }
        let n = bytes.count
        let ones = 0x0101_0101_0101_0101 as UInt64, highs = 0x8080_8080_8080_8080 as UInt64
        /// 0x80 in some byte where a byte of `w` is zero.
        func zero(_ w: UInt64) -> UInt64 { (w &- ones) & ~w & highs }
        var i = 0
        while i < n {
            if i + 8 <= n {
                let w = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                let below = (w &- 0x20 &* ones) & ~w & highs  // some byte below 0x20
                if below | zero(w ^ (0x7F &* ones)) | zero(w ^ (0xC2 &* ones)) | zero(w ^ (0xE2 &* ones)) == 0 {
                    i += 8
                    continue
                }
            }
            let b = bytes[i]
            defer { i += 1 }
            if b >= 0x20, b != 0x7F, b != 0xC2, b != 0xE2 { continue }
            if b < 0x20 || b == 0x7F { return false }
            let next = i + 1 < n ? bytes[i + 1] : 0xFF, then = i + 2 < n ? bytes[i + 2] : 0
            if b == 0xC2, next < 0xA0 { return false }  // U+0080...U+009F
            if b == 0xE2, next == 0x80, (0xA8...0xAE).contains(then) { return false }  // U+2028...U+202E
            if b == 0xE2, next == 0x81, (0xA6...0xA9).contains(then) { return false }  // U+2066...U+2069
        }
        return true
    }

    /// JSON with DEL, the C1 controls and the bidi and line separators written as `\uXXXX`
    /// escapes, which the encoder leaves raw: the same data for a program, inert in a
    /// terminal. (C0 controls are escaped by every JSON encoder already.)
    public static func jsonInert(_ json: String) -> String {
        // Over the bytes, copied in runs: a pretty-printed list of ten thousand cases is
        // 11 MB, and going scalar by scalar took a third of `list --json`.
        json.withUTF8Bytes { bytes -> String in
            var out: [UInt8] = []
            var i = 0, copied = 0
            while i < bytes.count {
                let (width, value) = escaped(bytes, at: i)
                if width == 0 { i += 1; continue }
                if out.isEmpty { out.reserveCapacity(bytes.count + 64) }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<i]))
                out.append(contentsOf: "\\u".utf8)
                for shift in stride(from: 12, through: 0, by: -4) { out.append(Self.hex[Int(value >> UInt32(shift)) & 0xF]) }
                i += width
                copied = i
            }
            if copied == 0 { return json }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied...]))
            return String(decoding: out, as: UTF8.self)
        }
    }

    private static let hex = Array("0123456789abcdef".utf8)

    /// The length and scalar of the sequence at `i` when `jsonInert` escapes it (DEL,
    /// U+0080–U+009F, U+2028–U+202E, U+2066–U+2069); (0, 0) otherwise.
    @inline(__always)
    private static func escaped(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> (Int, UInt32) {
        switch b[i] {
        case 0x7F: return (1, 0x7F)
        case 0xC2 where i + 1 < b.count && b[i + 1] < 0xA0: return (2, UInt32(b[i + 1]))
        case 0xE2 where i + 2 < b.count && b[i + 1] == 0x80 && (0xA8...0xAE).contains(b[i + 2]):
            return (3, 0x2000 + UInt32(b[i + 2] - 0x80))
        case 0xE2 where i + 2 < b.count && b[i + 1] == 0x81 && (0xA6...0xA9).contains(b[i + 2]):
            return (3, 0x2040 + UInt32(b[i + 2] - 0x80))
        default: return (0, 0)
        }
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
