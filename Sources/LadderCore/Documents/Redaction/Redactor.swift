import Foundation

/// `export --redact`: the people a case names, their e-mail addresses and phone numbers
/// replaced with placeholders that stay the same for the same person or address (the
/// same person is always "Agent A"), for a write-up to publish.
///
/// People are the contacts' persons and the promises' "who" (PersonNames says which of
/// those are desks instead). A person is recognised in every form a reader would: the
/// full name, each part of it alone, in either order, with an honorific or a title. In
/// Latin text a form counts on word boundaries; Japanese has no spaces, so there a short
/// form (a surname alone) counts only where it stands as a name: before an honorific, a
/// title, a particle or punctuation, not inside a longer word (田中角栄ビル). Every other
/// place is reported as a possible name, kept, for the user to decide (`redactAlso`,
/// `keep`). The company, its desks and what the user keeps are never touched.
public struct Redactor {
    public struct Options: Sendable, Equatable {
        /// Words to redact wherever they stand, as people of their own.
        public var redactAlso: [String]
        /// Words never to redact (a place, a building, a product that looks like a name).
        public var keep: [String]
        /// Keep the phone numbers and addresses of the organisation's configured contact points.
        public var keepCompanyNumbers: Bool

        public init(redactAlso: [String] = [], keep: [String] = [], keepCompanyNumbers: Bool = false) {
            self.redactAlso = redactAlso
            self.keep = keep
            self.keepCompanyNumbers = keepCompanyNumbers
        }
    }

    public struct Replacement: Sendable, Equatable {
        public var original: String
        public var placeholder: String
        public var count: Int
    }

    /// A form of a person's name found where it need not be a name, and kept.
    public struct PossibleName: Sendable, Equatable {
        public var form: String
        /// A few characters either side, to find it by.
        public var context: String
        public var count: Int
    }

    /// One way a person's name is written.
    struct Form {
        var text: String
        var placeholder: String
        var latin: Bool
        /// Redacted wherever it stands (a full Japanese name, a word the user named).
        var always: Bool
    }

    private var forms: [Form] = []
    private var protected: [String] = []
    private var companyContacts: Set<String> = []
    private var addresses: [String: String] = [:]  // normalised email or phone -> placeholder
    private var counts: [String: Replacement] = [:]
    private var order: [String] = []
    private var possible: [String: PossibleName] = [:]
    private var possibleOrder: [String] = []
    private var emails = 0, phones = 0

    /// `people` in order of first appearance; `desks` and `organisation` are kept, and so
    /// are `companyAddresses` (phone numbers, e-mail addresses) with `keepCompanyNumbers`.
    public init(people: [String], desks: [String] = [], organisation: String, companyAddresses: [String] = [],
                options: Options = Options()) {
        let keep = options.keep.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
        // The rungs' names too: "escalated technical-desk -> executive" names no one.
        // In every language: a write-up names them in its own.
        let rungs = Rung.allCases.flatMap { r in
            [r.rawValue, r.rawValue.replacingOccurrences(of: "-", with: " ")] + Language.allCases.map { l in Language.$bound.withValue(l) { r.name } }
        }
        protected = ([organisation] + desks + keep + rungs).filter { !$0.isEmpty }.sorted { $0.count > $1.count }
        if options.keepCompanyNumbers { companyContacts = Set(companyAddresses.map(Self.addressKey)) }
        for k in keep { companyContacts.insert(Self.addressKey(k)) }
        let lowerKeep = Set(keep.map { $0.lowercased() })

        // People: bare names, grouped when one is part of another (Sato in Sato Hanako,
        // 佐藤 in 佐藤花子).
        var persons: [[String]] = []
        var alsoNames: Set<String> = []
        // A desk or a role given as a person (`店員`, `network team`) is not one.
        for raw in people.filter({ !PersonNames.isDesk($0) }) + options.redactAlso {
            let name = PersonNames.bare(raw)
            guard name.count >= 2 || PersonNames.isAllCJK(name), !name.isEmpty,
                  name.lowercased() != organisation.lowercased(), !lowerKeep.contains(name.lowercased()) else { continue }
            if options.redactAlso.contains(raw) { alsoNames.insert(name) }
            if let i = persons.firstIndex(where: { $0.contains { Self.samePerson($0, name) } }) {
                if !persons[i].contains(where: { $0.lowercased() == name.lowercased() }) { persons[i].append(name) }
            } else {
                persons.append([name])
            }
        }
        for (i, names) in persons.enumerated() {
            let letter = Self.letters(i)
            let placeholder = L("Agent \(letter)")
            var texts: [(String, Bool)] = []
            for name in names {
                let latin = !name.unicodeScalars.contains(where: PersonNames.isCJK)
                // A whole name is replaced wherever it stands (a Latin one on word boundaries).
                texts.append((name, alsoNames.contains(name) || latin || name.count >= 3))
                let parts = PersonNames.parts(name)
                if latin, parts.count > 1 { texts.append((parts.reversed().joined(separator: " "), true)) }
                for p in parts where p.count >= 2 && !lowerKeep.contains(p.lowercased())
                    && !PersonNames.roleWords.contains(p.lowercased()) { texts.append((p, false)) }
            }
            for (text, always) in texts where !forms.contains(where: { $0.text.lowercased() == text.lowercased() }) {
                let latin = !text.unicodeScalars.contains(where: PersonNames.isCJK)
                forms.append(Form(text: text, placeholder: placeholder, latin: latin, always: always))
            }
        }
        // Longer forms first, so "Sato Hanako" is not left as "Agent A Hanako".
        forms.sort { $0.text.count > $1.text.count }
    }

