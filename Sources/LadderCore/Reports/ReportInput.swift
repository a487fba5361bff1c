import Foundation

/// A case as reports see it: its state at the report's instant and the organisation
/// rules that apply to it.
public struct ReportCase<S: CaseStanding>: Sendable {
    public var state: S
    /// The name reports group it under: the configured name, else the case's own text.
    public var organisationName: String
    /// Shared by every case with the same organisation text: a report copies its cases
    /// several times, and one reference is cheaper to copy than the rules it holds.
    let rules: OrganisationRules

    /// The configured organisation it belongs to, if any.
    public var organisation: Organisation? { rules.organisation }
    public var clocks: Clocks { rules.clocks }

    /// Resolves a case's organisation in the configuration.
    public init(_ state: S, config: Config) {
        self.init(state, rules: OrganisationRules(state.organisationText, config: config))
    }

    init(_ state: S, rules: OrganisationRules) {
        self.state = state
        self.rules = rules
        organisationName = rules.name
    }
}

/// The configured organisation a case's organisation text names, and its clocks.
final class OrganisationRules: Sendable {
    let organisation: Organisation?
    let name: String
    /// `name` without case: what groups compare.
    let groupKey: String
    let clocks: Clocks

    init(_ text: String, config: Config) {
        organisation = config.organisation(for: text)
        name = organisation?.name ?? text
        groupKey = name.lowercased()
        clocks = config.clocks(of: organisation)
    }
}

/// What every report reads: the cases as they stood at `asOf` (events after it are
/// left out, so a report "as of last Monday" says what was true then), and the
/// configuration. Reports only read; they never write to the store. `S` is
/// `CaseSummary` for the reports the index can answer, `CaseState` for the scorecard,
/// which needs every reply and contact.
public struct ReportInput<S: CaseStanding>: Sendable {
    public var asOf: Date
    public var config: Config
    public var cases: [ReportCase<S>]

    /// `organisation` keeps only cases whose organisation (configured name, alias or
    /// the case's own text) contains it, ignoring case.
    @_specialize(where S == CaseSummary)
    @_specialize(where S == IndexedCase)
    init(standings: [S], config: Config, asOf: Date, organisation: String?) {
        self.asOf = asOf
        self.config = config
        // Organisations resolved once per name, not once per case. Group names compare
        // without case, so "kestrel mobile" and "Kestrel Mobile" meet under the name the
        // first kept case used. In parts at once (30,000 cases at 100,000 in the store):
        // each part finds its cases' organisation texts and which cases are kept; then
        // each text gets its rules and its group's name once; then each part makes its
        // cases with them.
        let filter = organisation?.nonBlank
        let parts = Parallel.ranges(standings.count, minimum: 1_000) { range -> OrganisationTexts in
            var part = OrganisationTexts(start: range.lowerBound)
            part.of.reserveCapacity(range.count)
            // For the filter: whether each text is kept, decided once per text (the
            // comparison asks the locale, a few microseconds, for each of 30,000 cases).
            var kept: [Bool] = []
            for k in range {
                let s = standings[k]
                let text = UTF8Key(s.organisationText)
                let id: Int
                if let had = part.ids[text] { id = had } else {
                    id = part.texts.count
                    part.ids[text] = id
                    part.texts.append(text)
                    part.firstKept.append(Int.max)
                    if let filter {
                        let rules = OrganisationRules(text.text, config: config)
                        let texts = [rules.name, text.text] + (rules.organisation?.aliases ?? [])
                        kept.append(texts.contains { $0.localizedCaseInsensitiveContains(filter) })
                    }
                }
                if filter != nil, !kept[id] { part.of.append(-1); continue }
                part.of.append(id)
                part.firstKept[id] = min(part.firstKept[id], k)
            }
            return part
        }
        // Each text's rules, and the name of its group: that of the text whose kept case
        // comes first.
        var found: [UTF8Key: (rules: OrganisationRules, first: Int)] = [:]
        for part in parts {
            for (id, text) in part.texts.enumerated() {
                if let had = found[text] { found[text]!.first = min(had.first, part.firstKept[id]) }
                else { found[text] = (OrganisationRules(text.text, config: config), part.firstKept[id]) }
            }
        }
        var groupName: [String: String] = [:]  // by the lowered name
        for (_, f) in found.sorted(by: { $0.value.first < $1.value.first }) where f.first != Int.max {
            if groupName[f.rules.groupKey] == nil { groupName[f.rules.groupKey] = f.rules.name }
        }
        let made = Parallel.split(parts.count) { p -> [ReportCase<S>] in
            let part = parts[p]
            let named = part.texts.map { text -> (OrganisationRules, String) in
                let rules = found[text]!.rules
                return (rules, groupName[rules.groupKey] ?? rules.name)
            }
            var out: [ReportCase<S>] = []
            out.reserveCapacity(part.of.count)
            for (k, id) in part.of.enumerated() where id >= 0 {
                var c = ReportCase(standings[part.start + k], rules: named[id].0)
                c.organisationName = named[id].1
                out.append(c)
            }
            return out
        }
        var out: [ReportCase<S>] = []
        out.reserveCapacity(made.reduce(0) { $0 + $1.count })
        for part in made { out += part }
        // Usually in order already (the store lists cases by number).
        let ordered = zip(out, out.dropFirst()).allSatisfy { $0.state.number < $1.state.number }
        cases = ordered ? out : out.sorted { $0.state.number < $1.state.number }
    }

