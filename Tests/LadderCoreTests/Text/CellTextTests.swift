import LadderTestSupport
import Testing
@testable import LadderCore

/// What each character becomes in terminal cells: what ncurses can draw, in exactly
/// the columns TextWidth counts.
@Suite struct CellTextTests {
    private func cells(_ c: Character) -> [String] { CellText.cells(c).map { String($0.character) } }

    @Test func aSoundMarkGetsACellOfItsOwn() {
        #expect(cells("ﾄﾞ") == ["ﾄ", "ﾞ"])
        #expect(cells("ﾊﾟ") == ["ﾊ", "ﾟ"])
        #expect(CellText.cells("ﾄﾞ").map(\.width) == [1, 1])
        #expect(!CellText.isSimple("ﾄﾞ") && CellText.isSimple("ｺ") && CellText.isSimple("請"))
    }

    @Test func combiningMarksStayOnTheirBase() {
        #expect(cells("e\u{301}") == ["e\u{301}"])
        #expect(cells("\u{1100}\u{1161}\u{11A8}") == ["\u{1100}\u{1161}\u{11A8}"])  // Hangul jamo
    }

    /// Where terminals disagree, a stand-in of the width ladder counts.
    @Test func standIns() {
        #expect(cells(Character(WidthFixtures.family)) == ["👨"])
        #expect(cells("❤️") == ["❤"])
        #expect(cells("👍🏽") == ["👍", " ", " "])
        #expect(cells("🫨") == ["\u{FFFD}"])
        #expect(cells("\u{301}").isEmpty)
    }

    @Test func theCellsAreExactlyAsWideAsTheCharacter() {
        let text = WidthFixtures.title + "👍🏽🏳️‍🌈❤️🇯🇵🫨e\u{301}\u{1100}\u{1161}👨🏽‍💻"
        for c in text {
            #expect(CellText.cells(c).reduce(0) { $0 + $1.width } == TextWidth.of(c), "\(c.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }
}
