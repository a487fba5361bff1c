import Foundation

extension CaseState {
    /// `await` and `owe`: a promised reply, due by default after the rung's window.
    func raising(_ what: String, owedBy: Party, who: String?, due: Date?, at: Date, clocks: Clocks) throws(LadderError) -> Event.Kind {
        try requireOpen(.raise)
        let item = try required(what, .what, L("what is awaited is empty"), example: L("\"call back with the fix\""))
        let rung = rung(at: at)
        let dueAt = due ?? clocks.due(on: rung, from: at)
        guard dueAt > at else {
            throw LadderError(.data, field: .due,
                              L("the due time \(TimeText.stamp(dueAt)) is not after the event (\(TimeText.stamp(at)))"),
                              hint: L("write a time after the event, e.g. --due 2h or --due tomorrow (a time like 2h counts from when the promise was made)"))
        }
        return .replyRaised(PendingReply(what: item, owedBy: owedBy, who: optional(who), due: dueAt), rung: rung)
    }

    /// `clear`: an open reply came (kept or late by its due time) or is broken.
    func clearing(_ item: String?, broken: Bool, note: String?, at: Date) throws(LadderError) -> Event.Kind {
        let reply = try findOpenReply(item)
        guard at >= reply.raisedAt else {
            throw LadderError(.data, field: .at,
                              L("reply \(reply.item) was raised at \(TimeText.stamp(reply.raisedAt)), after \(TimeText.stamp(at))"),
                              hint: L("clear it at a later time, e.g. --at now"))
        }
        return .replyCleared(id: reply.reply.id, broken: broken, note: optional(note))
    }

    /// Finds an open reply by its number, by a prefix of its id, or the only one.
    public func findOpenReply(_ item: String?) throws(LadderError) -> ReplyState {
        let open = openReplies
        func listing() -> String { open.map { L("\($0.item) (\($0.reply.what))") }.joined(separator: L(", ")) }
        guard let item = item?.nonBlank else {
            if open.count == 1 { return open[0] }
            if open.isEmpty {
                throw LadderError(.data, field: .item, L("case \(number) has no open pending reply"))
            }
            throw LadderError(.data, field: .item, L("case \(number) has \(open.count) open replies: \(listing())"),
                              hint: L("name one, e.g. ladder clear \(number) \(open[0].item)"))
        }
        let matches = open.filter {
            String($0.item) == item || (item.count >= 4 && $0.reply.id.uuidString.lowercased().hasPrefix(item.lowercased()))
        }
        guard matches.count == 1 else {
            let closed = replies.first { String($0.item) == item && !$0.isOpen }
            if let c = closed {
                throw LadderError(.data, field: .item, L("reply \(c.item) of case \(number) is already cleared (\(c.outcome!.name))"))
            }
            throw LadderError(.data, field: .item, L("case \(number) has no open reply \"\(item)\""),
                              hint: open.isEmpty ? nil : L("open replies: \(listing())"))
        }
        return matches[0]
    }
}
