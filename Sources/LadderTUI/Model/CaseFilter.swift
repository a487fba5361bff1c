import Foundation
import LadderCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The `/` filter. Words are all required (AND); a word may name what it looks at:
/// `org:mobile`, `title:mail`, `tag:fiber`, `rung:exec`, `ref:A-1`; a bare word matches
/// any text of the case, its notes and contacts included. Case does not matter.
public struct CaseFilter: Sendable, Equatable {
    enum Scope: String, CaseIterable { case org, title, tag, rung, ref, `is`, any }
    struct Term: Equatable {
        var scope: Scope
        var text: String
        /// The word as typed, unfolded: `rung:コールセンター` is read by Rung(loose:),
        /// which knows katakana names the fold turns into hiragana.
        var typed = ""
        /// `text` as UTF-8, for the byte search of a case's whole text.
        var bytes: [UInt8] { FoldedText(text).bytes }
    }

    let terms: [Term]
    /// Each term's text as UTF-8, made once per filter, not once per case.
    let needles: [[UInt8]]

    public init(_ query: String) {
        terms = query.split(whereSeparator: \.isWhitespace).compactMap { word in
            let w = QuickFold.fold(String(word))
            if let colon = w.firstIndex(of: ":"), let scope = Scope(rawValue: String(w[..<colon])) {
                let rest = String(w[w.index(after: colon)...])
                let typed = word[word.index(after: word.firstIndex(where: { $0 == ":" || $0 == "：" }) ?? word.startIndex)...]
                return rest.isEmpty ? nil : Term(scope: scope, text: rest, typed: String(typed))
            }
            return Term(scope: .any, text: w)
        }
        needles = terms.map(\.bytes)
    }

    public var isEmpty: Bool { terms.isEmpty }

    /// Each rung's names in every language, folded as the filter's words are.
    static let rungNames: [Rung: [String]] = Dictionary(uniqueKeysWithValues: Rung.allCases.map { rung in
        (rung, Language.allCases.map { language in Language.$bound.withValue(language) { SearchFold.fold(rung.name) } })
    })

    /// Whether every case this filter finds is among those `earlier` found: no words
    /// before, the same words, the last one longer in the same field, or more words after them. Typing on
    /// then needs to search only the earlier matches.
    func narrows(_ earlier: CaseFilter) -> Bool {
        // No filter found every case: the first key only narrows the whole list.
        if earlier.isEmpty { return true }
        guard let last = earlier.terms.last, terms.count >= earlier.terms.count else { return false }
        let i = earlier.terms.count - 1
        return terms.prefix(i) == earlier.terms.prefix(i) && terms[i].scope == last.scope && terms[i].text.hasPrefix(last.text)
            // `overdue` also finds cases by their state, not their text: never narrowed to.
            && last.scope != .is && !(terms[i].scope == .any && terms[i].text == "overdue")
    }

    /// Whether a case matches every word, at `now` (for `overdue`).
    public func matches(_ s: SearchText, now: Date = .distantPast) -> Bool {
        zip(terms, needles).allSatisfy { t, needle in
            switch t.scope {
            case .org: return s.organisation.contains(t.text)
            case .title: return s.title.contains(t.text)
            case .tag: return s.tags.contains { $0.contains(t.text) }
            // A rung by any of its names (cc, tech, exec, コールセンター, 本社), or the start
            // of its name in any language (`rung:call`, `rung:コール`).
            case .rung:
                return (Rung(loose: t.text) ?? Rung(loose: t.typed)).map { $0 == s.rungValue }
                    ?? CaseFilter.rungNames[s.rungValue]!.contains { $0.hasPrefix(t.text) }
            case .ref: return s.references.contains { $0.contains(t.text) }
            case .is: return t.text == "overdue" ? s.isOverdue(at: now) : t.text == "open" ? s.isOpen : false
            // `overdue` also finds the cases that are.
            case .any: return s.all.contains(needle) || (t.text == "overdue" && s.isOverdue(at: now))
            }
        }
    }
}

