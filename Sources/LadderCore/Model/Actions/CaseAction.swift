import Foundation

/// Something a user does to an existing case. Every face (command line, front end)
/// goes through `CaseFile.record(_:at:now:)`, so they all validate the same way.
///
/// Each action's rule (what it needs of the case and of its input, and the events it
/// appends) sits in a file of its own beside this one, as a method of `CaseState`.
public enum CaseAction: Sendable, Equatable {
    case log(Contact)
    /// To the next rung up when `to` is nil. `leftOpen` says what becomes of the
    /// promises of theirs still open on the rung it leaves.
    case escalate(to: Rung?, reason: String, leftOpen: LeftOpen = .keep)
    /// Due defaults to the rung's reply window after the event, on the case's clocks.
    case raise(what: String, owedBy: Party, who: String?, due: Date?)
    /// `item` is the reply's number in the case or a prefix of its id; nil means the
    /// only open one.
    case clear(item: String?, broken: Bool, note: String?)
    case note(String)
    case edit(CaseEdit)
    /// Replies still open: overdue ones are counted broken and the rest stay watched,
    /// or all are counted broken.
    case close(Resolution, note: String?, open: ClosingChoice = .watch)
    case reopen(reason: String)
    /// Sets what I ask the company for now (the brief's request).
    case ask(String)
    /// Records the apology test of their final answer (usually right after closing). A
    /// concrete promise needs its due time, and is raised as a reply owed by them, which
    /// stays open on the closed case until cleared.
    case testApology(ApologyTest, due: Date?)
    /// Closes the case and records the apology test of their final answer, at once.
    case closeJudged(Resolution, note: String?, test: ApologyTest, due: Date?, open: ClosingChoice = .watch)
    /// Reverts an event of the case (nil: its last change) with a new event.
    case undo(event: UUID?, note: String?)
}

/// What becomes of the promises of theirs still open on the rung a case leaves.
public enum LeftOpen: String, Sendable, Equatable, CaseIterable {
    /// They stay open, shown as still owed by that rung (no reason to climb further).
    case keep
    /// The higher rung owes them now: each is raised again there, with that rung's
    /// reply window, and the old one is counted as broken by the rung that left it.
    case carry
    /// Each is counted as broken.
    case breakThem = "break"
}

extension CaseFile {
    /// Validates an action against the case as it stands, then appends its events (all
    /// or none); returns the last one.
    @discardableResult
    public mutating func record(_ action: CaseAction, at: Date, now: Date, clocks: Clocks = .standard()) throws(LadderError) -> Event {
        try CaseFile.checkNotFuture(at, now: now)
        let state = CaseState(self)
        guard state.status != .withdrawn else {
            throw LadderError(.data, field: .caseNumber, L("case \(number) was withdrawn (its opening was undone); nothing more can be recorded on it"),
                              hint: L("open a new case instead: ladder add \"...\" --org \"...\""))
        }
        let kinds = try state.events(for: action, at: at, clocks: clocks)
        for kind in kinds { try kind.checkBounds() }
        // One action, one undo: the events after the first say whose part they are.
        var new = kinds.map { Event(at: at, recorded: now, kind: $0) }
        for i in new.indices.dropFirst() { new[i].partOf = new[0].id }
        events += new
        return new[new.count - 1]
    }

    static func checkNotFuture(_ at: Date, now: Date) throws(LadderError) {
        try Bounds.check(at, .at)
        guard at <= now else {
            throw LadderError(.data, field: .at, L("\(TimeText.stamp(at)) is in the future; events are recorded after they happen"),
                              hint: L("write a past time, e.g. --at -30m or --at \"yesterday 15:00\""))
        }
    }
}

extension CaseState {
    /// The events `action` appends to the case as it stands, or why it cannot: each
    /// action's own rule.
    func events(for action: CaseAction, at: Date, clocks: Clocks) throws(LadderError) -> [Event.Kind] {
        switch action {
        case let .log(contact): return [try logging(contact, at: at)]
        case let .escalate(to, reason, leftOpen): return try escalating(to: to, reason: reason, leftOpen: leftOpen, at: at, clocks: clocks)
        case let .raise(what, owedBy, who, due): return [try raising(what, owedBy: owedBy, who: who, due: due, at: at, clocks: clocks)]
        case let .clear(item, broken, note): return [try clearing(item, broken: broken, note: note, at: at)]
        case let .note(text): return [try noting(text)]
        case let .edit(edit): return [try editing(edit)]
        case let .ask(text): return [try asking(text)]
        case let .close(resolution, note, open): return try closing(resolution, note: note, open: open, at: at)
        case let .reopen(reason): return [try reopening(reason: reason)]
        case let .testApology(test, due): return try testingApology(test, due: due, at: at)
        case let .closeJudged(resolution, note, test, due, open):
            // Both or neither: the apology test is checked before anything is kept. It
            // reads only the rung, which closing does not change.
            return try closing(resolution, note: note, open: open, at: at) + (try testingApology(test, due: due, at: at))
        case let .undo(event, note): return [try undoing(event, note: note)]
        }
    }

    /// What an action on a closed case would have done, for the message that refuses it.
    enum Refused { case close, escalate, raise }

    func requireOpen(_ refused: Refused) throws(LadderError) {
        guard isOpen else {
            let n = number, status = status.closedName
            let message = switch refused {
            case .close: L("case \(n) is \(status); cannot close it")
            case .escalate: L("case \(n) is \(status); cannot escalate it")
            case .raise: L("case \(n) is \(status); cannot raise a pending reply on it")
            }
            throw LadderError(.data, field: .caseNumber, message, hint: L("reopen it first: ladder reopen \(n) --reason \"...\""))
        }
    }
}

extension CaseStatus {
    /// A status other than open, in words (English: as stored, `partly-resolved`).
    var closedName: String {
        switch self {
        case .open: L("open")
        case .withdrawn: L("withdrawn")
        default: Resolution(rawValue: rawValue)?.name ?? rawValue
        }
    }
}

extension String {
    /// Trimmed of surrounding white space; nil when nothing is left.
    var nonBlank: String? {
        let t = trimmingCharacters(in: .whitespacesAndNewlines)
        return t.isEmpty ? nil : t
    }
}

/// The text of a field that must not be blank, trimmed.
/// `empty` is the whole message (`L("the title is empty")`), read only when it is.
func required(_ text: String, _ field: LadderError.Field, _ empty: @autoclosure () -> String, example: @autoclosure () -> String) throws(LadderError) -> String {
    guard let t = text.nonBlank else {
        throw LadderError(.usage, field: field, empty(), hint: L("write e.g. \(example())"))
    }
    return t
}

/// An optional text field: nil when blank.
func optional(_ text: String?) -> String? { text?.nonBlank }
