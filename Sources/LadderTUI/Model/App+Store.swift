import Foundation
import LadderCore

/// What the store, the clock, the terminal and the config file tell the front end.
extension App {
    mutating func receive(_ message: Message) {
        switch message {
        case .key, .paste:
            break  // routed by mode in App.update
        case let .exported(path, redacted):
            notice = .info(redacted > 0 ? L("Written to \(path) (\(redacted) kinds of text redacted)") : L("Written to \(path)"))
        case let .exportFailed(problem):
            notice = .error(L("not exported: \(problem)"))
        case let .copied(what, characters):
            notice = .info(L("Copied \(what) (\(characters) characters) to the clipboard; a terminal without OSC 52 drops it: X writes a file"))
        case let .textEdited(field, text, problem):
            guard case var .form(form) = mode else { break }
            if let text { form.set(field, text) } else { form.error = problem }
            mode = .form(form)
        case let .tick(date):
            // No sorting here: overdue and upcoming replies both sort by due time, so
            // the urgency order does not change as time passes, only the countdowns.
            now = date
        case let .resize(w, h):
            width = w
            height = h
            keepSelectionVisible()
            clampDetailScroll()
        case let .configured(config):
            lastMatch = nil
            self.config = config
            notice = .info(L("config read again"))
            // Aliases may have changed: the search texts are made again when needed.
            search = [:]
        case let .synced(lines):
            notice = .info(lines.isEmpty ? L("synced") : lines.joined(separator: "; "))
        case let .syncFailed(problem):
            notice = .error(L("not synced: \(problem)"))
        case let .configFailed(text):
            notice = .error(L("config not used: \(text)"))
        case let .loaded(cases, problems):
            load(problems) { app in for f in cases { app.put(f) } }
        case let .indexed(list, problems):
            load(problems) { app in
                for s in list { app.summaries[s.number] = s }
            }
        case let .searchable(list, texts):
            lastMatch = nil
            for s in list where files[s.number] == nil {
                // Only where the list still has the same case as it was then.
                guard let known = summaries[s.number], known.id == s.id, known.latest == s.latest,
                      known.status == s.status else { continue }
                summaries[s.number] = s
                search[s.number] = texts[s.number]
            }
            if !filter.text.isEmpty { reorder() }
        case let .read(file):
            // Read as the index has it, so the list's order stands.
            reading.remove(file.number)
            put(file)
        case let .readFailed(number, problem):
            // Stays in `reading`, so it is not asked for again until it changes.
            if !problems.contains(problem) { problems.append(problem) }
            if selected == number { notice = .error(L("case \(number) cannot be read: \(problem.reason)")) }
        case let .changed(cases, removed, problems):
            lastMatch = nil
            for n in removed {
                summaries[n] = nil
                files[n] = nil
                states[n] = nil
                search[n] = nil
                reading.remove(n)
            }
            for f in cases { reading.remove(f.number) }
            for f in cases { put(f) }
            self.problems = problems
            recount()
            reorder()
        case let .saved(file):
            saved(file)
        case let .saveFailed(failure):
            saving = false
            guard case var .form(f) = mode else {
                notice = .error(L("not saved: \(failure)"))
                break
            }
            f.clearErrors()
            switch failure {
            case let .invalid(e): f.show(e)
            case let .store(text): f.error = L("not saved: \(text)")
            }
            mode = .form(f)
        }
    }

    /// A form's change is on disk: back to the list, on the case, saying what was done.
    private mutating func saved(_ file: CaseFile) {
        let isNew = files[file.number] == nil
        put(file)
        saving = false
        mode = .browse
        let state = states[file.number]!
        if isNew {
            notice = .info(L("Added case \(file.number): \(TerminalText.line(state.details.title))"))
            // A new case must be visible even if the filter would hide it.
            if !CaseFilter(filter.text).matches(searchText(file.number), now: now) { filter = LineEditor() }
        } else {
            // What the action was (a closing, not the last reply it settled).
            let action = file.events.last { $0.partOf == nil } ?? file.events.last!
            notice = .info(L("Case \(file.number): \(TimelineText.describe(action, in: state).line)"))
        }
        if !state.isOpen { showClosed = showClosed || isNew }
        recount()
        reorder()
        if rows.contains(file.number) { select(file.number) }
    }

    /// The organisation's other names in the config, for the filter.
    private func aliases(of organisation: String) -> [String] { config.aliases(of: organisation) }

