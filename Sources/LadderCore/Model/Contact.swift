import Foundation

/// How a contact happened.
public enum Channel: String, CaseIterable, Codable, Sendable {
    case phone, email, web, visit, letter, fax, chat, social

    public static var namesForHelp: String { allCases.map(\.rawValue).joined(separator: L(", ")) }
}

/// Who reached whom, or that the attempt failed.
public enum ContactDirection: String, CaseIterable, Codable, Sendable {
    /// I reached them.
    case outgoing = "out"
    /// They reached me.
    case incoming = "in"
    /// I tried and did not get through; `FailureReason` says why.
    case failed
    /// They tried and did not get through: a missed call, a voicemail. Shown, but not
    /// an answer: it keeps no promise and is no progress.
    case missed
}

/// Why an attempt to reach the other side failed. Every attempt is worth recording.
public enum FailureReason: String, CaseIterable, Codable, Sendable {
    case noAnswer = "no-answer"
    case wrongNumber = "wrong-number"
    case bounced
    case lineClosed = "line-closed"
    /// The number does not exist or is out of service.
    case outOfService = "out-of-service"
    case other

    public static var namesForHelp: String { allCases.map(\.rawValue).joined(separator: L(", ")) }
}

/// One exchange (or attempt) with the company.
public struct Contact: Codable, Sendable, Equatable {
    public var channel: Channel
    public var direction: ContactDirection
    public var failure: FailureReason?
    /// The rung this contact happened on; nil means the case's rung at that time.
    public var rung: Rung?
    /// The person spoken to (in contacts recorded before format 2: the person or desk).
    public var with: String?
    /// The desk or contact point, as configured or as named: not a person, so never
    /// redacted.
    public var desk: String?
    /// The number they left (a missed call, a voicemail).
    public var number: String?
    /// Seconds spent on hold or waiting.
    public var held: TimeInterval?
    /// Seconds the exchange lasted (not counting hold).
    public var took: TimeInterval?
    public var note: String?
    /// The Message-ID (without its angle brackets) of the e-mail this contact was logged
    /// from (`ladder mail`): later mails in its thread find the case by it, and the same
    /// mail is never logged twice.
    public var messageId: String?

    public init(channel: Channel, direction: ContactDirection, failure: FailureReason? = nil,
                rung: Rung? = nil, with: String? = nil, desk: String? = nil, number: String? = nil,
                held: TimeInterval? = nil, took: TimeInterval? = nil, note: String? = nil, messageId: String? = nil) {
        self.channel = channel
        self.direction = direction
        self.failure = failure
        self.rung = rung
        self.with = with
        self.desk = desk
        self.number = number
        self.held = held
        self.took = took
        self.note = note
        self.messageId = messageId
    }

    /// A successful exchange, either way. Failed attempts and missed calls are not progress.
    public var reached: Bool { direction == .outgoing || direction == .incoming }
}
