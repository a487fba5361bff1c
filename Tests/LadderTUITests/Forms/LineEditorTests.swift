import LadderCore
import Testing
@testable import LadderTUI

@Suite struct LineEditorTests {
    @Test func typingAndMovingByCharacter() {
        var e = LineEditor()
        for k in Key.typing("日本語") { e.handle(k) }
        e.handle(.left)
        e.handle(.char("x"))
        #expect(e.text == "日本x語")
        e.handle(.home)
        e.handle(.char("<"))
        e.handle(.end)
        e.handle(.char(">"))
        #expect(e.text == "<日本x語>")
    }

    @Test func backspaceRemovesAWholeCharacter() {
        // A flag, a family emoji, an accented letter: one step each.
        var e = LineEditor("e\u{301}🇯🇵👨‍👩‍👧")
        #expect(e.characters.count == 3)
        e.handle(.backspace)
        #expect(e.text == "e\u{301}🇯🇵")
        e.handle(.backspace)
        e.handle(.backspace)
        #expect(e.text == "")
        e.handle(.backspace)
        #expect(e.text == "" && e.cursor == 0)
    }

    /// Ctrl-W in Japanese, which has no spaces: a piece at a time, not the whole note.
    @Test func deletingAWordOfJapaneseStopsWhereTheWritingChanges() {
        var e = LineEditor("回線が夜だけ切れる。サポート窓口")
        e.handle(.ctrl("w"))
        #expect(e.text == "回線が夜だけ切れる。サポート")
        e.handle(.ctrl("w"))
        #expect(e.text == "回線が夜だけ切れる。")
        e.handle(.ctrl("w"))
        #expect(e.text == "回線が夜だけ切れる")
        e.handle(.ctrl("w"))
        #expect(e.text == "回線が夜だけ切")
        var latin = LineEditor("call back, tomorrow")
        latin.handle(.ctrl("w"))
        #expect(latin.text == "call back, ")
        // Ctrl-Y puts back what was deleted last.
        latin.handle(.ctrl("y"))
        #expect(latin.text == "call back, tomorrow")
    }

    /// Deletions one after another add up, as in readline: Ctrl-Y gives back all of them;
    /// anything else in between starts afresh.
    @Test func deletionsInARowAreYankedBackTogether() {
        var e = LineEditor("回線が夜だけ切れる。サポート窓口")
        e.handle(.ctrl("w")); e.handle(.ctrl("w")); e.handle(.ctrl("w"))
        #expect(e.text == "回線が夜だけ切れる")
        e.handle(.ctrl("y"))
        #expect(e.text == "回線が夜だけ切れる。サポート窓口")
        var f = LineEditor("call back tomorrow")
        f.handle(.ctrl("w"))
        f.handle(.char("x"))
        f.handle(.backspace)
        f.handle(.ctrl("w"))
        f.handle(.ctrl("y"))
        #expect(f.text == "call back ", "only the deletion since the typing")
        var g = LineEditor("call back tomorrow")
        g.handle(.home); g.handle(.ctrl("k")); g.handle(.ctrl("y")); g.handle(.ctrl("y"))
        #expect(g.text == "call back tomorrowcall back tomorrow")
    }

    @Test func deleteAndKillKeys() {
        var e = LineEditor("call back tomorrow")
        e.handle(.ctrl("w"))
        #expect(e.text == "call back ")
        e.handle(.home)
        e.handle(.delete)
        #expect(e.text == "all back ")
        e.handle(.right)
        e.handle(.ctrl("k"))
        #expect(e.text == "a")
        e.handle(.end)
        e.handle(.ctrl("u"))
        #expect(e.text == "")
    }

    @Test func controlCharactersAreNotInserted() {
        var e = LineEditor("ab")
        e.handle(.char("\u{1B}"))
        e.handle(.char("\u{7F}"))
        #expect(e.text == "ab")
    }

    @Test func longTextScrollsToKeepTheCursorVisible() {
        var e = LineEditor("あいうえおかきくけこ")  // 20 columns
        var v = e.visible(width: 9)
        // The cursor is at the end, in the last column; the start scrolls away.
        #expect(v.cursorColumn == 8)
        #expect(v.text == "くけこ" || v.text.hasSuffix("くけこ"))
        #expect(TextWidth.of(v.text) <= 9)
        e.handle(.home)
        v = e.visible(width: 9)
        #expect(v.cursorColumn == 0)
        #expect(v.text == "あいうえ")
    }
}

