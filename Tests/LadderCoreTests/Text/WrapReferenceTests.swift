import LadderTestSupport
import Testing
@testable import LadderCore

/// Wrapping measures each character once and cuts lines out of the paragraph by their
/// bytes; it must break exactly where wrapping character by character did, which is
/// kept here as the reference. The kinsoku sets are asked by scalar value; they must
/// answer as the sets of characters do, for every scalar.
@Suite struct WrapReferenceTests {
    /// Wrapping as it was first written: a line is an array of characters, measured
    /// again after each break.
    static func reference(_ text: String, width: Int, then: Int? = nil) -> [String] {
        let rest = then ?? width
        guard width > 0, rest > 0 else { return [] }
        var out: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var room = out.isEmpty ? width : rest
            var line: [Character] = []
            var used = 0
            var broken = false
            let all = Array(paragraph)
            for (j, c) in all.enumerated() {
                let w = TextWidth.of(c)
                while used + w > room, !line.isEmpty {
                    // The line is all[j - line.count ..< j].
                    let joins = { (i: Int) in joinsDateAndTime(all, j - line.count + i) }
                    if let (at, space) = lastBreak(in: line, before: c, joins: joins) {
                        out.append(String(line[..<at]))
                        line = Array(line[(space ? at + 1 : at)...])
                    } else {
                        // Not before a character that may not start a line.
                        var cut = line.count
                        while cut > 1, LineBreak.noStart.contains(cut == line.count ? c : line[cut]) { cut -= 1 }
                        out.append(String(line[..<cut]))
                        line = Array(line[cut...])
                    }
                    room = rest
                    broken = true
                    used = line.reduce(0) { $0 + TextWidth.of($1) }
                }
                if c == " " && line.isEmpty && broken { continue }
                line.append(c)
                used += w
            }
            out.append(String(line))
        }
        return out
    }

    /// The last place to break, asked of characters. `joins(i)`: whether the space at
    /// `i` in the line (`line.count`: the next character) joins a date and its time,
    /// taken only when there is no other place.
    static func lastBreak(in line: [Character], before next: Character, joins: (Int) -> Bool) -> (Int, Bool)? {
        guard let last = line.last else { return nil }
        var held: (Int, Bool)?
        if next == " " {
            if !joins(line.count) { return (line.count, false) }
            held = (line.count, false)
        } else if last != " " && allowed(last, next) {
            return (line.count, false)
        }
        var i = line.count - 1
        while i > 0 {
            if line[i] == " " {
                if !joins(i) { return (i, true) }
                if held == nil { held = (i, true) }
            } else if line[i - 1] != " ", allowed(line[i - 1], line[i]) {
                return (i, false)
            }
            i -= 1
        }
        return held
    }

    /// Whether the space at `s` of a paragraph stands between a date and a clock time.
    static func joinsDateAndTime(_ all: [Character], _ s: Int) -> Bool {
        guard s > 0, s < all.count else { return false }
        func isDigit(_ c: Character) -> Bool { "0123456789".contains(c) && c.unicodeScalars.count == 1 }
        // `Sat 07-11`: a weekday, standing alone, and a date.
        if s >= 3, s + 1 < all.count, isDigit(all[s + 1]), s == 3 || all[s - 4] == " ",
           ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"].contains(String(all[(s - 3)..<s])) {
            return true
        }
        let before = all[s - 1]
        guard before == ")" || before == "日" || before.isASCII && before.isNumber else { return false }
        let after = all[(s + 1)...].prefix(5)
        func digit(_ c: Character) -> Bool { "0123456789".contains(c) && c.unicodeScalars.count == 1 }
        let a = Array(after)
        guard a.count >= 4, digit(a[0]) else { return false }
        let colon = digit(a[1]) ? 2 : 1
        return colon + 2 < a.count && a[colon] == ":" && digit(a[colon + 1]) && digit(a[colon + 2])
    }

    /// Whether a line may break between two characters, asked of the characters.
    static func allowed(_ a: Character, _ b: Character) -> Bool {
        func wide(_ c: Character) -> Bool {
            guard let s = c.unicodeScalars.first else { return false }
            return (0xFF61...0xFF9F).contains(s.value) || TextWidth.of(s) == 2
        }
        func word(_ c: Character) -> Bool { c.isASCII && (c.isLetter || c.isNumber) }
        guard wide(a) || wide(b) else { return false }
        if word(a) || word(b) || b == "(" {
            guard "、。，．：；？！）」』】〕〉》］｝".contains(a) && word(b) || word(a) && "（「『【〔〈《［｛".contains(b) else { return false }
        }
        // `か月`, `週間`, `時間`, and a length then 前 or 後: `3日前`, `2時間後`.
        if "かヶヵカケ週時秒分間日月年".contains(a) && "月間前後".contains(b) { return false }
        return !LineBreak.noStart.contains(b) && !LineBreak.noEnd.contains(a)
    }

    /// Pieces that exercise every rule: words, spaces (runs of them too), ideographs and
    /// kana, punctuation that may not start or end a line, half-width kana with sound
    /// marks, digits beside units and units of two characters, clusters of several scalars, a zero-width joiner.
    static let pieces: [String] = [
        "the", "network", "team", " ", " ", "  ", "案件", "電話", "した", "。", "、", "「", "」", "（", "）",
        "ｶﾞ", "ﾄﾞｺﾓ", "ｯ", "ー", "12", "月", "3日", "(木)", "e\u{301}", "👨‍👩‍👧", "ab-cd", "！", "x", "\n",
        "\u{037E}", "ゝ\u{3099}", "docomo-ahamo", "\r\n", "\r", " \u{301}", "(\u{301}", "〈", "\u{2329}", "ﾊﾟｹｯﾄ", "\n\u{3099}", "\u{600}", "🇯🇵",
        "7か月", "1週間", "時間", "ヶ", "間", "カ", "10:00", "9:30", ")", "日", "1:5", "Sat", "07-11", "Sun ", "付、", "0120-111-111", "（フリー", "」", "秒前", "日後", "前",
    ]

    @Test func breaksWhereCharacterByCharacterWrappingBroke() {
        var dice = Dice(state: 21)
        for round in 0..<runSize("LADDER_WRAP_ROUNDS", default: 3_000) {
            let text = (0..<(1 + dice.next(30))).map { _ in dice.pick(Self.pieces) }.joined()
            let width = 1 + dice.next(24)
            let then: Int? = dice.next(3) == 0 ? 1 + dice.next(20) : nil
            let fast = Wrap.lines(text, width: width, then: then)
            let slow = Self.reference(text, width: width, then: then)
            // Text that fits is given back whole by both; the reference alone is asked
            // only for text that does not.
            // (By its bytes: a line break followed by a mark is not found as a character.)
            let fits = !text.utf8.contains(0x0A) && TextWidth.of(text) <= width
            // Compared as bytes: == on strings would take canonically equal text as equal.
            #expect((fits ? [text] : slow).map { Array($0.utf8) } == fast.map { Array($0.utf8) },
                    "round \(round): \(text.debugDescription) at \(width), then \(String(describing: then))")
        }
    }

    /// Every scalar said to stand alone is a character of its own beside a letter, an
    /// ideograph and itself, on either side, as Swift finds characters.
    @Test func scalarsSaidToStandAloneDo() {
        var checked = 0
        for value in UInt32(0)...0x10FFFF where Wrap.standsAlone(value) {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let s = String(scalar)
            for pair in ["a" + s, s + "a", s + s, "中" + s, s + "中", "ﾄ" + s, s + "ー"] {
                #expect(pair.count == 2, "U+\(String(value, radix: 16)) in \(pair.debugDescription)")
            }
            checked += 1
        }
        #expect(checked > 20_000)
        // And the text is cut where its characters end, either way it is read.
        for text in ["ﾄﾞｺﾓの請求", "e\u{301}案件", "案件。「確認」", "👨‍👩‍👧 family", "ゝ\u{3099}"] {
            let (offsets, widths) = Wrap.characters(of: text[...], bytes: text.utf8.count)
            #expect(widths == text.map { TextWidth.of($0) }, "\(text)")
            #expect(Array(offsets.dropFirst()) == text.indices.dropFirst().map { text.utf8.distance(from: text.startIndex, to: $0) } + [text.utf8.count], "\(text)")
        }
    }

    @Test func theSetsAnswerByScalarAsByCharacter() {
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let c = Character(scalar)
            // A character's traits, found by one lookup by scalar, say what the sets of characters say.
            let traits = LineBreak.Traits(c)
            #expect(traits.contains(.noStart) == LineBreak.noStart.contains(c) && traits.contains(.noEnd) == LineBreak.noEnd.contains(c),
                    "U+\(String(value, radix: 16))")
        }
    }
}
