import Foundation
import LadderCore

/// The forms for every action, and how each reads its fields.
extension Form {
    /// The rungs by name; a letter typed jumps by the name or by the command line's word.
    static func rungChoice(_ id: FormField.ID, _ label: String, _ index: Int = 0, help: String) -> FormField {
        .choice(id, label, Rung.allCases.map(\.name), index, codes: Rung.allCases.map(\.rawValue), help: help)
    }
    static var momentHelp: String { L("when it happened: now, -30m, 15:00, yesterday 15:00, 2026-07-15 15:00") }

    static func add() -> Form {
        Form(kind: .add, caseNumber: nil, title: L("New case"), fields: [
            .text(.title, L("Title"), placeholder: L("e.g. Mail from two handsets bounces"), help: L("what is wrong, in a few words")),
            .text(.organisation, L("Organisation"), placeholder: L("e.g. Example Mobile"), help: L("the company")),
            rungChoice(.rung, L("Rung"), help: L("the rung it starts on: Left/Right or the first letter")),
            .text(.references, L("Refs"), placeholder: L("(optional) e.g. A-123, 456"), help: L("their customer, ticket or case numbers, separated by commas")),
            .text(.tags, L("Tags"), placeholder: L("(optional) e.g. mail, handset"), help: L("tags, separated by commas")),
            .text(.note, L("Note"), help: L("anything to remember from the start")),
            .text(.at, L("Started"), placeholder: L("now"), help: momentHelp, time: .moment),
            .text(.what, L("Awaiting"), placeholder: L("(optional) a reply they owe you"), help: L("a reply they promised, e.g. call back with a fix")),
            .text(.due, L("Due"), placeholder: L("(optional) default: the rung's window"), help: L("when it is due: 17:00, tomorrow, fri, 2h, eod, 2 business days"), time: .deadline),
        ])
    }

    static func log(_ s: CaseState) -> Form {
        var form = Form(kind: .log, caseNumber: s.number, title: L("Log a contact on case \(s.number)"), fields: [
            .choice(.via, L("Via"), Channel.allCases.map(\.name), codes: Channel.allCases.map(\.rawValue), help: L("how: Left/Right or the first letter")),
            .choice(.direction, L("Direction"), [L("I reached them"), L("they reached me"), L("failed attempt"), L("missed call")],
                    help: L("who reached whom, that my attempt failed, or that they tried and missed me (not an answer)")),
            .choice(.failure, L("Failure"), ["-"] + FailureReason.allCases.map(\.name),
                    codes: ["-"] + FailureReason.allCases.map(\.rawValue), help: L("why an attempt failed (only for a failed attempt)")),
            .text(.with, L("With"), placeholder: L("(optional) person"), help: L("the person spoken to (redacted when published)")),
            .text(.desk, L("Desk"), placeholder: L("(optional) desk or contact point"),
                  help: L("the desk; a configured contact point sets the contact's rung")),
            .text(.number, L("Number"), placeholder: L("(optional) with a missed call"), help: L("the number they left")),
            .text(.held, L("Held"), placeholder: L("(optional) e.g. 40m"), help: L("time on hold or waiting: 40m, 1h30m")),
            .text(.took, L("Took"), placeholder: L("(optional) e.g. 30m"), help: L("how long it lasted: 30m")),
            .text(.at, L("When"), placeholder: L("now"), help: momentHelp, time: .moment),
            .text(.note, L("Note"), help: L("what was said; Ctrl-X writes it in $EDITOR")),
        ])
        form.organisation = s.details.organisation
        return form
    }

    static func escalate(_ s: CaseState) -> Form {
        let next = s.rung.next ?? Rung.allCases.last { $0 < s.rung } ?? .shop
        var fields: [FormField] = [
            .text(.reason, L("Reason"), placeholder: L("e.g. no reply in 3 days"), help: L("why it moves")),
            rungChoice(.rung, L("To"), next.index, help: L("the rung to move to: up, or back down")),
            .text(.at, L("When"), placeholder: L("now"), help: momentHelp, time: .moment),
        ]
        let left = s.leftOpenReplies(leaving: s.rung, at: .distantFuture)
        if !left.isEmpty {
            let items = Punctuation.list(left.map { "#\($0.item)" })
            fields.append(.choice(.leftOpen, L("Left open"), [L("keep open"), L("carry to new rung"), L("count broken")],
                                  help: L("\(items) still open on \(s.rung.name): keep, raise again on the new rung, or count as broken")))
        }
        return Form(kind: .escalate, caseNumber: s.number, title: L("Move case \(s.number) from \(s.rung.name)"), fields: fields)
    }

