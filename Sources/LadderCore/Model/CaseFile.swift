import Foundation

/// A case as stored: its identity and its timeline. Nothing derived is stored.
public struct CaseFile: Codable, Sendable, Equatable {
    /// The store format this code writes. A file with a higher number came from a newer
    /// ladder and is never rewritten by this one.
    public static let currentFormat = 1

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
