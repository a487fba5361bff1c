import Foundation

extension CaseState {
    /// `escalate`: up a rung (the next one by default), or back down to a named one;
    /// the promises of theirs left open on the rung it leaves are kept, carried up or
    /// broken, as asked.
    func escalating(to: Rung?, reason: String, leftOpen: LeftOpen, at: Date, clocks: Clocks) throws(LadderError) -> [Event.Kind] {
        try requireOpen(.escalate)
        let from = rung(at: at)
        guard let target = to ?? from.next else {
            throw LadderError(.data, field: .rung, L("case \(number) is already on the top rung (\(from.name))"),
                              hint: L("name a rung to send it back to, e.g. --to executive"))
        }
        guard target != from else {
            throw LadderError(.data, field: .rung, L("case \(number) is already on \(from.name)"),
                              hint: L("name another rung, e.g. --to \((from.next ?? .executive).rawValue)"))
        }
        let moved = Event.Kind.escalated(to: target, reason: try required(reason, .reason, L("the reason is empty"), example: L("--reason \"no reply in 3 days\"")))
        var out = [moved]
        for r in leftOpenReplies(leaving: from, at: at) {
            switch leftOpen {
            case .keep: break
            case .breakThem:
                out.append(.replyCleared(id: r.reply.id, broken: true, note: SystemNote.leftOpen(movedTo: target)))
            case .carry:
                out.append(.replyCleared(id: r.reply.id, broken: true, note: SystemNote.carried(to: target)))
                let again = PendingReply(what: r.reply.what, owedBy: .them, who: r.reply.who, due: clocks.due(on: target, from: at))
                out.append(.replyRaised(again, rung: target))
            }
        }
        return out
    }

    /// The promises of theirs still open on `rung` at `at`: what a move off it leaves behind.
    public func leftOpenReplies(leaving rung: Rung, at: Date) -> [ReplyState] {
        openReplies.filter { $0.reply.owedBy == .them && $0.rung == rung && $0.raisedAt <= at }
    }
}
