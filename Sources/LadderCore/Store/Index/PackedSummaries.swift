import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `index-summaries.bin`: the summaries of the cases the table of contents
/// (`IndexHeads`) lists with a due time, in the table's order, packed as fixed-width
/// words and counted text instead of JSON. Per machine and derived like the table
/// (safe to delete), and made with it. `report overdue` reads the summaries of what is
/// overdue from here: at 100,000 cases, reading 30,000 index lines as JSON was some
/// 26,000 instructions a line, two fifths of the report (the times as text, every key
/// matched, every value checked); a packed one is a few thousand.
///
/// Trusted only for the index file and length the table covers, and each record only
/// for the line it names (its place in the index and its file's name): a record that
/// does not match, or a file torn or not ladder's, sends its lines to the JSON reader.
///
///     "ldrpack\n", format (4 bytes), whole (4: every listed due case has a record),
///     the index's inode (8), the length covered (8), the table's count of lines (8),
///     the index's mark (16, `StoreIndex.header`), the choices' signature (8), then
///     count + 1 offsets (8 each, from the records' start), then the records: a line's
///     start (8) and length (8), its file's name, its case (`pack(into:)`).
enum PackedSummaries {
    static let format: UInt32 = 2
    static let magic = Array("ldrpack\n".utf8)
    static let headerSize = 64

    struct Header: Equatable {
        var whole: Bool
        var inode: UInt64
        var length: Int
        var count: Int
        /// The mark of the index the records were read from.
        var made: String
        var choices: UInt64
    }

