import Foundation

/// A case as `report overdue` has it from the index: a summary, or its record in the
/// packed summaries (`index-summaries.bin`), read in place from a map of the file.
///
/// Why in place: the report holds its overdue cases from reading to writing, 30,000 of
/// them at 100,000 cases. As summaries they were some 40 MB of objects, arrays and
/// strings, all fresh memory, which the system must find and clear (on a virtual
/// machine that has given memory back to its host, that was most of the report's
/// time). A record is checked whole when it is found, and each question then reads the
/// part it needs into values that live only while they are used: whether the case has
/// a reply overdue reads its replies; writing its entry unpacks what an entry reads
/// (`entrySummary`).
/// A class: a report copies its cases about, and each copy of a value holding the
/// mapped file counted a reference to that one object, which both cores then fought
/// over.
public final class IndexedCase: CaseStanding {
    private enum Source: Sendable {
        case summary(CaseSummary)
        case packed(Record)
    }

    /// Where a record's parts begin, from the record's start.
    private struct Record: Sendable {
        let file: MappedFile
        let start: UInt32, end: UInt32
        let stints: UInt32, replies: UInt32, contacts: UInt32, progress: UInt32
    }

    private let source: Source
    public let number: Int
    public let status: CaseStatus
    /// The time of its latest event (`CaseSummary.latest`).
    public let latest: Date
    /// The rung it is on, which a report asks of every case.
    public let rung: Rung

    public init(_ summary: CaseSummary) {
        source = .summary(summary)
        number = summary.number
        status = summary.status
        latest = summary.latest
        rung = summary.rung
    }

    /// The case packed in `file` from `start` to `end` (its record less the line and
    /// file it names), checked whole: every count within the bytes, every text
    /// well-formed, every choice one of ladder's, nothing left over. Nil when it is not.
    init?(in file: MappedFile, from start: Int, to end: Int) {
        guard end <= UInt32.max else { return nil }
        var r = PackedReader(file.bytes, from: start, to: end)
        func at() -> UInt32 { UInt32(r.position - start) }
        do {
            number = try r.int()
            _ = try r.bytes(16)  // the id
            try r.skipDetails()
            status = try r.choice(CaseStatus.self)
            _ = try r.date()
            if try r.present() { _ = try r.date() }
            latest = try r.date()
            let stints = at()
            rung = try r.skipStints() ?? .shop
            let replies = at()
            try r.skipReplies()
            let contacts = at()
            try r.skipContacts()
            let progress = at()
            try r.skipProgress()
            _ = try r.date()
            for _ in 0..<(try r.count()) { _ = try r.int() }
            guard r.atEnd else { return nil }
            source = .packed(Record(file: file, start: UInt32(start), end: UInt32(end),
                                    stints: stints, replies: replies, contacts: contacts, progress: progress))
        } catch {
            return nil
        }
    }

    /// Whether it is read from a packed record (else it was given as a summary).
    var isPacked: Bool {
        if case .packed = source { return true }
        return false
    }

    /// The whole summary: unpacked afresh from a record each time it is asked for.
    var summary: CaseSummary {
        switch source {
        case let .summary(s): return s
        case let .packed(record): return Self.read(record, at: 0) { r throws(PackedReader.Failure) in try CaseSummary(unpacking: &r) }
        }
    }

    /// The summary as a report's entry reads it: without the references, tags and
    /// product (`CaseSummary(unpacking:forEntry:)`).
    var entrySummary: CaseSummary {
        switch source {
        case let .summary(s): return s
        case let .packed(record):
            return Self.read(record, at: 0) { r throws(PackedReader.Failure) in try CaseSummary(unpacking: &r, forEntry: true) }
        }
    }

    /// One part of a record, read from `offset`. The record was checked when it was
    /// found, and ladder never writes into a file it has mapped (it renames a new one
    /// over it): only another program writing into the file could make this fail, and
    /// then the command stops (EX_IOERR), as it would on a read error.
    private static func read<T>(_ record: Record, at offset: UInt32,
                                _ body: (inout PackedReader) throws(PackedReader.Failure) -> T) -> T {
        var r = PackedReader(record.file.bytes, from: Int(record.start), to: Int(record.end))
        r.again = true
        do {
            try r.seek(Int(record.start + offset))
            return try body(&r)
        } catch {
            let what = L("index-summaries.bin was changed while it was read: run the command again")
            let message = L("ladder: error: \(what)") + "\n"
            FileHandle.standardError.write(Data(message.utf8))
            exit(74)
        }
    }

    /// Where the details begin: after the number and the id.
    private static let detailsAt: UInt32 = 24

    public var id: UUID {
        switch source {
        case let .summary(s): s.id
        case let .packed(record): Self.read(record, at: 8) { r throws(PackedReader.Failure) in try r.uuid() }
        }
    }

    public var details: CaseDetails {
        switch source {
        case let .summary(s): s.details
        case let .packed(record): Self.read(record, at: Self.detailsAt) { r throws(PackedReader.Failure) in try r.details() }
        }
    }

    /// The organisation's text alone, without the rest of the details.
    public var organisationText: String {
        switch source {
        case let .summary(s): s.details.organisation
        case let .packed(record):
            Self.read(record, at: Self.detailsAt) { r throws(PackedReader.Failure) in
                try r.skipString()
                return try r.string()
            }
        }
    }

    /// The start and the end, which follow the details and the status.
    private var times: (started: Date, closed: Date?) {
        switch source {
        case let .summary(s): (s.startedAt, s.closedAt)
        case let .packed(record):
            Self.read(record, at: Self.detailsAt) { r throws(PackedReader.Failure) in
                try r.skipDetails()
                _ = try r.byte()
                return (try r.date(), try r.present() ? try r.date() : nil)
            }
        }
    }

    public var startedAt: Date { times.started }
    public var closedAt: Date? { times.closed }

    public var stints: [RungStint] {
        switch source {
        case let .summary(s): s.stints
        case let .packed(record): Self.read(record, at: record.stints) { r throws(PackedReader.Failure) in try r.stints() }
        }
    }

    public var openReplies: [ReplyState] {
        switch source {
        case let .summary(s): s.openReplies
        case let .packed(record): Self.read(record, at: record.replies) { r throws(PackedReader.Failure) in try r.replies() }
        }
    }

    /// Only the overdue replies are unpacked: what the report asks of every case.
    public func overdueReplies(at now: Date) -> [ReplyState] {
        switch source {
        case let .summary(s): s.overdueReplies(at: now)
        case let .packed(record): Self.read(record, at: record.replies) { r throws(PackedReader.Failure) in try r.replies(overdueAt: now) }
        }
    }

    private var contacts: (reached: DatedContact?, attempt: DatedContact?) {
        switch source {
        case let .summary(s): (s.reached, s.attempt)
        case let .packed(record): Self.read(record, at: record.contacts) { r throws(PackedReader.Failure) in try r.contacts() }
        }
    }

    public var lastReached: (at: Date, contact: Contact)? { contacts.reached.map { ($0.at, $0.contact) } }
    public var lastAttempt: (at: Date, contact: Contact)? { contacts.attempt.map { ($0.at, $0.contact) } }

    public func lastProgress(at now: Date) -> Date {
        switch source {
        case let .summary(s): s.lastProgress(at: now)
        case let .packed(record):
            lastProgress(moments: Self.read(record, at: record.progress) { r throws(PackedReader.Failure) in try r.progress() }, at: now)
        }
    }
}
