import Foundation

/// A reply to raise together with a new case (quick-add's --await / --owe).
public struct ReplyRequest: Sendable, Equatable {
    public var what: String
    public var owedBy: Party
    public var who: String?
    public var due: Date?

    public init(what: String, owedBy: Party, who: String? = nil, due: Date? = nil) {
        self.what = what
        self.owedBy = owedBy
        self.who = who
        self.due = due
    }
}

extension CaseFile {
    /// A new case with its opening event and any replies raised with it.
    public static func open(
        number: Int, details: CaseDetails, rung: Rung, note: String?,
        replies: [ReplyRequest] = [], at: Date, now: Date, clocks: Clocks = .standard()
    ) throws(LadderError) -> CaseFile {
        try checkNotFuture(at, now: now)
        var d = details
        d.title = try required(details.title, .title, L("the title is empty"), example: L("\"Mail from two handsets bounces\""))
        d.organisation = try required(details.organisation, .organisation, L("the organisation is empty"), example: L("--org \"Example Mobile\""))
        d.product = optional(details.product)
        d.references = details.references.compactMap(\.nonBlank)
        d.tags = details.tags.compactMap(\.nonBlank)
        let opening = Event.Kind.opened(d, rung: rung, note: optional(note))
        try opening.checkBounds()
        var file = CaseFile(number: number, events: [Event(at: at, recorded: now, kind: opening)])
        for r in replies {
            _ = try file.record(.raise(what: r.what, owedBy: r.owedBy, who: r.who, due: r.due), at: at, now: now, clocks: clocks)
        }
        return file
    }
}
