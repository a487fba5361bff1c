/// The notes ladder itself writes on a reply it clears (closing, moving a case). The
/// store keeps them in English, as every stored word; `shown` writes one in the current
/// language for people, and leaves a note the user typed as it is.
public enum SystemNote {
    static let openAtClosing = "still open when the case was closed"
    static let overdueAtClosing = "overdue when the case was closed"
    static func leftOpen(movedTo rung: Rung) -> String { "left open when the case moved to \(rung.rawValue)" }
    static func carried(to rung: Rung) -> String { "carried to \(rung.rawValue)" }

    /// A stored note as people read it: ladder's own notes translated, any other as typed.
    public static func shown(_ stored: String) -> String {
        switch stored {
        case openAtClosing: return L("still open when the case was closed")
        case overdueAtClosing: return L("overdue when the case was closed")
        default: break
        }
        for rung in Rung.allCases {
            if stored == leftOpen(movedTo: rung) { return L("left open when the case moved to \(rung.name)") }
            if stored == carried(to: rung) { return L("carried to \(rung.name)") }
        }
        return stored
    }
}
