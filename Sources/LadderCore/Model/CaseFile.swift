import Foundation

/// A case as stored: its identity and its timeline. Nothing derived is stored.
public struct CaseFile: Codable, Sendable, Equatable {
    /// The store format this code writes. A file with a higher number came from a newer
    /// ladder and is never rewritten by this one.
    /// Format 2 (ladder 0.2): a closing leaves open replies watched (`openReplies`),
    /// contacts may be missed calls with the number left, and name a desk apart from a
    /// person; new channel `fax` and failure `out-of-service`.
    /// Format 3 (ladder 0.3): one file per case named by its id, one event per line, so
    /// that git and file-sync tools merge two machines' changes by taking both; the
    /// number is claimed by `numbered` lines, so two machines that gave out the same
    /// number settle it. Older stores are converted on their first write, with a backup
    /// (Store+Migration).
    public static let currentFormat = 3

    public var format: Int
    public var id: UUID
    /// The short number people type: the case's latest claim (`claims`), or the number
    /// it shows under until a clash with another machine's case is settled.
    public var number: Int
    /// In the order recorded (append-only); after a merge, in the canonical order every
    /// machine agrees on (`CaseLines`).
    public var events: [Event]
    /// The numbers this case has claimed, oldest first (format 3). Empty for a case not
    /// yet written: its first write claims `number`.
    public var claims: [NumberClaim] = []
    /// Where each stored line sits and its text, so a rewrite keeps every line it read
    /// byte for byte (git then sees only the lines added). Not part of equality.
    public var stored = StoredLines()

    private enum CodingKeys: String, CodingKey { case format, id, number, events }

    public init(format: Int = CaseFile.currentFormat, id: UUID = UUID(), number: Int, events: [Event]) {
        self.format = format
        self.id = id
        self.number = number
        self.events = events
    }

    public static func == (a: CaseFile, b: CaseFile) -> Bool {
        a.format == b.format && a.id == b.id && a.number == b.number && a.events == b.events && a.claims == b.claims
    }

    /// The number of its latest claim, which it keeps unless another case claimed the
    /// same one first.
    public var claimedNumber: Int? { latestClaim?.number }

    /// The claim that counts: the latest by clock, then id.
    var latestClaim: NumberClaim? { claims.max { ($0.clock, $0.id.order) < ($1.clock, $1.id.order) } }

    /// Numbers it had before its latest claim: typed out of habit, they still find it.
    public var formerNumbers: [Int] {
        let current = claimedNumber
        return Array(Set(claims.map(\.number).filter { $0 != current })).sorted()
    }

    /// When its current number was claimed: of two cases claiming one number, the
    /// earlier claim keeps it.
    public var claimedAt: Date? { latestClaim?.recorded }
}

/// A case's claim to a number, as a `numbered` line of its file.
public struct NumberClaim: Sendable, Equatable {
    public var id: UUID
    public var number: Int
    public var recorded: Date
    /// Its place among the file's lines (see `EventPlace`).
    public var clock: Int

    public init(id: UUID = UUID(), number: Int, recorded: Date, clock: Int) {
        self.id = id
        self.number = number
        self.recorded = recorded
        self.clock = clock
    }
}

/// Where a stored event sits: its action's `clock` (one more than the highest in the
/// file when it was written, so later writes sort after what they saw) and its `step`
/// within the action. Two machines' concurrent actions may share a clock: their order
/// is then by the action's id, the same on every machine.
public struct EventPlace: Sendable, Equatable {
    public var clock: Int
    public var step: Int
}

/// What a read kept of the stored lines. Equal whatever it holds: it is bookkeeping.
public struct StoredLines: Sendable, Equatable {
    public var places: [UUID: EventPlace] = [:]
    /// Each event's and claim's line as read, without its newline.
    public var text: [UUID: String] = [:]
    /// The file holds what a rewrite tidies: lines twice, conflict markers, events
    /// merged in from a sync tool's copy.
    public var untidy = false
    /// How many lines were left out because they wrote an event already read, but
    /// otherwise (a hand edit on each of two machines): one version is kept.
    public var versions = 0
    public init() {}
    public static func == (a: StoredLines, b: StoredLines) -> Bool { true }
}
