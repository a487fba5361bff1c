import LadderTestSupport
import Testing
@testable import LadderCore

/// Widths as the terminal shows them (glibc's wcwidth, tmux), character by character.
@Suite struct TextWidthTests {
    @Test func theOldTablesMistakesAreGone() {
        #expect(TextWidth.of(WidthFixtures.squaredHere) == 2)  // 🈐: the old table said 1
        #expect(TextWidth.of("🈂") == 2)
        #expect(TextWidth.of(WidthFixtures.hentaigana) == 4)
        #expect(TextWidth.of(WidthFixtures.thermometer) == 1)  // 🌡: the old table said 2
        #expect(TextWidth.of("❤️") == 1)  // U+2764 U+FE0F: wcwidth and tmux say 1
        #expect(TextWidth.of("—○①※→") == 5)  // East Asian Ambiguous stays 1
    }

    /// ﾄﾞ is one Character in Swift and two columns on screen.
    @Test func halfWidthKanaWithSoundMarksCountEachScalar() {
        #expect(Array("ﾄﾞｺﾓ").count == 3)
        #expect(TextWidth.of(Character("ﾄﾞ")) == 2)
        #expect(TextWidth.of("ﾄﾞｺﾓ") == 4)
        #expect(TextWidth.of("ﾊﾟｹｯﾄ") == 5)
        #expect(TextWidth.of(WidthFixtures.halfWidthKana) == 12)
        #expect(TextWidth.of("e\u{301}") == 1)  // a combining accent takes no column
    }

    /// tmux 3.3 draws what follows a zero-width joiner in the cell before it.
    @Test func joinedEmojiCountAsTheirPartBeforeTheJoiner() {
        #expect(TextWidth.of(WidthFixtures.family) == 2)
        #expect(TextWidth.of(Character(WidthFixtures.family)) == 2)
        #expect(TextWidth.of("🏳️‍🌈") == 1)  // a white flag (1 in wcwidth), then the joiner
        #expect(TextWidth.of("👍🏽") == 4)  // a skin tone is a scalar of its own in wcwidth
        #expect(TextWidth.of("🇯🇵") == 2)
        #expect(TextWidth.of("🫨") == 1)  // newer than the C library: drawn as U+FFFD
    }

    /// The quick sum over scalars and the sum over characters agree.
    @Test func textIsTheSumOfItsCharacters() {
        let samples = [WidthFixtures.title, "迷惑メール判定 🙇 ok", "a\u{200D}b", "👨‍👩‍👧👨‍👩‍👧x", "ｶﾀｶﾅ ﾞ", "\u{301}lone"]
        for s in samples {
            #expect(TextWidth.of(s) == s.reduce(0) { $0 + TextWidth.of($1) }, "\(s)")
        }
    }

    /// Cutting keeps whole characters and counts them as the screen does.
    @Test func clippingKeepsClustersWhole() {
        #expect(TextWidth.clip("ﾄﾞｺﾓ", to: 4) == "ﾄﾞｺﾓ")
        #expect(TextWidth.clip("ﾄﾞｺﾓ", to: 3) == "ﾄﾞ~")
        #expect(TextWidth.clip("ﾄﾞｺﾓ", to: 2) == "~")
        #expect(TextWidth.clip("ab👨‍👩‍👧cd", to: 5) == "ab👨‍👩‍👧~")
        #expect(TextWidth.of(TextWidth.fit(WidthFixtures.title, to: 17)) == 17)
        for width in 0...40 {
            #expect(TextWidth.of(TextWidth.clip(WidthFixtures.title, to: width)) <= width)
        }
    }
}