    /// Rungs, channels and the rest are packed by their place among their cases: a
    /// ladder whose cases are otherwise (one added, or put in another order) reads the
    /// file as not its own. FNV-1a over each enumeration's raw values in order.
    static let choices: UInt64 = {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        func add(_ names: [String]) {
            for name in names {
                for b in name.utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01B3 }
                h = (h ^ 0x1F) &* 0x100_0000_01B3
            }
            h = (h ^ 0x1E) &* 0x100_0000_01B3
        }
        add(Rung.allCases.map(\.rawValue))
        add(Channel.allCases.map(\.rawValue))
        add(ContactDirection.allCases.map(\.rawValue))
        add(FailureReason.allCases.map(\.rawValue))
        add(Party.allCases.map(\.rawValue))
        add(CaseStatus.allCases.map(\.rawValue))
        return h
    }()

    /// What is known of the line a head points at, as the file is made.
    enum Known {
        case summary(CaseSummary)
        /// The case has a later line in the index, which a report reads instead.
        case superseded
        case unknown
    }

    /// The file for `table`, in parts to be written one after another: a record for
    /// each head with a due time whose summary `known` gives (by the head's place in
    /// the table), none for the rest. Whole when no such head's summary was unknown.
    /// The records are packed in parts at once (100,000 of them when a read of every
    /// case packs them all).
    static func contents(of table: IndexHeads, made: String, known: @escaping (Int) -> Known) -> [[UInt8]] {
        let heads = table.heads
        typealias Part = (records: [UInt8], offsets: [Int], whole: Bool)
        let parts = Parallel.ranges(heads.count, minimum: 2048) { range -> Part in
            let records = PackedWriter(capacity: range.count * 400)
            var offsets: [Int] = []
            offsets.reserveCapacity(range.count)
            var whole = true
            for i in range {
                offsets.append(records.count)
                let head = heads[i]
                guard head.number != nil, head.due != nil else { continue }
                let s: CaseSummary
                switch known(i) {
                case let .summary(found): s = found
                case .superseded: continue
                case .unknown: whole = false; continue
                }
                records.int(head.line.lowerBound)
                records.int(head.line.count)
                records.string(head.name)
                s.pack(into: records)
            }
            return (records.bytes, offsets, whole)
        }
        let w = PackedWriter(capacity: headerSize + (heads.count + 1) * 8)
        for b in magic { w.byte(b) }
        w.word32(format)
        w.word32(parts.allSatisfy(\.whole) ? 1 : 0)
        w.word64(table.inode)
        w.int(table.length)
        w.int(heads.count)
        let mark = Array(made.utf8.prefix(16))
        for b in mark + [UInt8](repeating: 0x20, count: 16 - mark.count) { w.byte(b) }
        w.word64(choices)
        var base = 0
        for part in parts {
            for o in part.offsets { w.int(base + o) }
            base += part.records.count
        }
        w.int(base)
        return [w.bytes] + parts.map(\.records)
    }

    /// The header of the file open as `fd`, or nil when it is not one ladder wrote.
    static func header(_ fd: Int32) -> Header? {
        var raw = [UInt8](repeating: 0, count: headerSize)
        let ok = raw.withUnsafeMutableBytes { FileSystem.read(fd, into: $0, at: 0) }
        guard ok, Array(raw[0..<8]) == magic else { return nil }
        return raw.withUnsafeBytes { bytes -> Header? in
            var r = PackedReader(bytes, from: 8)
            guard let format = try? r.word32(), format == Self.format, let whole = try? r.word32(), whole <= 1,
                  let inode = try? r.word64(), let length = try? r.int(), let count = try? r.int(), length >= 0, count >= 0,
                  let mark = try? r.bytes(16), let made = ValidUTF8.string(mark.bindMemory(to: UInt8.self)),
                  let choices = try? r.word64()
            else { return nil }
            return Header(whole: whole == 1, inode: inode, length: length, count: count,
                          made: made.trimmingCharacters(in: .whitespaces), choices: choices)
        }
    }

    /// The header of the file at `path`, or nil.
    static func header(at path: String) -> Header? {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        return header(fd)
    }

    /// The cases of the heads at `places` in `heads` (ascending places in a table
    /// covering `coverage` of the index marked `made`, read from its start), each nil
    /// where the file has no record that may be trusted for it; nil when the file
    /// cannot be used at all. Each is kept in place in a map of the file
    /// (`IndexedCase`): its record is checked as it is found, and unpacked only in the
    /// parts asked for. `part`: at least how many records a core checks as one share.
    static func cases(_ path: String, coverage: (inode: UInt64, length: Int), made: String, heads: [IndexHeads.Head], places: [Int],
                      part: Int = 1_000) -> [IndexedCase?]? {
        guard let last = places.last else { return [] }
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG, let header = header(fd),
              header.inode == coverage.inode, header.length == coverage.length, header.made == made,
              header.choices == choices, header.count > last
        else { return nil }
        let size = Int(st.st_size)
        // Checked before it is multiplied: a count no file this size could hold is not one.
        guard header.count < (size - headerSize) / 8, let file = MappedFile(fd, size: size) else { return nil }
        let recordsStart = headerSize + (header.count + 1) * 8
        func offset(_ place: Int) -> Int {
            Int(truncatingIfNeeded: UInt64(littleEndian: file.bytes.loadUnaligned(fromByteOffset: headerSize + place * 8, as: UInt64.self)))
        }
        // Each after the one before (places ascend, and so do the offsets ladder writes).
        var spans: [Range<Int>] = []
        spans.reserveCapacity(places.count)
        var previous = recordsStart
        for p in places {
            let (a, b) = (offset(p), offset(p + 1))
            guard a >= 0, a <= b, b <= size - recordsStart, recordsStart + a >= previous else { return nil }
            spans.append(recordsStart + a..<recordsStart + b)
            previous = recordsStart + b
        }
        // A record that cannot be trusted, or is for another line, is nil: its line is
        // read as JSON. In parts at once: 30,000 records at 100,000 cases.
        return Parallel.ranges(spans.count, minimum: part) { range -> [IndexedCase?] in
            range.map { k -> IndexedCase? in
                let span = spans[k]
                guard !span.isEmpty else { return nil }
                var r = PackedReader(file.bytes, from: span.lowerBound, to: span.upperBound)
                guard (try? isRecord(&r, for: heads[places[k]])) == true else { return nil }
                return IndexedCase(in: file, from: r.position, to: span.upperBound)
            }
        }.flatMap { $0 }
    }

    /// Whether a record is for `head`'s line (its place in the index and its file's
    /// name), read up to the case it holds.
    private static func isRecord(_ r: inout PackedReader, for head: IndexHeads.Head) throws(PackedReader.Failure) -> Bool {
        guard try r.int() == head.line.lowerBound, try r.int() == head.line.count else { return false }
        let name = try r.stringBytes()
        var expected = head.name
        return expected.withUTF8 { e in
            e.count == name.count && (e.isEmpty || memcmp(e.baseAddress!, name.baseAddress!, e.count) == 0)
        }
    }
}

