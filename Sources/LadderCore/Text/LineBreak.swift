/// Where a line may break, for `Wrap`: at a space, and between two characters when one
/// of them is Japanese (or another wide script) and Japanese line-breaking rules
/// (kinsoku shori, JIS X 4051) allow it: never before closing brackets and
/// punctuation, small kana, the long-vowel mark and iteration marks; never after
/// opening brackets. Between two letters of a word it never breaks.
enum LineBreak {
    /// What the rules ask of one character, found once for it: comparing or hashing
    /// characters is dear, and a Japanese report wraps thousands of lines.
    struct Traits: OptionSet, Sendable {
        let rawValue: UInt16
        /// A space, where English breaks (and which is dropped there).
        static let space = Traits(rawValue: 1)
        /// Ideographs, kana, full-width forms and other wide characters, and half-width
        /// katakana: text written without spaces, which breaks between any two of them.
        static let wide = Traits(rawValue: 2)
        /// An ASCII letter or digit: numbers stay with what they count.
        static let word = Traits(rawValue: 4)
        /// `(`, which stays with what it follows: `12月3日(木)`.
        static let openParenthesis = Traits(rawValue: 8)
        /// Never at the start of a line (`noStart`).
        static let noStart = Traits(rawValue: 16)
        /// Never at the end of a line (`noEnd`).
        static let noEnd = Traits(rawValue: 32)
        /// The first of a unit of two characters (`か月`, `ヶ月`, `週間`, `時間`), and
        /// the second: never parted (a newcomer saw `7か月1週` / `間`).
        static let unitHead = Traits(rawValue: 64)
        static let unitTail = Traits(rawValue: 128)
        /// Japanese punctuation that ends a phrase (`、`, `。`, `）`), after which a number
        /// may start a line, and an opening bracket (`（`, `「`), which may start one
        /// after a number: `故障受付、` / `0120-111-111`, `0120-111-111` / `（フリー…`.
        static let pause = Traits(rawValue: 256)
        static let opens = Traits(rawValue: 512)

        init(rawValue: UInt16) { self.rawValue = rawValue }

        init(_ c: Character) {
            var t: Traits = []
            let scalars = c.unicodeScalars
            if let first = scalars.first {
                let one = scalars.index(after: scalars.startIndex) == scalars.endIndex
                if one, first == " " { t.insert(.space) }
                if one, first == "(" { t.insert(.openParenthesis) }
                if (0xFF61...0xFF9F).contains(first.value) || TextWidth.of(first) == 2 { t.insert(.wide) }
                if c.isASCII && (c.isLetter || c.isNumber) { t.insert(.word) }
                // One lookup for what the sets say of a scalar alone; a character of several
                // scalars is asked of the kinsoku sets as a character.
                if one {
                    if let more = LineBreak.byScalar[first.value] { t.formUnion(more) }
                } else {
                    if LineBreak.noStart.contains(c) { t.insert(.noStart) }
                    if LineBreak.noEnd.contains(c) { t.insert(.noEnd) }
                }
            }
            self = t
        }
    }

    /// Each scalar's traits from the sets below, found at once.
    static let byScalar: [UInt32: Traits] = {
        var table: [UInt32: Traits] = [:]
        for (set, trait) in [(unitHeads, Traits.unitHead), (unitTails, .unitTail), (pauses, .pause), (openings, .opens),
                             (noStartScalars, .noStart), (noEndScalars, .noEnd)] {
            for scalar in set { table[scalar, default: []].insert(trait) }
        }
        return table
    }()

    /// The last place in the characters `line` (followed by character `next`, of
    /// `count` in all) to break: where the next line starts, counted from the line's
    /// start, and whether a space stands there (and is dropped). nil: none. Only the
    /// characters looked at are made and asked their traits: nearly always the last one
    /// or two. A space between a date and its time (`3月12日(木) 10:00`, `Thu 03-12
    /// 10:00`) is taken only when the line has no other place.
    static func lastBreak(in line: Range<Int>, before next: Int, count: Int, _ character: (Int) -> Character) -> (Int, Bool)? {
        guard !line.isEmpty else { return nil }
        var held: (Int, Bool)?
        var right = Traits(character(line.upperBound - 1))
        let after = Traits(character(next))
        if after.contains(.space) {
            if !joinsDateAndTime(next, count: count, character) { return (line.count, false) }
            held = (line.count, false)
        } else if !right.contains(.space) && allowed(right, after) {
            return (line.count, false)
        }
        var i = line.upperBound - 1
        while i > line.lowerBound {
            if right.contains(.space) {
                if !joinsDateAndTime(i, count: count, character) { return (i - line.lowerBound, true) }
                if held == nil { held = (i - line.lowerBound, true) }
            }
            let left = Traits(character(i - 1))
            if !left.contains(.space), !right.contains(.space), allowed(left, right) { return (i - line.lowerBound, false) }
            right = left
            i -= 1
        }
        return held
    }

