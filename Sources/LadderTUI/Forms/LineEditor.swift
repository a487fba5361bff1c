import LadderCore

/// A one-line text field. The cursor moves by character (a kana, an emoji with its
/// modifiers, a letter with its accent are each one step), backspace removes a whole
/// character, and text longer than the field scrolls so the cursor stays in view.
public struct LineEditor: Sendable, Equatable {
    public private(set) var characters: [Character]
    /// Index in `characters` the next typed character goes before.
    public private(set) var cursor: Int
    /// What Ctrl-U, Ctrl-K or Ctrl-W last deleted, for Ctrl-Y to put back. Deletions one
    /// after another add up, as in readline: three Ctrl-W and a Ctrl-Y give back all three.
    private(set) var killed: [Character] = []
    /// Whether the last key deleted into `killed`.
    private var killing = false

    public init(_ text: String = "") {
        characters = Array(text)
        cursor = characters.count
    }

    public var text: String { String(characters) }

    public mutating func set(_ text: String) {
        characters = Array(text)
        cursor = characters.count
    }

    /// Inserts text at the cursor as it is (a paste): control characters other than
    /// line breaks are left out.
    public mutating func insert(_ text: String) {
        let clean = text.filter { c in c == "\n" || !c.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F } }
        characters.insert(contentsOf: clean, at: cursor)
        cursor += clean.count
    }

    /// Text for a one-line field: line breaks and tabs become spaces (CR LF one space).
    static func oneLine(_ text: String) -> String {
        text.replacingOccurrences(of: "\r\n", with: " ").map { $0 == "\n" || $0 == "\r" || $0 == "\t" ? " " : $0 }.reduce(into: "") { $0.append($1) }
    }

    /// Applies an editing key (the key table's text-field keys, or a character to
    /// insert); false when the key is not an editing key.
    @discardableResult
    public mutating func handle(_ key: Key) -> Bool {
        if let action = KeyTable.action(for: key, in: .text) {
            let wasKilling = killing
            killing = false
            apply(action, afterKill: wasKilling)
            return true
        }
        guard case let .char(c) = key else { return false }
        killing = false
        // Control characters never enter stored text from the keyboard.
        guard !c.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else { return true }
        characters.insert(c, at: cursor)
        cursor += 1
        return true
    }

    /// Keeps what a deletion took: added to the last deletion's when it followed one
    /// (before it when deleting backwards), else in its place.
    private mutating func kill(_ taken: ArraySlice<Character>, backwards: Bool, afterKill: Bool) {
        if afterKill { killed = backwards ? Array(taken) + killed : killed + taken } else { killed = Array(taken) }
        killing = true
    }

    private mutating func apply(_ action: KeyAction, afterKill: Bool) {
        switch action {
        case .cursorLeft: cursor = max(0, cursor - 1)
        case .cursorRight: cursor = min(characters.count, cursor + 1)
        case .cursorStart: cursor = 0
        case .cursorEnd: cursor = characters.count
        case .deleteBack:
            if cursor > 0 { characters.remove(at: cursor - 1); cursor -= 1 }
        case .deleteForward:
            if cursor < characters.count { characters.remove(at: cursor) }
        case .deleteToStart:
            kill(characters[..<cursor], backwards: true, afterKill: afterKill)
            characters.removeFirst(cursor); cursor = 0
        case .deleteToEnd:
            kill(characters[cursor...], backwards: false, afterKill: afterKill)
            characters.removeLast(characters.count - cursor)
        case .yank:
            characters.insert(contentsOf: killed, at: cursor)
            cursor += killed.count
        case .deleteWord:
            // Back over spaces, then over the word before them. Japanese has no spaces:
            // a word ends where the script changes (kanji, hiragana, katakana, Latin) or
            // at punctuation, so 「回線が切れる」 goes a piece at a time, not whole.
            var i = cursor
            while i > 0, characters[i - 1].isWhitespace { i -= 1 }
            if i > 0 {
                let kind = LineEditor.wordKind(characters[i - 1])
                while i > 0, !characters[i - 1].isWhitespace, LineEditor.wordKind(characters[i - 1]) == kind { i -= 1 }
            }
            kill(characters[i..<cursor], backwards: true, afterKill: afterKill)
            characters.removeSubrange(i..<cursor); cursor = i
        default:
            break
        }
    }

    enum WordKind { case kanji, hiragana, katakana, punctuation, other }

    static func wordKind(_ c: Character) -> WordKind {
        guard let v = c.unicodeScalars.first?.value else { return .other }
        switch v {
        case 0x3040...0x309F: return .hiragana
        case 0x30A0...0x30FF, 0xFF66...0xFF9F: return .katakana
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3134F: return .kanji
        default: return c.isPunctuation || c.isSymbol || (0x3000...0x303F).contains(v) ? .punctuation : .other
        }
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
