import Foundation

/// What logging one mail on its case would record (Docs/Mail.md, "What is logged" and
/// "What it settles"), worked out from the case as it stands, with the time passed in.
public struct MailPlan: Sendable {
    public struct Raise: Sendable, Equatable {
        public var what: String
        public var who: String
        public var due: Date
    }

    public var match: MailMatch
    public var kind: MailKind
    /// When it happened: the mail's Date, else when it was read.
    public var at: Date
    /// What was assumed (no Date, a Date in the future).
    public var notes: [String]
    /// The contact to log, placed on its rung.
    public var contact: Contact
    /// Why it is on that rung.
    public var placement: String
    /// The reply to await (a mail sent to a contact point with a reply window).
    public var raise: Raise?
    /// Why a sent mail awaits nothing, when it says something the user may not expect.
    public var noRaise: String?
    /// Open replies this mail may answer (an answer from the desk that owes them).
    public var clearCandidates: [ReplyState]

    /// Works out the plan for `message` on the case `state` it was matched to.
    public static func make(_ message: MailMessage, kind: MailKind, match: MailMatch, state: CaseState,
                            config: Config, now: Date, noAwait: Bool = false) -> MailPlan {
        var notes: [String] = []
        var at = now
        if let d = message.date {
            if d > now {
                notes.append(L("its Date (\(TimeText.stamp(d))) is in the future; logged at the time it was read"))
            } else {
                at = d
            }
        } else {
            notes.append(L("it has no readable Date; logged at the time it was read"))
        }
        // The Message-ID is how a mail read twice is known: without one it cannot be.
        if message.messageId == nil {
            notes.append(L("it has no Message-ID, so reading it again would log it again"))
        }
        let org = config.organisation(for: state.details.organisation)
        let addresses = MailMatching.otherSide(of: message, kind: kind)
        let point = MailMatching.point(of: org, for: addresses, in: config)

        // A display name is a person's, unless it names the company or the desk
        // ("ミナトモバイル お客様相談室"): a desk is not redacted as a person is.
        func person(_ name: String?) -> String? {
            guard let name = name?.nonBlank else { return nil }
            let own = [state.details.organisation] + (org.map { [$0.name] + $0.aliases } ?? []) + [point?.point.name].compactMap { $0 }
            let folded = MailMatching.folded(name)
            return own.contains { !$0.isEmpty && folded.contains(MailMatching.folded($0)) } ? nil : PersonNames.withoutHonorific(name)
        }
        var contact = Contact(channel: .email, direction: .incoming, messageId: message.messageId)
        var lines = message.subject.isEmpty ? [] : [message.subject]
        switch kind {
        case .sent:
            contact.direction = .outgoing
            contact.with = person((message.to + message.cc).first?.name)
        case .answer:
            contact.with = person(message.from?.name)
        case .acknowledgement:
            lines = [L("Automatic acknowledgement: \(message.subject)")]
        case let .bounce(b), let .delay(b):
            contact.direction = .failed
            contact.failure = .bounced
            let status = [b.status, b.diagnostic].compactMap { $0 }.joined(separator: " ")
            lines = [L("Bounced: \(b.finalRecipient ?? "?") (\(status))")]
            if let s = b.originalSubject, !s.isEmpty { lines.append(s) }
        }
        if case .bounce = kind {} else if case .delay = kind {} else {
            lines += message.meaningfulLines(limit: 3)
        }
        contact.note = lines.isEmpty ? nil : lines.joined(separator: "\n")

        // Its rung: the bounced mail's, else the contact point's, else the case's then.
        var placement: String
        if case let .bounce(b) = kind, let id = b.originalMessageId, let sent = state.mailEvent(id) {
            contact.rung = sent.contact.rung
            contact.desk = sent.contact.desk
            let rung = (sent.contact.rung ?? state.rung(at: sent.event.at)).name
            placement = L("on \(rung), as the mail that bounced")
        } else {
            contact.desk = point?.point.name
            let placed = state.placing(contact, organisation: org, at: at)
            contact = placed.contact
            placement = placed.explanation
        }

        var plan = MailPlan(match: match, kind: kind, at: at, notes: notes, contact: contact, placement: placement,
                            raise: nil, noRaise: nil, clearCandidates: [])
        switch kind {
        case .sent: plan.planAwait(message, point: point, org: org, state: state, config: config, noAwait: noAwait)
        case .answer: plan.clearCandidates = MailPlan.candidates(message, point: point?.point, match: match, state: state, at: at)
        default: break
        }
        return plan
    }