    static func samePerson(_ a: String, _ b: String) -> Bool {
        let (la, lb) = (a.lowercased(), b.lowercased())
        if la == lb { return true }
        if PersonNames.isAllCJK(a.replacingOccurrences(of: " ", with: "")), PersonNames.isAllCJK(b.replacingOccurrences(of: " ", with: "")) {
            let (ca, cb) = (la.replacingOccurrences(of: " ", with: ""), lb.replacingOccurrences(of: " ", with: ""))
            return ca.hasPrefix(cb) || cb.hasPrefix(ca)
        }
        func words(_ s: String) -> Set<String> { Set(s.split(whereSeparator: \.isWhitespace).map(String.init)) }
        return words(la).isSubset(of: words(lb)) || words(lb).isSubset(of: words(la))
    }

    /// What was replaced, in the order first met: for the list on standard error.
    public var replaced: [Replacement] { order.map { counts[$0]! } }

    /// The forms of names kept because they need not be names there.
    public var possibleNames: [PossibleName] { possibleOrder.map { possible[$0]! } }

    public mutating func redact(_ text: String) -> String {
        var out = replace(Self.email, in: text) { me, found in
            me.companyContacts.contains(Self.addressKey(found)) ? nil : me.placeholder(for: found.lowercased(), email: true)
        }
        out = replacePhones(in: out)
        return redactNames(in: out)
    }

    // MARK: names

    private mutating func redactNames(in text: String) -> String {
        let chars = Array(text)
        var claimed = [Bool](repeating: false, count: chars.count)
        // The company, its desks and what the user keeps are never touched.
        for p in protected { for r in Self.occurrences(of: p, in: chars, caseInsensitive: true) { for i in r { claimed[i] = true } } }
        var hits: [(range: Range<Int>, placeholder: String, original: String)] = []
        for form in forms {
            for r in Self.occurrences(of: form.text, in: chars, caseInsensitive: form.latin) where !r.contains(where: { claimed[$0] }) {
                guard let taken = decide(form, at: r, in: chars) else { continue }
                guard !taken.contains(where: { claimed[$0] }) else { continue }
                for i in taken { claimed[i] = true }
                hits.append((taken, form.placeholder, String(chars[r])))
            }
        }
        hits.sort { $0.range.lowerBound < $1.range.lowerBound }
        var out = ""
        var at = 0
        for h in hits {
            out += String(chars[at..<h.range.lowerBound]) + h.placeholder
            note(h.placeholder, original: h.original)
            at = h.range.upperBound
        }
        return out + String(chars[at...])
    }

    /// The characters to replace when `form` at `r` is a name (with a title before a
    /// Latin name, an honorific after a Japanese one); nil when it need not be one.
    private mutating func decide(_ form: Form, at r: Range<Int>, in chars: [Character]) -> Range<Int>? {
        let before = r.lowerBound > 0 ? chars[r.lowerBound - 1] : nil
        let after = r.upperBound < chars.count ? chars[r.upperBound] : nil
        if form.latin {
            func isWordChar(_ c: Character?) -> Bool { c.map { $0.isASCII && ($0.isLetter || $0.isNumber) } ?? false }
            guard !isWordChar(before), !isWordChar(after) else { return nil }
            // One part of a name alone ("Long" of Will Long) counts as a name only with a
            // capital, as names are written; "before long" is kept and named.
            if !form.always, chars[r.lowerBound].isLowercase { return keepPossible(form, r, chars) }
            // "Mr Tanaka", "Ms. Sato": the title goes with the name.
            var start = r.lowerBound
            let head = String(chars[max(0, start - 5)..<start]).lowercased()
            for title in PersonNames.latinTitles where head.hasSuffix(title + " ") {
                let s = start - title.count - 1
                if s == 0 || !(chars[s - 1].isLetter) { start = s }
                break
            }
            return start..<r.upperBound
        }
        let rest = String(chars[r.upperBound..<min(chars.count, r.upperBound + 4)])
        if let h = PersonNames.honorifics.first(where: { rest.hasPrefix($0) }) {
            return before.map(PersonNames.isKanji) == true && !form.always ? keepPossible(form, r, chars) : r.lowerBound..<(r.upperBound + h.count)
        }
        if form.always { return r }
        // A surname alone: only where it stands as a name.
        if before.map(PersonNames.isKanji) == true { return keepPossible(form, r, chars) }
        let standsAlone = after == nil || after!.isWhitespace || after!.isPunctuation || after!.isASCII
            || "、。，．！？「」『』（）・：".contains(after!)
            || PersonNames.titles.contains(where: { rest.hasPrefix($0) })
            || PersonNames.particles.contains(where: { rest.hasPrefix($0) })
            || rest.hasPrefix("です")
            || (rest.hasPrefix("の") && PersonNames.roleAfterNo.contains { String(rest.dropFirst()).hasPrefix($0) })
        return standsAlone ? r : keepPossible(form, r, chars)
    }

