import Foundation

/// How a case ended.
public enum Resolution: String, Codable, Sendable, CaseIterable {
    case resolved
    case partlyResolved = "partly-resolved"
    case abandoned
    case regulator = "taken-to-regulator"
}

/// The apology test of the company's final answer: did they acknowledge what happened,
/// explain its cause, acknowledge my trouble, and make a concrete promise (what, by
/// when) rather than a general declaration? A concrete promise is also raised as a
/// pending reply owed by them, so it is checked after the case is closed.
public struct ApologyTest: Codable, Sendable, Equatable {
    public var acknowledgedEvent: Bool
    public var explainedCause: Bool
    public var acknowledgedTrouble: Bool
    /// The concrete promise, if they made one.
    public var promise: String?

    public init(acknowledgedEvent: Bool, explainedCause: Bool, acknowledgedTrouble: Bool, promise: String? = nil) {
        self.acknowledgedEvent = acknowledgedEvent
        self.explainedCause = explainedCause
        self.acknowledgedTrouble = acknowledgedTrouble
        self.promise = promise
    }

    /// How many of the four it passes.
    public var score: Int {
        [acknowledgedEvent, explainedCause, acknowledgedTrouble, promise != nil].filter { $0 }.count
    }

    /// `3 of 4: acknowledged the event, explained the cause, no acknowledgement of my trouble, promised: refund by 08-01`.
    public var summary: String {
        let parts = [acknowledgedEvent ? L("acknowledged the event") : L("did not acknowledge the event"),
                     explainedCause ? L("explained the cause") : L("no cause given"),
                     acknowledgedTrouble ? L("acknowledged my trouble") : L("did not acknowledge my trouble"),
                     promise.map { L("promised: \($0)") } ?? L("no concrete promise")]
        return L("\(score) of 4: \(parts.joined(separator: L(", ")))")
    }
}

/// What a closing itself does to the replies still open when it happens (the stored
/// `openReplies` of a `closed` event).
public enum OpenRepliesAtClose: String, Codable, Sendable, CaseIterable {
    /// The closing counts every reply still open as broken: what every closing meant
    /// before format 2 (and what a `closed` event without the key means).
    case broken
    /// The closing leaves them open: each is watched on the closed case and judged by
    /// its own due time. What the close settles, it records as events of its own.
    case watched
}

/// What `close` does with the replies still open.
public enum ClosingChoice: String, Sendable, Equatable, CaseIterable {
    /// Overdue ones are counted broken; those not yet due stay watched.
    case watch
    /// Every one still open is counted broken (`close --broken-open`).
    case breakOpen = "break"
}
