import Foundation

/// `export --redact`: staff names, e-mail addresses and phone numbers replaced with
/// placeholders that stay the same for the same person or address throughout (the same
/// person is always "Agent A"). The company's own name is kept. Staff names are the ones
/// the case records (a contact's person or desk, a promise's who), wherever they appear,
/// notes included; a name that only ever appears inside free text cannot be known.
public struct Redactor {
    public struct Replacement: Sendable, Equatable {
        public var original: String
        public var placeholder: String
        public var count: Int
    }

    private var names: [(name: String, placeholder: String)] = []
    private var placeholders: [String: String] = [:]  // normalised email or phone -> placeholder
    private var counts: [String: (original: String, placeholder: String, count: Int)] = [:]  // by original, as met
    private var order: [String] = []
    private let keep: String
    private var emails = 0, phones = 0

    /// `names` in order of first appearance; `keep` is the company's name. A name whose
    /// words are all in a longer one ("Sato" in "Sato Hanako") is taken for the same
    /// person and gets the same placeholder.
    public init(names: [String], keep: String) {
        self.keep = keep
        var unique: [String] = []
        for raw in names {
            let name = raw.trimmingCharacters(in: .whitespacesAndNewlines)
            guard name.count >= 2, name.lowercased() != keep.lowercased(),
                  !unique.contains(where: { $0.lowercased() == name.lowercased() }) else { continue }
            unique.append(name)
        }
        func words(_ s: String) -> Set<String> { Set(s.lowercased().split(whereSeparator: \.isWhitespace).map(String.init)) }
        var groups: [Int] = []  // for each name, the first name of its person
        for (i, name) in unique.enumerated() {
            let w = words(name)
            let same = unique.indices.first { j in j < i && (words(unique[j]).isSubset(of: w) || w.isSubset(of: words(unique[j]))) }
            groups.append(same.map { groups[$0] } ?? i)
        }
        var letters: [Int: String] = [:]
        for (i, name) in unique.enumerated() {
            let group = groups[i]
            if letters[group] == nil { letters[group] = "Agent " + Self.letters(letters.count) }
            self.names.append((name, letters[group]!))
        }
        // Longer names first, so "Sato Hanako" is not left as "Agent A Hanako".
        self.names.sort { $0.name.count > $1.name.count }
    }

    /// What was replaced, in the order first met: for the list on standard error.
    public var replaced: [Replacement] {
        order.map { k in Replacement(original: counts[k]!.original, placeholder: counts[k]!.placeholder, count: counts[k]!.count) }
    }

    public mutating func redact(_ text: String) -> String {
        // The company's name is kept wherever it stands: only the text around it changes.
        guard !keep.isEmpty, text.contains(keep) else { return redactPiece(text) }
        return text.components(separatedBy: keep).map { redactPiece($0) }.joined(separator: keep)
    }

    private mutating func redactPiece(_ text: String) -> String {
        var out = text
        out = replace(Self.email, in: out) { me, found in me.placeholder(for: found.lowercased(), email: true) }
        out = replace(Self.phone, in: out) { me, found in
            let digits = found.filter(\.isNumber)
            // A date written with dashes is not a phone number.
            guard digits.count >= 9, found.range(of: #"^\d{4}-\d{2}-\d{2}"#, options: .regularExpression) == nil else { return nil }
            return me.placeholder(for: "tel:" + digits, email: false)
        }
        for (name, placeholder) in names {
            var result = ""
            var rest = out[...]
            while let r = rest.range(of: name, options: [.caseInsensitive]) {
                result += rest[..<r.lowerBound] + placeholder
                note(placeholder, original: name)
                rest = rest[r.upperBound...]
            }
            out = result + rest
        }
        return out
    }

    /// The same address or number always gets the same placeholder.
    private mutating func placeholder(for key: String, email: Bool) -> String {
        if let p = placeholders[key] { return p }
        let p: String
        if email { emails += 1; p = "[email \(emails)]" } else { phones += 1; p = "[phone \(phones)]" }
        placeholders[key] = p
        return p
    }

    private mutating func note(_ placeholder: String, original: String) {
        let key = original.lowercased()
        if counts[key] == nil { order.append(key); counts[key] = (original, placeholder, 0) }
        counts[key]!.count += 1
    }

    /// Replaces each match with what `with` gives (nil: leave it).
    private mutating func replace(_ pattern: NSRegularExpression, in text: String,
                                  with: (inout Redactor, String) -> String?) -> String {
        let ns = text as NSString
        var out = ""
        var last = 0
        for m in pattern.matches(in: text, range: NSRange(location: 0, length: ns.length)) {
            let found = ns.substring(with: m.range)
            guard let p = with(&self, found) else { continue }
            note(p, original: found)
            out += ns.substring(with: NSRange(location: last, length: m.range.location - last)) + p
            last = m.range.location + m.range.length
        }
        return out + ns.substring(from: last)
    }

    static let email = try! NSRegularExpression(pattern: #"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"#)
    /// Digits with the usual separators, 9 digits or more: 03-1234-5678, +44 20 7946 0000, 0120(123)456.
    static let phone = try! NSRegularExpression(pattern: #"(?<![\w])\+?\d[\d\- ().]{6,}\d(?![\w])"#)

    /// A, B, ..., Z, AA, AB, ...
    static func letters(_ n: Int) -> String {
        var n = n, out = ""
        repeat {
            out = String(UnicodeScalar(UInt8(65 + n % 26))) + out
            n = n / 26 - 1
        } while n >= 0
        return out
    }
}
