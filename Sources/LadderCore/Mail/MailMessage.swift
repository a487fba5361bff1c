import Foundation

/// One e-mail as ladder needs it: who wrote to whom and when, how it threads, whether a
/// machine sent it, whether it reports a bounce, and its text. Read from the bytes of
/// an RFC 5322 message (an .eml file, a mail client's pipe, a Maildir file).
public struct MailMessage: Sendable {
    /// Message-ID without its angle brackets.
    public var messageId: String?
    /// The first id of In-Reply-To: the message this one answers.
    public var inReplyTo: String?
    /// References, oldest first.
    public var references: [String]
    /// The Date header; nil when it is missing or cannot be read (a note says which).
    public var date: Date?
    public var from: MailAddress?
    public var to: [MailAddress]
    public var cc: [MailAddress]
    public var replyTo: [MailAddress]
    /// Decoded, its blanks and line breaks collapsed ("" when there is none).
    public var subject: String
    /// Sent by a machine in answer (an acknowledgement, an absence notice).
    public var autoReply: Bool { autoReplyRule != nil }
    /// Which rule said so, e.g. `Auto-Submitted: auto-replied` or `Subject: 自動返信`.
    public var autoReplyRule: String?
    /// The delivery-status report, when this message is one.
    public var bounce: Bounce?
    /// The body as text: text/plain preferred, HTML turned into text, line ends as LF.
    public var text: String
    /// The attachments' file names, decoded (the files themselves are not kept).
    public var attachments: [String]
    /// What was repaired or guessed while reading (charset fallbacks, an unreadable date).
    public var notes: [MailNote]

    let headerBlock: HeaderBlock

    /// The largest message read: mail a person sends and a help desk answers is far
    /// smaller; larger input is something else, and is refused before any work.
    public static let sizeLimit = 20 * 1024 * 1024
    /// The longest line anywhere in a message.
    public static let lineLimit = 1024 * 1024

    public static func parse(bytes: [UInt8]) throws(MailError) -> MailMessage {
        guard bytes.count <= sizeLimit else { throw .tooLarge(bytes: bytes.count, limit: sizeLimit) }
        guard bytes.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D && $0 != 0x0A }) else { throw .empty }
        try checkLines(bytes)
        var budget = MIMEPart.Budget()
        let root = try MIMEPart.parse(bytes, path: "", strict: true, depth: 0, budget: &budget)
        return MailMessage(root: root, notes: budget.notes)
    }

    /// The same, from a file's contents.
    public static func parse(data: Data) throws(MailError) -> MailMessage {
        try parse(bytes: [UInt8](data))
    }

    init(root: MIMEPart, notes: [MailNote]) {
        var notes = notes
        let h = root.header
        headerBlock = h
        messageId = h.raw("Message-ID").flatMap { MessageIDs.parse($0).first }
        inReplyTo = h.raw("In-Reply-To").flatMap { MessageIDs.parse($0).first }
        references = h.raw("References").map(MessageIDs.parse) ?? []
        if let d = h.raw("Date") {
            date = MailDate.parse(d)
            if date == nil { notes.append(.unreadableDate(HeaderText.collapsed(d))) }
        }
        from = h.raw("From").flatMap { AddressList.parse($0, notes: &notes).first }
            ?? h.raw("Sender").flatMap { AddressList.parse($0, notes: &notes).first }
        to = h.all("To").flatMap { AddressList.parse($0, notes: &notes) }
        cc = h.all("Cc").flatMap { AddressList.parse($0, notes: &notes) }
        replyTo = h.all("Reply-To").flatMap { AddressList.parse($0, notes: &notes) }
        subject = h.raw("Subject").map { HeaderText.collapsed(EncodedWords.decode($0, notes: &notes)) } ?? ""
        autoReplyRule = AutoReply.rule(header: h, subject: subject)
        bounce = Bounce.find(in: root, notes: &notes)
        let body = BodyText.of(root)
        text = body.text
        attachments = body.attachments
        self.notes = notes + body.notes
    }

    /// A header field's value, unfolded and with encoded words decoded; nil when absent.
    /// For what the parser does not read itself (`X-Mailer`, a desk's `X-Ticket-ID`).
    public func header(_ name: String) -> String? {
        var ignored: [MailNote] = []
        return headerBlock.raw(name).map { HeaderText.collapsed(EncodedWords.decode($0, notes: &ignored)) }
    }

    /// The first `limit` lines of what the sender wrote: quoted text, signatures and
    /// greeting formulae removed (Docs/Mail.md, "Meaningful lines").
    public func meaningfulLines(limit: Int = 5) -> [String] {
        MeaningfulLines.of(text, limit: limit)
    }

    /// Refuses a line longer than `lineLimit`: such input is binary, not mail.
    static func checkLines(_ bytes: [UInt8]) throws(MailError) {
        var start = 0
        var line = 1
        for (i, b) in bytes.enumerated() where b == 0x0A {
            if i - start > lineLimit { throw .lineTooLong(line: line, bytes: i - start, limit: lineLimit) }
            start = i + 1
            line += 1
        }
        if bytes.count - start > lineLimit { throw .lineTooLong(line: line, bytes: bytes.count - start, limit: lineLimit) }
    }
}
