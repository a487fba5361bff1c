import Foundation

/// Every overdue pending reply across open cases, either way, grouped by organisation.
public struct OverdueReport: Sendable {
    /// A class: a report moves thousands of items about (grouped, sorted, laid out),
    /// and a reference moves more cheaply than the strings and contacts it holds.
    public final class Item: Sendable {
        public let number: Int
        public let rung: Rung
        public let reply: ReplyState
        public let late: TimeInterval
        /// The case, read for its title, contacts and next step as the item is written.
        /// Copied into each item, they were nearly a kilobyte (a next step holds a
        /// contact point, its hours and the climb advice in place): 29 MB at 100,000
        /// cases, and fresh memory costs its zeroing.
        private let standing: Standing
        private let rules: OrganisationRules
        private let context: Context

        /// A summary from the index is kept as one, so that its step and contacts are
        /// read by code specialised for it (known as the item is made, not cast each time).
        /// A case still packed (`IndexedCase`) is unpacked, as far as an entry reads it,
        /// when its item is written (`unpacked`), and let go once it is.
        private enum Standing: Sendable {
            case summary(CaseSummary)
            case indexed(IndexedCase)
            case other(any CaseStanding)
        }

        /// The instant and the configuration the report is made at, shared by its items.
        final class Context: Sendable {
            let asOf: Date
            let config: Config
            init(asOf: Date, config: Config) { self.asOf = asOf; self.config = config }
        }

        init<S: CaseStanding>(_ c: ReportCase<S>, reply: ReplyState, context: Context) {
            number = c.state.number
            rung = c.state.rung
            self.reply = reply
            late = context.asOf.timeIntervalSince(reply.reply.due)
            if let s = c.state as? CaseSummary { standing = .summary(s) }
            else if let i = c.state as? IndexedCase { standing = .indexed(i) }
            else { standing = .other(c.state) }
            rules = c.rules
            self.context = context
        }

        private init(_ item: Item, standing: Standing) {
            (number, rung, reply, late) = (item.number, item.rung, item.reply, item.late)
            (rules, context) = (item.rules, item.context)
            self.standing = standing
        }

        /// The item with its case unpacked, to be read for several things at once (its
        /// entry, its JSON): itself when the case is unpacked already. What no entry
        /// reads is left packed (`IndexedCase.entrySummary`).
        func unpacked() -> Item {
            guard case let .indexed(i) = standing else { return self }
            return Item(self, standing: .summary(i.entrySummary))
        }

        public var title: String {
            switch standing {
            case let .summary(s): s.details.title
            case let .indexed(s): s.details.title
            case let .other(s): s.details.title
            }
        }

        public var lastContact: (at: Date, contact: Contact)? {
            switch standing {
            case let .summary(s): s.lastReached
            case let .indexed(s): s.lastReached
            case let .other(s): s.lastReached
            }
        }

        /// The last attempt, when it came after the last contact (a failed call).
        public var laterAttempt: (at: Date, contact: Contact)? {
            switch standing {
            case let .summary(s): s.attemptSinceContact
            case let .indexed(s): s.attemptSinceContact
            case let .other(s): s.attemptSinceContact
            }
        }

        /// What to do about it, at the report's instant.
        public var next: NextStep {
            switch standing {
            case let .summary(s): Self.step(s, rules: rules, reply: reply, context: context)
            case let .indexed(s): Self.step(s.entrySummary, rules: rules, reply: reply, context: context)
            case let .other(s): Self.step(s, rules: rules, reply: reply, context: context)
            }
        }

        private static func step<S: CaseStanding>(_ s: S, rules: OrganisationRules, reply: ReplyState, context: Context) -> NextStep {
            ReportCase(s, rules: rules).nextStep(for: reply, at: context.asOf, config: context.config)
        }
    }

    public var asOf: Date
    public var zone: TimeZone
    /// Organisations by name, each with its replies, the latest first.
    public var groups: [(organisation: String, items: [Item])]

    public var count: Int { groups.reduce(0) { $0 + $1.items.count } }

    @_specialize(exported: true, where S == CaseSummary)
    @_specialize(exported: true, where S == IndexedCase)
    public init<S>(_ input: ReportInput<S>) {
        asOf = input.asOf
        zone = input.config.userZone
        // Cases are worked in parts at once (tens of thousands at 100,000 cases); each
        // item's next step is made as it is written, in parts at once too.
        let cases = input.cases
        let context = Item.Context(asOf: input.asOf, config: input.config)
        // Each part groups its own items by organisation: the names are one spelling
        // per group already.
        let found = Parallel.ranges(cases.count, minimum: 250) { range -> [UTF8Key: [Item]] in
            var byOrg: [UTF8Key: [Item]] = [:]
            for c in cases[range] where c.state.isWatched {
                let replies = c.state.overdueReplies(at: input.asOf)
                guard !replies.isEmpty else { continue }
                for r in replies { byOrg[UTF8Key(c.organisationName), default: []].append(Item(c, reply: r, context: context)) }
            }
            return byOrg
        }
        var byOrg: [UTF8Key: [Item]] = [:]
        for part in found {
            for (name, items) in part { byOrg[name, default: []].append(contentsOf: items) }
        }
        // Each organisation's items sorted at once with the others'.
        let names = ReportText.ordered(byOrg.keys.map(\.text))
        let sorted = Parallel.map(names, minimum: 1) { Self.latestFirst(byOrg[UTF8Key($0)]!) }
        groups = Array(zip(names, sorted))
    }

