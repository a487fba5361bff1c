import Foundation

/// A `CaseSummary` as one JSON object in the index, written and read by hand (see
/// `JSONLineWriter`). Every key is written, null when empty, so a line reads the same
/// whatever the case; unknown keys are skipped when reading.
extension CaseSummary {
    func write(to w: inout JSONLineWriter) {
        w.object { w in
            w.key("number"); w.int(number)
            w.key("id"); w.string(id.text)
            w.key("title"); w.string(details.title)
            w.key("organisation"); w.string(details.organisation)
            w.key("product"); w.optional(details.product) { $0.string($1) }
            w.key("references"); w.array { w in for r in details.references { w.string(r) } }
            w.key("tags"); w.array { w in for t in details.tags { w.string(t) } }
            w.key("status"); w.string(status.rawValue)
            w.key("started"); w.date(startedAt)
            w.key("closed"); w.optional(closedAt) { $0.date($1) }
            w.key("latest"); w.date(latest)
            w.key("stints")
            w.array { w in
                for s in stints {
                    w.object { w in
                        w.key("rung"); w.string(s.rung.rawValue)
                        w.key("from"); w.date(s.from)
                        w.key("until"); w.optional(s.until) { $0.date($1) }
                    }
                }
            }
            w.key("pending")
            w.array { w in
                for r in openReplies {
                    w.object { w in
                        w.key("id"); w.string(r.reply.id.text)
                        w.key("item"); w.int(r.item)
                        w.key("what"); w.string(r.reply.what)
                        w.key("owedBy"); w.string(r.reply.owedBy.rawValue)
                        w.key("who"); w.optional(r.reply.who) { $0.string($1) }
                        w.key("due"); w.date(r.reply.due)
                        w.key("raised"); w.date(r.raisedAt)
                        w.key("rung"); w.string(r.rung.rawValue)
                    }
                }
            }
            w.key("reached"); w.optional(reached) { $1.write(to: &$0) }
            w.key("attempt"); w.optional(attempt) { $1.write(to: &$0) }
            w.key("progress"); w.array { w in for d in progress { w.date(d) } }
            w.key("claimed"); w.date(claimedAt)
            w.key("former"); w.array { w in for n in formerNumbers { w.int(n) } }
            w.key("search"); w.string(search)
        }
    }

    /// The keys as `write` writes them, in order.
    enum Key: String, IndexKeys {
        case number, id, title, organisation, product, references, tags, status, started, closed, latest
        case stints, pending, reached, attempt, progress, claimed, former, search
        static let order = KeyOrder(allCases.map(\.rawValue)), all = allCases
    }

    /// `search: false` skips the search text, which only the front end needs.
    convenience init(reading r: inout JSONLineReader, search wanted: Bool = true) throws {
        var number: Int?, id: UUID?, title: String?, organisation: String?, product: String?
        var references: [String] = [], tags: [String] = []
        var status: CaseStatus?, started: Date?, closed: Date?, latest: Date?
        var stints: [RungStint] = [], pending: [ReplyState] = [], progress: [Date] = []
        var reached: DatedContact?, attempt: DatedContact?, reachedBytes: Range<Int>?
        var search = ""
        var claimed: Date?, former: [Int] = []
        try r.object(Key.self) { r, key in
            switch key {
            case .number?: number = try r.int()
            case .id?: id = try r.uuid()
            case .title?: title = try r.string()
            case .organisation?: organisation = try r.string()
            case .product?: product = r.null() ? nil : try r.string()
            case .references?: try r.array { references.append(try $0.string()) }
            case .tags?: try r.array { tags.append(try $0.string()) }
            case .status?: status = try r.choice(CaseStatus.self)
            case .started?: started = try r.date()
            case .closed?: closed = r.null() ? nil : try r.date()
            case .latest?: latest = try r.date()
            case .stints?: try r.array { stints.append(try RungStint(reading: &$0)) }
            case .pending?: try r.array { pending.append(try ReplyState(reading: &$0)) }
            case .reached?:
                let start = r.valueStart()
                reached = r.null() ? nil : try DatedContact(reading: &r)
                reachedBytes = reached != nil ? start..<r.position : nil
            case .attempt?:
                // Most often the last attempt is the last contact, written the same:
                // its bytes are compared, not read again (a tenth of a case's reading).
                if let reachedBytes, r.take(copyOf: reachedBytes) { attempt = reached }
                else { attempt = r.null() ? nil : try DatedContact(reading: &r) }
            case .progress?: try r.array { progress.append(try $0.date()) }
            case .claimed?: claimed = try r.date()
            case .former?: try r.array { former.append(try $0.int()) }
            case .search?: if wanted { search = try r.string() } else { try r.skip() }
            case nil: try r.skip()
            }
        }
        guard let number, let id, let title, let organisation, let status, let started, let latest else {
            throw IndexLineError("a case summary lacks number, id, title, organisation, status, started or latest")
        }
        self.init(id: id, number: number,
                  details: CaseDetails(title: title, organisation: organisation, product: product, references: references, tags: tags),
                  startedAt: started, status: status, closedAt: closed, stints: stints, openReplies: pending,
                  reached: reached, attempt: attempt, progress: progress, latest: latest, search: search,
                  claimedAt: claimed, formerNumbers: former)
    }
}

