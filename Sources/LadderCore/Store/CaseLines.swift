import Foundation

/// The case file of format 3, `cases/<id>.jsonl`: a first line naming the case and the
/// format, then one line per event and per number claim, each a JSON object with its
/// keys in order, in the canonical order of their places.
///
///     {"case":"B8D82367-…","format":3}
///     {"at":"2026-07-15T15:00:00+09:00","clock":1,"id":"…","organisation":"…",…,"type":"opened"}
///     {"clock":1,"id":"…","number":12,"recorded":"2026-07-15T17:10:00+09:00","type":"numbered"}
///
/// Lines are only ever added; every line's text is kept as it was read. So when two
/// machines each add lines to one case, git's line merge (`merge=union`) or a sync
/// tool's copy holds both sides' lines, and reading takes their union by id: no line
/// lost, none counted twice, and every machine sorts them the same way.
public enum CaseLines {
    public static let fileExtension = ".jsonl"

    /// The file name of a case: its id, which no other machine can give out.
    public static func fileName(_ id: UUID) -> String { id.text + fileExtension }

    // MARK: reading

    /// Reads a format-3 case file, merged with any further copies of it (a sync tool's
    /// conflict copies): the union of their lines.
    /// `keepingText: false` when the case is only to be summarised (the index is built
    /// from every file after a clone): the lines' text, which a write needs to keep
    /// them as they were, is then not copied out.
    public static func decode(_ data: Data, copies: [Data] = [], keepingText: Bool = true) throws(ProblemText) -> CaseFile {
        // Worked on as bytes: Foundation's string trimming costs more than the JSON.
        var lines: [String] = []
        var count = 0
        var fast: [StoredLine]? = []
        var untidy = !copies.isEmpty
        let blobs = [data] + copies
        // Where each counted line is, to compare two versions of one event (below).
        var spans: [(blob: Int, range: Range<Int>)] = []
        for (b, blob) in blobs.enumerated() {
            guard ValidUTF8.check(blob) else { throw ProblemText(L("it is not valid UTF-8 text")) }
            blob.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
                let bytes = raw.bindMemory(to: UInt8.self)
                var start = 0
                while start < bytes.count {
                    let end = bytes.offset(of: 0x0A, from: start, to: bytes.count) ?? bytes.count
                    var from = start, to = end
                    while from < to, bytes[from] == 0x20 || bytes[from] == 0x09 || bytes[from] == 0x0D { from += 1 }
                    while to > from, bytes[to - 1] == 0x20 || bytes[to - 1] == 0x09 || bytes[to - 1] == 0x0D { to -= 1 }
                    start = end + 1
                    if from == to { continue }
                    let line = UnsafeBufferPointer(rebasing: bytes[from..<to])
                    // Left by a merge without ladder's driver or union: both sides' lines
                    // are all there is to keep, and the markers go at the next write.
                    if isConflictMarker(line) { untidy = true; continue }
                    count += 1
                    spans.append((b, from..<to))
                    if keepingText { lines.append(String(decoding: line, as: UTF8.self)) }
                    if fast != nil {
                        if let read = StoredLine.read(line, knownUTF8: true) { fast!.append(read) } else { fast = nil }
                    }
                }
            }
        }
        guard count > 0 else { throw ProblemText(L("it is empty")) }
        var all: [StoredLine]
        if fast != nil {
            all = fast!
            fast = nil  // `all` alone holds the lines: moving them out below copies none
        } else if !keepingText {
            // A line the fast reader leaves to JSONDecoder needs the lines' text.
            return try decode(data, copies: copies, keepingText: true)
        } else {
            do {
                // Only for a line the fast reader leaves to JSONDecoder: all at once.
                all = try CaseCodec.decoder().decode([StoredLine].self, from: Data(("[" + lines.joined(separator: ",") + "]").utf8))
            } catch {
                throw ProblemText(locate(error, in: lines))
            }
        }
        // The id is the header's, set below: no random one made meanwhile (a system call).
        var file = CaseFile(format: currentFormatPlaceholder, id: placeholderId, number: 0, events: [])
        var header: (id: UUID, format: Int)?
        var seen = Set<UUID>()
        // The events kept, their places and the lines they came from, side by side:
        // an array of tuples was copied through the runtime's generic copy of a tuple,
        // event by event, each time it was mapped.
        var placedEvents: [Event] = [], placedPlaces: [EventPlace] = [], placedLines: [Int] = []
        placedEvents.reserveCapacity(all.count)
        placedPlaces.reserveCapacity(all.count)
        placedLines.reserveCapacity(all.count)
        var placedAt = PlacedIDs(capacity: all.count)  // places in `placedEvents`
        var versions = 0
        // Each line is moved out of `all`, a header with nothing to release left in its
        // place: copying an event out and then releasing the array retained and
        // released every string of every event.
        try all.withUnsafeMutableBufferPointer { (stored: inout UnsafeMutableBufferPointer<StoredLine>) throws(ProblemText) in
            for i in stored.indices {
                let line = (stored.baseAddress! + i).move()
                (stored.baseAddress! + i).initialize(to: .header(placeholderId, format: 0))
                switch consume line {
                case let .header(id, format):
                    if let h = header {
                        guard h.id == id else { throw ProblemText(L("it holds two cases (\(h.id.uuidString) and \(id.uuidString))")) }
                        untidy = true
                        header = (id, max(h.format, format))
                    } else {
                        header = (id, format)
                    }
                case let .event(event, place):
                    if let k = placedAt.place(of: event.id) {
                        untidy = true
                        guard placedEvents[k] != event || placedPlaces[k] != place else { continue }
                        // One event written two ways (edited by hand on two machines): one
                        // version is kept, the same whichever side's lines came first, so
                        // that every machine keeps the same (the greater line, byte by byte).
                        versions += 1
                        guard greater(spans[i], than: spans[placedLines[k]], in: blobs) else { continue }
                        (placedEvents[k], placedPlaces[k], placedLines[k]) = (event, place, i)
                    } else {
                        placedAt.append(event.id)
                        placedEvents.append(event)
                        placedPlaces.append(place)
                        placedLines.append(i)
                    }
                    if keepingText {
                        file.stored.places[event.id] = place
                        file.stored.text[event.id] = lines[i]
                    }
                case let .claim(claim):
                    guard seen.insert(claim.id).inserted else { untidy = true; continue }
                    file.claims.append(claim)
                    if keepingText { file.stored.text[claim.id] = lines[i] }
                }
            }
        }
        guard let header else { throw ProblemText(L("its first line, {\"case\": …, \"format\": 3}, is missing")) }
        guard header.format <= CaseFile.currentFormat else {
            throw ProblemText(L("it was written by a newer ladder (format \(header.format); this one reads up to \(CaseFile.currentFormat))"))
        }
        file.format = header.format
        file.id = header.id
        // Sorted by their places, each event copied once: ladder writes the lines in
        // this order, so mostly there is nothing to sort. Two events in one place (two
        // machines adding a step to one action at once) go by id, so that every machine
        // orders them alike whichever side's lines came first.
        let keys = placedEvents.indices.map { (order(placedEvents[$0], placedPlaces[$0]), placedEvents[$0].id.order) }
        if keys.indices.dropFirst().allSatisfy({ keys[$0 - 1] < keys[$0] }) {
            file.events = placedEvents
        } else {
            file.events = keys.indices.sorted { keys[$0] < keys[$1] }.map { placedEvents[$0] }
        }
        file.claims.sort { ($0.clock, $0.id.order) < ($1.clock, $1.id.order) }
        guard let number = file.claimedNumber else { throw ProblemText(L("it has no \"numbered\" line, so no number")) }
        file.number = number
        file.stored.untidy = untidy
        file.stored.versions = versions
        return file
    }

    /// Whether line `a` is greater than line `b`, byte by byte (a longer line whose
    /// start is the other is greater).
    private static func greater(_ a: (blob: Int, range: Range<Int>), than b: (blob: Int, range: Range<Int>), in blobs: [Data]) -> Bool {
        blobs[a.blob].withUnsafeBytes { x in
            blobs[b.blob].withUnsafeBytes { y in
                let n = min(a.range.count, b.range.count)
                let c = memcmp(x.baseAddress! + a.range.lowerBound, y.baseAddress! + b.range.lowerBound, n)
                return c != 0 ? c > 0 : a.range.count > b.range.count
            }
        }
    }

    /// Placeholder until the header is read.
    private static let currentFormatPlaceholder = 0
    private static let placeholderId = UUID(uuid: (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0))

    /// The canonical order: by clock, then the action (its first event's id), then the step.
    static func order(_ event: Event, _ place: EventPlace) -> Place {
        Place(clock: place.clock, action: (event.partOf ?? event.id).order, step: place.step)
    }

    /// A line's place in the canonical order. A claim sorts after its clock's events.
    struct Place: Comparable {
        var clock: Int
        var action: UUID.Order
        var claim = false
        var step: Int
        static func < (a: Place, b: Place) -> Bool {
            (a.clock, a.claim ? 1 : 0, a.action, a.step) < (b.clock, b.claim ? 1 : 0, b.action, b.step)
        }
    }

    /// `<<<<<<< HEAD`, `=======`, `>>>>>>> theirs`, `||||||| base`: seven of one mark,
    /// alone or followed by a space.
    static func isConflictMarker(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        guard line.count >= 7, [0x3C, 0x3D, 0x3E, 0x7C].contains(line[0]) else { return false }
        for i in 1..<7 where line[i] != line[0] { return false }
        return line.count == 7 || line[7] == 0x20
    }

    /// Which line could not be read, and why.
    private static func locate(_ error: Error, in lines: [String]) -> String {
        for (i, line) in lines.enumerated() {
            do { _ = try CaseCodec.decoder().decode(StoredLine.self, from: Data(line.utf8)) } catch {
                return L("line \(i + 1): \(CaseCodec.describe(error))")
            }
        }
        return CaseCodec.describe(error)
    }

    // MARK: writing

    /// The file's text: every stored line as it was, new events and claims placed after
    /// them, all in canonical order. New events are placed here (and `file` learns their
    /// places): an action's first event takes the next clock, its other events the
    /// action's clock and the next step. `zone` is for the new lines' times.
    public static func encode(_ file: inout CaseFile, zone: TimeZone = .current) throws -> Data {
        var top = file.stored.places.values.map(\.clock).max() ?? 0
        top = max(top, file.claims.map(\.clock).max() ?? 0)
        var steps: [UUID: Int] = [:]
        for event in file.events where file.stored.places[event.id] == nil {
            if let head = event.partOf, let action = file.stored.places[head] {
                let step = max(steps[head] ?? action.step, file.stored.places.filter { $0.value.clock == action.clock }.count - 1) + 1
                steps[head] = step
                file.stored.places[event.id] = EventPlace(clock: action.clock, step: step)
            } else {
                top += 1
                file.stored.places[event.id] = EventPlace(clock: top, step: 0)
            }
        }
        // A case writes its number as a claim the first time, and again when it changes.
        if file.claimedNumber != file.number {
            top += 1
            let recorded = file.events.map(\.recorded).max() ?? Date(timeIntervalSince1970: 0)
            file.claims.append(NumberClaim(number: file.number, recorded: max(recorded, file.claimedAt ?? recorded), clock: top))
        }
        let encoder = CaseCodec.lineEncoder(zone: zone)
        var entries: [(key: Place, text: String)] = []
        for event in file.events {
            let place = file.stored.places[event.id]!
            let text: String
            if let kept = file.stored.text[event.id] {
                text = kept
            } else {
                text = String(decoding: try encoder.encode(EventLine(event: event, place: place)), as: UTF8.self)
                file.stored.text[event.id] = text
            }
            entries.append((order(event, place), text))
        }
        for claim in file.claims {
            let text: String
            if let kept = file.stored.text[claim.id] {
                text = kept
            } else {
                text = String(decoding: try encoder.encode(ClaimLine(claim: claim)), as: UTF8.self)
                file.stored.text[claim.id] = text
            }
            entries.append((Place(clock: claim.clock, action: claim.id.order, claim: true, step: 0), text))
        }
        // A stable sort: lines with equal places keep the order above.
        let sorted = entries.enumerated().sorted { a, b in
            a.element.key != b.element.key ? a.element.key < b.element.key : a.offset < b.offset
        }
        var out = #"{"case":""# + file.id.uuidString + #"","format":"# + String(CaseFile.currentFormat) + "}\n"
        for (_, entry) in sorted { out += entry.text + "\n" }
        file.format = CaseFile.currentFormat
        file.stored.untidy = false
        return Data(out.utf8)
    }

    /// Places for the events of a file read in an older format, in its order: each
    /// action a clock of its own. Only its content decides them, so two machines
    /// converting the same file write the same lines.
    static func placeInOrder(_ file: inout CaseFile, zone: TimeZone) {
        var clock = 0
        for event in file.events {
            if let head = event.partOf, let action = file.stored.places[head] {
                let step = file.stored.places.values.filter { $0.clock == action.clock }.count
                file.stored.places[event.id] = EventPlace(clock: action.clock, step: step)
            } else {
                clock += 1
                file.stored.places[event.id] = EventPlace(clock: clock, step: 0)
            }
        }
        if file.claims.isEmpty {
            // The claim of an old file's number is as old as the case: it keeps it
            // against any case made since. Its id comes from the case's, for the same reason.
            let recorded = file.events.map(\.recorded).min() ?? Date(timeIntervalSince1970: 0)
            file.claims = [NumberClaim(id: derivedID(file.id, salt: "numbered"), number: file.number, recorded: recorded, clock: 0)]
        }
    }

    /// An id made from another: the same on every machine.
    static func derivedID(_ id: UUID, salt: String) -> UUID {
        var bytes = Array(id.uuidString.utf8) + Array(salt.utf8)
        // FNV-1a over the text, spread over 16 bytes; enough to be unique within a case.
        var out = [UInt8](repeating: 0, count: 16)
        var h: UInt64 = 0xcbf29ce484222325
        for round in 0..<2 {
            for b in bytes { h = (h ^ UInt64(b)) &* 0x100000001b3 }
            for i in 0..<8 { out[round * 8 + i] = UInt8(truncatingIfNeeded: h >> (UInt64(i) * 8)) }
            bytes.reverse()
        }
        out[6] = (out[6] & 0x0F) | 0x50  // a name-based UUID's version
        out[8] = (out[8] & 0x3F) | 0x80
        return UUID(uuid: (out[0], out[1], out[2], out[3], out[4], out[5], out[6], out[7],
                           out[8], out[9], out[10], out[11], out[12], out[13], out[14], out[15]))
    }
}