    public var openCases: [ReportCase<S>] { cases.filter(\.state.isOpen) }
    /// Open cases, and closed ones with a promise made at closing still open.
    public var watchedCases: [ReportCase<S>] { cases.filter(\.state.isWatched) }

    /// Open replies overdue at the instant, either way: what the exit status counts.
    public var overdueCount: Int { watchedCases.reduce(0) { $0 + $1.state.overdueReplies(at: asOf).count } }
}

/// A part of the cases a report reads, as `ReportInput` finds their organisations.
private struct OrganisationTexts {
    /// Where the part's first case stands.
    var start: Int
    var texts: [UTF8Key] = []
    var ids: [UTF8Key: Int] = [:]
    /// Per case: its text's number in `texts`, or -1 when the filter leaves it out.
    var of: [Int] = []
    /// Per text: where its first kept case stands, or `Int.max`.
    var firstKept: [Int] = []
}

extension ReportInput where S == CaseState {
    public init(files: [CaseFile], config: Config, asOf: Date, organisation: String? = nil) {
        self.init(standings: files.compactMap { $0.asOf(asOf).map(CaseState.init) },
                  config: config, asOf: asOf, organisation: organisation)
    }
}

extension ReportInput where S == CaseSummary {
    /// From the index. A case with events after `asOf` is made again from its file, as
    /// it stood then; `reload` reads it (nil: it cannot be read now, and is left out).
    public init(summaries: [CaseSummary], config: Config, asOf: Date, organisation: String? = nil,
                reload: (Int) -> CaseFile?) {
        let standings = summaries.compactMap { s -> CaseSummary? in
            guard s.latest > asOf else { return s }
            return reload(s.number).flatMap { $0.asOf(asOf) }.map { CaseState($0).summary }
        }
        self.init(standings: standings, config: config, asOf: asOf, organisation: organisation)
    }
}

extension ReportInput where S == IndexedCase {
    /// From the index, as `init(summaries:)`, each case kept as the index has it.
    public init(indexed: [IndexedCase], config: Config, asOf: Date, organisation: String? = nil,
                reload: (Int) -> CaseFile?) {
        let standings = indexed.compactMap { c -> IndexedCase? in
            guard c.latest > asOf else { return c }
            return reload(c.number).flatMap { $0.asOf(asOf) }.map { IndexedCase(CaseState($0).summary) }
        }
        self.init(standings: standings, config: config, asOf: asOf, organisation: organisation)
    }
}

extension CaseFile {
    /// The case as it stood at `instant`: only the events that had happened. Nil
    /// if it had not been opened yet.
    public func asOf(_ instant: Date) -> CaseFile? {
        var f = self
        f.events = events.filter { $0.at <= instant }
        guard f.events.contains(where: { $0.kind.isOpening }) else { return nil }
        return f
    }
}

extension ReportText {
    /// Organisation names in order, without case.
    static func ordered(_ names: some Sequence<String>) -> [String] {
        // As `localizedCaseInsensitiveCompare`, with the locale found once: found at
        // each comparison it cost most of a million instructions.
        let locale = Locale.current
        return Array(Set(names)).sorted { $0.compare($1, options: .caseInsensitive, range: nil, locale: locale) == .orderedAscending }
    }
}
