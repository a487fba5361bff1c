/// A key press, as the model sees it: the terminal layer turns ncurses codes into these,
/// and tests write them directly.
public enum Key: Sendable, Equatable, Hashable {
    case char(Character)
    /// Ctrl with a letter: `.ctrl("s")` is Ctrl-S.
    case ctrl(Character)
    case up, down, left, right, home, end, pageUp, pageDown
    case enter, tab, backTab, escape, backspace, delete

    /// Keys for a whole string typed at once (tests, pasted text).
    public static func typing(_ text: String) -> [Key] { text.map { .char($0) } }
}
