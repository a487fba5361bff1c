import Foundation

extension CaseState {
    /// `log`: a contact or a failed attempt, on the rung the case stood on then.
    func logging(_ contact: Contact, at: Date) throws(LadderError) -> Event.Kind {
        var contact = contact
        if contact.direction != .failed, contact.failure != nil {
            throw LadderError(.usage, field: .failure, L("a failure reason goes only with a failed attempt"),
                              hint: L("write e.g. --failed --failure wrong-number"))
        }
        if contact.direction != .missed, contact.number != nil {
            throw LadderError(.usage, field: .number, L("the number they left goes only with a missed call"),
                              hint: L("write e.g. --missed --number 03-1234-5678"))
        }
        for (value, field) in [(contact.held, LadderError.Field.held), (contact.took, .took)] {
            if let v = value, v < 0 || !v.isFinite {
                throw LadderError(.usage, field: field, L("a duration cannot be negative"), hint: L("write e.g. 40m"))
            }
        }
        // Keep the rung as it stood when recorded: later backdated moves must not
        // change what this contact was.
        contact.rung = contact.rung ?? rung(at: at)
        contact.with = optional(contact.with)
        contact.desk = optional(contact.desk)
        contact.number = optional(contact.number)
        contact.note = optional(contact.note)
        contact.messageId = optional(contact.messageId)
        return .contact(contact)
    }
}

/// Where a contact happened on the ladder, and which rule said so.
public struct ContactPlacement: Sendable, Equatable {
    public enum Rule: Sendable, Equatable {
        /// The rung was given (`--rung`).
        case given
        /// The desk named is a configured contact point on that rung.
        case point(String)
        /// The case's rung at the time.
        case caseRung
    }

    public var contact: Contact
    public var rule: Rule

    /// `on technical-desk: 技術メール窓口 is a contact point there`.
    public var explanation: String {
        let rung = contact.rung?.name ?? "?"
        switch rule {
        case .given: return L("on \(rung), as given")
        case let .point(name): return L("on \(rung): \(TerminalText.line(name)) is a contact point there")
        case .caseRung: return L("on \(rung), the case's rung then")
        }
    }
}

extension CaseState {
    /// Places a contact on the ladder: the rung given; else, when the desk (or the
    /// person field, in case it names a desk) is one of the organisation's configured
    /// contact points, that point's rung, and the name is kept as the desk, not a
    /// person; else the case's rung at the time.
    public func placing(_ contact: Contact, organisation: Organisation?, at: Date) -> ContactPlacement {
        var c = contact
        if c.rung != nil { return ContactPlacement(contact: c, rule: .given) }
        if let (placed, point) = c.atContactPoint(of: organisation) {
            return ContactPlacement(contact: placed, rule: .point(point.name))
        }
        c.rung = rung(at: at)
        return ContactPlacement(contact: c, rule: .caseRung)
    }
}

extension Contact {
    /// The contact placed at the configured contact point its desk (or its person
    /// field, which then named a desk and is cleared) names: that point's rung and
    /// name. Nil when it names none, or its rung was given.
    public func atContactPoint(of organisation: Organisation?) -> (contact: Contact, point: ContactPoint)? {
        guard rung == nil, let organisation else { return nil }
        for (text, isPerson) in [(desk, false), (with, true)] {
            guard let text, let point = organisation.contactPoint(named: text) else { continue }
            var c = self
            if isPerson { c.with = nil }
            c.desk = point.name
            c.rung = point.rung
            return (c, point)
        }
        return nil
    }
}
