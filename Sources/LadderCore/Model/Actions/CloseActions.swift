import Foundation

extension CaseState {
    /// `close`: how the case ended. A promise still open is judged by its own due time:
    /// one already overdue is counted broken now, one not yet due stays watched on the
    /// closed case (or every one is counted broken, when asked).
    func closing(_ resolution: Resolution, note: String?, open: ClosingChoice, at: Date) throws(LadderError) -> [Event.Kind] {
        try requireOpen(.close)
        var out: [Event.Kind] = [.closed(resolution, note: optional(note), openReplies: .watched)]
        for r in openReplies where r.raisedAt <= at {
            if open == .breakOpen {
                out.append(.replyCleared(id: r.reply.id, broken: true, note: SystemNote.openAtClosing))
            } else if r.reply.due < at {
                out.append(.replyCleared(id: r.reply.id, broken: true, note: SystemNote.overdueAtClosing))
            }
        }
        return out
    }

    /// `reopen`: a closed case comes back, with why.
    func reopening(reason: String) throws(LadderError) -> Event.Kind {
        guard !isOpen else {
            throw LadderError(.data, field: .caseNumber, L("case \(number) is already open"))
        }
        return .reopened(reason: try required(reason, .reason, L("the reason is empty"), example: L("--reason \"the fault came back\"")))
    }

    /// The apology test of their final answer; a concrete promise, which must say by
    /// when, is raised too as a reply owed by them.
    func testingApology(_ test: ApologyTest, due: Date?, at: Date) throws(LadderError) -> [Event.Kind] {
        var test = test
        test.promise = optional(test.promise)
        switch (test.promise, due) {
        case (nil, nil):
            return [.apologyTested(test)]
        case (_?, nil):
            throw LadderError(.usage, field: .due, L("a concrete promise says by when"),
                              hint: L("write e.g. --promise \"refund of the two months\" --by 2026-08-01"))
        case (nil, _?):
            throw LadderError(.usage, field: .what, L("a due time needs the promise it belongs to"),
                              hint: L("write e.g. --promise \"refund of the two months\" --by 2026-08-01"))
        case let (what?, due?):
            guard due > at else {
                throw LadderError(.data, field: .due, L("the promise's due time \(TimeText.stamp(due)) is not after \(TimeText.stamp(at))"))
            }
            return [.apologyTested(test), .replyRaised(PendingReply(what: what, owedBy: .them, who: nil, due: due), rung: rung)]
        }
    }
}
