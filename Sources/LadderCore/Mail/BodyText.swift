/// What a reader sees of a MIME tree: the text (text/plain preferred in a
/// multipart/alternative, an HTML part turned into text when it is the only choice),
/// and the names of the attachments.
struct BodyText {
    var text = ""
    var attachments: [String] = []
    var notes: [MailNote] = []

    static func of(_ root: MIMEPart) -> BodyText {
        var body = BodyText()
        var texts: [String] = []
        body.collect(root, into: &texts, inReport: false)
        body.text = texts.filter { !$0.isEmpty }.joined(separator: "\n\n")
        return body
    }

    mutating func collect(_ part: MIMEPart, into texts: inout [String], inReport: Bool) {
        if part.isMultipart {
            switch part.type {
            case "multipart/alternative":
                if let chosen = Self.preferred(part.children) {
                    collect(chosen, into: &texts, inReport: false)
                }
                // The other choices are the same text; attachments in them still count.
                for child in part.children where child.path != Self.preferred(part.children)?.path {
                    var ignored: [String] = []
                    var copy = BodyText()
                    copy.collect(child, into: &ignored, inReport: false)
                    attachments += copy.attachments
                }
            case "multipart/report":
                // The first part is for people; the report and the returned message are
                // read by Bounce, not shown as text or attachments.
                if let first = part.children.first { collect(first, into: &texts, inReport: false) }
                for child in part.children.dropFirst() where child.fileName != nil && !Self.isReportPart(child) {
                    attachments.append(child.fileName!)
                }
            default:
                for child in part.children { collect(child, into: &texts, inReport: inReport) }
            }
            return
        }
        if part.isAttachment {
            if let name = part.fileName {
                attachments.append(name)
            } else if part.type == "message/rfc822", let inner = part.children.first {
                attachments.append(Self.messageName(inner, notes: &notes))
            } else {
                attachments.append(part.type)
            }
            return
        }
        switch part.type {
        case "text/plain", "text/enriched", "text/markdown":
            texts.append(part.text(notes: &notes))
        case "text/html":
            texts.append(HTMLText.plain(part.text(notes: &notes)))
        case "message/rfc822", "message/global":
            // A forwarded message inline: named like an attachment, as clients show it.
            if let inner = part.children.first { attachments.append(Self.messageName(inner, notes: &notes)) }
        default:
            // Inline images of an HTML mail have no name and are no attachment to speak of.
            if let name = part.fileName { attachments.append(name) }
        }
    }

    /// The part of an alternative to show: the last text/plain one, else the last HTML,
    /// else the last one (it may be a multipart/related holding the HTML).
    static func preferred(_ choices: [MIMEPart]) -> MIMEPart? {
        choices.last { $0.type == "text/plain" && !$0.isAttachment }
            ?? choices.last { $0.isMultipart && containsPlain($0) }
            ?? choices.last { $0.type == "text/html" }
            ?? choices.last
    }

    static func containsPlain(_ part: MIMEPart) -> Bool {
        part.type == "text/plain" || part.children.contains { $0.isMultipart && containsPlain($0) || $0.type == "text/plain" }
    }

    static func isReportPart(_ part: MIMEPart) -> Bool {
        ["message/delivery-status", "message/global-delivery-status", "message/rfc822", "message/global",
         "text/rfc822-headers", "message/global-headers", "message/disposition-notification"].contains(part.type)
    }

    /// An attached message without a file name, named by its subject.
    static func messageName(_ message: MIMEPart, notes: inout [MailNote]) -> String {
        let subject = message.header.raw("Subject").map { HeaderText.collapsed(EncodedWords.decode($0, notes: &notes)) } ?? ""
        return (subject.isEmpty ? "message" : subject) + ".eml"
    }
}
