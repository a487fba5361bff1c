import LadderTestSupport
import Testing
@testable import LadderCore

/// A text's width and whether it is inert are read from its bytes; they must agree
/// with reading it scalar by scalar, for text of every kind.
@Suite struct TextBytesTests {
    /// Scalars of every length in UTF-8 and every kind the rules tell apart: controls,
    /// C1 controls, the bidi and line separators, wide and zero-width, unassigned, a
    /// zero-width joiner, a scalar beyond the BMP.
    static let pool: [String] = [
        "a", " ", "\t", "\u{7F}", "\u{80}", "\u{9F}", "\u{A0}", "é", "e\u{301}", "案", "ｶ", "ﾞ", "。",
        "\u{2028}", "\u{2029}", "\u{202A}", "\u{202E}", "\u{2066}", "\u{2069}", "\u{2027}", "\u{202F}", "\u{2065}",
        "\u{206A}", "\u{200B}", "\u{200D}", "👨", "\u{1F600}", "\u{E0001}", "\u{10FFFD}", "\u{0378}", "—", "…",
    ]

    /// Inert as first written: by each byte with the two before it.
    static func inert(_ text: String) -> Bool {
        var previous: UInt8 = 0, before: UInt8 = 0
        for b in text.utf8 {
            if b < 0x20 || b == 0x7F { return false }
            if previous == 0xC2, b < 0xA0 { return false }
            if before == 0xE2, previous == 0x80, (0xA8...0xAE).contains(b) { return false }
            if before == 0xE2, previous == 0x81, (0xA6...0xA9).contains(b) { return false }
            before = previous
            previous = b
        }
        return true
    }

    @Test func widthsAndInertnessAgreeWithReadingByScalar() {
        var dice = Dice(state: 7)
        for _ in 0..<20_000 {
            let text = (0..<(1 + dice.next(12))).map { _ in dice.pick(Self.pool) }.joined()
            let expected = text.unicodeScalars.contains { $0.value == 0x200D }
                ? text.reduce(0) { $0 + TextWidth.of($1) }
                : text.unicodeScalars.reduce(0) { $0 + TextWidth.of($1) }
            #expect(TextWidth.of(text) == expected, "\(text.debugDescription)")
            #expect(TerminalText.isInert(text) == Self.inert(text), "\(text.debugDescription)")
            // A text that is inert is shown as it is.
            if Self.inert(text) { #expect(TerminalText.line(text) == text, "\(text.debugDescription)") }
        }
    }

    /// What is not inert is found at every place in a line, in the eight bytes read at
    /// once or in the bytes after them.
    @Test func whatIsNotInertIsFoundAnywhere() {
        for bad in ["\u{1B}", "\u{7F}", "\u{85}", "\u{202E}", "\u{2066}", "\u{2028}"] {
            for at in 0...24 {
                let text = String(repeating: "案", count: at / 3) + String(repeating: "x", count: at % 3) + bad + String(repeating: "y", count: 20)
                #expect(!TerminalText.isInert(text), "\(text.debugDescription)")
                #expect(TerminalText.isInert(text.replacingOccurrences(of: bad, with: "…")), "\(text.debugDescription)")
            }
        }
    }
}