extension CaseSummary {
    /// What the index's JSON line holds (`write(to:)`), less the search text, which
    /// `report overdue` does not read: a packed summary reads back as its line does.
    func pack(into w: PackedWriter) {
        w.int(number)
        w.uuid(id)
        w.string(details.title)
        w.string(details.organisation)
        w.optional(details.product) { $0.string($1) }
        w.count(details.references.count)
        for r in details.references { w.string(r) }
        w.count(details.tags.count)
        for t in details.tags { w.string(t) }
        w.choice(status)
        w.date(startedAt)
        w.optional(closedAt) { $0.date($1) }
        w.date(latest)
        w.count(stints.count)
        for s in stints {
            w.choice(s.rung)
            w.date(s.from)
            w.optional(s.until) { $0.date($1) }
        }
        w.count(openReplies.count)
        for r in openReplies {
            w.uuid(r.reply.id)
            w.int(r.item)
            w.string(r.reply.what)
            w.choice(r.reply.owedBy)
            w.optional(r.reply.who) { $0.string($1) }
            w.date(r.reply.due)
            w.date(r.raisedAt)
            w.choice(r.rung)
        }
        w.optional(reached) { $1.pack(into: $0) }
        // Most often the last attempt is the last contact: said in a byte.
        if let attempt, attempt == reached { w.byte(2) } else { w.optional(attempt) { $1.pack(into: $0) } }
        w.count(progress.count)
        for d in progress { w.date(d) }
        w.date(claimedAt)
        w.count(formerNumbers.count)
        for n in formerNumbers { w.int(n) }
    }

    /// `forEntry`: without the references, tags and product, which no report's entry
    /// reads (each a string or an array made and let go again for every entry written).
    convenience init(unpacking r: inout PackedReader, forEntry: Bool = false) throws(PackedReader.Failure) {
        let number = try r.int()
        let id = try r.uuid()
        let details = forEntry ? try r.titleAndOrganisation() : try r.details()
        let status = try r.choice(CaseStatus.self)
        let (started, closed, latest) = (try r.date(), try r.present() ? try r.date() : nil, try r.date())
        let stints = try r.stints()
        let pending = try r.replies()
        let (reached, attempt) = try r.contacts()
        let progress = try r.progress()
        let claimed = try r.date()
        var former: [Int] = []
        let nf = try r.count()
        former.reserveCapacity(nf)
        for _ in 0..<nf { former.append(try r.int()) }
        self.init(id: id, number: number, details: details, startedAt: started, status: status, closedAt: closed,
                  stints: stints, openReplies: pending, reached: reached, attempt: attempt, progress: progress,
                  latest: latest, search: "", claimedAt: claimed, formerNumbers: former)
    }
}

/// The parts of a packed case, each read by itself (`IndexedCase` reads only the part
/// a question needs) or passed over, checked, to find where the next begins.
extension PackedReader {
    mutating func details() throws(Failure) -> CaseDetails {
        let title = try string()
        let organisation = try string()
        let product = try present() ? try string() : nil
        return CaseDetails(title: title, organisation: organisation, product: product,
                           references: try strings(), tags: try strings())
    }

    /// The details less the product, references and tags (passed over).
    mutating func titleAndOrganisation() throws(Failure) -> CaseDetails {
        let title = try string(), organisation = try string()
        try skipProductReferencesAndTags()
        return CaseDetails(title: title, organisation: organisation)
    }

    mutating func skipDetails() throws(Failure) {
        try skipString()
        try skipString()
        try skipProductReferencesAndTags()
    }

    private mutating func skipProductReferencesAndTags() throws(Failure) {
        if try present() { try skipString() }
        for _ in 0..<(try count()) { try skipString() }
        for _ in 0..<(try count()) { try skipString() }
    }

    private mutating func strings() throws(Failure) -> [String] {
        let n = try count()
        var all: [String] = []
        all.reserveCapacity(n)
        for _ in 0..<n { all.append(try string()) }
        return all
    }

    mutating func stints() throws(Failure) -> [RungStint] {
        let n = try count()
        var stints: [RungStint] = []
        stints.reserveCapacity(n)
        for _ in 0..<n {
            let rung = try choice(Rung.self), from = try date()
            stints.append(RungStint(rung: rung, from: from, until: try present() ? try date() : nil))
        }
        return stints
    }

