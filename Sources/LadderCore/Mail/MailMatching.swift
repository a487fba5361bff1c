import Foundation

/// What a mail is to ladder, read from the message alone and the user's addresses.
public enum MailKind: Sendable, Equatable {
    /// The user wrote it (From is one of `me.addresses`).
    case sent
    /// A person at the company wrote to the user.
    case answer
    /// A machine answered (an acknowledgement, an absence notice): logged, settles nothing.
    case acknowledgement(rule: String)
    /// A delivery-status report of a permanent failure: a failed attempt.
    case bounce(Bounce)
    /// A report that delivery is only delayed (4.x.x): not a failure yet, nothing recorded.
    case delay(Bounce)

    public static func of(_ message: MailMessage, myAddresses: [String]) -> MailKind {
        if let b = message.bounce { return b.isFailure ? .bounce(b) : .delay(b) }
        if let from = message.from, MailMatching.contains(myAddresses, from.address) { return .sent }
        if let rule = message.autoReplyRule { return .acknowledgement(rule: rule) }
        return .answer
    }
}

/// How a mail finds its case (Docs/Mail.md, "Which case"): the rules in order, each
/// saying why it matched.
public struct MailMatch: Sendable, Equatable {
    public enum Rule: Sendable, Equatable {
        /// `--case N`.
        case given
        /// A Message-ID of this mail's thread (its In-Reply-To or References) was logged
        /// on the case.
        case thread(header: String, id: String)
        /// The bounced mail's Message-ID was logged on the case.
        case bounced(id: String)
        /// One of the case's references was found in the subject or the body.
        case reference(String)
        /// An address of the mail belongs to a contact point of the case's organisation.
        case contactPoint(organisation: String, point: String, address: String)
    }

    public var caseNumber: Int
    public var rule: Rule

    public init(caseNumber: Int, rule: Rule) {
        self.caseNumber = caseNumber
        self.rule = rule
    }

    /// `matched by In-Reply-To <…>, logged on this case`.
    public var explanation: String {
        let safe = TerminalText.line
        switch rule {
        case .given: return L("case given with --case")
        case let .thread(header, id): return L("matched by \(header) <\(safe(id))>, a mail logged on this case")
        case let .bounced(id): return L("matched by the bounced mail <\(safe(id))>, logged on this case")
        case let .reference(ref): return L("matched by the reference \(safe(ref)) in the mail")
        case let .contactPoint(org, point, address):
            return L("matched by \(safe(address)): \(safe(point)) of \(safe(org))")
        }
    }
}

/// The outcome of matching a mail against the store.
public enum MailMatchResult: Sendable, Equatable {
    case matched(MailMatch)
    /// The mail's own Message-ID is already logged on this case.
    case duplicate(caseNumber: Int)
    /// No rule found one case: the cases that came closest (or the open ones).
    case unmatched(candidates: [Int], why: String)
}

public enum MailMatching {
    /// A mailbox address as written in a config: something@something.
    public static func isAddress(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        return parts.count == 2 && !parts[0].isEmpty && isDomain(String(parts[1])) && !text.contains(where: \.isWhitespace)
    }

    /// A mail domain: labels with dots, no `@`, no blanks.
    public static func isDomain(_ text: String) -> Bool {
        !text.isEmpty && !text.contains("@") && !text.contains(where: \.isWhitespace)
            && !text.hasPrefix(".") && !text.hasSuffix(".") && !text.contains("..")
    }

    /// Addresses compare without regard to case (the local part is case-sensitive by the
    /// RFC, but no mail system treats it so).
    static func contains(_ list: [String], _ address: String) -> Bool {
        let a = address.lowercased()
        return list.contains { $0.lowercased() == a }
    }

    /// Whether `domain` is `configured` or one of its subdomains.
    static func domain(_ domain: String, isWithin configured: String) -> Bool {
        let d = domain.lowercased(), c = configured.lowercased()
        return d == c || d.hasSuffix("." + c)
    }

