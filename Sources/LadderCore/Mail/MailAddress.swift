import Foundation

/// One mailbox: `山田 太郎 <taro@example.jp>` is the name 山田 太郎 and the address.
public struct MailAddress: Sendable, Equatable, Hashable, Codable, CustomStringConvertible {
    /// The display name, decoded; nil when the header gives none.
    public var name: String?
    /// As written in the header, without the angle brackets.
    public var address: String

    public init(name: String? = nil, address: String) {
        self.name = name
        self.address = address
    }

    /// The domain after the last `@`, lower-cased ("" when there is none).
    public var domain: String {
        address.lastIndex(of: "@").map { String(address[address.index(after: $0)...]).lowercased() } ?? ""
    }

    public var description: String { name.map { "\($0) <\(address)>" } ?? address }
}

/// Address lists (From, To, Cc) per RFC 5322, with the obsolete and the sloppy forms
/// mail really uses: `addr (Name)`, groups (`undisclosed-recipients:;`), encoded words
/// inside quotes, a missing closing `>`.
enum AddressList {
    static func parse(_ text: String, notes: inout [MailNote]) -> [MailAddress] {
        var result: [MailAddress] = []
        var phrase = ""
        var angle: String?
        var comment = ""
        var inAngle = false
        var quoted = false
        var escaped = false
        var depth = 0

        func finish() {
            defer { phrase = ""; angle = nil; comment = ""; inAngle = false }
            if let a = angle ?? (inAngle ? "" : nil) {
                let address = route(a).trimmingCharacters(in: .whitespaces)
                guard !address.isEmpty else { return }
                result.append(MailAddress(name: name(phrase, notes: &notes), address: address))
            } else {
                let address = phrase.filter { $0 != " " && $0 != "\t" }
                guard !address.isEmpty else { return }
                result.append(MailAddress(name: name(comment, notes: &notes), address: address))
            }
        }

        for c in text {
            if escaped {
                if inAngle { angle!.append(c) } else if depth > 0 { comment.append(c) } else { phrase.append(c) }
                escaped = false
                continue
            }
            if quoted {
                switch c {
                case "\\": escaped = true
                case "\"": quoted = false
                default: if inAngle { angle!.append(c) } else { phrase.append(c) }
                }
                continue
            }
            if depth > 0 {
                switch c {
                case "\\": escaped = true
                case "(": depth += 1; comment.append(c)
                case ")": depth -= 1; if depth > 0 { comment.append(c) } else { comment.append(" ") }
                default: comment.append(c)
                }
                continue
            }
            switch c {
            case "\"": quoted = true
            case "(": depth = 1
            case "<" where !inAngle: inAngle = true; angle = ""
            case ">" where inAngle: inAngle = false
            case "," where !inAngle: finish()
            case ":" where !inAngle && angle == nil && !phrase.contains("@"): phrase = ""  // a group's name
            case ";" where !inAngle: finish()
            default: if inAngle { angle!.append(c) } else if angle == nil { phrase.append(c) }
            }
        }
        finish()
        return result
    }

    /// Without an obsolete source route (`@relay.example:user@host`).
    static func route(_ address: String) -> String {
        guard address.hasPrefix("@"), let colon = address.firstIndex(of: ":") else { return address }
        return String(address[address.index(after: colon)...])
    }

    /// A display name decoded and tidied; nil when nothing is left.
    static func name(_ raw: String, notes: inout [MailNote]) -> String? {
        let text = HeaderText.collapsed(EncodedWords.decode(HeaderText.collapsed(raw), notes: &notes))
        let trimmed = text.trimmingCharacters(in: CharacterSet(charactersIn: "\"' "))
        return trimmed.isEmpty ? nil : trimmed
    }
}

/// Message identifiers (`<id@host>`) in Message-ID, In-Reply-To and References,
/// without their angle brackets; text between them (old mailers wrote phrases) is skipped.
enum MessageIDs {
    static func parse(_ text: String) -> [String] {
        var ids: [String] = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "<") {
            let after = rest[rest.index(after: open)...]
            guard let close = after.firstIndex(of: ">") else { break }
            let id = after[..<close].filter { !$0.isWhitespace }
            if !id.isEmpty { ids.append(id) }
            rest = after[after.index(after: close)...]
        }
        if ids.isEmpty {
            // Without brackets: a lone token that looks like an id.
            let plain = HeaderText.collapsed(text)
            if !plain.isEmpty, !plain.contains(" "), plain.contains("@") { ids.append(plain) }
        }
        return ids
    }
}