    /// A mail sent to a contact point with a reply window awaits its answer.
    private mutating func planAwait(_ message: MailMessage, point: (point: ContactPoint, address: String)?, org: Organisation?,
                                    state: CaseState, config: Config, noAwait: Bool) {
        guard !noAwait else {
            noRaise = L("--no-await: no reply awaited")
            return
        }
        guard let point, let org else {
            noRaise = L("no contact point is configured for its recipients: no reply awaited")
            return
        }
        let name = TerminalText.line(point.point.name)
        guard let window = point.point.replyWithin else {
            noRaise = L("\(name) has no reply window (replyWithin in the config): no reply awaited")
            return
        }
        guard state.isOpen else {
            noRaise = L("the case is closed: no reply awaited")
            return
        }
        if let open = state.openReplies.first(where: { $0.reply.owedBy == .them && $0.reply.who == point.point.name }) {
            noRaise = L("reply #\(open.item) from \(name) is already awaited")
            return
        }
        let calendar = config.calendar(of: point.point, in: org) ?? config.clocks(of: org).calendar(on: point.point.rung)
        guard let due = window.end(from: at, on: calendar) else {
            noRaise = L("\(name)'s hours never open: no reply awaited")
            return
        }
        let what = message.subject.isEmpty ? L("an answer to my mail") : L("an answer to my mail \"\(message.subject)\"")
        raise = Raise(what: what, who: point.point.name, due: due)
    }

    /// The open replies an answer from the desk may settle: owed by them, raised before
    /// it, and owed by the contact point it came from (by name, or by its rung); without
    /// a contact point, the reply awaited when the mail it answers was sent.
    static func candidates(_ message: MailMessage, point: ContactPoint?, match: MailMatch, state: CaseState, at: Date) -> [ReplyState] {
        let open = state.openReplies.filter { $0.reply.owedBy == .them && $0.raisedAt <= at }
        if let point {
            return open.filter { $0.reply.who == point.name || ($0.reply.who == nil && $0.rung == point.rung) }
        }
        let thread = [message.inReplyTo].compactMap { $0 } + message.references.reversed()
        var raisedWith: Set<UUID> = []
        for id in thread {
            guard let sent = state.mailEvent(id) else { continue }
            for e in state.effectiveTimeline where e.partOf == sent.event.id {
                if case let .replyRaised(r, _) = e.kind { raisedWith.insert(r.id) }
            }
        }
        return open.filter { raisedWith.contains($0.reply.id) }
    }
}

/// Whether to clear an awaited reply with an answer: as the flags say, or ask.
public enum MailClearFlag: Sendable, Equatable {
    case ask, clear, noClear
}

public enum MailClearDecision: Sendable, Equatable {
    /// Clear this reply (its number in the case).
    case clear(Int)
    /// Clear nothing; the reason, when there were candidates.
    case keep(String?)
    /// Ask which (on a terminal).
    case ask([Int])

    /// Decides from the candidates and the flags. `reply` (`--reply N`) names the reply
    /// to clear; without a terminal and without a flag nothing is cleared, and it says so.
    public static func decide(candidates: [ReplyState], flag: MailClearFlag, reply: Int?, terminal: Bool,
                              caseNumber: Int, at: Date, zone: TimeZone) throws(LadderError) -> MailClearDecision {
        if let reply {
            guard flag != .noClear else {
                throw LadderError(.usage, field: .item, L("--reply names a reply to clear, and --no-clear clears none"),
                                  hint: L("give one of them"))
            }
            return .clear(reply)
        }
        guard !candidates.isEmpty else { return .keep(nil) }
        let list = candidates.map { L("#\($0.item) (\(TerminalText.line($0.reply.what)))") }.joined(separator: L(", "))
        switch flag {
        case .noClear:
            return .keep(L("left open (--no-clear): \(list)"))
        case .clear:
            guard candidates.count == 1 else {
                throw LadderError(.usage, field: .item, L("this mail may answer \(list)"),
                                  hint: L("name the one it answers, e.g. --clear --reply \(candidates[0].item)"))
            }
            return .clear(candidates[0].item)
        case .ask:
            if terminal { return .ask(candidates.map(\.item)) }
            let when = TimeText.local(at, zone: zone)
            return .keep(L("not cleared, as there is no terminal to ask on: \(list); to clear it, add --clear, or: ladder clear \(caseNumber) \(candidates[0].item) --at \"\(when)\""))
        }
    }
}

extension CaseFile {
    /// Records a mail's plan as one action (one `undo` takes it all back): the contact,
    /// then the reply it raises or the reply `clearing` (its number) it settles.
    /// Returns the events appended; none when the mail is already logged on the case.
    @discardableResult
    public mutating func recordMail(_ plan: MailPlan, clearing item: Int?, now: Date, clocks: Clocks) throws(LadderError) -> [Event] {
        if let id = plan.contact.messageId, CaseState(self).loggedMessageIds.contains(id) { return [] }
        let before = events.count
        let head = try record(.log(plan.contact), at: plan.at, now: now, clocks: clocks)
        if let r = plan.raise {
            try record(.raise(what: r.what, owedBy: .them, who: r.who, due: r.due), at: plan.at, now: now, clocks: clocks)
            events[events.count - 1].partOf = head.id
        }
        if let item {
            try record(.clear(item: String(item), broken: false, note: L("answered by mail")), at: plan.at, now: now, clocks: clocks)
            events[events.count - 1].partOf = head.id
        }
        return Array(events[before...])
    }
}