/// A case's searchable text, lower-cased once, when the filter first needs it.
public struct SearchText: Sendable {
    var organisation: String
    var title: String
    var tags: [String]
    var references: [String]
    var rung: String
    var rungValue: Rung
    /// Everything: details, notes, contacts, replies, and the number as `#12`.
    var all: FoldedText
    /// The due time of the open reply due soonest, while the case is watched.
    var nextDue: Date?
    var isOpen: Bool

    /// `aliases`: the organisation's other names from the config (`/docomo` finds NTTドコモ).
    public init(_ s: some CaseStanding, all: String, aliases: [String] = []) {
        let d = s.details
        organisation = ([d.organisation] + aliases).map(QuickFold.fold).joined(separator: " ")
        title = QuickFold.fold(d.title)
        tags = d.tags.map(QuickFold.fold)
        references = d.references.map(QuickFold.fold)
        rung = s.rung.rawValue
        rungValue = s.rung
        self.all = FoldedText(QuickFold.fold(all + " " + aliases.joined(separator: " ")))
        nextDue = s.isWatched ? s.nextReply?.reply.due : nil
        isOpen = s.isOpen
    }

    func isOverdue(at now: Date) -> Bool { nextDue.map { $0 < now } ?? false }

    /// Before the index's search text has been read, the details stand in for it.
    public init(_ s: CaseSummary, aliases: [String] = []) {
        self.init(s, aliases: aliases, all: s.search.isEmpty
                  ? ([s.details.title, s.details.organisation, s.rung.rawValue, "#\(s.number)"] + s.details.tags + s.details.references)
                      .joined(separator: " ").lowercased()
                  : s.search)
    }

    private init(_ s: CaseSummary, aliases: [String], all: String) { self.init(s, all: all, aliases: aliases) }

    public init(_ s: CaseState, aliases: [String] = []) { self.init(s, all: s.searchText, aliases: aliases) }
}

/// Folded text kept as UTF-8 bytes, searched byte by byte: at 10,000 cases of a few
/// hundred characters each a key typed into the filter searches megabytes. Folding makes
/// a byte search exact: both sides are in the same normal form and case.
public struct FoldedText: Sendable {
    let bytes: [UInt8]

    /// Composed (NFC) first: on Linux the fold's compatibility mapping leaves ﾄﾞ as ト
    /// and a combining mark where ドコモ typed whole has one character, which String's
    /// own search takes as equal and a byte search would not.
    init(_ text: String) { bytes = Array((QuickFold.isASCII(text) ? text : text.precomposedStringWithCanonicalMapping).utf8) }

    func contains(_ needle: [UInt8]) -> Bool {
        if needle.isEmpty { return true }
        if needle.count > bytes.count { return false }
        return bytes.withUnsafeBytes { hay in
            needle.withUnsafeBytes { n in
                // memchr to the next place the needle's last byte occurs, memcmp the
                // whole needle ending there (glibc's memmem is not visible to Swift
                // without _GNU_SOURCE). The last byte: in Japanese UTF-8 a lead byte such
                // as 0xE3 starts most characters, a last byte is far rarer.
                guard let h = hay.baseAddress, let nb = n.baseAddress else { return false }
                let pivot = n.count - 1
                let byte = Int32(n[pivot])
                var at = pivot
                while at < hay.count {
                    guard let found = memchr(h + at, byte, hay.count - at) else { return false }
                    let end = h.distance(to: UnsafeRawPointer(found))
                    if memcmp(h + end - pivot, nb, n.count) == 0 { return true }
                    at = end + 1
                }
                return false
            }
        }
    }
}

/// SearchFold.fold with a fast path: ASCII text only needs lower case (no width or kana
/// to fold), and Foundation's Unicode normalisation, which the fold uses, is the slow
/// part of making 10,000 cases' search text.
enum QuickFold {
    static func isASCII(_ text: String) -> Bool { text.utf8.allSatisfy { $0 < 0x80 } }

    static func fold(_ text: String) -> String { isASCII(text) ? text.lowercased() : SearchFold.fold(text) }
}
