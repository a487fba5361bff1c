import Foundation

/// A case as reports see it: its state at the report's instant and the organisation
/// rules that apply to it.
public struct ReportCase: Sendable {
    public var state: CaseState
    /// The configured organisation it belongs to, if any.
    public var organisation: Organisation?
    /// The name reports group it under: the configured name, else the case's own text.
    public var organisationName: String
    public var clocks: Clocks

    /// Resolves a case's organisation in the configuration.
    public init(_ state: CaseState, config: Config) {
        self.state = state
        organisation = config.organisation(for: state.details.organisation)
        organisationName = organisation?.name ?? state.details.organisation
        clocks = config.clocks(of: organisation)
    }
}

/// What every report reads: the cases as they stood at `asOf` (events after it are
/// left out, so a report "as of last Monday" says what was true then), and the
/// configuration. Reports only read; they never write to the store.
public struct ReportInput: Sendable {
    public var asOf: Date
    public var config: Config
    public var cases: [ReportCase]

    /// `organisation` keeps only cases whose organisation (configured name, alias or
    /// the case's own text) contains it, ignoring case.
    public init(files: [CaseFile], config: Config, asOf: Date, organisation: String? = nil) {
        self.asOf = asOf
        self.config = config
        var out: [ReportCase] = []
        for file in files {
            var f = file
            f.events = file.events.filter { $0.at <= asOf }
            guard f.events.contains(where: { if case .opened = $0.kind { return true }; return false }) else { continue }
            let c = ReportCase(CaseState(f), config: config)
            if let filter = organisation?.nonBlank {
                let texts = [c.organisationName, c.state.details.organisation] + (c.organisation?.aliases ?? [])
                guard texts.contains(where: { $0.localizedCaseInsensitiveContains(filter) }) else { continue }
            }
            out.append(c)
        }
        // Group names compare without case, so "kestrel mobile" and "Kestrel Mobile" meet.
        var names: [String: String] = [:]
        for i in out.indices {
            let key = out[i].organisationName.lowercased()
            if let first = names[key] { out[i].organisationName = first } else { names[key] = out[i].organisationName }
        }
        cases = out.sorted { $0.state.number < $1.state.number }
    }

    public var openCases: [ReportCase] { cases.filter(\.state.isOpen) }

    /// Open replies overdue at the instant, either way: what the exit status counts.
    public var overdueCount: Int { openCases.reduce(0) { $0 + $1.state.overdueReplies(at: asOf).count } }

    /// Organisation names in order, without case.
    static func ordered(_ names: some Sequence<String>) -> [String] {
        Array(Set(names)).sorted { $0.localizedCaseInsensitiveCompare($1) == .orderedAscending }
    }
}
