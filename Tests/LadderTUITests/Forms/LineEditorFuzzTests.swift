import Foundation
import LadderCore
import LadderTestSupport
import Testing
@testable import LadderTUI

/// The form line editor under generated key sequences: it never crashes, agrees with a
/// plain model of a line of characters and a cursor, keeps control characters out, and
/// always shows the cursor inside the field. Short run here; the documented run sets
/// LADDER_FUZZ_INPUTS=1000000 (key sequences).
@Suite struct LineEditorFuzzTests {
    static let inputs = runSize("LADDER_FUZZ_INPUTS", default: 3000)


    static let typed: [Character] = ["a", "Z", " ", " ", "-", "回", "線", "ｱ", "😀", "👨‍👩‍👧", "🇯🇵", "e\u{301}", "\u{301}", "\u{200B}",
                                     "\u{1B}", "\u{7F}", "\u{0}", "\t", "\u{FEFF}", "ﷺ", "\u{10FFFF}"]
    static let moves: [Key] = [.left, .right, .home, .end, .backspace, .delete, .ctrl("a"), .ctrl("e"), .ctrl("b"), .ctrl("f"),
                               .ctrl("h"), .ctrl("d"), .ctrl("u"), .ctrl("k"), .ctrl("w"), .up, .tab]

    @Test func anyKeysKeepTheEditorSane() {
        var dice = Dice(state: 3)
        for _ in 0..<Self.inputs {
            var editor = LineEditor(dice.next(4) == 0 ? "既存の text 👍" : "")
            var model = editor.characters, cursor = editor.cursor
            for _ in 0..<(1 + dice.next(12)) {
                let key: Key = dice.next(2) == 0 ? .char(dice.pick(Self.typed)) : dice.pick(Self.moves)
                editor.handle(key)
                switch key {
                case let .char(c) where !c.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F }:
                    model.insert(c, at: cursor); cursor += 1
                case .left, .ctrl("b"): cursor = max(0, cursor - 1)
                case .right, .ctrl("f"): cursor = min(model.count, cursor + 1)
                case .home, .ctrl("a"): cursor = 0
                case .end, .ctrl("e"): cursor = model.count
                case .backspace, .ctrl("h"): if cursor > 0 { model.remove(at: cursor - 1); cursor -= 1 }
                case .delete, .ctrl("d"): if cursor < model.count { model.remove(at: cursor) }
                case .ctrl("u"): model.removeFirst(cursor); cursor = 0
                case .ctrl("k"): model.removeLast(model.count - cursor)
                case .ctrl("w"):
                    // Back over white space, then over one run of one kind of writing.
                    var i = cursor
                    while i > 0, model[i - 1].isWhitespace { i -= 1 }
                    let kind = i > 0 ? LineEditor.wordKind(model[i - 1]) : nil
                    while i > 0, !model[i - 1].isWhitespace, LineEditor.wordKind(model[i - 1]) == kind { i -= 1 }
                    model.removeSubrange(i..<cursor); cursor = i
                default: break
                }
                #expect(editor.characters == model && editor.cursor == cursor)
                #expect(!editor.text.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F })
            }
            let width = 1 + dice.next(30)
            let shown = editor.visible(width: width)
            #expect(TextWidth.of(shown.text) <= width, "\(editor.text.debugDescription) in \(width)")
            #expect(shown.cursorColumn <= max(0, width - 1), "\(editor.text.debugDescription) in \(width)")
        }
    }
}
