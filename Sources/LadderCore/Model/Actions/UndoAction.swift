import Foundation

extension CaseState {
    /// `undo`: reverts an event (nil: the case's last change) with a new event; both
    /// stay in the timeline.
    func undoing(_ id: UUID?, note: String?) throws(LadderError) -> Event.Kind {
        // Naming any event of an action undoes the whole action, through its first event.
        let named = id.flatMap { id in timeline.first { $0.id == id } }
        let head = named.flatMap { n in n.partOf.flatMap { p in timeline.first { $0.id == p } } } ?? named
        guard let target = id == nil ? lastChange : head else {
            throw LadderError(.data, field: .caseNumber, L("case \(number) has no change to undo"))
        }
        if case .undone = target.kind {
            throw LadderError(.data, field: .caseNumber, L("an undo cannot itself be undone"),
                              hint: L("record the change again instead"))
        }
        guard !undone.contains(target.id) else {
            throw LadderError(.data, field: .caseNumber, L("that change to case \(number) is already undone"))
        }
        return .undone(id: target.id, note: optional(note))
    }
}
