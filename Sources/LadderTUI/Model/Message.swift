import Foundation
import LadderCore

/// Everything that can happen to the front end. The terminal layer and the store
/// runtime produce these; tests send them directly.
public enum Message: Sendable {
    case key(Key)
    /// Text pasted into the terminal (bracketed paste): text, never keys. A newline in
    /// it never confirms a form, and a letter in it never runs a command.
    case paste(String)
    /// The clock moved on (at least once a second).
    case tick(Date)
    case resize(width: Int, height: Int)
    /// A full read of the store (the demo, tests).
    case loaded(cases: [CaseFile], problems: [StoreProblem])
    /// The store as its index has it: every case's summary, no timeline. The cases
    /// the detail pane and forms need are read one by one (`Effect.read`).
    case indexed(summaries: [CaseSummary], problems: [StoreProblem])
    /// The index read again with every case's search text, after the first frame
    /// (which is drawn without it): the `/` filter then finds words in notes and
    /// contacts too. Summaries that changed since are not replaced.
    /// `texts`: the cases' search text folded ahead, off the front end's thread, so that
    /// the first key typed into the filter does not fold all of them.
    case searchable(summaries: [CaseSummary], texts: [Int: SearchText] = [:])
    /// A case read in full, as asked.
    case read(CaseFile)
    /// A case that could not be read in full.
    case readFailed(number: Int, problem: StoreProblem)
    /// Case files changed on disk since the last read (another terminal, the nightly job).
    case changed(cases: [CaseFile], removed: [Int], problems: [StoreProblem])
    /// A form's request was written; this is the case as saved.
    case saved(CaseFile)
    case saveFailed(SaveFailure)
    /// The external editor returned the text for a form's field (nil and a problem:
    /// it failed or the text was empty, and the field keeps what it had).
    case textEdited(field: FormField.ID, text: String?, problem: String?)
    /// An export was written (the path), with what redaction replaced; or it failed.
    case exported(path: String, redacted: Int)
    case exportFailed(String)
    /// Text was handed to the terminal's clipboard.
    case copied(what: String, characters: Int)
    /// `ladder sync` ran: what it said, line by line; or why it could not.
    case synced([String])
    case syncFailed(String)
    /// The config file changed and was read again: organisations, clocks, contact points.
    case configured(Config)
    /// The config file changed but cannot be used; the one read before stays in force.
    case configFailed(String)
}

public enum SaveFailure: Sendable, Equatable {
    /// The case as it is on disk refused the change (for example, closed meanwhile).
    case invalid(LadderError)
    /// The store could not be written.
    case store(String)
}

/// What the model asks the outside world to do.
public enum Effect: Sendable, Equatable {
    case save(SaveRequest)
    /// Read a case in full: it was selected, so its detail and forms need its timeline.
    case read(Int)
    case quit(status: Int32)
    /// Ctrl-Z: give the terminal back to the shell until resumed.
    case suspend
    /// Ctrl-L: repaint the whole terminal.
    case redraw
    /// Ctrl-X in a form: write a field's text in $EDITOR (`about` says what it is).
    case editText(field: FormField.ID, text: String, about: String)
    /// Write a case's export to a file.
    case export(ExportRequest)
    /// Put text on the clipboard through the terminal (OSC 52); `what` says what it is.
    case copy(text: String, what: String)
    /// Sync the store through git, then read it again.
    case sync
}

/// What the export form asks for.
public struct ExportRequest: Sendable, Equatable {
    public enum Format: String, Sendable, CaseIterable {
        case markdown, html, json, ics

        /// `md`, `html`, `json`, `ics`: how a file of this format is named.
        var fileEnding: String { self == .markdown ? "md" : rawValue }
    }
    public var number: Int
    public var format: Format
    public var redact: Bool
    public var path: String
}