    /// Passes over the stints; the rung of the last.
    mutating func skipStints() throws(Failure) -> Rung? {
        var last: Rung?
        for _ in 0..<(try count()) {
            last = try choice(Rung.self)
            _ = try date()
            if try present() { _ = try date() }
        }
        return last
    }

    /// The open replies; with `overdueAt`, only those due before it (their texts are
    /// made only for them).
    mutating func replies(overdueAt now: Date? = nil) throws(Failure) -> [ReplyState] {
        let n = try count()
        var pending: [ReplyState] = []
        pending.reserveCapacity(now == nil ? n : 0)
        for _ in 0..<n {
            let id = try bytes(16), item = try int(), what = try stringBytes(), owedBy = try choice(Party.self)
            let who = try present() ? try stringBytes() : nil
            let due = try date(), raised = try date(), rung = try choice(Rung.self)
            if let now, !(now > due) { continue }
            let reply = PendingReply(id: Self.uuid(id), what: try text(what), owedBy: owedBy, who: try who.map { b throws(Failure) in try text(b) }, due: due)
            pending.append(ReplyState(reply: reply, item: item, raisedAt: raised, rung: rung))
        }
        return pending
    }

    mutating func skipReplies() throws(Failure) {
        for _ in 0..<(try count()) {
            _ = try bytes(24)  // id and number
            try skipString()
            _ = try choice(Party.self)
            if try present() { try skipString() }
            _ = try date()  // due
            _ = try date()  // raised
            _ = try choice(Rung.self)
        }
    }

    /// The last contact that got through and the last attempt of any kind.
    mutating func contacts() throws(Failure) -> (reached: DatedContact?, attempt: DatedContact?) {
        let reached = try present() ? try DatedContact(unpacking: &self) : nil
        switch try byte() {
        case 0: return (reached, nil)
        case 1: return (reached, try DatedContact(unpacking: &self))
        case 2: return (reached, reached)
        default: throw Failure()
        }
    }

    mutating func skipContacts() throws(Failure) {
        if try present() { try DatedContact.skip(&self) }
        switch try byte() {
        case 0, 2: return
        case 1: try DatedContact.skip(&self)
        default: throw Failure()
        }
    }

    mutating func progress() throws(Failure) -> [Date] {
        let n = try count()
        var progress: [Date] = []
        progress.reserveCapacity(n)
        for _ in 0..<n { progress.append(try date()) }
        return progress
    }

    mutating func skipProgress() throws(Failure) {
        for _ in 0..<(try count()) { _ = try date() }
    }
}

extension DatedContact {
    func pack(into w: PackedWriter) {
        w.date(at)
        w.choice(contact.channel)
        w.choice(contact.direction)
        w.choice(contact.failure)
        w.choice(contact.rung)
        w.optional(contact.with) { $0.string($1) }
        w.optional(contact.desk) { $0.string($1) }
        w.optional(contact.number) { $0.string($1) }
        w.optional(contact.held) { $0.double($1) }
        w.optional(contact.took) { $0.double($1) }
    }

    init(unpacking r: inout PackedReader) throws(PackedReader.Failure) {
        let at = try r.date()
        let channel = try r.choice(Channel.self), direction = try r.choice(ContactDirection.self)
        let failure = try r.optionalChoice(FailureReason.self), rung = try r.optionalChoice(Rung.self)
        let with = try r.present() ? try r.string() : nil
        let desk = try r.present() ? try r.string() : nil
        let number = try r.present() ? try r.string() : nil
        let held = try r.present() ? try r.double() : nil
        let took = try r.present() ? try r.double() : nil
        self.init(at: at, contact: Contact(channel: channel, direction: direction, failure: failure, rung: rung, with: with,
                                           desk: desk, number: number, held: held, took: took))
    }

    static func skip(_ r: inout PackedReader) throws(PackedReader.Failure) {
        _ = try r.date()
        _ = try r.choice(Channel.self)
        _ = try r.choice(ContactDirection.self)
        _ = try r.optionalChoice(FailureReason.self)
        _ = try r.optionalChoice(Rung.self)
        for _ in 0..<3 { if try r.present() { try r.skipString() } }
        for _ in 0..<2 { if try r.present() { _ = try r.double() } }
    }
}