    /// Text as references are compared: compatibility-folded (full-width digits and
    /// letters, ：and －), dashes made one, lower case.
    public static func folded(_ text: String) -> String {
        var out = text.precomposedStringWithCompatibilityMapping.lowercased()
        for dash in ["\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2015}", "\u{2212}"] {
            out = out.replacingOccurrences(of: dash, with: "-")
        }
        return out
    }

    /// The parts of a reference that identify it: its runs of ASCII letters, digits and
    /// `-` holding at least three digits (`C-1234` → `c-1234`, `受付番号：1234567` →
    /// `1234567`). A reference without such a run is not looked for.
    public static func referenceKeys(_ reference: String) -> [String] {
        var keys: [String] = []
        var run = ""
        func end() {
            let t = run.trimmingCharacters(in: CharacterSet(charactersIn: "-"))
            if t.count >= 4, t.filter(\.isNumber).count >= 3, !keys.contains(t) { keys.append(t) }
            run = ""
        }
        for ch in folded(reference) {
            if ch.isASCII, ch.isLetter || ch.isNumber || ch == "-" { run.append(ch) } else { end() }
        }
        end()
        return keys
    }

    /// Whether a reference appears in folded text as a whole token: `1234567` is not
    /// found in `91234567` or `1234567-2`.
    public static func mentions(_ foldedText: String, reference: String) -> Bool {
        let keys = referenceKeys(reference)
        guard !keys.isEmpty else { return false }
        return keys.allSatisfy { key in
            foldedText.ranges(of: key).contains { r in
                let before = r.lowerBound == foldedText.startIndex ? nil : foldedText[foldedText.index(before: r.lowerBound)]
                let after = r.upperBound == foldedText.endIndex ? nil : foldedText[r.upperBound]
                func joins(_ c: Character?) -> Bool { c.map { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") } ?? false }
                return !joins(before) && !joins(after)
            }
        }
    }

    /// The contact points an address belongs to, across the organisations: those whose
    /// `email` is the address first, then those whose `domains` hold its domain (the
    /// longest domain first).
    public static func contactPoints(for address: String, in config: Config) -> [(organisation: Organisation, point: ContactPoint)] {
        var exact: [(Organisation, ContactPoint)] = []
        var byDomain: [(Organisation, ContactPoint, Int)] = []
        let domain = MailAddress(address: address).domain
        for org in config.organisations {
            for point in org.contactPoints {
                if let e = point.email, e.lowercased() == address.lowercased() {
                    exact.append((org, point))
                } else if let d = point.domains.filter({ MailMatching.domain(domain, isWithin: $0) }).map(\.count).max() {
                    byDomain.append((org, point, d))
                }
            }
        }
        return exact.map { (organisation: $0.0, point: $0.1) }
            + byDomain.sorted { $0.2 > $1.2 }.map { (organisation: $0.0, point: $0.1) }
    }

    /// The addresses of the other side: whom the user wrote to, or who wrote to the
    /// user; for a bounce, where the bounced mail was going.
    public static func otherSide(of message: MailMessage, kind: MailKind) -> [String] {
        var out: [String] = []
        switch kind {
        case .sent: out = (message.to + message.cc).map(\.address)
        case .answer, .acknowledgement: out = ([message.from].compactMap { $0 } + message.replyTo).map(\.address)
        case let .bounce(b), let .delay(b): out = b.originalTo.map(\.address) + b.recipients.map(\.finalRecipient)
        }
        var seen = Set<String>()
        return out.filter { seen.insert($0.lowercased()).inserted }
    }

    /// The first contact point of `organisation` that one of the addresses belongs to.
    public static func point(of organisation: Organisation?, for addresses: [String], in config: Config) -> (point: ContactPoint, address: String)? {
        guard let organisation else { return nil }
        for a in addresses {
            if let hit = contactPoints(for: a, in: config).first(where: { $0.organisation.name == organisation.name }) {
                return (hit.point, a)
            }
        }
        return nil
    }

    /// Finds the case of a mail among `cases`, by the rules in order: its thread, a
    /// reference, a contact point's address. `given` (`--case`) wins over them all,
    /// except that a mail already logged is said to be so.
    public static func match(_ message: MailMessage, kind: MailKind, cases: [CaseState], config: Config, given: Int? = nil) -> MailMatchResult {
        let live = cases.filter { $0.status != .withdrawn }
        // Every Message-ID logged, and the case it is on.
        var logged: [String: Int] = [:]
        for state in live {
            for id in state.loggedMessageIds where logged[id] == nil { logged[id] = state.number }
        }
        if let id = message.messageId, let n = logged[id] { return .duplicate(caseNumber: n) }
        if let given { return .matched(MailMatch(caseNumber: given, rule: .given)) }

        // 1. The thread.
        if case let .bounce(b) = kind, let id = b.originalMessageId, let n = logged[id] {
            return .matched(MailMatch(caseNumber: n, rule: .bounced(id: id)))
        }
        var thread: [(String, String)] = message.inReplyTo.map { [("In-Reply-To", $0)] } ?? []
        thread += message.references.reversed().map { ("References", $0) }
        for (header, id) in thread {
            if let n = logged[id] { return .matched(MailMatch(caseNumber: n, rule: .thread(header: header, id: id))) }
        }

        // 2. A reference of a case in the subject or the body.
        var text = message.subject + "\n" + message.text
        if case let .bounce(b) = kind { text += "\n" + (b.originalSubject ?? "") }
        let folded = folded(text)
        var byReference: [(Int, String)] = []
        for state in live {
            if let ref = state.details.references.first(where: { mentions(folded, reference: $0) }) {
                byReference.append((state.number, ref))
            }
        }
        // 3. An address of a contact point, among the open cases of its organisation.
        let addresses = otherSide(of: message, kind: kind)
        var byPoint: [(Int, String, String, String)] = []
        for a in addresses {
            for hit in contactPoints(for: a, in: config) {
                for state in live where state.isOpen && hit.organisation.answers(to: state.details.organisation) {
                    if !byPoint.contains(where: { $0.0 == state.number }) {
                        byPoint.append((state.number, hit.organisation.name, hit.point.name, a))
                    }
                }
            }
            if !byPoint.isEmpty { break }
        }
        if byReference.count == 1 {
            return .matched(MailMatch(caseNumber: byReference[0].0, rule: .reference(byReference[0].1)))
        }
        if byReference.count > 1 {
            // Two cases share the reference: the address may tell them apart.
            let both = byPoint.filter { p in byReference.contains { $0.0 == p.0 } }
            if both.count == 1, let r = byReference.first(where: { $0.0 == both[0].0 }) {
                return .matched(MailMatch(caseNumber: r.0, rule: .reference(r.1)))
            }
            return .unmatched(candidates: byReference.map(\.0),
                              why: L("the reference \(TerminalText.line(byReference[0].1)) belongs to more than one case"))
        }
        if byPoint.count == 1 {
            let p = byPoint[0]
            return .matched(MailMatch(caseNumber: p.0, rule: .contactPoint(organisation: p.1, point: p.2, address: p.3)))
        }
        if byPoint.count > 1 {
            return .unmatched(candidates: byPoint.map(\.0),
                              why: L("\(TerminalText.line(byPoint[0].3)) is a contact point of \(TerminalText.line(byPoint[0].1)), which has more than one open case"))
        }
        let open = live.filter(\.isOpen).map(\.number)
        let whom = addresses.isEmpty ? L("no address") : addresses.map(TerminalText.line).joined(separator: L(", "))
        return .unmatched(candidates: open,
                          why: L("no logged mail of its thread, no case reference in it, and no contact point for \(whom)"))
    }
}

extension CaseState {
    /// The Message-IDs of the mails logged on the case (undone ones left out), oldest first.
    public var loggedMessageIds: [String] {
        effectiveTimeline.compactMap { e in
            if case let .contact(c) = e.kind { return c.messageId }
            return nil
        }
    }

    /// The contact event logged from the mail with this Message-ID.
    public func mailEvent(_ messageId: String) -> (event: Event, contact: Contact)? {
        for e in effectiveTimeline {
            if case let .contact(c) = e.kind, c.messageId == messageId { return (e, c) }
        }
        return nil
    }
}