    static func reply(_ s: CaseState, owedBy: Party, clocks: Clocks) -> Form {
        let window = clocks.window(on: s.rung)
        let them = owedBy == .them
        var form = Form(kind: them ? .await : .owe, caseNumber: s.number,
                    title: them ? L("Await a reply on case \(s.number)") : L("Owe a reply on case \(s.number)"), fields: [
            .text(.what, them ? L("Awaiting") : L("Owing"), placeholder: them ? L("e.g. call back with the fix") : L("e.g. send the logs"),
                  help: them ? L("what they promised") : L("what you promised")),
            .text(.who, L("Who"), placeholder: L("(optional) person or desk"), help: L("who promised it, or to whom")),
            .text(.due, L("Due"), placeholder: L("default: \(window.text) on \(s.rung.name)"), help: L("17:00, tomorrow, fri, 2h, eod, 2 business days; empty for the rung's window"), time: .deadline),
            .text(.at, L("Promised"), placeholder: L("now"), help: momentHelp, time: .moment),
        ])
        form.organisation = s.details.organisation
        form.rung = s.rung
        return form
    }

    static func clear(_ s: CaseState, now: Date) -> Form? {
        let open = s.openReplies
        guard !open.isEmpty else { return nil }
        let labels = open.map { r in L("#\(r.item) \(r.reply.owedBy.name): \(TerminalText.line(r.reply.what)) (\(ClockText.due(r, now: now)))") }
        var form = Form(kind: .clear, caseNumber: s.number, title: L("Clear a reply on case \(s.number)"), fields: [
            .choice(.reply, L("Reply"), labels, help: L("which promise: Left/Right")),
            .choice(.outcome, L("Outcome"), [L("came"), L("broken")], help: L("came: kept or late by its due time; broken: they will not do it")),
            .text(.note, L("Note"), help: L("what came, or why it is broken")),
            .text(.at, L("When"), placeholder: L("now"), help: momentHelp, time: .moment),
        ])
        form.replyIDs = open.map(\.reply.id)
        return form
    }

    static func note(_ s: CaseState) -> Form {
        Form(kind: .note, caseNumber: s.number, title: L("Note on case \(s.number)"), fields: [
            .text(.note, L("Note"), help: L("anything worth keeping; Ctrl-X writes it in $EDITOR")),
            .text(.at, L("When"), placeholder: L("now"), help: momentHelp, time: .moment),
        ])
    }

    static func close(_ s: CaseState) -> Form {
        var form = Form(kind: .close, caseNumber: s.number, title: L("Close case \(s.number)"), fields: [
            .choice(.resolution, L("Outcome"), Resolution.allCases.map(\.name), codes: Resolution.allCases.map(\.rawValue), help: L("resolved, partly resolved, abandoned, or taken to a regulator")),
            .text(.note, L("Note"), help: L("how it ended")),
            .text(.at, L("When"), placeholder: L("now"), help: momentHelp, time: .moment),
            .choice(.acknowledgedEvent, L("Owned up?"), [L("no"), L("yes")], help: L("apology test: did they acknowledge what happened?")),
            .choice(.explainedCause, L("Cause?"), [L("no"), L("yes")], help: L("apology test: did they explain why it happened?")),
            .choice(.acknowledgedTrouble, L("My trouble?"), [L("no"), L("yes")], help: L("apology test: did they acknowledge the trouble it caused you?")),
            .text(.what, L("Promise"), placeholder: L("(none)"), help: L("apology test: their concrete promise, what exactly; watched as a reply owed by them")),
            .text(.due, L("By"), placeholder: L("(when)"), help: L("when the promise is due, e.g. 2026-08-31, fri, 2 business days"), time: .deadline),
        ])
        if !s.openReplies.isEmpty {
            let items = Punctuation.list(s.openReplies.map { "#\($0.item)" })
            form.fields.append(.choice(.openReplies, L("Still open"), [L("watch until due"), L("count broken")],
                                       help: L("\(items) still open: overdue ones count as broken; the rest are watched until due, or count all broken now")))
            // Added after the form opened: the choice is where it starts, not a change.
            form.markOpened()
        }
        form.organisation = s.details.organisation
        form.rung = s.rung
        return form
    }

