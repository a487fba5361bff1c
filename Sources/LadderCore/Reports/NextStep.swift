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

    /// Why, when the step says why: kept as what happened, not as words, so that the
    /// words are written in the language of whoever reads them (`--json` is English).
    public enum Reason: Sendable, Equatable {
        /// The climb flag's reason, seen at the instant.
        case climb(ClimbAdvice, at: Date)
        /// A promise left on the rung the case moved from, which still owes it.
        case stillOwes(caseOn: Rung)
        /// A promise raised before the closing and watched since is late.
        case watchedSinceClosing
    }

    /// A contact point's hours at an instant, written when read. A reference: the
    /// organisation and the configuration it holds are large, and a step is copied
    /// several times as it is made, tens of thousands of times in a report.
    public final class Hours: Sendable, Equatable {
        public let status: OpenStatus
        public let organisation: Organisation
        public let config: Config
        public let at: Date

        init(status: OpenStatus, organisation: Organisation, config: Config, at: Date) {
            self.status = status
            self.organisation = organisation
            self.config = config
            self.at = at
        }

        /// `open now until 18:00`, in the current language.
        public var text: String { config.describe(status, of: organisation, at: at) }

        public static func == (a: Hours, b: Hours) -> Bool {
            a === b || (a.status == b.status && a.organisation == b.organisation && a.config == b.config && a.at == b.at)
        }
    }

    public var action: Action
    /// The rung to act on.
    public var rung: Rung
    public var point: ContactPoint?
    public var hoursAt: Hours?
    public var reason: Reason?

    public init(action: Action, rung: Rung, point: ContactPoint? = nil, hours: Hours? = nil, reason: Reason? = nil) {
        self.action = action
        self.rung = rung
        self.point = point
        self.hoursAt = hours
        self.reason = reason
    }

    /// The point's hours at the instant, in words (`open now until 18:00`).
    public var hours: String? { hoursAt?.text }

    /// Why: why climb, when climbing.
    public var why: String? { whyPhrase?.text() }

    /// `why`, as a phrase to be put in another.
    var whyPhrase: Phrase? {
        switch reason {
        case nil: return nil
        case let .climb(advice, now): return advice.whyPhrase(at: now)
        case let .stillOwes(rung): return P("it still owes this; the case is on \(rung.name)")
        case .watchedSinceClosing: return P("a promise still watched since it closed is late")
        }
    }

    /// The step and why, without the contact point: `climb to executive (reply 3 is 2d late)`.
    public var headline: String { headlinePhrase.text() }

    /// `headline`, as a phrase to be put in another.
    var headlinePhrase: Phrase {
        let r = rung.name
        switch (action, whyPhrase) {
        case (.send, _): return P("send it (you owe this)")
        case (.chase, nil): return P("chase the \(r)")
        case let (.chase, why?): return P("chase the \(r) (\(why))")
        case (.climb, nil): return P("climb to \(r)")
        case let (.climb, why?): return P("climb to \(r) (\(why))")
        case (.press, nil): return P("press the \(r) (top rung)")
        case let (.press, why?): return P("press the \(r) (top rung) (\(why))")
        case let (.reopen, why):
            let late = why ?? P("the promise made at closing is late")
            return P("reopen the case: \(late)")
        }
    }

    /// `climb to executive (reply 3 is 2d late): Customer relations, 0570-000-000 (paid); closed now; opens Mon 09:00`
    public var text: String {
        let head = headline
        guard let p = point else { return head }
        let reach = p.reach
        switch (reach.isEmpty, hours) {
        case (true, nil): return head + L(": \(p.name)")
        case (false, nil): return head + L(": \(p.name), \(reach)")
        case let (true, hours?): return head + L(": \(p.name); \(hours)")
        case let (false, hours?): return head + L(": \(p.name), \(reach); \(hours)")
        }
    }

    /// `text`, as a phrase to be put in another.
    var phrase: Phrase { point == nil ? headlinePhrase : .written(text) }
}

extension ReportCase {
    /// The contact point for a rung and its hours at `now`.
    public func point(on rung: Rung, at now: Date, config: Config) -> (ContactPoint?, String?) {
        let (p, hours) = contact(on: rung, at: now, config: config)
        return (p, hours?.text)
    }

    /// The contact point for a rung and its hours at `now`, to be written when read.
    public func contact(on rung: Rung, at now: Date, config: Config) -> (ContactPoint?, NextStep.Hours?) {
        // Read in place: a copy of the organisation (or of the clocks, below) retains
        // each of its parts, shared by every case and every core, for each of the tens
        // of thousands of steps a report takes.
        guard let p = rules.organisation?.contactPoint(on: rung), let org = rules.organisation else { return (nil, nil) }
        return (p, NextStep.Hours(status: config.status(of: p, in: org, at: now), organisation: org, config: config, at: now))
    }

    /// The climb flag at `now`, if any.
    public func climb(at now: Date) -> ClimbAdvice? {
        state.climbAdvice(at: now, clocks: rules.clocks, organisation: rules.organisation)
    }

    /// The climb flag as a step to take, with the target's contact point and hours.
    public func climbStep(at now: Date, config: Config) -> NextStep? {
        guard let advice = climb(at: now) else { return nil }
        let target = advice.to ?? state.rung
        let (p, h) = contact(on: target, at: now, config: config)
        return NextStep(action: advice.to == nil ? .press : .climb, rung: target, point: p, hours: h, reason: .climb(advice, at: now))
    }

    /// The next step for an open reply at `now`.
    public func nextStep(for reply: ReplyState, at now: Date, config: Config) -> NextStep {
        if reply.reply.owedBy == .me {
            let (p, h) = contact(on: state.rung, at: now, config: config)
            return NextStep(action: .send, rung: state.rung, point: p, hours: h)
        }
        if !state.isOpen {
            let (p, h) = contact(on: state.rung, at: now, config: config)
            // A promise raised before the closing, left watched because it was not yet due.
            let earlier = state.closedAt.map { reply.raisedAt < $0 } ?? false
            return NextStep(action: .reopen, rung: state.rung, point: p, hours: h,
                            reason: earlier ? .watchedSinceClosing : nil)
        }
        // A promise left on the rung the case moved from: chase the rung that owes it.
        if state.isLeftBehind(reply) {
            let (p, h) = contact(on: reply.rung, at: now, config: config)
            return NextStep(action: .chase, rung: reply.rung, point: p, hours: h,
                            reason: .stillOwes(caseOn: state.rung))
        }
        if let step = climbStep(at: now, config: config) { return step }
        let (p, h) = contact(on: state.rung, at: now, config: config)
        return NextStep(action: .chase, rung: state.rung, point: p, hours: h)
    }
}
