/// Where a line may break, for `Wrap`: at a space, and between two characters when one
/// of them is Japanese (or another wide script) and Japanese line-breaking rules
/// (kinsoku shori, JIS X 4051) allow it: never before closing brackets and
/// punctuation, small kana, the long-vowel mark and iteration marks; never after
/// opening brackets. Between two letters of a word it never breaks.
enum LineBreak {
    /// The last place in `line` (followed by `next`) to break: the index the next
    /// line starts at, and whether a space stands there (and is dropped). nil: none.
    static func lastBreak(in line: [Character], before next: Character) -> (Int, Bool)? {
        guard let last = line.last else { return nil }
        if next == " " || last != " " && allowed(last, next) { return (line.count, false) }
        var i = line.count - 1
        while i > 0 {
            if line[i] == " " { return (i, true) }
            if line[i - 1] != " ", allowed(line[i - 1], line[i]) { return (i, false) }
            i -= 1
        }
        return nil
    }

    /// Whether a line may break between `a` and `b` (neither a space).
    static func allowed(_ a: Character, _ b: Character) -> Bool {
        guard breaksAround(a) || breaksAround(b) else { return false }
        // Numbers stay with what they count and dates stay whole: `12月3日(木)`,
        // `案件12`, `3時間` (a newcomer saw `期限 12月3` / `日(木)`).
        if isASCIIWordCharacter(a) || isASCIIWordCharacter(b) || b == "(" { return false }
        return !noStart.contains(b) && !noEnd.contains(a)
    }

    private static func isASCIIWordCharacter(_ c: Character) -> Bool {
        c.isASCII && (c.isLetter || c.isNumber)
    }

    /// Ideographs, kana, full-width forms and other wide characters, and half-width
    /// katakana: text written without spaces, which breaks between any two of them.
    private static func breaksAround(_ c: Character) -> Bool {
        guard let s = c.unicodeScalars.first else { return false }
        return (0xFF61...0xFF9F).contains(s.value) || TextWidth.of(s) == 2
    }

    /// Never at the start of a line: closing brackets and quotes, punctuation, small
    /// kana, the long-vowel mark, iteration marks, the sound marks (full and half width).
    private static let noStart: Set<Character> = Set(
        "、。，．・：；？！‼⁇⁈⁉゛゜ヽヾゝゞ々〻ー―‐゠–〜～…‥"
            + "」』）〕］｝〉》】〙〗〟’”｠»"
            + "ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ"
            + "｡､｣･ｧｨｩｪｫｬｭｮｯｰﾞﾟ"
            + ",.:;?!)]}%"
    )

    /// Never at the end of a line: opening brackets and quotes.
    private static let noEnd: Set<Character> = Set("「『（〔［｛〈《【〘〖〝‘“｟«｢([{")
}
