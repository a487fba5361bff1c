import Foundation
import LadderCore

/// One input of a form.
public struct FormField: Sendable, Equatable {
    public enum ID: String, Sendable, CaseIterable {
        case title, organisation, product, rung, references, tags, note, at, what, due, who
        case via, direction, failure, with, held, took, reason, reply, outcome, resolution, ask
        case acknowledgedEvent, explainedCause, acknowledgedTrouble, format, redact, file, leftOpen, desk, number, openReplies, limit
    }

    public enum Value: Sendable, Equatable {
        case text(LineEditor)
        /// Options shown by label; `index` is the one chosen.
        case choice(labels: [String], index: Int)
    }

    public var id: ID
    public var label: String
    public var value: Value
    /// Shown greyed in an empty text field, and as help while the field has focus.
    public var placeholder: String
    public var help: String
    /// What was wrong with this field at the last attempt to save.
    public var error: String?
    /// Parsed as a time when set: the form shows what the text means as you type.
    public var time: WhenRole?
    /// A choice's options as the command line writes them (`call-centre`), for the
    /// letter that jumps to one when the labels are in another language; nil: the labels.
    var codes: [String]?

    public var text: String {
        switch value {
        case let .text(e): return e.text
        case let .choice(labels, i): return labels[i]
        }
    }

    public var choice: Int? {
        if case let .choice(_, i) = value { return i }
        return nil
    }

    static func text(_ id: ID, _ label: String, _ initial: String = "", placeholder: String = "", help: String,
                     time: WhenRole? = nil) -> FormField {
        FormField(id: id, label: label, value: .text(LineEditor(initial)), placeholder: placeholder, help: help, time: time)
    }

    static func choice(_ id: ID, _ label: String, _ labels: [String], _ index: Int = 0, codes: [String]? = nil, help: String) -> FormField {
        FormField(id: id, label: label, value: .choice(labels: labels, index: index), placeholder: "", help: help, codes: codes)
    }
}

