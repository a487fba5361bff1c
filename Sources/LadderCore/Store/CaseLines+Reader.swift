import Foundation

/// Format-3 lines read with the index's own reader (`JSONLineReader`) instead of
/// Foundation's JSONDecoder: a fresh clone has no index, so its first read decodes
/// every case, and this makes that several times cheaper. It reads only what ladder
/// writes; anything unusual (an unknown key, a null, another type) gives nil, and the
/// file is then read with JSONDecoder, which says exactly what is wrong. A test reads
/// every kind of line both ways and expects the same.
extension StoredLine {
    /// `knownUTF8`: the caller has checked the bytes are UTF-8.
    static func read(_ line: UnsafeBufferPointer<UInt8>, knownUTF8: Bool = false) -> StoredLine? {
        var r = JSONLineReader(line, from: 0, to: line.count, knownUTF8: knownUTF8)
        var f = Fields()
        do {
            try r.object { r, key in try f.read(key, &r) }
        } catch {
            return nil
        }
        guard r.atEnd, !f.unknown else { return nil }
        return f.line()
    }

    /// Every key a line may have, as read.
    private struct Fields {
        var unknown = false
        var caseID: UUID?, format: Int?
        var type: String?, id: UUID?, at: Date?, recorded: Date?, partOf: UUID?, clock: Int?, step: Int?
        var numberInt: Int?, numberText: String?
        var title: String?, organisation: String?, product: String?, references: [String]?, tags: [String]?
        var rung: Rung?, note: String?
        var channel: Channel?, direction: ContactDirection?, failure: FailureReason?, with: String?, desk: String?
        var held: Double?, took: Double?, messageId: String?
        var to: Rung?, reason: String?
        var reply: UUID?, what: String?, owedBy: Party?, who: String?, due: Date?
        var broken: Bool?, resolution: Resolution?, openReplies: OpenRepliesAtClose?
        var undoes: UUID?, ask: String?
        var acknowledgedEvent: Bool?, explainedCause: Bool?, acknowledgedTrouble: Bool?, promise: String?

        mutating func read(_ key: UnsafeBufferPointer<UInt8>, _ r: inout JSONLineReader) throws {
            func choice<E: ReadByName>(_ t: E.Type) throws -> E {
                guard let e = try r.choice(t) else { throw IndexLineError("not a value it takes") }
                return e
            }
            // As CaseCodec reads times: a time without an offset is the user's local time.
            func date() throws -> Date {
                guard let d = try r.isoTime() else { throw IndexLineError("not an ISO 8601 time") }
                return d
            }
            func strings() throws -> [String] {
                var out: [String] = []
                try r.array { out.append(try $0.string()) }
                return out
            }
            if r.null() { unknown = true; return }
            if key.is("type") { type = try r.string() }
            else if key.is("id") { id = try r.uuid() }
            else if key.is("at") { at = try date() }
            else if key.is("recorded") { recorded = try date() }
            else if key.is("clock") { clock = try r.int() }
            else if key.is("step") { step = try r.int() }
            else if key.is("partOf") { partOf = try r.uuid() }
            else if key.is("note") { note = try r.string() }
            else if key.is("rung") { rung = try choice(Rung.self) }
            else if key.is("number") {
                if r.startsWithQuote { numberText = try r.string() } else { numberInt = try r.int() }
            }
            else if key.is("title") { title = try r.string() }
            else if key.is("organisation") { organisation = try r.string() }
            else if key.is("product") { product = try r.string() }
            else if key.is("references") { references = try strings() }
            else if key.is("tags") { tags = try strings() }
            else if key.is("channel") { channel = try choice(Channel.self) }
            else if key.is("direction") { direction = try choice(ContactDirection.self) }
            else if key.is("failure") { failure = try choice(FailureReason.self) }
            else if key.is("with") { with = try r.string() }
            else if key.is("desk") { desk = try r.string() }
            else if key.is("held") { held = try r.number() }
            else if key.is("took") { took = try r.number() }
            else if key.is("messageId") { messageId = try r.string() }
            else if key.is("to") { to = try choice(Rung.self) }
            else if key.is("reason") { reason = try r.string() }
            else if key.is("reply") { reply = try r.uuid() }
            else if key.is("what") { what = try r.string() }
            else if key.is("owedBy") { owedBy = try choice(Party.self) }
            else if key.is("who") { who = try r.string() }
            else if key.is("due") { due = try date() }
            else if key.is("broken") { broken = try r.bool() }
            else if key.is("resolution") { resolution = try choice(Resolution.self) }
            else if key.is("openReplies") { openReplies = try choice(OpenRepliesAtClose.self) }
            else if key.is("undoes") { undoes = try r.uuid() }
            else if key.is("ask") { ask = try r.string() }
            else if key.is("acknowledgedEvent") { acknowledgedEvent = try r.bool() }
            else if key.is("explainedCause") { explainedCause = try r.bool() }
            else if key.is("acknowledgedTrouble") { acknowledgedTrouble = try r.bool() }
            else if key.is("promise") { promise = try r.string() }
            else if key.is("case") { caseID = try r.uuid() }
            else if key.is("format") { format = try r.int() }
            else { unknown = true; try r.skip() }
        }