/// One line of a format-3 case file.
enum StoredLine: Decodable {
    case header(UUID, format: Int)
    case event(Event, EventPlace)
    case claim(NumberClaim)

    private enum Key: String, CodingKey { case `case`, format, type, clock, step, id, number, recorded }

    init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: Key.self)
        if c.contains(.case) {
            self = .header(try c.decode(UUID.self, forKey: .case), format: try c.decode(Int.self, forKey: .format))
            return
        }
        let clock = try c.decode(Int.self, forKey: .clock)
        if try c.decode(String.self, forKey: .type) == ClaimLine.type {
            self = .claim(NumberClaim(id: try c.decode(UUID.self, forKey: .id), number: try c.decode(Int.self, forKey: .number),
                                      recorded: try c.decode(Date.self, forKey: .recorded), clock: clock))
            return
        }
        self = .event(try Event(from: decoder), EventPlace(clock: clock, step: try c.decodeIfPresent(Int.self, forKey: .step) ?? 0))
    }
}

/// An event with its place, as one line.
private struct EventLine: Encodable {
    var event: Event
    var place: EventPlace
    private enum Key: String, CodingKey { case clock, step }

    func encode(to encoder: Encoder) throws {
        try event.encode(to: encoder)
        var c = encoder.container(keyedBy: Key.self)
        try c.encode(place.clock, forKey: .clock)
        if place.step > 0 { try c.encode(place.step, forKey: .step) }
    }
}

private struct ClaimLine: Encodable {
    static let type = "numbered"
    var claim: NumberClaim
    private enum Key: String, CodingKey { case clock, id, number, recorded, type }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        try c.encode(claim.clock, forKey: .clock)
        try c.encode(claim.id, forKey: .id)
        try c.encode(claim.number, forKey: .number)
        try c.encode(claim.recorded, forKey: .recorded)
        try c.encode(Self.type, forKey: .type)
    }
}
