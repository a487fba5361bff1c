import Foundation

/// Something a user does to an existing case. Every face (command line, front end)
/// goes through `CaseFile.record(_:at:now:)`, so they all validate the same way.
public enum CaseAction: Sendable, Equatable {
    case log(Contact)
    /// To the next rung up when `to` is nil.
    case escalate(to: Rung?, reason: String)
    /// Due defaults to the rung's reply window after the event, on the case's clocks.
    case raise(what: String, owedBy: Party, who: String?, due: Date?)
    /// `item` is the reply's number in the case or a prefix of its id; nil means the
    /// only open one.
    case clear(item: String?, broken: Bool, note: String?)
    case note(String)
    case edit(CaseEdit)
    case close(Resolution, note: String?)
    case reopen(reason: String)
    /// Sets what I ask the company for now (the brief's request).
    case ask(String)
    /// Records the apology test of their final answer (usually right after closing). A
    /// concrete promise needs its due time, and is raised as a reply owed by them, which
    /// stays open on the closed case until cleared.
    case testApology(ApologyTest, due: Date?)
    /// Closes the case and records the apology test of their final answer, at once.
    case closeJudged(Resolution, note: String?, test: ApologyTest, due: Date?)
    /// Reverts an event of the case (nil: its last change) with a new event.
    case undo(event: UUID?, note: String?)
}

/// A reply to raise together with a new case (quick-add's --await / --owe).
public struct ReplyRequest: Sendable, Equatable {
    public var what: String
    public var owedBy: Party
    public var who: String?
    public var due: Date?

    public init(what: String, owedBy: Party, who: String? = nil, due: Date? = nil) {
        self.what = what
        self.owedBy = owedBy
        self.who = who
        self.due = due
    }
}

extension String {
    /// Trimmed of surrounding white space; nil when nothing is left.
    var nonBlank: String? {
        let t = trimmingCharacters(in: .whitespacesAndNewlines)
        return t.isEmpty ? nil : t
    }
}

private func required(_ text: String, _ field: LadderError.Field, _ what: String, example: String) throws(LadderError) -> String {
    guard let t = text.nonBlank else {
        throw LadderError(.usage, field: field, "\(what) is empty", hint: "write e.g. \(example)")
    }
    return t
}

private func optional(_ text: String?) -> String? { text?.nonBlank }

extension CaseFile {
    /// A new case with its opening event and any replies raised with it.
    public static func open(
        number: Int, details: CaseDetails, rung: Rung, note: String?,
        replies: [ReplyRequest] = [], at: Date, now: Date, clocks: Clocks = .standard()
    ) throws(LadderError) -> CaseFile {
        try checkNotFuture(at, now: now)
        var d = details
        d.title = try required(details.title, .title, "the title", example: "\"Mail from two handsets bounces\"")
        d.organisation = try required(details.organisation, .organisation, "the organisation", example: "--org \"Example Mobile\"")
        d.product = optional(details.product)
        d.references = details.references.compactMap(\.nonBlank)
        d.tags = details.tags.compactMap(\.nonBlank)
        var file = CaseFile(number: number, events: [
            Event(at: at, recorded: now, kind: .opened(d, rung: rung, note: optional(note))),
        ])
        for r in replies {
            _ = try file.record(.raise(what: r.what, owedBy: r.owedBy, who: r.who, due: r.due), at: at, now: now, clocks: clocks)
        }
        return file
    }

