/// What a cell means, not how it looks: the terminal layer maps each style to colours
/// and attributes, and to attributes alone under NO_COLOR or on a monochrome terminal.
/// Meaning is never carried by colour alone: overdue rows also carry a `!` and the word.
public enum Style: UInt8, Sendable, CaseIterable {
    case normal
    /// Top and bottom bars.
    case bar
    /// Keys named in the bottom bar.
    case barKey
    case heading
    /// The selected row of the focused pane.
    case selected
    /// The selected row of the pane without focus.
    case selectedDim
    case overdue
    /// Due within the hour.
    case dueSoon
    case dim
    case error
    /// The rung a case is on, in the compact ladder.
    case rung
    /// The field being edited in a form.
    case field
    case good
}
