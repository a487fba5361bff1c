import Foundation

/// A case as stored: its identity and its timeline. Nothing derived is stored.
public struct CaseFile: Codable, Sendable, Equatable {
    /// The store format this code writes. A file with a higher number came from a newer
    /// ladder and is never rewritten by this one.
    /// Format 2 (ladder 0.2): a closing leaves open replies watched (`openReplies`),
    /// contacts may be missed calls with the number left, and name a desk apart from a
    /// person; new channel `fax` and failure `out-of-service`. A format-1 file reads
    /// as it always meant, and is rewritten as format 2 with a backup (Store+Migration).
    public static let currentFormat = 2

    public var format: Int
    public var id: UUID
    /// The short number people type; never changes.
    public var number: Int
    /// In the order recorded (append-only).
    public var events: [Event]

    public init(format: Int = CaseFile.currentFormat, id: UUID = UUID(), number: Int, events: [Event]) {
        self.format = format
        self.id = id
        self.number = number
        self.events = events
    }
}
