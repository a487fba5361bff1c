import Foundation

/// What to do next about a case: send what I owe, chase the rung it is on, or climb.
public struct NextStep: Sendable, Equatable {
    public enum Action: String, Sendable, Codable {
        /// I owe a reply: send it.
        case send
        /// Their reply is late, but not yet by the climb threshold: chase this rung.
        case chase
        /// Go up a rung.
        case climb
        /// On the top rung with nowhere further: press it.
        case press
        /// The case is closed, and the promise they made at closing is late: reopen it.
        case reopen
    }

    public var action: Action
    /// The rung to act on.
    public var rung: Rung
    public var point: ContactPoint?
    /// The point's hours at the instant, in words (`open now until 18:00`).
    public var hours: String?
    /// Why climb, when climbing.
    public var why: String?

    /// `climb to executive (reply 3 is 2d late): Customer relations, 0570-000-000 (paid); closed now; opens Mon 09:00`
    public var text: String {
        var out: String
        switch action {
        case .send: out = "send it (you owe this)"
        case .chase: out = "chase the \(rung.rawValue)"
        case .climb: out = "climb to \(rung.rawValue)"
        case .press: out = "press the \(rung.rawValue) (top rung)"
        case .reopen: out = "reopen the case: " + (why ?? "the promise made at closing is late")
        }
        if let why, action != .reopen { out += " (\(why))" }  // why has no parentheses of its own
        if let p = point {
            out += ": \(p.name)"
            let reach = p.reach
            if !reach.isEmpty { out += ", \(reach)" }
            if let hours { out += "; \(hours)" }
        }
        return out
    }
}

extension ReportCase {
    /// The contact point for a rung and its hours at `now`.
    public func point(on rung: Rung, at now: Date, config: Config) -> (ContactPoint?, String?) {
        guard let org = organisation, let p = org.contactPoint(on: rung) else { return (nil, nil) }
        return (p, config.describe(config.status(of: p, in: org, at: now), of: org, at: now))
    }

    /// The climb flag at `now`, if any.
    public func climb(at now: Date) -> ClimbAdvice? {
        state.climbAdvice(at: now, clocks: clocks, organisation: organisation)
    }

    /// The climb flag as a step to take, with the target's contact point and hours.
    public func climbStep(at now: Date, config: Config) -> NextStep? {
        guard let advice = climb(at: now) else { return nil }
        let target = advice.to ?? state.rung
        let (p, h) = point(on: target, at: now, config: config)
        return NextStep(action: advice.to == nil ? .press : .climb, rung: target, point: p, hours: h, why: advice.why(at: now))
    }

    /// The next step for an open reply at `now`.
    public func nextStep(for reply: ReplyState, at now: Date, config: Config) -> NextStep {
        if reply.reply.owedBy == .me {
            let (p, h) = point(on: state.rung, at: now, config: config)
            return NextStep(action: .send, rung: state.rung, point: p, hours: h)
        }
        if !state.isOpen {
            let (p, h) = point(on: state.rung, at: now, config: config)
            // A promise raised before the closing, left watched because it was not yet due.
            let earlier = state.closedAt.map { reply.raisedAt < $0 } ?? false
            return NextStep(action: .reopen, rung: state.rung, point: p, hours: h,
                            why: earlier ? "a promise still watched since it closed is late" : nil)
        }
        // A promise left on the rung the case moved from: chase the rung that owes it.
        if state.isLeftBehind(reply) {
            let (p, h) = point(on: reply.rung, at: now, config: config)
            return NextStep(action: .chase, rung: reply.rung, point: p, hours: h,
                            why: "it still owes this; the case is on \(state.rung.rawValue)")
        }
        if let step = climbStep(at: now, config: config) { return step }
        let (p, h) = point(on: state.rung, at: now, config: config)
        return NextStep(action: .chase, rung: state.rung, point: p, hours: h)
    }
}