    /// Validates an action against the case as it stands, then appends its event.
    @discardableResult
    public mutating func record(_ action: CaseAction, at: Date, now: Date, clocks: Clocks = .standard()) throws(LadderError) -> Event {
        try CaseFile.checkNotFuture(at, now: now)
        let state = CaseState(self)
        guard state.status != .withdrawn else {
            throw LadderError(.data, field: .caseNumber, "case \(number) was withdrawn (its opening was undone); nothing more can be recorded on it",
                              hint: "open a new case instead: ladder add \"...\" --org \"...\"")
        }
        let kind: Event.Kind
        switch action {
        case var .log(contact):
            if contact.direction != .failed, contact.failure != nil {
                throw LadderError(.usage, field: .failure, "a failure reason goes only with a failed attempt",
                                  hint: "write e.g. --failed --reason wrong-number")
            }
            for (value, field) in [(contact.held, LadderError.Field.held), (contact.took, .took)] {
                if let v = value, v < 0 || !v.isFinite {
                    throw LadderError(.usage, field: field, "a duration cannot be negative", hint: "write e.g. 40m")
                }
            }
            // Keep the rung as it stood when recorded: later backdated moves must not
            // change what this contact was.
            contact.rung = contact.rung ?? state.rung(at: at)
            contact.with = optional(contact.with)
            contact.note = optional(contact.note)
            kind = .contact(contact)
        case let .escalate(to, reason):
            try state.requireOpen("escalate")
            let from = state.rung(at: at)
            guard let target = to ?? from.next else {
                throw LadderError(.data, field: .rung, "case \(number) is already on the top rung (\(from.rawValue))",
                                  hint: "name a rung to send it back to, e.g. --to executive")
            }
            guard target != from else {
                throw LadderError(.data, field: .rung, "case \(number) is already on \(from.rawValue)",
                                  hint: "name another rung, e.g. --to \((from.next ?? .executive).rawValue)")
            }
            kind = .escalated(to: target, reason: try required(reason, .reason, "the reason", example: "--reason \"no reply in 3 days\""))
        case let .raise(what, owedBy, who, due):
            try state.requireOpen("raise a pending reply on")
            let item = try required(what, .what, "what is awaited", example: "\"call back with the fix\"")
            let rung = state.rung(at: at)
            let dueAt = due ?? clocks.due(on: rung, from: at)
            guard dueAt > at else {
                throw LadderError(.data, field: .due,
                                  "the due time \(TimeText.local(dueAt)) is not after the event (\(TimeText.local(at)))",
                                  hint: "write a later time, e.g. --due 2h or --due tomorrow")
            }
            kind = .replyRaised(PendingReply(what: item, owedBy: owedBy, who: optional(who), due: dueAt), rung: rung)
        case let .clear(item, broken, note):
            let reply = try state.findOpenReply(item)
            guard at >= reply.raisedAt else {
                throw LadderError(.data, field: .at,
                                  "reply \(reply.item) was raised at \(TimeText.local(reply.raisedAt)), after \(TimeText.local(at))",
                                  hint: "clear it at a later time, e.g. --at now")
            }
            kind = .replyCleared(id: reply.reply.id, broken: broken, note: optional(note))
        case let .note(text):
            kind = .note(try required(text, .note, "the note", example: "\"they promised a call before 18:00\""))
        case let .edit(edit):
            var e = edit
            if let t = e.title { e.title = try required(t, .title, "the title", example: "--title \"Mail bounces\"") }
            if let o = e.organisation { e.organisation = try required(o, .organisation, "the organisation", example: "--org \"Example Mobile\"") }
            e.product = e.product.map { $0.nonBlank ?? "" }
            e.references = e.references?.compactMap(\.nonBlank)
            e.tags = e.tags?.compactMap(\.nonBlank)
            guard !e.isEmpty else {
                throw LadderError(.usage, "nothing to change", hint: "write e.g. ladder edit \(number) --title \"New title\"")
            }
            kind = .edited(e)
        case let .close(resolution, note):
            try state.requireOpen("close")
            kind = .closed(resolution, note: optional(note))
        case let .reopen(reason):
            guard !state.isOpen else {
                throw LadderError(.data, field: .caseNumber, "case \(number) is already open")
            }
            kind = .reopened(reason: try required(reason, .reason, "the reason", example: "--reason \"the fault came back\""))
        case let .closeJudged(resolution, note, test, due):
            // Both or neither: the test is checked on a copy before anything is kept.
            var copy = self
            try copy.record(.close(resolution, note: note), at: at, now: now, clocks: clocks)
            let last = try copy.record(.testApology(test, due: due), at: at, now: now, clocks: clocks)
            self = copy
            return last
        case let .testApology(test, due):
            var test = test
            test.promise = optional(test.promise)
            switch (test.promise, due) {
            case (nil, nil): break
            case (_?, nil):
                throw LadderError(.usage, field: .due, "a concrete promise says by when",
                                  hint: "write e.g. --promise \"refund of the two months\" --by 2026-08-01")
            case (nil, _?):
                throw LadderError(.usage, field: .what, "a due time needs the promise it belongs to",
                                  hint: "write e.g. --promise \"refund of the two months\" --by 2026-08-01")
            case let (what?, due?):
                guard due > at else {
                    throw LadderError(.data, field: .due, "the promise's due time \(TimeText.local(due)) is not after \(TimeText.local(at))")
                }
                let event = Event(at: at, recorded: now, kind: .apologyTested(test))
                events.append(event)
                let reply = Event(at: at, recorded: now, kind: .replyRaised(PendingReply(what: what, owedBy: .them, who: nil, due: due),
                                                                          rung: state.rung))
                events.append(reply)
                return reply
            }
            kind = .apologyTested(test)
        case let .ask(text):
            kind = .asked(try required(text, .note, "what you ask for", example: "\"a refund of the two months and a written cause\""))
        case let .undo(id, note):
            guard let target = id.map({ id in events.first { $0.id == id } }) ?? state.lastChange else {
                throw LadderError(.data, field: .caseNumber, "case \(number) has no change to undo")
            }
            if case .undone = target.kind {
                throw LadderError(.data, field: .caseNumber, "an undo cannot itself be undone",
                                  hint: "record the change again instead")
            }
            guard !state.undone.contains(target.id) else {
                throw LadderError(.data, field: .caseNumber, "that change to case \(number) is already undone")
            }
            kind = .undone(id: target.id, note: optional(note))
        }
        let event = Event(at: at, recorded: now, kind: kind)
        events.append(event)
        return event
    }

