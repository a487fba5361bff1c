import LadderCore
import LadderTestSupport
import Testing
@testable import LadderTUI

/// Cells hold what ncurses can draw (one spacing character and its marks), and a row
/// keeps its border in place whatever the text.
@Suite struct ScreenWidthTests {
    @Test func aSoundMarkTakesACellOfItsOwn() {
        var s = Screen(width: 8, height: 1)
        let end = s.put("ﾄﾞｺﾓ|", row: 0, column: 0)
        #expect(end == 5)
        #expect((0..<5).map { s[0, $0].character } == ["ﾄ", "ﾞ", "ｺ", "ﾓ", "|"])
        #expect(s.line(0) == "ﾄﾞｺﾓ|")
    }

    @Test func aClusterFitsWholeOrNotAtAll() {
        var s = Screen(width: 8, height: 1)
        s.put("ab", row: 0, column: 0)
        s.put("xﾄﾞ", row: 0, column: 0, limit: 2)
        #expect(s.line(0) == "xb")
    }

    @Test func joinedEmojiAreDrawnAsTheirStandIn() {
        var s = Screen(width: 8, height: 1)
        let end = s.put("a👨‍👩‍👧b", row: 0, column: 0)
        #expect(end == 4)
        #expect(s.line(0) == "a👨b")
        #expect(s[0, 2].character == nil)
    }

    /// Every row of a list of tricky titles ends at the same column, as the terminal
    /// counts it (wcwidth per cell).
    @Test func theBorderStaysInItsColumn() {
        let titles = [WidthFixtures.title, WidthFixtures.halfWidthKana, WidthFixtures.family + " family", WidthFixtures.squaredHere,
                      WidthFixtures.hentaigana + "変体仮名", WidthFixtures.thermometer + " temperature", "👍🏽❤️🏳️‍🌈🫨", "plain"]
        var s = Screen(width: 30, height: titles.count)
        for (row, title) in titles.enumerated() {
            s.put(title, row: row, column: 0, limit: 20)
            s.put("|", row: row, column: 21)
        }
        for row in 0..<titles.count {
            #expect(s[row, 21].character == "|")
            #expect(s.columns(row) == 30)
            // What the terminal sees: the cells' characters, each as wide as wcwidth says.
            let drawn = (0..<21).compactMap { s[row, $0].character }.reduce(0) { $0 + $1.unicodeScalars.reduce(0) { $0 + TextWidth.of($1) } }
            #expect(drawn == 21, "row \(row): \(s.line(row))")
        }
    }
}
