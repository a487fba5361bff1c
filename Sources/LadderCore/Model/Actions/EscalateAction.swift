import Foundation

extension CaseState {
    /// `escalate`: up a rung (the next one by default), or back down to a named one.
    func escalating(to: Rung?, reason: String, at: Date) throws(LadderError) -> Event.Kind {
        try requireOpen("escalate")
        let from = rung(at: at)
        guard let target = to ?? from.next else {
            throw LadderError(.data, field: .rung, "case \(number) is already on the top rung (\(from.rawValue))",
                              hint: "name a rung to send it back to, e.g. --to executive")
        }
        guard target != from else {
            throw LadderError(.data, field: .rung, "case \(number) is already on \(from.rawValue)",
                              hint: "name another rung, e.g. --to \((from.next ?? .executive).rawValue)")
        }
        return .escalated(to: target, reason: try required(reason, .reason, "the reason", example: "--reason \"no reply in 3 days\""))
    }
}
