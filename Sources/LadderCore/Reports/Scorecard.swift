import Foundation

/// How each organisation keeps its word, over every case (open and closed) as of the
/// instant. Promises are the replies they owe; mine are not scored.
public struct Scorecard: Sendable {
    public struct Row: Sendable, Equatable {
        public var organisation: String
        public var cases: Int
        public var open: Int
        public var kept: Int
        public var late: Int
        public var broken: Int
        /// Their promises still open, and of those, overdue.
        public var pending: Int
        public var overdue: Int
        /// From raised to cleared, over their promises that came (kept or late).
        public var medianReply: TimeInterval?
        public var highestRung: Rung
        /// Every contact's hold time, in whole minutes.
        public var holdMinutes: Int
    }

    public var asOf: Date
    public var zone: TimeZone
    public var rows: [Row]
    public var overdue: Int

    public init(_ input: ReportInput<CaseState>) {
        asOf = input.asOf
        zone = input.config.userZone
        overdue = input.overdueCount
        let byOrg = Dictionary(grouping: input.cases, by: \.organisationName)
        rows = ReportText.ordered(byOrg.keys).map { name in
            let cases = byOrg[name]!
            var row = Row(organisation: name, cases: cases.count, open: cases.filter(\.state.isOpen).count,
                          kept: 0, late: 0, broken: 0, pending: 0, overdue: 0, medianReply: nil,
                          highestRung: cases.map(\.state.highestRung).max()!, holdMinutes: 0)
            var delays: [TimeInterval] = []
            var held: TimeInterval = 0
            for c in cases {
                for r in c.state.replies where r.reply.owedBy == .them {
                    switch r.outcome {
                    case .kept?: row.kept += 1
                    case .late?: row.late += 1
                    case .broken?: row.broken += 1
                    case nil:
                        row.pending += 1
                        if r.isOverdue(at: input.asOf) { row.overdue += 1 }
                    }
                    if r.outcome == .kept || r.outcome == .late, let at = r.clearedAt { delays.append(at.timeIntervalSince(r.raisedAt)) }
                }
                for e in c.state.effectiveTimeline { if case let .contact(k) = e.kind { held += k.held ?? 0 } }
            }
            row.medianReply = Scorecard.median(delays)
            row.holdMinutes = Int((held / 60).rounded())
            return row
        }
    }

    static func median(_ values: [TimeInterval]) -> TimeInterval? {
        guard !values.isEmpty else { return nil }
        let s = values.sorted()
        return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
    }

    public var document: ReportDocument {
        let table = ReportDocument.Table(
            header: [L("Organisation"), L("Cases"), L("Open"), L("Kept"), L("Late"), L("Broken"), L("Overdue"),
                     L("Median reply"), L("Top rung"), L("Hold (min)")],
            rows: rows.map { r in
                [r.organisation, "\(r.cases)", "\(r.open)", "\(r.kept)", "\(r.late)", "\(r.broken)", "\(r.overdue)",
                 r.medianReply.map(TimeText.duration) ?? "-", r.highestRung.name, "\(r.holdMinutes)"]
            },
            numeric: [1, 2, 3, 4, 5, 6, 7, 9], flexible: 0)
        let entries = rows.map { r in
            let (top, median) = (r.highestRung.name, r.medianReply.map(TimeText.duration) ?? "-")
            // In the words `show` uses for a call's hold (`2h 25m`, `2時間25分`), in hours
            // however many: a total of calls in days (`2d 1h`) read as days of waiting.
            let hold = r.holdMinutes == 0 ? L("none") : TimeText.hoursAndMinutes(r.holdMinutes)
            return ReportDocument.Entry(head: r.organisation, lines: [
                r.cases == 1 ? L("1 case (\(r.open) open), top rung \(top)") : L("\(r.cases) cases (\(r.open) open), top rung \(top)"),
                L("their promises: \(r.kept) kept, \(r.late) late, \(r.broken) broken; \(r.pending) pending (\(r.overdue) overdue)"),
                L("median reply: \(median); on hold in all: \(hold)"),
            ])
        }
        var summary = [L("Promises are the replies they owe. Median reply: from promise to reply, over those that came.")]
        if overdue > 0 { summary.append(ReportText.overdueElsewhere(overdue)) }
        return ReportDocument(title: L("Scorecard, as of \(ReportText.stamp(asOf, zone: zone))"), summary: summary,
                              sections: rows.isEmpty ? [] : [.init(heading: L("By organisation"), entries: entries, table: table)],
                              empty: L("No cases yet."))
    }

    public var json: some Encodable & Sendable {
        JSON(report: "scorecard", asOf: asOf, overdue: overdue, organisations: rows.map { r in
            JSON.Org(name: r.organisation, cases: r.cases, open: r.open,
                     promises: .init(kept: r.kept, late: r.late, broken: r.broken, pending: r.pending, overdue: r.overdue),
                     medianReplySeconds: r.medianReply.map { Int($0) }, highestRung: r.highestRung.rawValue, holdMinutes: r.holdMinutes)
        })
    }

    struct JSON: Encodable, Sendable {
        struct Promises: Encodable, Sendable {
            var kept, late, broken, pending, overdue: Int
        }
        struct Org: Encodable, Sendable {
            var name: String
            var cases: Int
            var open: Int
            var promises: Promises
            var medianReplySeconds: Int?
            var highestRung: String
            var holdMinutes: Int

            enum CodingKeys: String, CodingKey { case name, cases, open, promises, medianReplySeconds, highestRung, holdMinutes }
            func encode(to encoder: Encoder) throws {
                var c = encoder.container(keyedBy: CodingKeys.self)
                try c.encode(name, forKey: .name)
                try c.encode(cases, forKey: .cases)
                try c.encode(open, forKey: .open)
                try c.encode(promises, forKey: .promises)
                try c.encode(medianReplySeconds, forKey: .medianReplySeconds)
                try c.encode(highestRung, forKey: .highestRung)
                try c.encode(holdMinutes, forKey: .holdMinutes)
            }
        }
        var report: String
        var asOf: Date
        var overdue: Int
        var organisations: [Org]
    }
}