    static func checkNotFuture(_ at: Date, now: Date) throws(LadderError) {
        guard at <= now else {
            throw LadderError(.data, field: .at, "\(TimeText.local(at)) is in the future; events are recorded after they happen",
                              hint: "write a past time, e.g. --at -30m or --at \"yesterday 15:00\"")
        }
    }
}

extension CaseState {
    func requireOpen(_ verb: String) throws(LadderError) {
        guard isOpen else {
            throw LadderError(.data, field: .caseNumber, "case \(number) is \(status.rawValue); cannot \(verb) it",
                              hint: "reopen it first: ladder reopen \(number) --reason \"...\"")
        }
    }

    /// Finds an open reply by its number, by a prefix of its id, or the only one.
    public func findOpenReply(_ item: String?) throws(LadderError) -> ReplyState {
        let open = openReplies
        let listing = open.map { "\($0.item) (\($0.reply.what))" }.joined(separator: ", ")
        guard let item = item?.nonBlank else {
            if open.count == 1 { return open[0] }
            if open.isEmpty {
                throw LadderError(.data, field: .item, "case \(number) has no open pending reply")
            }
            throw LadderError(.data, field: .item, "case \(number) has \(open.count) open replies: \(listing)",
                              hint: "name one, e.g. ladder clear \(number) \(open[0].item)")
        }
        let matches = open.filter {
            String($0.item) == item || (item.count >= 4 && $0.reply.id.uuidString.lowercased().hasPrefix(item.lowercased()))
        }
        guard matches.count == 1 else {
            let closed = replies.first { String($0.item) == item && !$0.isOpen }
            if let c = closed {
                throw LadderError(.data, field: .item, "reply \(c.item) of case \(number) is already cleared (\(c.outcome!.rawValue))")
            }
            throw LadderError(.data, field: .item, "case \(number) has no open reply \"\(item)\"",
                              hint: open.isEmpty ? nil : "open replies: \(listing)")
        }
        return matches[0]
    }
}
