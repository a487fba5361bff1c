import Foundation

/// A delivery-status notification (RFC 3464): a multipart/report whose
/// message/delivery-status part says, per recipient, what became of a message, usually
/// with the message or its header returned in the last part.
public struct Bounce: Sendable, Equatable {
    public struct Recipient: Sendable, Equatable {
        /// Final-Recipient without its type (`rfc822;`).
        public var finalRecipient: String
        /// failed, delayed, delivered, relayed or expanded (lower-cased).
        public var action: String
        /// The enhanced status code, e.g. 5.1.1.
        public var status: String
        /// Diagnostic-Code without its type (`smtp;`): the remote server's words.
        public var diagnostic: String?
    }

    /// Every recipient the report speaks of, in order.
    public var recipients: [Recipient]
    public var reportingMTA: String?
    /// What is known of the message that bounced (from the returned message or header).
    public var originalMessageId: String?
    public var originalSubject: String?
    public var originalTo: [MailAddress]

    /// The recipient that matters: the first that failed, else the first.
    public var recipient: Recipient? { recipients.first { $0.action == "failed" } ?? recipients.first }
    public var finalRecipient: String? { recipient?.finalRecipient }
    public var action: String? { recipient?.action }
    public var status: String? { recipient?.status }
    public var diagnostic: String? { recipient?.diagnostic }
    /// A permanent failure (a 5.x.x status or the action `failed`), not a delay.
    public var isFailure: Bool { recipient.map { $0.action == "failed" || $0.status.hasPrefix("5") } ?? false }

    /// The report in `root`, if it is one: a message/delivery-status part anywhere
    /// outside enclosed messages (some servers leave out the multipart/report wrapper).
    static func find(in root: MIMEPart, notes: inout [MailNote]) -> Bounce? {
        guard let (report, siblings) = statusPart(in: root) else { return nil }
        var bounce = Bounce(recipients: [], reportingMTA: nil, originalMessageId: nil, originalSubject: nil, originalTo: [])
        var groups = groupsOf(report.body)
        if let first = groups.first, first.raw("Final-Recipient") == nil {
            bounce.reportingMTA = first.raw("Reporting-MTA").map(value)
            groups.removeFirst()
        }
        for group in groups {
            guard let final = group.raw("Final-Recipient") ?? group.raw("Original-Recipient") else { continue }
            bounce.recipients.append(Recipient(
                finalRecipient: value(final),
                action: HeaderText.collapsed(group.raw("Action") ?? "").lowercased(),
                status: HeaderText.collapsed(MailDate.withoutComments(group.raw("Status") ?? "")),
                diagnostic: group.raw("Diagnostic-Code").map(value).flatMap { $0.isEmpty ? nil : $0 }))
        }
        if let original = siblings.first(where: isOriginal) {
            let header = original.children.first?.header
                ?? (try? HeaderBlock.parse(original.body, strict: false).0)
            if let header {
                bounce.originalMessageId = header.raw("Message-ID").flatMap { MessageIDs.parse($0).first }
                bounce.originalSubject = header.raw("Subject").map { HeaderText.collapsed(EncodedWords.decode($0, notes: &notes)) }
                bounce.originalTo = header.all("To").flatMap { AddressList.parse($0, notes: &notes) }
            }
        }
        return bounce
    }

    static func isOriginal(_ part: MIMEPart) -> Bool {
        ["message/rfc822", "message/global", "text/rfc822-headers", "message/global-headers"].contains(part.type)
    }

    /// The delivery-status part and the parts beside it.
    static func statusPart(in part: MIMEPart) -> (MIMEPart, [MIMEPart])? {
        for child in part.children where part.isMultipart {
            if child.type == "message/delivery-status" || child.type == "message/global-delivery-status" {
                return (child, part.children)
            }
            if child.isMultipart, let found = statusPart(in: child) { return found }
        }
        return nil
    }

    /// The status body's groups of fields, separated by blank lines.
    static func groupsOf(_ body: [UInt8]) -> [HeaderBlock] {
        var groups: [HeaderBlock] = []
        var i = 0
        while i < body.count, groups.count < 200 {
            // Blank lines between groups are skipped.
            if body[i] == 0x0D || body[i] == 0x0A { i += 1; continue }
            guard let (block, next) = try? HeaderBlock.parse(body, from: i, strict: false) else { break }
            if !block.fields.isEmpty { groups.append(block) }
            // A line that is no field is skipped, so every turn moves on.
            i = next > i ? next : (body[i...].firstIndex(of: 0x0A) ?? body.count) + 1
        }
        return groups
    }

    /// `rfc822; user@example.jp` → `user@example.jp`.
    static func value(_ field: String) -> String {
        let text = HeaderText.collapsed(field)
        guard let semi = text.firstIndex(of: ";") else { return text }
        return String(text[text.index(after: semi)...]).trimmingCharacters(in: .whitespaces)
    }
}
