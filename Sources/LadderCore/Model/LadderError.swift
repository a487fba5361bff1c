/// An input the user can fix. `field` names what was wrong in domain words; each face
/// maps it to its own name for it (a flag on the command line, a form field on screen).
public struct LadderError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        /// The input could not be read (a malformed date, an empty title): exit 64.
        case usage
        /// The input was readable but does not fit the data (no such case, due before
        /// the event, already closed): exit 65.
        case data
    }

    public enum Field: String, Sendable, Equatable {
        case title, organisation, product, reference, tag, rung, at, due, what, who
        case reason, item, note, channel, direction, failure, held, took, caseNumber, now, number, desk, limit
        case hours, holiday, window, replyWithin, zone, contactPoint, config
        /// A file given to read (`ladder import FILE`).
        case file
    }

    public var kind: Kind
    public var field: Field?
    public var message: String
    /// How to write it right, as an example.
    public var hint: String?

    public init(_ kind: Kind, field: Field? = nil, _ message: String, hint: String? = nil) {
        self.kind = kind
        self.field = field
        self.message = message
        self.hint = hint
    }

    public var description: String {
        hint.map { L("\(message); \($0)") } ?? message
    }
}