    static func reopen(_ s: CaseState) -> Form {
        Form(kind: .reopen, caseNumber: s.number, title: L("Reopen case \(s.number)"), fields: [
            .text(.reason, L("Reason"), help: L("why, e.g. the fault came back")),
            .text(.at, L("When"), placeholder: L("now"), help: momentHelp, time: .moment),
        ])
    }

    /// Reverts the case's last change with a new event; nil when there is none.
    static func undo(_ s: CaseState, zone: TimeZone) -> Form? {
        guard let change = s.lastChange else { return nil }
        let what = TimelineText.glance(change, in: s, zone: zone)
        var form = Form(kind: .undo, caseNumber: s.number,
                        title: L("Undo on case \(s.number): \(TimeText.short(change.at, zone: zone)) \(what)"), fields: [
            .text(.note, L("Why"), placeholder: L("(optional)"), help: change.kind.isOpening
                  ? L("this was its opening: undoing it withdraws the case; Ctrl-S to undo, Esc to keep it")
                  : L("Ctrl-S to undo it (the timeline keeps both), Esc to keep it")),
        ])
        form.undoing = change.id
        return form
    }

    /// Writes the case up (or its replies as calendar entries) to a file. `~/` is the
    /// home folder, found when the file is written (the model reads no environment).
    static func export(_ s: CaseState) -> Form {
        var form = Form(kind: .export, caseNumber: s.number, title: L("Export case \(s.number)"), fields: [
            .choice(.format, L("Format"), ExportRequest.Format.allCases.map(\.rawValue),
                    help: L("markdown, html (one self-contained file), json, or ics (its pending replies for a calendar)")),
            .choice(.redact, L("Redact"), [L("no"), L("yes")], help: L("yes: staff names, e-mail addresses and phone numbers become placeholders")),
            .text(.file, L("File"), help: L("where to write it; an existing file is not overwritten")),
        ])
        form.set(.file, "~/ladder-case-\(s.number).md")
        form.markOpened()
        return form
    }

    /// `y`: copies the brief, cut to a web form's limit when one is given (the last one
    /// used for the organisation comes back); Enter copies.
    static func copyBrief(_ s: CaseState, limit: Int?) -> Form {
        var form = Form(kind: .copyBrief, caseNumber: s.number, title: L("Copy the brief of case \(s.number)"), fields: [
            .text(.limit, L("Limit"), placeholder: L("(none) the whole brief"),
                  help: L("the web form's limit in characters, e.g. 400: the brief is cut to fit; empty copies it whole")),
        ])
        if let limit { form.set(.limit, String(limit)) }
        form.markOpened()
        form.organisation = s.details.organisation
        return form
    }

    /// The limit a copy form asks for: nil for none, or a problem to show.
    func copyLimit() -> Result<Int?, LadderError> {
        let text = SearchFold.fold(value(.limit)).trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { return .success(nil) }
        guard let n = Int(text), n > 0 else {
            return .failure(LadderError(.usage, field: .limit, L("cannot read \"\(value(.limit))\" as a number of characters"),
                                        hint: L("write e.g. 400, or leave it empty for the whole brief")))
        }
        return .success(n)
    }

    /// What I ask the company for now: the brief's last line.
    static func ask(_ s: CaseState) -> Form {
        var form = Form(kind: .ask, caseNumber: s.number, title: L("What you ask for on case \(s.number)"), fields: [
            .text(.ask, L("I ask for"), help: L("e.g. a refund of the two months and a written cause; Ctrl-X writes it in $EDITOR")),
        ])
        if let current = s.ask { form.set(.ask, current) }
        form.markOpened()
        return form
    }

