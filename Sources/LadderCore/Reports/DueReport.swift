import Foundation

/// Open replies falling due within a stretch of time from the instant, soonest first.
public struct DueReport: Sendable {
    public struct Item: Sendable {
        public var number: Int
        public var title: String
        public var organisation: String
        public var rung: Rung
        public var reply: ReplyState
        public var next: NextStep
    }

    public var asOf: Date
    public var within: TimeInterval
    public var zone: TimeZone
    public var items: [Item]
    /// Overdue already: listed by `report overdue`, counted here for the exit status.
    public var overdue: Int

    @_specialize(exported: true, where S == CaseSummary)
    public init<S>(_ input: ReportInput<S>, within: TimeInterval) {
        asOf = input.asOf
        self.within = within
        zone = input.config.userZone
        overdue = input.overdueCount
        let end = input.asOf.addingTimeInterval(within)
        var out: [Item] = []
        for c in input.watchedCases {
            for r in c.state.openReplies where r.reply.due >= input.asOf && r.reply.due <= end {
                out.append(Item(number: c.state.number, title: c.state.details.title, organisation: c.organisationName,
                                rung: c.state.rung, reply: r, next: c.nextStep(for: r, at: input.asOf, config: input.config)))
            }
        }
        items = out.sorted { ($0.reply.reply.due, $0.number, $0.reply.item) < ($1.reply.reply.due, $1.number, $1.reply.item) }
    }

    public var document: ReportDocument {
        let span = TimeText.span(within)  // as it was asked for: `30d`, not `4w 2d`
        // With nothing due, where to look next (the summary has said nothing is due).
        let further = within < 7 * Seconds.day ? "1w" : within < 30 * Seconds.day ? "30d" : "90d"
        var section = ReportDocument.Section(heading: L("Due within \(span)"))
        for i in items {
            let r = i.reply
            let (whose, what, item, left, rung) = (ReportText.whose(r), r.reply.what, r.item, r.dueText(at: asOf), i.rung.name)
            let contact: String
            if r.reply.owedBy == .me {
                contact = L("next: \(i.next.text)")
            } else if let p = i.next.point {
                contact = L("contact: \(p.name); \(i.next.hours ?? "")")
            } else {
                contact = L("contact: none recorded for \(rung)")
            }
            section.entries.append(.init(head: L("\(TimeText.short(r.reply.due, zone: zone, near: asOf))  #\(i.number) \(i.organisation): \(i.title)"), lines: [
                L("\(whose): \(what) (reply \(item), \(left), on \(rung))"), contact,
            ], tone: r.secondsLeft(at: asOf) < 3600 ? .soon : nil))
        }
        var summary = [items.isEmpty ? L("Nothing falls due within \(span).")
                       : items.count == 1 ? L("1 reply due within \(span)") : L("\(items.count) replies due within \(span)")]
        if overdue > 0 {
            summary.append(overdue == 1 ? L("1 reply already overdue: see ladder report overdue")
                           : L("\(overdue) replies already overdue: see ladder report overdue"))
        }
        return ReportDocument(title: L("Replies due, as of \(ReportText.stamp(asOf, zone: zone))"), summary: summary,
                              sections: items.isEmpty ? [] : [section], empty: L("To look further ahead: ladder report due --within \(further)"))
    }

    public var json: some Encodable & Sendable {
        JSON(report: "due", asOf: asOf, withinSeconds: Int(within), overdue: overdue, replies: items.map { i in
            JSON.Item(number: i.number, title: i.title, organisation: i.organisation, rung: i.rung.rawValue,
                      reply: ReplyJSON(i.reply, now: asOf), nextStep: NextStepJSON(i.next))
        })
    }

    struct JSON: Encodable, Sendable {
        struct Item: Encodable, Sendable {
            var number: Int
            var title: String
            var organisation: String
            var rung: String
            var reply: ReplyJSON
            var nextStep: NextStepJSON
        }
        var report: String
        var asOf: Date
        var withinSeconds: Int
        var overdue: Int
        var replies: [Item]
    }
}
