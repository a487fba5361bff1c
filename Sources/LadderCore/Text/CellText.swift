/// How a character is drawn into terminal cells, so that every terminal shows it in
/// exactly `TextWidth.of(character)` columns (Docs/Terminal.md).
///
/// A cell holds one spacing scalar and the zero-width scalars after it: ncurses'
/// setcchar refuses a spacing scalar as a combining one, so ﾄﾞ (two spacing scalars
/// that Swift joins into one Character) is drawn as ﾄ and ﾞ in two cells. Where
/// terminals disagree on a sequence, a stand-in of the width ladder counts is drawn.
public enum CellText {
    public struct Cell: Equatable, Sendable {
        public var character: Character
        /// 1 or 2.
        public var width: Int
    }

    /// Whether `character` is drawn as itself in one cell: one scalar that the C
    /// library gives a width of 1 or 2 (almost every character), so no split is needed.
    @inline(__always)
    public static func isSimple(_ character: Character) -> Bool {
        let scalars = character.unicodeScalars
        guard let first = scalars.first, scalars.index(after: scalars.startIndex) == scalars.endIndex else { return false }
        return TextWidth.of(first) > 0 && TextWidth.hasWidth(first)
    }

    /// The cells of `character`, left to right; their widths add up to `TextWidth.of`.
    /// Empty for a character of no width (a lone combining mark or joiner).
    public static func cells(_ character: Character) -> [Cell] {
        var out: [Cell] = []
        var previous: Unicode.Scalar?
        for s in character.unicodeScalars {
            defer { previous = s }
            switch s.value {
            case 0x200D:
                // A zero-width joiner: tmux draws the rest in the cell before, other
                // terminals as one glyph or each part apart. The part before stands in.
                return out
            case 0xFE0F:
                // Emoji presentation: two columns on some terminals, one in wcwidth.
                continue
            case 0x1F3FB...0x1F3FF where previous != nil:
                // A skin tone after an emoji: joined into one glyph by some terminals,
                // two more columns in wcwidth and tmux. Blank columns keep the count.
                out.append(Cell(character: " ", width: 1))
                out.append(Cell(character: " ", width: 1))
                continue
            default:
                break
            }
            guard TextWidth.hasWidth(s) else {
                out.append(Cell(character: "\u{FFFD}", width: 1))
                continue
            }
            let w = TextWidth.of(s)
            if w > 0 {
                out.append(Cell(character: Character(s), width: w))
            } else if let last = out.last {
                // A combining mark rides on the cell before, when it joins it.
                var joined = String(last.character)
                joined.unicodeScalars.append(s)
                if joined.count == 1 { out[out.count - 1].character = Character(joined) }
            }
        }
        return out
    }
}