    /// The name a case's organisation text has in the config (an alias gives its
    /// organisation's name), else the text: the list groups and heads by it.
    func organisationName(_ text: String) -> String { config.name(of: text) }

    /// Replaces everything known with what `fill` puts in.
    private mutating func load(_ problems: [StoreProblem], _ fill: (inout App) -> Void) {
        lastMatch = nil
        summaries = [:]
        files = [:]
        states = [:]
        search = [:]
        reading = []
        fill(&self)
        self.problems = problems
        loaded = true
        recount()
        reorder()
    }

    private mutating func put(_ file: CaseFile) {
        lastMatch = nil  // a case changed: the next filter searches them all
        let state = CaseState(file)
        files[file.number] = file
        states[file.number] = state
        summaries[file.number] = state.summary
        search[file.number] = SearchText(state, aliases: aliases(of: state.details.organisation))
    }

    /// Open cases with a reply overdue at `now`.
    public var overdueCount: Int {
        var lo = 0, hi = nextDues.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if nextDues[mid] < now { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// The top bar's counts; they change only when cases do, not with the filter.
    private mutating func recount() {
        openCount = summaries.values.filter(\.isOpen).count
        watchedCount = summaries.values.filter { !$0.isOpen && $0.isWatched }.count
        nextDues = summaries.values.filter(\.isWatched).compactMap { $0.nextReply?.reply.due }.sorted()
    }

    /// Sorts and filters the list again, keeping the selected case selected.
    mutating func reorder() {
        let oldIndex = selected.flatMap { rows.firstIndex(of: $0) } ?? 0
        let query = CaseFilter(filter.text)
        // Typing more of the filter only narrows it: only the cases that matched the
        // shorter text are searched again, and they keep their order (the order of the
        // list does not change as time passes, only with the cases: see .tick), so
        // nothing is sorted again either.
        if let last = lastMatch, last.showClosed == showClosed, last.cases == summaries.count, last.sort == sort,
           query.narrows(CaseFilter(last.text)) {
            rows = last.rows.filter { query.matches(searchText($0), now: now) }
        } else {
            var candidates: [CaseSummary] = []
            for s in summaries.values where showClosed || s.isWatched {
                if query.isEmpty || query.matches(searchText(s.number), now: now) { candidates.append(s) }
            }
            rows = sort.sorted(candidates, at: now, organisation: organisationName)
        }
        lastMatch = (filter.text, showClosed, summaries.count, sort, rows)
        makeListLines()
        if let s = selected, rows.contains(s) {
            keepSelectionVisible()
        } else {
            // The selection disappeared (filtered out, closed elsewhere): stay near where it was.
            let index = min(rows.count - 1, oldIndex)
            selected = rows.isEmpty ? nil : rows[index]
            detailScroll = 0
            keepSelectionVisible()
        }
    }

    /// The list's lines from `rows`: grouped under a heading per organisation when the
    /// list is sorted by organisation.
    mutating func makeListLines() {
        guard sort == .organisation else {
            listLines = rows.enumerated().map { .row($0.element, place: $0.offset) }
            return
        }
        var lines: [ListLine] = []
        lines.reserveCapacity(rows.count + 16)
        var key: String?
        var heading = 0
        var count = 0, overdue = 0
        func close() { if key != nil, case let .group(name, _, _) = lines[heading] { lines[heading] = .group(name, cases: count, overdue: overdue) } }
        var named: [String: (key: String, name: String)] = [:]
        for (place, n) in rows.enumerated() {
            guard let s = summaries[n] else { continue }
            let org = s.details.organisation
            let known = named[org] ?? { let name = organisationName(org); return (QuickFold.fold(name), name) }()
            named[org] = known
            if known.key != key {
                close()
                key = known.key
                heading = lines.count
                count = 0
                overdue = 0
                lines.append(.group(TerminalText.line(known.name), cases: 0, overdue: 0))
            }
            count += 1
            if s.isWatched, s.nextReply?.isOverdue(at: now) == true { overdue += 1 }
            lines.append(.row(n, place: place))
        }
        close()
        listLines = lines
    }

    /// A case's search text, made when the filter first needs it and kept until the
    /// case changes.
    private mutating func searchText(_ number: Int) -> SearchText {
        if let known = search[number] { return known }
        let summary = summaries[number]!
        let made = SearchText(summary, aliases: aliases(of: summary.details.organisation))
        search[number] = made
        return made
    }
}
