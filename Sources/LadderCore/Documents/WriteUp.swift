import Foundation

/// `ladder export CASE --format markdown|html|json`: a dated write-up of one case for
/// publishing or for an ombudsman: the ladder with the time on each rung, every contact
/// with hold times, every promise and what became of it, and the whole timeline.
public struct WriteUp: Sendable, Encodable {
    public struct Stint: Sendable, Encodable { public var rung: String; public var from: String; public var until: String?; public var time: String }
    public struct ContactRow: Sendable, Encodable {
        /// The desk and the person, as the tables show them.
        var who: String? { [desk, with].compactMap { $0 }.isEmpty ? nil : [desk, with].compactMap { $0 }.joined(separator: ", ") }

        public var at: String, channel: String, direction: String, rung: String
        /// The desk, and the person (`with`): a redacted write-up keeps the desk.
        public var desk: String?, with: String?, held: String?, took: String?, note: String?
    }
    public struct Promise: Sendable, Encodable {
        public var item: Int, what: String, owedBy: String, who: String?, raised: String, due: String
        public var outcome: String, cleared: String?
    }
    public struct Entry: Sendable, Encodable { public var at: String; public var text: String; public var detail: String? }

    public var number: Int
    public var title: String
    public var organisation: String
    public var product: String?
    public var references: [String]
    public var status: String
    public var opened: String
    public var closed: String?
    public var rung: String
    public var asOf: String
    public var ask: String?
    public var ladder: [Stint]
    public var contacts: [ContactRow]
    public var promises: [Promise]
    public var timeline: [Entry]
    public var totals: [String: String]

    /// The write-up in the current language: names, times and the timeline in it
    /// (`--format json` binds English, whatever the user reads).
    public init(_ s: CaseState, now: Date, zone: TimeZone) {
        // With the year always: a write-up is read long after, by someone else (an
        // ombudsman); `7月15日(水)` without it named no year (English has it: 2026-07-15).
        func when(_ d: Date) -> String { TimeText.stamp(d, zone: zone) }
        number = s.number
        title = s.details.title
        organisation = s.details.organisation
        product = s.details.product
        references = s.details.references
        status = s.status.name
        opened = when(s.startedAt)
        closed = s.closedAt.map(when)
        rung = s.rung.name
        asOf = when(now)
        ask = s.ask
        ladder = s.stints.map { st in
            Stint(rung: st.rung.name, from: when(st.from), until: st.until.map(when),
                  time: TimeText.duration((st.until ?? now).timeIntervalSince(st.from)))
        }
        var held: TimeInterval = 0
        var failed = 0, missed = 0
        contacts = s.effectiveTimeline.compactMap { e in
            guard case let .contact(c) = e.kind else { return nil }
            held += c.held ?? 0
            if c.direction == .failed { failed += 1 }
            if c.direction == .missed { missed += 1 }
            let direction = c.direction.name + (c.direction == .failed ? c.failure.map { DocumentWords.paren($0.name) } ?? "" : "")
            return ContactRow(at: when(e.at), channel: c.channel.name, direction: direction,
                              rung: (c.rung ?? s.rung(at: e.at)).name, desk: c.desk, with: c.with, held: c.held.map(TimeText.duration),
                              took: c.took.map(TimeText.duration), note: c.note)
        }
        promises = s.replies.map { r in
            let late = TimeText.duration(now.timeIntervalSince(r.reply.due))
            let outcome = r.outcome.map(\.name) ?? (r.isOverdue(at: now) ? L("overdue \(late)") : L("open"))
            return Promise(item: r.item, what: r.reply.what, owedBy: r.reply.owedBy.name, who: r.reply.who,
                           raised: when(r.raisedAt), due: when(r.reply.due), outcome: outcome, cleared: r.clearedAt.map(when))
        }
        timeline = s.timeline.map { e in
            let (line, body) = TimelineText.describe(e, in: s, zone: zone)
            return Entry(at: when(e.at), text: line, detail: body)
        }
        let theirs = s.replies.filter { $0.reply.owedBy == .them }
        totals = [
            "contacts": String(contacts.count - failed - missed), "failed attempts": String(failed), "missed calls": String(missed),
            "time on hold": TimeText.duration(held), "age": TimeText.duration(now.timeIntervalSince(s.startedAt)),
            "their promises kept": String(theirs.filter { $0.outcome == .kept }.count),
            "their promises late": String(theirs.filter { $0.outcome == .late }.count),
            "their promises broken": String(theirs.filter { $0.outcome == .broken }.count),
        ]
    }

    /// Every piece of text in the write-up, changed by `change` (redaction); the
    /// organisation's name is the company's and is kept.
    public mutating func rewriteText(_ change: (String) -> String) {
        title = change(title)
        product = product.map(change)
        ask = ask.map(change)
        for i in contacts.indices {
            contacts[i].desk = contacts[i].desk.map(change)
            contacts[i].with = contacts[i].with.map(change)
            contacts[i].note = contacts[i].note.map(change)
        }
        for i in promises.indices {
            promises[i].what = change(promises[i].what)
            promises[i].who = promises[i].who.map(change)
        }
        for i in timeline.indices {
            timeline[i].text = change(timeline[i].text)
            timeline[i].detail = timeline[i].detail.map(change)
        }
    }

    static let totalsOrder = ["age", "contacts", "failed attempts", "missed calls", "time on hold", "their promises kept",
                              "their promises late", "their promises broken"]
}

extension WriteUp {
    /// The write-up with `--redact` applied: the people the case names (contacts'
    /// persons and promises' "who" that are not desks, in the order they first appear),
    /// their e-mail addresses and phone numbers replaced; and the redactor, which says
    /// what it replaced and which possible names it kept, for standard error.
    public static func redacted(_ s: CaseState, now: Date, zone: TimeZone, config: Config,
                                options: Redactor.Options = Redactor.Options()) -> (WriteUp, Redactor) {
        let organisation = config.organisation(for: s.details.organisation)
        let points = organisation?.contactPoints ?? []
        let pointNames = Set(points.map { Organisation.key($0.name) })
        var people: [String] = []
        var desks: [String] = points.map(\.name) + (organisation?.aliases ?? []) + [organisation?.name].compactMap { $0 }
        func add(_ who: String?) {
            guard let who else { return }
            if pointNames.contains(Organisation.key(who)) || PersonNames.isDesk(who) { desks.append(who) } else { people.append(who) }
        }
        for e in s.effectiveTimeline {
            if case let .contact(c) = e.kind {
                add(c.with)
                if let d = c.desk { desks.append(d) }
            }
            if case let .replyRaised(r, _) = e.kind { add(r.who) }
        }
        let addresses = points.flatMap { [$0.phone, $0.email].compactMap { $0 } }
        var redactor = Redactor(people: people, desks: desks, organisation: s.details.organisation,
                                companyAddresses: addresses, options: options)
        var doc = WriteUp(s, now: now, zone: zone)
        doc.rewriteText { redactor.redact($0) }
        return (doc, redactor)
    }
}
