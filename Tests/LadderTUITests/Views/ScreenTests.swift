import LadderCore
import Testing
@testable import LadderTUI

@Suite struct ScreenTests {
    @Test func wideCharactersTakeTwoColumnsAndRowsKeepTheirWidth() {
        var s = Screen(width: 10, height: 1)
        let end = s.put("日本語abc", row: 0, column: 0)
        #expect(end == 9)
        #expect(s.line(0) == "日本語abc")
        #expect(s.columns(0) == 10)
    }

    @Test func clippingNeverSplitsAWideCharacter() {
        var s = Screen(width: 6, height: 1)
        s.put("日本語です", row: 0, column: 1)
        // Columns 1-4 hold two characters; the third would need columns 5-6.
        #expect(s.line(0) == " 日本")
        #expect(s.columns(0) == 6)
    }

    @Test func limitStopsTextBeforeABorder() {
        var s = Screen(width: 12, height: 1)
        s.put("|", row: 0, column: 7)
        s.put("あいうえお", row: 0, column: 0, limit: 7)
        #expect(s.line(0) == "あいう |")
        #expect(s[0, 7].character == "|")
    }

    @Test func overwritingHalfAWideCharacterLeavesNoDebris() {
        var s = Screen(width: 6, height: 1)
        s.put("日本語", row: 0, column: 0)
        s.put("x", row: 0, column: 1)  // the right half of 日
        #expect(s.line(0) == " x本語")
        s.put("y", row: 0, column: 2)  // the left half of 本
        #expect(s.line(0) == " xy 語")
        #expect(s.columns(0) == 6)
    }

    @Test func controlCharactersAndEscapesAreInert() {
        var s = Screen(width: 30, height: 1)
        s.put("ok\u{1B}[2J\u{1B}]0;pwned\u{07}\tend", row: 0, column: 0)
        let line = s.line(0)
        #expect(!line.contains("\u{1B}"))
        #expect(!line.contains("\u{07}"))
        #expect(line.hasPrefix("ok^[[2J^[]0;pwned^G end"))
    }
}

@Suite struct WrapTests {
    @Test func englishBreaksAtSpaces() {
        #expect(Wrap.lines("the network team will call you back", width: 12)
                == ["the network", "team will", "call you", "back"])
    }

    @Test func japaneseBreaksBetweenCharactersByWidth() {
        let lines = Wrap.lines("一方的な誤りと認め再送を約束", width: 8)
        #expect(lines == ["一方的な", "誤りと認", "め再送を", "約束"])
        #expect(lines.allSatisfy { TextWidth.of($0) <= 8 })
    }

    @Test func aLongWordIsCutWhereItMustBe() {
        #expect(Wrap.lines("abcdefghij", width: 4) == ["abcd", "efgh", "ij"])
    }

    /// Text that fits by columns comes back whole, even when its UTF-8 is longer than
    /// the width; one column more and it wraps.
    @Test func wideTextThatFitsItsColumnsIsKeptWhole() {
        let fits = "迷惑メール判定の誤り"  // 20 columns, 30 bytes
        #expect(Wrap.lines(fits, width: 20) == [fits])
        #expect(Wrap.lines(fits, width: 19) == ["迷惑メール判定の誤", "り"])
        let emoji = "👨‍👩‍👧 family"  // one wide cluster of five scalars
        #expect(Wrap.lines(emoji, width: 9) == [emoji])
        #expect(Wrap.lines(emoji, width: 8) == ["👨‍👩‍👧", "family"])
    }
}

