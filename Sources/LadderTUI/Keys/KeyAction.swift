/// What a key does. The key table (KeyTable.swift) binds keys to these for each place
/// they work; each mode's update reads actions, never raw keys, except the text a
/// field or the filter takes.
enum KeyAction: Sendable, Equatable, Hashable {
    // Anywhere, even in a form.
    case quitNow, suspend, redraw

    // Moving through a list or scrolling a pane, the help or the brief.
    case lineDown, lineUp, pageDown, pageUp, top, bottom

    // Browsing the cases.
    case quit, showHelp, startFilter, toggleClosed, cycleSort, showToday, togglePane, intoDetail, backToList, clearFilter
    /// `ladder sync`: share the store with the user's other machines through git.
    case sync
    case add, call, hangUp
    /// An action on the selected case.
    case onCase(CaseCommand)

    // The filter line.
    case keepFilter, dropFilter

    // The help screen and the brief.
    case editAsk, back

    // Forms.
    case nextField, previousField, nextFieldOrSave, save, cancel, editExternally
    // A choice field.
    case nextChoice, previousChoice, firstChoice, lastChoice
    // A text field.
    case cursorLeft, cursorRight, cursorStart, cursorEnd, deleteBack, deleteForward
    case deleteToStart, deleteToEnd, deleteWord, yank
}

/// The keys that act on the selected case, each opening its form or view.
enum CaseCommand: Sendable, Equatable, Hashable, CaseIterable {
    case log, escalate, await, owe, clearReply, note, closeOrReopen, edit, undo, brief, ask, export
    /// Copy to the clipboard: the brief; the reference numbers (or the rung's phone).
    case copyBrief, copyDetails

    /// Whether the case must be open (a closed case is reopened first).
    var needsOpenCase: Bool { [.escalate, .await, .owe].contains(self) }
    /// Whether it still works on a withdrawn case (its opening undone): reading, not recording.
    var readsOnly: Bool { [.brief, .export, .copyBrief, .copyDetails].contains(self) }
}

extension KeyAction {
    /// How far a movement goes in a list of `total` lines with `page` lines in view;
    /// nil for an action that does not move.
    func movement(page: Int, total: @autoclosure () -> Int) -> Int? {
        switch self {
        case .lineDown: return 1
        case .lineUp: return -1
        case .pageDown: return page
        case .pageUp: return -page
        case .top: return -total()
        case .bottom: return total()
        default: return nil
        }
    }
}
