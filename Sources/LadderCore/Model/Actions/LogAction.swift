import Foundation

extension CaseState {
    /// `log`: a contact or a failed attempt, on the rung the case stood on then.
    func logging(_ contact: Contact, at: Date) throws(LadderError) -> Event.Kind {
        var contact = contact
        if contact.direction != .failed, contact.failure != nil {
            throw LadderError(.usage, field: .failure, "a failure reason goes only with a failed attempt",
                              hint: "write e.g. --failed --reason wrong-number")
        }
        for (value, field) in [(contact.held, LadderError.Field.held), (contact.took, .took)] {
            if let v = value, v < 0 || !v.isFinite {
                throw LadderError(.usage, field: field, "a duration cannot be negative", hint: "write e.g. 40m")
            }
        }
        // Keep the rung as it stood when recorded: later backdated moves must not
        // change what this contact was.
        contact.rung = contact.rung ?? rung(at: at)
        contact.with = optional(contact.with)
        contact.note = optional(contact.note)
        return .contact(contact)
    }
}