    /// The latest first, then by case number and reply. Sorted as plain values: a
    /// closure that reaches into the items retains and releases two of them for each
    /// of the tens of thousands of comparisons.
    static func latestFirst(_ items: [Item]) -> [Item] {
        items.indices.map { (-items[$0].late, items[$0].number, items[$0].reply.item, $0) }
            .sorted { $0 < $1 }.map { items[$0.3] }
    }

    public var document: ReportDocument {
        let orgs = groups.count
        // Thousands of entries, five lines each, made as they are written (in parts at
        // once): the helper threads do not see the task's language, so each is told it.
        let language = Language.current
        let (zone, asOf) = (zone, asOf)
        let sections = groups.map { name, items in
            ReportDocument.Section(heading: name, count: items.count, entry: { n in
                var entry = GatheredEntry(tone: .overdue, language: language)
                Language.speaking(language) { Self.entry(items[n].unpacked(), zone: zone, asOf: asOf, into: &entry) }
                return entry.entry
            }, layout: { n, out, width in
                var entry = LaidOutEntry(out: out, width: width, language: language)
                Language.speaking(language) { Self.entry(items[n].unpacked(), zone: zone, asOf: asOf, into: &entry) }
            })
        }
        return ReportDocument(
            title: L("Overdue replies, as of \(ReportText.stamp(asOf, zone: zone))"),
            summary: [count == 0 ? L("Nothing is overdue.")
                      : count == 1 ? L("1 overdue reply in 1 organisation")
                      : orgs == 1 ? L("\(count) overdue replies in 1 organisation")
                      : L("\(count) overdue replies in \(orgs) organisations")],
            sections: sections, empty: L("Every promise is in time."))
    }

    private static func entry<W: EntryLines>(_ i: Item, zone: TimeZone, asOf: Date, into w: inout W) {
        w.head(number: i.number, title: i.title)
        let r = i.reply.reply
        let (late, due) = (TimeWords.duration(i.late), TimeWords.short(r.due, zone: zone, near: asOf))
        w.line(ReportText.promise(i.reply))
        if i.reply.rung == i.rung { L("OVERDUE \(late): due \(due), on \(i.rung.name)", to: &w) }
        else { L("OVERDUE \(late): due \(due), owed by \(i.reply.rung.name)", to: &w) }
        L("last contact: \(ReportText.contact(i.lastContact, now: asOf, zone: zone))", to: &w)
        if let a = i.laterAttempt { L("last attempt: \(ReportText.contact(a, now: asOf, zone: zone))", to: &w) }
        L("next: \(i.next.phrase)", to: &w)
    }

    public var json: some Encodable & Sendable {
        JSON(report: "overdue", asOf: asOf, overdue: count, organisations: groups.map { g in
            .init(name: g.organisation, replies: g.items.map { item in
                let i = item.unpacked()
                return .init(number: i.number, title: i.title, rung: i.rung.rawValue, reply: ReplyJSON(i.reply, now: asOf),
                      lateSeconds: Int(i.late), lastContact: ContactJSON.make(i.lastContact),
                      laterAttempt: ContactJSON.make(i.laterAttempt), nextStep: NextStepJSON(i.next))
            })
        })
    }

    struct JSON: Encodable, Sendable {
        struct Org: Encodable, Sendable {
            var name: String
            var replies: [Item]
        }
        struct Item: Encodable, Sendable {
            var number: Int
            var title: String
            var rung: String
            var reply: ReplyJSON
            var lateSeconds: Int
            var lastContact: ContactJSON?
            var laterAttempt: ContactJSON?
            var nextStep: NextStepJSON

            enum CodingKeys: String, CodingKey { case number, title, rung, reply, lateSeconds, lastContact, laterAttempt, nextStep }
            func encode(to encoder: Encoder) throws {
                var c = encoder.container(keyedBy: CodingKeys.self)
                try c.encode(number, forKey: .number)
                try c.encode(title, forKey: .title)
                try c.encode(rung, forKey: .rung)
                try c.encode(reply, forKey: .reply)
                try c.encode(lateSeconds, forKey: .lateSeconds)
                try c.encode(lastContact, forKey: .lastContact)
                try c.encode(laterAttempt, forKey: .laterAttempt)
                try c.encode(nextStep, forKey: .nextStep)
            }
        }
        var report: String
        var asOf: Date
        var overdue: Int
        var organisations: [Org]
    }
}
