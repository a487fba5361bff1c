/// One MIME entity and what it holds: sub-parts for a multipart, the message for a
/// message/rfc822, decoded bytes for anything else. Built once with limits on size,
/// depth and the number of parts, so a hostile message costs time linear in its size.
struct MIMEPart: Sendable {
    /// "" for the message itself, "1", "1.2" … as mail clients number parts.
    var path: String
    var header: HeaderBlock
    /// `text/plain` when the header names none (message/rfc822 inside multipart/digest).
    var contentType: HeaderParameters
    var disposition: HeaderParameters?
    /// The body after its transfer encoding is undone (leaves only).
    var body: [UInt8] = []
    var children: [MIMEPart] = []

    var type: String { contentType.value }
    var isMultipart: Bool { type.hasPrefix("multipart/") }

    /// The attachment's file name: Content-Disposition's filename, else Content-Type's name.
    var fileName: String? {
        let name = disposition?["filename"] ?? contentType["name"]
        return name.map(HeaderText.collapsed).flatMap { $0.isEmpty ? nil : $0 }
    }

    var isAttachment: Bool { disposition?.value == "attachment" || (fileName != nil && disposition?.value != "inline") }

    struct Limits {
        var depth = 12
        var parts = 1000
    }

    /// Counts parts across the whole tree.
    struct Budget {
        var limits = Limits()
        var parts = 0
        var notes: [MailNote] = []
    }

    static func parse(_ bytes: [UInt8], path: String, strict: Bool, defaultType: String = "text/plain",
                      depth: Int, budget: inout Budget) throws(MailError) -> MIMEPart {
        budget.parts += 1
        guard budget.parts <= budget.limits.parts else { throw .tooManyParts(limit: budget.limits.parts) }
        guard depth <= budget.limits.depth else { throw .tooDeep(part: path, limit: budget.limits.depth) }
        let (header, bodyStart) = try HeaderBlock.parse(bytes, strict: strict)
        let contentType = header.raw("Content-Type").map { HeaderParameters($0, notes: &budget.notes) }
        var type = contentType ?? HeaderParameters(value: defaultType)
        if !type.value.contains("/") { type = HeaderParameters(value: "text/plain", parameters: type.parameters) }
        var part = MIMEPart(path: path, header: header, contentType: type,
                            disposition: header.raw("Content-Disposition").map { HeaderParameters($0, notes: &budget.notes) })
        let body = Array(bytes[bodyStart...])
        let encoding = HeaderText.collapsed(header.raw("Content-Transfer-Encoding") ?? "").lowercased()
        if part.isMultipart {
            guard let boundary = type["boundary"], !boundary.isEmpty else { throw .missingBoundary(part: path) }
            let pieces = try Multipart.split(body, boundary: boundary, part: path, notes: &budget.notes)
            let childDefault = type.value == "multipart/digest" ? "message/rfc822" : "text/plain"
            for (n, piece) in pieces.enumerated() {
                let childPath = path.isEmpty ? "\(n + 1)" : "\(path).\(n + 1)"
                part.children.append(try parse(piece, path: childPath, strict: false, defaultType: childDefault,
                                               depth: depth + 1, budget: &budget))
            }
        } else {
            part.body = try decoded(body, encoding: encoding, part: path)
            if part.type == "message/rfc822" || part.type == "message/global" {
                // The enclosed message, read as a message; if it is not one, it stays bytes.
                if let inner = try? parse(part.body, path: path.isEmpty ? "1" : "\(path).1", strict: false,
                                          depth: depth + 1, budget: &budget) {
                    part.children = [inner]
                }
            }
        }
        return part
    }

    /// The body with its Content-Transfer-Encoding undone.
    static func decoded(_ body: [UInt8], encoding: String, part: String) throws(MailError) -> [UInt8] {
        switch encoding {
        case "base64":
            guard let bytes = Base64.decodeStrict(body) else { throw .badBase64(part: part) }
            return bytes
        case "quoted-printable":
            return QuotedPrintable.decode(body)
        default:
            return body
        }
    }

    /// The body as text in its charset (an HTML part's own `<meta charset>` when the
    /// header names none).
    func text(notes: inout [MailNote]) -> String {
        var label = contentType["charset"]
        if label == nil, type == "text/html" { label = HTMLCharset.declared(in: body) }
        let decoded = Charset.decode(body, label: label)
        notes += decoded.notes
        return LineEnds.normalised(decoded.text)
    }
}

/// `<meta charset="…">` or `<meta http-equiv … content="text/html; charset=…">` near
/// the start of an HTML body.
enum HTMLCharset {
    static func declared(in body: [UInt8]) -> String? {
        let head = String(decoding: body.prefix(2048).map { $0 < 0x80 ? $0 : 0x20 }, as: UTF8.self).lowercased()
        guard let r = head.range(of: "charset=") else { return nil }
        let label = head[r.upperBound...].drop { $0 == "\"" || $0 == "'" || $0 == " " }
            .prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == ":" || $0 == "." }
        return label.isEmpty ? nil : String(label)
    }
}

enum LineEnds {
    /// CRLF and lone CR as LF.
    static func normalised(_ text: String) -> String {
        guard text.contains("\r") else { return text }
        return text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }
}