/// A form for one action. It reads its fields into a `SaveRequest`, checks it against
/// the case as the command line does (same parser, same `CaseFile.record`), and keeps
/// each error next to the field it concerns.
public struct Form: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        case add, log, escalate, await, owe, clear, note, close, reopen, edit, undo, ask, export
        /// `y`: the brief to the clipboard, cut to a web form's limit.
        case copyBrief
    }

    public var kind: Kind
    /// The case acted on; nil for a new case.
    public var caseNumber: Int?
    public var title: String
    public var fields: [FormField]
    public var focus = 0
    /// The fields as the form opened: what Esc would throw away is what differs.
    private var opened: [FormField.Value]
    /// Esc was pressed once with something typed: a second Esc discards it.
    var confirmingDiscard = false
    /// A problem that belongs to no single field (the store refused, the case is gone).
    public var error: String?
    /// Reply ids behind the choices of a `clear` form, in order.
    var replyIDs: [UUID] = []
    /// The event an `undo` form reverts: the case's last change when it was opened.
    var undoing: UUID?
    /// The details an edit form started from, so only real changes are recorded.
    var original: CaseDetails?
    /// The case's organisation, whose clocks read a due time (`2 business days`).
    var organisation = ""
    var rung = Rung.shop

    init(kind: Kind, caseNumber: Int?, title: String, fields: [FormField]) {
        self.kind = kind
        self.caseNumber = caseNumber
        self.title = title
        self.fields = fields
        opened = fields.map(\.value)
    }

    /// Takes the fields as they are now as the form's start (after its defaults are set).
    mutating func markOpened() { opened = fields.map(\.value) }

    /// Whether anything was typed or chosen since the form opened (the call timer's
    /// filled-in times count: they are work too).
    var hasChanges: Bool { fields.map(\.value) != opened }

    public subscript(id: FormField.ID) -> FormField? {
        fields.first { $0.id == id }
    }

    /// The focused text field's text, for the external editor.
    var focusedText: (id: FormField.ID, text: String)? {
        guard fields.indices.contains(focus), case let .text(e) = fields[focus].value else { return nil }
        return (fields[focus].id, e.text)
    }

    mutating func set(_ id: FormField.ID, _ text: String) {
        guard let i = fields.firstIndex(where: { $0.id == id }) else { return }
        if case .text = fields[i].value { fields[i].value = .text(LineEditor(text)) }
    }

    mutating func choose(_ id: FormField.ID, _ index: Int) {
        guard let i = fields.firstIndex(where: { $0.id == id }), case let .choice(labels, _) = fields[i].value else { return }
        fields[i].value = .choice(labels: labels, index: max(0, min(labels.count - 1, index)))
    }

    // MARK: keys

    enum Outcome: Equatable { case stay, submit, cancel, editExternally }

    /// Moves between fields, edits text, cycles choices. Enter on the last field and
    /// Ctrl-S anywhere submit; Esc cancels. The keys are the key table's.
    mutating func handle(_ key: Key) -> Outcome {
        let action = KeyTable.action(for: key, in: .form)
        defer {
            if action != .cancel, confirmingDiscard {
                confirmingDiscard = false
                error = nil
            }
        }
        switch action {
        case .cancel:
            // Nothing typed is lost by one stray Esc.
            guard !hasChanges || confirmingDiscard else {
                confirmingDiscard = true
                error = L("Esc again throws away what you typed; Ctrl-S saves it")
                return .stay
            }
            return .cancel
        case .save: return .submit
        case .editExternally:
            // Long text in $EDITOR: notes, what was said, the request.
            guard [.note, .ask].contains(fields[focus].id), case .text = fields[focus].value else { return .stay }
            return .editExternally
        case .nextFieldOrSave:
            if focus == fields.count - 1 { return .submit }
            focus += 1
        case .nextField: focus = (focus + 1) % fields.count
        case .previousField: focus = (focus + fields.count - 1) % fields.count
        default:
            switch fields[focus].value {
            case var .text(editor):
                if editor.handle(key) {
                    fields[focus].value = .text(editor)
                    fields[focus].error = nil
                }
            case let .choice(labels, index):
                // A letter jumps by the label or by the command line's word (`p`: phone, 電話).
                let chosen = Form.choose(key, labels: labels, codes: fields[focus].codes, from: index)
                fields[focus].value = .choice(labels: labels, index: chosen)
                fields[focus].error = nil
                if kind == .export, fields[focus].id == .format { fileFollowsFormat(from: index, to: chosen) }
            }
        }
        return .stay
    }

    /// The option a key picks in a choice field: the next or previous (wrapping), the
    /// first or last, or the next one starting with a typed letter.
    static func choose(_ key: Key, labels: [String], codes: [String]? = nil, from index: Int) -> Int {
        switch KeyTable.action(for: key, in: .choice) {
        case .nextChoice: return (index + 1) % labels.count
        case .previousChoice: return (index + labels.count - 1) % labels.count
        case .firstChoice: return 0
        case .lastChoice: return labels.count - 1
        default:
            guard case let .char(c) = key else { return index }
            let l = String(c).lowercased()
            let order = (1...labels.count).map { (index + $0) % labels.count }
            return order.first { labels[$0].lowercased().hasPrefix(l) || codes?[$0].hasPrefix(l) == true } ?? index
        }
    }

    /// Pasted text into the focused text field: line breaks kept in a note or a
    /// request (they are stored), spaces elsewhere. A choice takes no paste.
    mutating func paste(_ text: String) {
        guard fields.indices.contains(focus), case var .text(editor) = fields[focus].value else {
            error = L("paste into a text field (Tab to one)")
            return
        }
        let multiline = [.note, .ask].contains(fields[focus].id)
        editor.insert(multiline ? text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
                                : LineEditor.oneLine(text))
        fields[focus].value = .text(editor)
        fields[focus].error = nil
    }

    /// An export's file name ends as its format does, while it still ends as the
    /// format before did (a name the user chose otherwise is left alone).
    private mutating func fileFollowsFormat(from old: Int, to new: Int) {
        let endings = ExportRequest.Format.allCases.map(\.fileEnding)
        let file = value(.file)
        guard old != new, file.hasSuffix("." + endings[old]) else { return }
        set(.file, String(file.dropLast(endings[old].count)) + endings[new])
    }

    /// Clears earlier errors and puts `error` where it belongs.
    mutating func show(_ error: LadderError) {
        let text = friendly(error)
        if let id = error.field.flatMap({ Form.fieldFor[$0] }), let i = fields.firstIndex(where: { $0.id == id }) {
            fields[i].error = text
            focus = i
        } else {
            self.error = text
        }
    }

    mutating func clearErrors() {
        error = nil
        for i in fields.indices { fields[i].error = nil }
    }

    /// The core's messages suggest command-line flags; in a form a flag is no help, so
    /// the hint names the form's own fields instead ("choose failed attempt under
    /// Direction"), or keeps only the example's values: "write e.g. --due 2h" becomes
    /// "write e.g. 2h", "例：--due 2h" "例：2h".
    func friendly(_ e: LadderError) -> String {
        // A command to type is no help in a form: the front end's own key is named.
        if let h = e.hint, h.contains("ladder reopen") { return Punctuation.then(e.message, L("press Esc, then x to reopen it")) }
        if let h = e.hint, h.contains("ladder ") { return e.message }
        guard let hint = e.hint else { return e.message }
        guard hint.contains("--") else { return Punctuation.then(e.message, hint) }
        if let own = formHint(e.field) { return Punctuation.then(e.message, own) }
        return Punctuation.then(e.message, Form.withoutFlags(hint))
    }

    /// The hint in this form's words for the errors whose command-line hint is all flags.
    private func formHint(_ field: LadderError.Field?) -> String? {
        func label(_ id: FormField.ID) -> String { self[id]?.label ?? id.rawValue }
        func option(_ id: FormField.ID, _ index: Int) -> String {
            if case let .choice(labels, _)? = self[id]?.value, labels.indices.contains(index) { return labels[index] }
            return ""
        }
        switch (kind, field) {
        case (.log, .failure?):
            return L("choose \(option(.direction, 2)) under \(label(.direction)), or - under \(label(.failure))")
        case (.log, .number?):
            return L("choose \(option(.direction, 3)) under \(label(.direction)), or empty \(label(.number))")
        case (.escalate, .rung?):
            return L("choose another rung under \(label(.rung)) with Left/Right")
        case (.close, .what?), (.close, .due?):
            return L("write the promise under \(label(.what)) and its due time under \(label(.due)), or empty both")
        default:
            return nil
        }
    }

    /// A hint with every `--flag` taken out, its values kept.
    static func withoutFlags(_ hint: String) -> String {
        hint.replacingOccurrences(of: #"--[a-z][a-z-]*\s?"#, with: "", options: .regularExpression)
    }

    static let fieldFor: [LadderError.Field: FormField.ID] = [
        .title: .title, .organisation: .organisation, .product: .product, .reference: .references, .tag: .tags,
        .rung: .rung, .at: .at, .due: .due, .what: .what, .who: .who, .reason: .reason, .item: .reply,
        .note: .note, .channel: .via, .direction: .direction, .failure: .failure, .held: .held, .took: .took,
        .number: .number, .desk: .desk, .limit: .limit,
    ]
}

/// What a confirmed form asks the store to do. The runtime performs it under the
/// store's lock against the case as it is on disk then.
public enum SaveRequest: Sendable, Equatable {
    case create(details: CaseDetails, rung: Rung, note: String?, replies: [ReplyRequest], at: Date, now: Date, clocks: Clocks)
    case record(number: Int, action: CaseAction, at: Date, now: Date, clocks: Clocks)

    /// Applies the request to a case file in memory: the check before saving, and the
    /// change itself when saving.
    public func apply(to file: inout CaseFile) throws(LadderError) {
        switch self {
        case let .create(details, rung, note, replies, at, now, clocks):
            file = try CaseFile.open(number: file.number, details: details, rung: rung, note: note,
                                     replies: replies, at: at, now: now, clocks: clocks)
        case let .record(_, action, at, now, clocks):
            try file.record(action, at: at, now: now, clocks: clocks)
        }
    }
}
