import LadderCore

/// The `/` filter. Words are all required (AND); a word may name what it looks at:
/// `org:mobile`, `title:mail`, `tag:fiber`, `rung:exec`, `ref:A-1`; a bare word matches
/// any text of the case, its notes and contacts included. Case does not matter.
public struct CaseFilter: Sendable, Equatable {
    enum Scope: String, CaseIterable { case org, title, tag, rung, ref, any }
    struct Term: Equatable { var scope: Scope; var text: String }

    let terms: [Term]

    public init(_ query: String) {
        terms = query.split(whereSeparator: \.isWhitespace).compactMap { word in
            let w = String(word).lowercased()
            if let colon = w.firstIndex(of: ":"), let scope = Scope(rawValue: String(w[..<colon])) {
                let rest = String(w[w.index(after: colon)...])
                return rest.isEmpty ? nil : Term(scope: scope, text: rest)
            }
            return Term(scope: .any, text: w)
        }
    }

    public var isEmpty: Bool { terms.isEmpty }

    public func matches(_ s: SearchText) -> Bool {
        terms.allSatisfy { t in
            switch t.scope {
            case .org: return s.organisation.contains(t.text)
            case .title: return s.title.contains(t.text)
            case .tag: return s.tags.contains { $0.contains(t.text) }
            case .rung: return s.rung.contains(t.text)
            case .ref: return s.references.contains { $0.contains(t.text) }
            case .any: return s.all.contains(t.text)
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
    /// Everything: details, notes, contacts, replies, and the number as `#12`.
    var all: String

    public init(_ s: some CaseStanding, all: String) {
        let d = s.details
        organisation = d.organisation.lowercased()
        title = d.title.lowercased()
        tags = d.tags.map { $0.lowercased() }
        references = d.references.map { $0.lowercased() }
        rung = s.rung.rawValue
        self.all = all
    }

    /// Before the index's search text has been read, the details stand in for it.
    public init(_ s: CaseSummary) {
        self.init(s, all: s.search.isEmpty
                  ? ([s.details.title, s.details.organisation, s.rung.rawValue, "#\(s.number)"] + s.details.tags + s.details.references)
                      .joined(separator: " ").lowercased()
                  : s.search)
    }
    public init(_ s: CaseState) { self.init(s, all: s.searchText) }
}
