import Foundation

/// Open cases where nothing got through for N days or more: failed attempts do not
/// count as contact. The longest silence first.
public struct StaleReport: Sendable {
    public struct Item: Sendable {
        public var number: Int
        public var title: String
        public var organisation: String
        public var rung: Rung
        public var silence: TimeInterval
        public var lastContact: (at: Date, contact: Contact)?
        public var laterAttempt: (at: Date, contact: Contact)?
        public var climb: NextStep?
    }

    public var asOf: Date
    public var days: Int
    public var zone: TimeZone
    public var items: [Item]
    public var overdue: Int
    /// Open cases looked at: with none, "every open case has heard something" is untrue.
    public var openCount = 0

    @_specialize(exported: true, where S == CaseSummary)
    public init<S>(_ input: ReportInput<S>, days: Int) {
        asOf = input.asOf
        self.days = days
        zone = input.config.userZone
        overdue = input.overdueCount
        var out: [Item] = []
        for c in input.openCases {
            openCount += 1
            let s = c.state
            let silence = s.timers(at: input.asOf).silence
            guard silence >= TimeInterval(days) * Seconds.day else { continue }
            let climb = c.climbStep(at: input.asOf, config: input.config)
            out.append(Item(number: s.number, title: s.details.title, organisation: c.organisationName, rung: s.rung,
                            silence: silence, lastContact: s.lastReached, laterAttempt: s.attemptSinceContact, climb: climb))
        }
        items = out.sorted { ($0.silence, $1.number) > ($1.silence, $0.number) }
    }

    public var document: ReportDocument {
        var section = ReportDocument.Section(heading: days == 1 ? L("No contact for 1 day or more") : L("No contact for \(days) days or more"))
        for i in items {
            var lines = [L("silent \(TimeText.duration(i.silence)), on \(i.rung.name)"),
                         L("last contact: \(ReportText.contact(i.lastContact, now: asOf, zone: zone))")]
            if let a = i.laterAttempt { lines.append(L("last attempt: \(ReportText.contact(a, now: asOf, zone: zone))")) }
            if let c = i.climb { lines.append(L("next: \(c.text)")) }
            section.entries.append(.init(head: L("#\(i.number) \(i.organisation): \(i.title)"), lines: lines))
        }
        let n = items.count
        var summary = [
            n == 0 ? (days == 1 ? L("No open case has been silent for 1 day.") : L("No open case has been silent for \(days) days."))
            : n == 1 ? (days == 1 ? L("1 case silent for 1 day or more") : L("1 case silent for \(days) days or more"))
            : (days == 1 ? L("\(n) cases silent for 1 day or more") : L("\(n) cases silent for \(days) days or more")),
        ]
        if overdue > 0 { summary.append(ReportText.overdueElsewhere(overdue)) }
        return ReportDocument(title: L("Stale cases, as of \(ReportText.stamp(asOf, zone: zone))"), summary: summary,
                              sections: items.isEmpty ? [] : [section],
                              empty: openCount == 0 ? L("There is no open case.") : L("Every open case has heard something lately."))
    }

    public var json: some Encodable & Sendable {
        JSON(report: "stale", asOf: asOf, days: days, overdue: overdue, cases: items.map { i in
            JSON.Item(number: i.number, title: i.title, organisation: i.organisation, rung: i.rung.rawValue,
                      silentSeconds: Int(i.silence), lastContact: ContactJSON.make(i.lastContact),
                      laterAttempt: ContactJSON.make(i.laterAttempt), climb: i.climb.map(NextStepJSON.init))
        })
    }

    struct JSON: Encodable, Sendable {
        struct Item: Encodable, Sendable {
            var number: Int
            var title: String
            var organisation: String
            var rung: String
            var silentSeconds: Int
            var lastContact: ContactJSON?
            var laterAttempt: ContactJSON?
            var climb: NextStepJSON?

            enum CodingKeys: String, CodingKey { case number, title, organisation, rung, silentSeconds, lastContact, laterAttempt, climb }
            func encode(to encoder: Encoder) throws {
                var c = encoder.container(keyedBy: CodingKeys.self)
                try c.encode(number, forKey: .number)
                try c.encode(title, forKey: .title)
                try c.encode(organisation, forKey: .organisation)
                try c.encode(rung, forKey: .rung)
                try c.encode(silentSeconds, forKey: .silentSeconds)
                try c.encode(lastContact, forKey: .lastContact)
                try c.encode(laterAttempt, forKey: .laterAttempt)
                try c.encode(climb, forKey: .climb)
            }
        }
        var report: String
        var asOf: Date
        var days: Int
        var overdue: Int
        var cases: [Item]
    }
}
