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

    /// JSON for a program keeps its newlines and Japanese as they are, and spells every
    /// scalar a terminal would act on as an escape: each such scalar on its own and in
    /// the middle of text, checked against the rule written scalar by scalar.
    @Test func jsonIsMadeInertByEscapes() throws {
        let json = "{\n  \"title\" : \"請求書 \u{202E}evil\u{7F} \u{85}\"\n}"
        #expect(TerminalText.jsonInert(json) == "{\n  \"title\" : \"請求書 \\u202eevil\\u007f \\u0085\"\n}")
        #expect(TerminalText.jsonInert("{\n  \"title\" : \"迷惑メール\"\n}") == "{\n  \"title\" : \"迷惑メール\"\n}")
        func byScalar(_ text: String) -> String {
            var out = ""
            for s in text.unicodeScalars {
                switch s.value {
                case 0x7F, 0x80..<0xA0, 0x2028...0x202E, 0x2066...0x2069: out += String(format: "\\u%04x", s.value)
                default: out.unicodeScalars.append(s)
                }
            }
            return out
        }
        for v in Array(0x70...0x2FF) + Array(0x2000...0x20FF) + [0xFFFD, 0x1F38C] {
            let text = "a\(Unicode.Scalar(UInt32(v))!)日"
            #expect(TerminalText.jsonInert(text) == byScalar(text), "U+\(String(v, radix: 16))")
        }
    }
}
