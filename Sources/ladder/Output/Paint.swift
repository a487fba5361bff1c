import LadderCore

/// What a piece of command-line output means, and the colour that says it, as the front
/// end colours the same things (Style in LadderTUI). The words carry the meaning without
/// colour: `OVERDUE` and `in 20m` are written either way.
enum Paint: String {
    /// An overdue reply: red.
    case overdue = "31"
    /// A reply due within the hour: yellow.
    case soon = "33"
    /// A rung's name: cyan.
    case rung = "36"
    /// A heading (`Ladder`, `Pending`, the table's header): bold.
    case heading = "1"

    /// The text wrapped in this paint's escape codes when the run is in colour. Apply it
    /// after the text is measured and padded: escape codes take no columns.
    func callAsFunction(_ text: String) -> String {
        guard Output.colour, !text.isEmpty else { return text }
        return "\u{1B}[\(rawValue)m\(text)\u{1B}[0m"
    }

    /// A padded cell painted up to its padding, so colour stops where the text does.
    func cell(_ padded: String) -> String {
        // Without colour the cell is as it was. What was taken off is spaces, a byte
        // each, so the bytes count them (counting characters walked both texts).
        guard Output.colour else { return padded }
        let text = padded.trailingSpacesRemoved
        return self(text) + String(repeating: " ", count: padded.utf8.count - text.utf8.count)
    }

    /// Colours a report's lines by what they mean, when the run is in colour.
    static let report: ReportDocument.Paint? = { text, emphasis in
        switch emphasis {
        case .heading: return Paint.heading(text)
        case .overdue: return Paint.overdue(text)
        case .soon: return Paint.soon(text)
        }
    }

    /// The paint of a reply's due time: overdue, due within the hour, or none.
    static func due(secondsLeft: Double) -> Paint? {
        secondsLeft < 0 ? .overdue : (secondsLeft < 3600 ? .soon : nil)
    }
}
