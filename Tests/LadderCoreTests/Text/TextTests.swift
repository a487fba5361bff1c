import Foundation
import LadderTestSupport
import Testing
@testable import LadderCore

@Suite struct TextTests {
    @Test func displayWidthCountsWideCharactersTwice() {
        #expect(TextWidth.of("Mail bounces") == 12)
        #expect(TextWidth.of("迷惑メール") == 10)
        #expect(TextWidth.of("ｶﾀｶﾅ") == 4)  // halfwidth katakana
        #expect(TextWidth.of("ＡＢＣ") == 6)  // fullwidth forms
        #expect(TextWidth.of("🙇") == 2)
        #expect(TextWidth.of("e\u{301}") == 1)  // e + combining acute
        #expect(TextWidth.of("—○★…·") == 5)  // East Asian Ambiguous: 1
        #expect(TextWidth.of("한국어") == 6)
    }

    @Test func clippingNeverSplitsACharacter() {
        #expect(TextWidth.clip("迷惑メール判定", to: 7) == "迷惑メ~")
        #expect(TextWidth.clip("迷惑メール判定", to: 8) == "迷惑メ~")
        #expect(TextWidth.clip("迷惑メール判定", to: 9) == "迷惑メー~")
        #expect(TextWidth.clip("short", to: 10) == "short")
        #expect(TextWidth.clip("abcdef", to: 4) == "abc~")
        #expect(TextWidth.fit("迷惑", to: 7) == "迷惑   ")
        #expect(TextWidth.of(TextWidth.fit("迷惑メール判定", to: 8)) == 8)
        #expect(TextWidth.clip("x", to: 0) == "")
    }

    @Test func controlCharactersAreMadeInert() {
        #expect(TerminalText.line("red \u{1B}[31mtext\u{1B}[0m") == "red ^[[31mtext^[[0m")
        #expect(TerminalText.line("a\nb\tc\r") == "a b c ")
        #expect(TerminalText.block("a\nb\u{7}") == "a\nb^G")
        #expect(TerminalText.line("\u{9B}31m \u{202E}evil") == "\u{FFFD}31m \u{FFFD}evil")
        #expect(TerminalText.line("日本語 ok") == "日本語 ok")
    }
}
