import LadderCore

/// A one-line text field. The cursor moves by character (a kana, an emoji with its
/// modifiers, a letter with its accent are each one step), backspace removes a whole
/// character, and text longer than the field scrolls so the cursor stays in view.
public struct LineEditor: Sendable, Equatable {
    public private(set) var characters: [Character]
    /// Index in `characters` the next typed character goes before.
    public private(set) var cursor: Int

    public init(_ text: String = "") {
        characters = Array(text)
        cursor = characters.count
    }

    public var text: String { String(characters) }

    public mutating func set(_ text: String) {
        characters = Array(text)
        cursor = characters.count
    }

    /// Applies an editing key; false when the key is not an editing key.
    @discardableResult
    public mutating func handle(_ key: Key) -> Bool {
        switch key {
        case let .char(c):
            // Control characters never enter stored text from the keyboard.
            guard !c.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else { return true }
            characters.insert(c, at: cursor)
            cursor += 1
        case .left, .ctrl("b"): cursor = max(0, cursor - 1)
        case .right, .ctrl("f"): cursor = min(characters.count, cursor + 1)
        case .home, .ctrl("a"): cursor = 0
        case .end, .ctrl("e"): cursor = characters.count
        case .backspace, .ctrl("h"):
            if cursor > 0 { characters.remove(at: cursor - 1); cursor -= 1 }
        case .delete, .ctrl("d"):
            if cursor < characters.count { characters.remove(at: cursor) }
        case .ctrl("u"):
            characters.removeFirst(cursor); cursor = 0
        case .ctrl("k"):
            characters.removeLast(characters.count - cursor)
        case .ctrl("w"):
            // Back over spaces, then over the word before them.
            var i = cursor
            while i > 0, characters[i - 1] == " " { i -= 1 }
            while i > 0, characters[i - 1] != " " { i -= 1 }
            characters.removeSubrange(i..<cursor); cursor = i
        default:
            return false
        }
        return true
    }

    /// What a field `width` columns wide shows, and the cursor's column in it. The view
    /// scrolls only as far as needed to keep the cursor (and one column for it) visible.
    public func visible(width: Int) -> (text: String, cursorColumn: Int) {
        guard width > 0 else { return ("", 0) }
        var start = 0
        var before = characters[0..<cursor].reduce(0) { $0 + TextWidth.of($1) }
        while before > width - 1, start < cursor {
            before -= TextWidth.of(characters[start])
            start += 1
        }
        var shown = ""
        var used = 0
        for c in characters[start...] {
            let w = TextWidth.of(c)
            if used + w > width { break }
            shown.append(c)
            used += w
        }
        return (shown, before)
    }
}