    static func edit(_ s: CaseState) -> Form {
        let d = s.details
        var form = Form(kind: .edit, caseNumber: s.number, title: L("Correct case \(s.number)"), fields: [
            .text(.title, L("Title"), d.title, help: L("what is wrong, in a few words")),
            .text(.organisation, L("Organisation"), d.organisation, help: L("the company")),
            .text(.product, L("Product"), d.product ?? "", help: L("the product or service; empty for none")),
            .text(.references, L("Refs"), d.references.joined(separator: ", "), help: L("separated by commas")),
            .text(.tags, L("Tags"), d.tags.joined(separator: ", "), help: L("separated by commas")),
        ])
        form.original = d
        return form
    }

    // MARK: reading the fields

    func value(_ id: FormField.ID) -> String { self[id]?.text ?? "" }
    private func optional(_ id: FormField.ID) -> String? {
        let t = value(id).trimmingCharacters(in: .whitespaces)
        return t.isEmpty ? nil : t
    }
    private func list(_ id: FormField.ID) -> [String] {
        value(id).split { ",、，".contains($0) }.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    private func time(_ id: FormField.ID, role: WhenRole, now: Date, zone: TimeZone) throws(LadderError) -> Date? {
        guard let text = optional(id) else {
            if role == .moment { return now }
            return nil
        }
        do {
            return try WhenParser(now: now, zone: zone).parse(text, role: role)
        } catch {
            var e = error
            e.field = id == .due ? .due : .at
            throw e
        }
    }

    /// The clocks of the organisation the form is about: the one typed in an add form.
    func clocks(_ config: Config) -> Clocks {
        config.clocks(for: kind == .add ? value(.organisation) : organisation)
    }

    /// The rung a due time counts on: the one chosen in an add form.
    var dueRung: Rung { kind == .add ? Rung.allCases[self[.rung]?.choice ?? 0] : rung }

    /// A due time said at `at`, business time included.
    private func due(at: Date, zone: TimeZone, clocks: Clocks) throws(LadderError) -> Date? {
        guard let text = optional(.due) else { return nil }
        return try clocks.deadline(text, from: at, on: dueRung, zone: zone)
    }

    private func duration(_ id: FormField.ID, _ field: LadderError.Field) throws(LadderError) -> TimeInterval? {
        guard let text = optional(id) else { return nil }
        guard let seconds = WhenParser.length(text), seconds >= 0 else {
            throw LadderError(.usage, field: field, L("cannot read \"\(text)\" as a duration"), hint: L("write e.g. \(WhenParser.durationExamples)"))
        }
        return seconds
    }

    /// What an export form asks to be written; nil while it names no file.
    func exportRequest() -> ExportRequest? {
        let path = value(.file).trimmingCharacters(in: .whitespaces)
        guard !path.isEmpty else { return nil }
        return ExportRequest(number: caseNumber ?? 0, format: ExportRequest.Format.allCases[self[.format]?.choice ?? 0],
                             redact: self[.redact]?.choice == 1, path: path)
    }

    /// Reads the fields into what to save. Parsing errors name their field.
    func request(now: Date, zone: TimeZone, config: Config) throws(LadderError) -> SaveRequest {
        let at = try time(.at, role: .moment, now: now, zone: zone) ?? now
        let clocks = clocks(config)
        // Deadlines are read from the event's time, as on the command line.
        let due = try due(at: at, zone: zone, clocks: clocks)
        func record(_ action: CaseAction) -> SaveRequest { .record(number: caseNumber ?? 0, action: action, at: at, now: now, clocks: clocks) }
        switch kind {
        case .add:
            let details = CaseDetails(title: value(.title), organisation: value(.organisation),
                                      references: list(.references), tags: list(.tags))
            var replies: [ReplyRequest] = []
            if let what = optional(.what) {
                replies.append(ReplyRequest(what: what, owedBy: .them, due: due))
            } else if due != nil {
                throw LadderError(.usage, field: .what, L("a due time needs a reply to go with it"), hint: L("write what they owe you, or empty the due time"))
            }
            return .create(details: details, rung: Rung.allCases[self[.rung]?.choice ?? 0], note: optional(.note),
                           replies: replies, at: at, now: now, clocks: clocks)
        case .log:
            let direction: ContactDirection = [.outgoing, .incoming, .failed, .missed][self[.direction]?.choice ?? 0]
            let failureIndex = self[.failure]?.choice ?? 0
            let failure = failureIndex == 0 ? nil : FailureReason.allCases[failureIndex - 1]
            let contact = Contact(channel: Channel.allCases[self[.via]?.choice ?? 0], direction: direction,
                                  failure: failure, with: optional(.with), desk: optional(.desk), number: optional(.number),
                                  held: try duration(.held, .held), took: try duration(.took, .took), note: optional(.note))
            // A configured contact point named as the desk sets the rung, as on the command line.
            return record(.log(contact.atContactPoint(of: config.organisation(for: organisation))?.contact ?? contact))
        case .escalate:
            return record(.escalate(to: Rung.allCases[self[.rung]?.choice ?? 0], reason: value(.reason),
                                    leftOpen: LeftOpen.allCases[self[.leftOpen]?.choice ?? 0]))
        case .await, .owe:
            return record(.raise(what: value(.what), owedBy: kind == .await ? .them : .me, who: optional(.who), due: due))
        case .clear:
            let id = replyIDs[self[.reply]?.choice ?? 0]
            return record(.clear(item: id.uuidString, broken: self[.outcome]?.choice == 1, note: optional(.note)))
        case .note:
            return record(.note(value(.note)))
        case .close:
            let resolution = Resolution.allCases[self[.resolution]?.choice ?? 0]
            let test = ApologyTest(acknowledgedEvent: self[.acknowledgedEvent]?.choice == 1, explainedCause: self[.explainedCause]?.choice == 1,
                                   acknowledgedTrouble: self[.acknowledgedTrouble]?.choice == 1, promise: optional(.what))
            let open = ClosingChoice.allCases[self[.openReplies]?.choice ?? 0]
            guard test.score > 0 || due != nil else { return record(.close(resolution, note: optional(.note), open: open)) }
            return record(.closeJudged(resolution, note: optional(.note), test: test, due: due, open: open))
        case .reopen:
            return record(.reopen(reason: value(.reason)))
        case .undo:
            return record(.undo(event: undoing, note: optional(.note)))
        case .ask:
            return record(.ask(value(.ask)))
        case .export, .copyBrief:
            preconditionFailure("an export or copy form is not a save; App asks for its effect")
        case .edit:
            let d = original ?? CaseDetails(title: "", organisation: "")
            func changed<T: Equatable>(_ new: T, _ old: T) -> T? { new == old ? nil : new }
            let product = value(.product).trimmingCharacters(in: .whitespaces)
            return record(.edit(CaseEdit(
                title: changed(value(.title), d.title), organisation: changed(value(.organisation), d.organisation),
                product: changed(product, d.product ?? ""),
                references: changed(list(.references), d.references), tags: changed(list(.tags), d.tags))))
        }
    }

    /// Reads the fields and checks them against `file` (the case as the front end last
    /// saw it) without saving: the same checks the store will make.
    func check(_ file: CaseFile?, now: Date, zone: TimeZone, config: Config) throws(LadderError) -> SaveRequest {
        let request = try request(now: now, zone: zone, config: config)
        var copy = file ?? CaseFile(number: 0, events: [])
        try request.apply(to: &copy)
        return request
    }

    /// What a time field's text means, as the user types: `Sun 11-22 14:03`, `Wed 2027-12-01 23:59`, or nil.
    func preview(_ field: FormField, now: Date, zone: TimeZone, config: Config) -> String? {
        guard let role = field.time else { return nil }
        let text = field.text.trimmingCharacters(in: .whitespaces)
        if text.isEmpty { return nil }
        if role == .deadline {
            let base = (try? time(.at, role: .moment, now: now, zone: zone)) ?? now
            guard let d = try? clocks(config).deadline(text, from: base, on: dueRung, zone: zone) else { return "?" }
            return TimeText.short(d, zone: zone, near: now)
        }
        // With its year when it is not this year's: `12月1日` typed on 16 December is
        // next year's, and saved as such (a newcomer read the preview as this year's).
        guard let d = try? WhenParser(now: now, zone: zone).parse(text, role: role) else { return "?" }
        return TimeText.short(d, zone: zone, near: now)
    }
}

