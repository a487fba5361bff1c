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
        var section = ReportDocument.Section(heading: "Due within \(TimeText.duration(within))")
        for i in items {
            section.entries.append(.init(head: "\(TimeText.short(i.reply.reply.due, zone: zone))  #\(i.number) \(i.organisation): \(i.title)", lines: [
                "\(ReportText.whose(i.reply)): \(i.reply.reply.what) (reply \(i.reply.item), \(i.reply.dueText(at: asOf)), on \(i.rung.rawValue))",
                i.reply.reply.owedBy == .me ? "next: \(i.next.text)" : "contact: " + (i.next.point.map { "\($0.name); \(i.next.hours ?? "")" } ?? "none recorded for \(i.rung.rawValue)"),
            ]))
        }
        var summary = [items.isEmpty ? "Nothing falls due within \(TimeText.duration(within))." : "\(ReportText.plural(items.count, "reply")) due within \(TimeText.duration(within))"]
        if overdue > 0 { summary.append("\(ReportText.plural(overdue, "reply")) already overdue: see ladder report overdue") }
        return ReportDocument(title: "Replies due, " + ReportText.asOf(asOf, zone: zone), summary: summary,
                              sections: items.isEmpty ? [] : [section], empty: "Nothing to expect or to send.")
    }

    public var json: some Encodable & Sendable {
        JSON(report: "due", asOf: asOf, withinSeconds: Int(within), overdue: overdue, replies: items.map { i in
            JSON.Item(case: i.number, title: i.title, organisation: i.organisation, rung: i.rung.rawValue,
                      reply: ReplyJSON(i.reply), dueInSeconds: Int(i.reply.reply.due.timeIntervalSince(asOf)),
                      nextStep: NextStepJSON(i.next))
        })
    }

    struct JSON: Encodable, Sendable {
        struct Item: Encodable, Sendable {
            var `case`: Int
            var title: String
            var organisation: String
            var rung: String
            var reply: ReplyJSON
            var dueInSeconds: Int
            var nextStep: NextStepJSON
        }
        var report: String
        var asOf: Date
        var withinSeconds: Int
        var overdue: Int
        var replies: [Item]
    }
}