    private mutating func keepPossible(_ form: Form, _ r: Range<Int>, _ chars: [Character]) -> Range<Int>? {
        let context = String(chars[max(0, r.lowerBound - 4)..<min(chars.count, r.upperBound + 4)])
        let key = form.text + "\u{0}" + context
        if possible[key] == nil { possibleOrder.append(key); possible[key] = PossibleName(form: form.text, context: context, count: 0) }
        possible[key]!.count += 1
        return nil
    }

    static func occurrences(of needle: String, in chars: [Character], caseInsensitive: Bool) -> [Range<Int>] {
        let n = Array(caseInsensitive ? needle.lowercased() : needle)
        guard !n.isEmpty, n.count <= chars.count else { return [] }
        let hay = caseInsensitive ? chars.map { Character($0.lowercased()) } : chars
        var out: [Range<Int>] = []
        var i = 0
        while i + n.count <= hay.count {
            if hay[i] == n[0], Array(hay[i..<(i + n.count)]) == n {
                out.append(i..<(i + n.count))
                i += n.count
            } else {
                i += 1
            }
        }
        return out
    }

    // MARK: addresses and numbers

    /// Phone numbers in any of the ways they are written, full-width digits and dashes
    /// too, wherever they stand (between kana as well).
    private mutating func replacePhones(in text: String) -> String {
        // Matched on a copy with full-width digits and dashes made ASCII, one character for
        // one, so every place found is the same place in the text.
        let ascii = String(text.map(Self.asciiDigit))
        let ns = text as NSString
        var out = ""
        var last = 0
        for m in Self.phone.matches(in: ascii, range: NSRange(location: 0, length: (ascii as NSString).length)) {
            let found = (ascii as NSString).substring(with: m.range)
            let digits = found.filter(\.isNumber)
            // A date written with dashes, anywhere in it, is not a phone number.
            guard digits.count >= 9, digits.count <= 15,
                  found.range(of: #"\d{4}-\d{1,2}-\d{1,2}"#, options: .regularExpression) == nil,
                  !companyContacts.contains("tel:" + Self.nationalDigits(digits)) else { continue }
            let p = placeholder(for: "tel:" + Self.nationalDigits(digits), email: false)
            note(p, original: ns.substring(with: m.range))
            out += ns.substring(with: NSRange(location: last, length: m.range.location - last)) + p
            last = m.range.location + m.range.length
        }
        return out + ns.substring(from: last)
    }

    static func asciiDigit(_ c: Character) -> Character {
        guard let s = c.unicodeScalars.first, c.unicodeScalars.count == 1 else { return c }
        switch s.value {
        case 0xFF10...0xFF19: return Character(Unicode.Scalar(s.value - 0xFF10 + 0x30)!)
        case 0xFF0D, 0x2010, 0x2011, 0x2012, 0x2013, 0x2212, 0x30FC: return "-"
        case 0xFF08: return "("
        case 0xFF09: return ")"
        case 0xFF0B: return "+"
        case 0x3000: return " "
        default: return c
        }
    }

    /// +81 3 1234 5678 and 03-1234-5678 are one number.
    static func nationalDigits(_ digits: String) -> String {
        digits.hasPrefix("81") && digits.count >= 11 ? "0" + digits.dropFirst(2) : digits
    }

    /// How an address or number is compared: e-mail lowercased, a number by its digits.
    static func addressKey(_ text: String) -> String {
        if text.contains("@") { return text.lowercased() }
        let digits = String(text.map(asciiDigit)).filter(\.isNumber)
        return digits.count >= 9 ? "tel:" + nationalDigits(digits) : text.lowercased()
    }

    /// The same address or number always gets the same placeholder.
    private mutating func placeholder(for key: String, email: Bool) -> String {
        if let p = addresses[key] { return p }
        let p: String
        if email { emails += 1; p = L("[email \(emails)]") } else { phones += 1; p = L("[phone \(phones)]") }
        addresses[key] = p
        return p
    }

    private mutating func note(_ placeholder: String, original: String) {
        let key = original.lowercased()
        if counts[key] == nil { order.append(key); counts[key] = Replacement(original: original, placeholder: placeholder, count: 0) }
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
    /// Digits with the usual separators: 03-1234-5678, 03(1234)5678, +81 90 1234 5678,
    /// 0120 123 456. Only ASCII letters and digits count as a neighbour, so a number
    /// between kana (電話番号は090-1234-5678です) is found.
    static let phone = try! NSRegularExpression(pattern: #"(?<![A-Za-z0-9+])\+?\d[\d\- ().]{6,}\d(?![A-Za-z0-9])"#)

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