        /// The line these fields make, as `StoredLine.init(from:)` would; nil when a key
        /// it needs is missing.
        func line() -> StoredLine? {
            if let caseID {
                guard let format else { return nil }
                return .header(caseID, format: format)
            }
            guard let type, let id, let recorded, let clock else { return nil }
            if type == "numbered" {
                guard let n = numberInt else { return nil }
                return .claim(NumberClaim(id: id, number: n, recorded: recorded, clock: clock))
            }
            var typeText = type  // by its bytes, as the other names are read
            guard let at, let stored = typeText.withUTF8({ Event.StoredType.names.value($0) }) else { return nil }
            let kind: Event.Kind
            switch stored {
            case .opened:
                guard let title, let organisation, let rung else { return nil }
                kind = .opened(CaseDetails(title: title, organisation: organisation, product: product,
                                           references: references ?? [], tags: tags ?? []), rung: rung, note: note)
            case .contact:
                guard let channel, let direction else { return nil }
                kind = .contact(Contact(channel: channel, direction: direction, failure: failure, rung: rung, with: with,
                                        desk: desk, number: numberText, held: held, took: took, note: note, messageId: messageId))
            case .escalated:
                guard let to, let reason else { return nil }
                kind = .escalated(to: to, reason: reason)
            case .replyRaised:
                guard let reply, let what, let owedBy, let due else { return nil }
                kind = .replyRaised(PendingReply(id: reply, what: what, owedBy: owedBy, who: who, due: due), rung: rung)
            case .replyCleared:
                guard let reply else { return nil }
                kind = .replyCleared(id: reply, broken: broken ?? false, note: note)
            case .note:
                guard let note else { return nil }
                kind = .note(note)
            case .edited:
                kind = .edited(CaseEdit(title: title, organisation: organisation, product: product, references: references, tags: tags))
            case .closed:
                guard let resolution else { return nil }
                kind = .closed(resolution, note: note, openReplies: openReplies ?? .broken)
            case .reopened:
                guard let reason else { return nil }
                kind = .reopened(reason: reason)
            case .asked:
                guard let ask else { return nil }
                kind = .asked(ask)
            case .apologyTested:
                guard let acknowledgedEvent, let explainedCause, let acknowledgedTrouble else { return nil }
                kind = .apologyTested(ApologyTest(acknowledgedEvent: acknowledgedEvent, explainedCause: explainedCause,
                                                  acknowledgedTrouble: acknowledgedTrouble, promise: promise))
            case .undone:
                guard let undoes else { return nil }
                kind = .undone(id: undoes, note: note)
            }
            return .event(Event(id: id, at: at, recorded: recorded, kind: kind, partOf: partOf), EventPlace(clock: clock, step: step ?? 0))
        }
    }
}