    /// Whether the space at `space` stands inside a date and its time: between a date
    /// (ending in `)`, `日` or a digit) and a clock time (`9:30`, `10:00`), or between an
    /// English weekday and its date (`Sat 07-11`). A newcomer saw `期限 3月12日(木)` / `10:00`.
    static func joinsDateAndTime(_ space: Int, count: Int, _ character: (Int) -> Character) -> Bool {
        guard space > 0, space + 1 < count else { return false }
        func digit(_ k: Int) -> Bool { let c = character(k); return c.isASCII && c.isNumber }
        // The character before the space decides which to look for, so a space in
        // Japanese text (`期限 7月`) costs one look back.
        let before = character(space - 1)
        if before.isASCII && before.isLetter {
            return space >= 3 && (space == 3 || character(space - 4) == " ") && digit(space + 1)
                && weekdays.contains(String([character(space - 3), character(space - 2), before]))
        }
        guard before == ")" || before == "日" || before.isASCII && before.isNumber, space + 4 < count, digit(space + 1) else { return false }
        let colon = digit(space + 2) ? space + 3 : space + 2
        return colon + 2 < count && character(colon) == ":" && digit(colon + 1) && digit(colon + 2)
    }

    static let weekdays: Set<String> = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

    /// Whether a line may break between `a` and `b` (neither a space).
    static func allowed(_ a: Traits, _ b: Traits) -> Bool {
        guard a.contains(.wide) || b.contains(.wide) else { return false }
        // Numbers stay with what they count and dates stay whole: `12月3日(木)`,
        // `案件12`, `3時間` (a newcomer saw `期限 12月3` / `日(木)`).
        if a.contains(.word) || b.contains(.word) || b.contains(.openParenthesis) {
            // Except after a phrase's end, or before a bracket: a newcomer saw `故障受` /
            // `付、0120-111-111（フリーダイヤル）…` with room for `付、` on the line.
            guard a.contains(.pause) && b.contains(.word) || a.contains(.word) && b.contains(.opens) else { return false }
        }
        if a.contains(.unitHead) && b.contains(.unitTail) { return false }
        return !b.contains(.noStart) && !a.contains(.noEnd)
    }

    /// か ヶ ヵ カ ケ 週 時, and 月 間: the units of two characters that lengths of time
    /// are written in; and a length's last unit (秒 分 間 日 月 年) with 前 or 後 after
    /// it (`30分19秒前`: a newcomer saw `秒` / `前`). Kept together wherever they meet; a
    /// word such as `時間` is not broken either.
    static let unitHeads: Set<UInt32> = [0x304B, 0x30F6, 0x30F5, 0x30AB, 0x30B1, 0x9031, 0x6642,
                                         0x79D2, 0x5206, 0x9593, 0x65E5, 0x6708, 0x5E74]
    static let unitTails: Set<UInt32> = [0x6708, 0x9593, 0x524D, 0x5F8C]

    /// `、。，．：；？！` and the closing brackets, full width; the opening brackets.
    /// U+232A and U+2329 are canonically 〉 and 〈 (`alike`).
    static let pauses = Set("、。，．：；？！）」』】〕〉》］｝".unicodeScalars.map(\.value) + [0x232A])
    static let openings = Set("（「『【〔〈《［｛".unicodeScalars.map(\.value) + [0x2329])

    /// The scalars of `characters`' one-scalar members, and of the scalars canonically
    /// the same as one (U+037E, the Greek question mark, is a semicolon), as a
    /// `Set<Character>` finds them (a test asks both of every scalar).
    private static func scalars(of characters: Set<Character>, alike: [UInt32: UInt32]) -> Set<UInt32> {
        var out = Set(characters.compactMap { $0.unicodeScalars.count == 1 ? $0.unicodeScalars.first!.value : nil })
        for (other, member) in alike where out.contains(member) { out.insert(other) }
        return out
    }

    /// Scalars canonically equivalent to another single scalar that either set holds:
    /// the Greek question mark is a semicolon, the angle brackets U+2329 and U+232A
    /// are 〈 and 〉.
    private static let alike: [UInt32: UInt32] = [0x037E: 0x3B, 0x2329: 0x3008, 0x232A: 0x3009]
    static let noStartScalars = scalars(of: noStart, alike: alike)
    static let noEndScalars = scalars(of: noEnd, alike: alike)

    /// Never at the start of a line: closing brackets and quotes, punctuation, small
    /// kana, the long-vowel mark, iteration marks, the sound marks (full and half width).
    /// Each scalar a member on its own: read as characters, the half-width `ｰﾞﾟ` was one
    /// character (the sound marks join what comes before them), so `ｰ` was no member
    /// and `ｶ` / `ｰﾄﾞ` was a line break.
    static let noStart: Set<Character> = members(
        "、。，．・：；？！‼⁇⁈⁉゛゜ヽヾゝゞ々〻ー―‐゠–〜～…‥"
            + "」』）〕］｝〉》】〙〗〟’”｠»"
            + "ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ"
            + "｡､｣･ｧｨｩｪｫｬｭｮｯｰﾞﾟ"
            + ",.:;?!)]}%"
    )

    /// Never at the end of a line: opening brackets and quotes.
    static let noEnd: Set<Character> = members("「『（〔［｛〈《【〘〖〝‘“｟«｢([{")

    /// Every scalar of `text` as a character of its own.
    private static func members(_ text: String) -> Set<Character> { Set(text.unicodeScalars.map(Character.init)) }
}