struct IndexLineError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

extension RungStint {
    /// The keys as the index writes them, in order.
    enum Key: String, IndexKeys {
        case rung, from, until
        static let order = KeyOrder(allCases.map(\.rawValue)), all = allCases
    }

    init(reading r: inout JSONLineReader) throws {
        var rung: Rung?, from: Date?, until: Date?
        try r.object(Key.self) { r, key in
            switch key {
            case .rung?: rung = try r.choice(Rung.self)
            case .from?: from = try r.date()
            case .until?: until = r.null() ? nil : try r.date()
            case nil: try r.skip()
            }
        }
        guard let rung, let from else { throw IndexLineError("a stint lacks its rung or start") }
        self.init(rung: rung, from: from, until: until)
    }
}

extension ReplyState {
    /// The keys as `CaseSummary.write` writes them, in order.
    enum Key: String, IndexKeys {
        case id, item, what, owedBy, who, due, raised, rung
        static let order = KeyOrder(allCases.map(\.rawValue)), all = allCases
    }

    init(reading r: inout JSONLineReader) throws {
        var id: UUID?, item: Int?, what: String?, owedBy: Party?, who: String?, due: Date?, raised: Date?, rung: Rung?
        try r.object(Key.self) { r, key in
            switch key {
            case .id?: id = try r.uuid()
            case .item?: item = try r.int()
            case .what?: what = try r.string()
            case .owedBy?: owedBy = try r.choice(Party.self)
            case .who?: who = r.null() ? nil : try r.string()
            case .due?: due = try r.date()
            case .raised?: raised = try r.date()
            case .rung?: rung = try r.choice(Rung.self)
            case nil: try r.skip()
            }
        }
        guard let id, let item, let what, let owedBy, let due, let raised, let rung else {
            throw IndexLineError("a pending reply lacks one of id, item, what, owedBy, due, raised, rung")
        }
        self.init(reply: PendingReply(id: id, what: what, owedBy: owedBy, who: who, due: due),
                  item: item, raisedAt: raised, rung: rung)
    }
}

extension DatedContact {
    func write(to w: inout JSONLineWriter) {
        w.object { w in
            w.key("at"); w.date(at)
            w.key("channel"); w.string(contact.channel.rawValue)
            w.key("direction"); w.string(contact.direction.rawValue)
            w.key("failure"); w.optional(contact.failure) { $0.string($1.rawValue) }
            w.key("rung"); w.optional(contact.rung) { $0.string($1.rawValue) }
            w.key("with"); w.optional(contact.with) { $0.string($1) }
            w.key("desk"); w.optional(contact.desk) { $0.string($1) }
            w.key("number"); w.optional(contact.number) { $0.string($1) }
            w.key("held"); w.optional(contact.held) { $0.number($1) }
            w.key("took"); w.optional(contact.took) { $0.number($1) }
        }
    }

    /// The keys as `write` writes them, in order.
    enum Key: String, IndexKeys {
        case at, channel, direction, failure, rung, with, desk, number, held, took
        static let order = KeyOrder(allCases.map(\.rawValue)), all = allCases
    }

    init(reading r: inout JSONLineReader) throws {
        var at: Date?, channel: Channel?, direction: ContactDirection?, failure: FailureReason?, rung: Rung?
        var with: String?, desk: String?, number: String?, held: Double?, took: Double?
        try r.object(Key.self) { r, key in
            switch key {
            case .at?: at = try r.date()
            case .channel?: channel = try r.choice(Channel.self)
            case .direction?: direction = try r.choice(ContactDirection.self)
            case .failure?: failure = r.null() ? nil : try r.choice(FailureReason.self)
            case .rung?: rung = r.null() ? nil : try r.choice(Rung.self)
            case .with?: with = r.null() ? nil : try r.string()
            case .desk?: desk = r.null() ? nil : try r.string()
            case .number?: number = r.null() ? nil : try r.string()
            case .held?: held = r.null() ? nil : try r.number()
            case .took?: took = r.null() ? nil : try r.number()
            case nil: try r.skip()
            }
        }
        guard let at, let channel, let direction else { throw IndexLineError("a contact lacks its time, channel or direction") }
        self.init(at: at, contact: Contact(channel: channel, direction: direction, failure: failure, rung: rung,
                                           with: with, desk: desk, number: number, held: held, took: took))
    }
}
