import Foundation
import LadderCore

/// The whole front end as a value: what is loaded, what is selected, which form is
/// open. `update` is the only way it changes; `render` (View.swift) draws it.
public struct App: Sendable {
    public enum Mode: Sendable, Equatable {
        case browse
        /// Typing a `/` filter.
        case filter
        case help
        /// The brief of a case (`b`): what a new representative needs.
        case brief(Int)
        case form(Form)
    }

    public enum Focus: Sendable, Equatable { case list, detail }

    public struct Notice: Sendable, Equatable {
        public var text: String
        public var isError: Bool
    }

    /// A call in progress: on hold from `started`, talking from `answered`.
    public struct CallTimer: Sendable, Equatable {
        public var caseNumber: Int
        public var started: Date
        public var answered: Date?
    }

    public private(set) var width: Int
    public private(set) var height: Int
    public private(set) var now: Date
    public let zone: TimeZone
    /// Shown in the top bar: "demo" for `ladder demo`, else the store's folder.
    public var storeLabel: String

    /// Where every case stands: what the list, its order, the filter and the top bar
    /// need, from the store's index.
    public private(set) var summaries: [Int: CaseSummary] = [:]
    /// Cases read in full, the selected one at least: the detail pane and forms need
    /// their timelines. Kept once read, and brought up to date when they change.
    public private(set) var files: [Int: CaseFile] = [:]
    public private(set) var states: [Int: CaseState] = [:]
    /// Asked for and not yet come (or failed: not asked again until the case changes).
    private var reading: Set<Int> = []
    var search: [Int: SearchText] = [:]
    public private(set) var problems: [StoreProblem] = []
    /// How many cases are open, and the due time of each open case's next reply,
    /// soonest first: the top bar's counts without walking every case each frame.
    public private(set) var openCount = 0
    private var nextDues: [Date] = []
    public private(set) var loaded = false

    /// Case numbers in the list, most urgent first, after the filter.
    public private(set) var rows: [Int] = []
    public private(set) var selected: Int?
    public private(set) var listTop = 0
    public private(set) var detailScroll = 0
    public private(set) var helpScroll = 0
    /// How far the brief view is scrolled.
    public private(set) var briefScroll = 0
    public private(set) var focus: Focus = .list
    public private(set) var showClosed = false
    public private(set) var filter = LineEditor()
    public private(set) var mode: Mode = .browse
    public private(set) var notice: Notice?
    public private(set) var call: CallTimer?
    /// A form was confirmed and its save is under way.
    public private(set) var saving = false

    /// Organisations, their clocks and contact points (the config file).
    public var config: Config

    public init(width: Int, height: Int, now: Date, zone: TimeZone = .current, storeLabel: String = "", config: Config? = nil) {
        self.width = width
        self.height = height
        self.now = now
        self.zone = zone
        self.storeLabel = storeLabel
        self.config = config ?? Config(userZone: zone)
    }

    var layout: Layout { Layout(width: width, height: height) }

    /// Whether the case should climb now, on its organisation's clocks.
    func climbFlag(_ s: some CaseStanding) -> Bool {
        ReportCase(s, config: config).climb(at: now) != nil
    }
    public var selectedState: CaseState? { selected.flatMap { states[$0] } }
    public var form: Form? { if case let .form(f) = mode { return f }; return nil }

    // MARK: update

    /// Applies one message; returns what the outside world must do.
    public mutating func update(_ message: Message) -> [Effect] {
        var effects = apply(message)
        // The selected case must be read in full for its detail and its forms.
        if let n = selected, states[n] == nil, !reading.contains(n) {
            reading.insert(n)
            effects.append(.read(n))
        }
        return effects
    }

    private mutating func apply(_ message: Message) -> [Effect] {
        switch message {
        case let .key(key):
            return handle(key)
        case let .exported(path, redacted):
            notice = Notice(text: "Written to \(path)" + (redacted > 0 ? " (\(redacted) kinds of text redacted)" : ""), isError: false)
        case let .exportFailed(problem):
            notice = Notice(text: "not exported: \(problem)", isError: true)
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
            self.config = config
            notice = Notice(text: "config read again", isError: false)
        case let .configFailed(text):
            notice = Notice(text: "config not used: \(text)", isError: true)
        case let .loaded(cases, problems):
            load(problems) { app in for f in cases { app.put(f) } }
        case let .indexed(list, problems):
            load(problems) { app in
                for s in list { app.summaries[s.number] = s }
            }
        case let .searchable(list):
            for s in list where files[s.number] == nil {
                // Only where the list still has the same case as it was then.
                guard let known = summaries[s.number], known.id == s.id, known.latest == s.latest,
                      known.status == s.status else { continue }
                summaries[s.number] = s
                search[s.number] = nil
            }
            if !filter.text.isEmpty { reorder() }
        case let .read(file):
            // Read as the index has it, so the list's order stands.
            reading.remove(file.number)
            put(file)
        case let .readFailed(number, problem):
            // Stays in `reading`, so it is not asked for again until it changes.
            if !problems.contains(problem) { problems.append(problem) }
            if selected == number { notice = Notice(text: "case \(number) cannot be read: \(problem.reason)", isError: true) }
        case let .changed(cases, removed, problems):
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
            let isNew = files[file.number] == nil
            put(file)
            saving = false
            mode = .browse
            let state = states[file.number]!
            if isNew {
                notice = Notice(text: "Added case \(file.number): \(TerminalText.line(state.details.title))", isError: false)
                // A new case must be visible even if the filter would hide it.
                if !CaseFilter(filter.text).matches(searchText(file.number)) { filter = LineEditor() }
            } else {
                notice = Notice(text: "Case \(file.number): " + TimelineText.describe(file.events.last!, in: state).line, isError: false)
            }
            if !state.isOpen { showClosed = showClosed || isNew }
            recount()
            reorder()
            if rows.contains(file.number) { select(file.number) }
        case let .saveFailed(failure):
            saving = false
            guard case var .form(f) = mode else {
                notice = Notice(text: "not saved: \(failure)", isError: true)
                break
            }
            f.clearErrors()
            switch failure {
            case let .invalid(e): f.show(e)
            case let .store(text): f.error = "not saved: \(text)"
            }
            mode = .form(f)
        }
        return []
    }

    /// Replaces everything known with what `fill` puts in.
    private mutating func load(_ problems: [StoreProblem], _ fill: (inout App) -> Void) {
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
        let state = CaseState(file)
        files[file.number] = file
        states[file.number] = state
        summaries[file.number] = state.summary
        search[file.number] = SearchText(state)
    }

    /// Sorts and filters the list again, keeping the selected case selected.
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
        nextDues = summaries.values.filter(\.isWatched).compactMap { $0.nextReply?.reply.due }.sorted()
    }

    private mutating func reorder() {
        let oldIndex = selected.flatMap { rows.firstIndex(of: $0) } ?? 0
        let query = CaseFilter(filter.text)
        var candidates: [CaseSummary] = []
        for s in summaries.values where showClosed || s.isWatched {
            if query.isEmpty || query.matches(searchText(s.number)) { candidates.append(s) }
        }
        rows = Urgency.sorted(Array(candidates), at: now).map(\.number)
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

    /// A case's search text, made when the filter first needs it and kept until the
    /// case changes.
    private mutating func searchText(_ number: Int) -> SearchText {
        if let known = search[number] { return known }
        let made = SearchText(summaries[number]!)
        search[number] = made
        return made
    }

    private mutating func select(_ number: Int) {
        if selected != number { detailScroll = 0 }
        selected = number
        keepSelectionVisible()
    }

    private mutating func move(by delta: Int) {
        guard !rows.isEmpty else { return }
        let i = (selected.flatMap { rows.firstIndex(of: $0) } ?? 0) + delta
        select(rows[max(0, min(rows.count - 1, i))])
    }

    private mutating func keepSelectionVisible() {
        let page = layout.listRows
        guard let s = selected, let i = rows.firstIndex(of: s) else { listTop = 0; return }
        if i < listTop { listTop = i }
        if i >= listTop + page { listTop = i - page + 1 }
        listTop = max(0, min(listTop, max(0, rows.count - page)))
    }

    private var detailLineCount: Int {
        guard let s = selectedState else { return 0 }
        return DetailView.lines(s, now: now, width: layout.detailWidth, zone: zone, config: config).count
    }

    private mutating func scrollDetail(by delta: Int) {
        detailScroll += delta
        clampDetailScroll()
    }

    private mutating func clampDetailScroll() {
        detailScroll = max(0, min(detailScroll, detailLineCount - layout.detailRows))
    }

    // MARK: keys

    private mutating func handle(_ key: Key) -> [Effect] {
        // These work everywhere, even in a form.
        switch key {
        case .ctrl("c"): return [.quit(status: 130)]
        case .ctrl("z"): return [.suspend]
        case .ctrl("l"): return [.redraw]
        default: break
        }
        if layout.tooSmall {
            if key == .char("q") { return [.quit(status: 0)] }
            return []
        }
        switch mode {
        case .help:
            // Movement keys scroll the help; any other key closes it.
            let page = max(1, layout.bodyHeight - 1)
            let delta: Int?
            switch key {
            case .down, .char("j"): delta = 1
            case .up, .char("k"): delta = -1
            case .pageDown, .char(" "), .ctrl("f"): delta = page
            case .pageUp, .ctrl("b"): delta = -page
            case .home, .char("g"): delta = -HelpView.lines.count
            case .end, .char("G"): delta = HelpView.lines.count
            default: delta = nil
            }
            if let delta {
                helpScroll = max(0, min(HelpView.maxScroll(layout), helpScroll + delta))
            } else {
                mode = .browse
            }
            return []
        case let .brief(number):
            let lines = briefLines(number).count
            let page = max(1, layout.bodyHeight - 2)
            switch key {
            case .down, .char("j"): briefScroll += 1
            case .up, .char("k"): briefScroll -= 1
            case .pageDown, .char(" "), .ctrl("f"): briefScroll += page
            case .pageUp, .ctrl("b"): briefScroll -= page
            case .char("R"):
                if let s = states[number] { mode = .form(Form.ask(s)) }
            default: mode = .browse
            }
            briefScroll = max(0, min(max(0, lines - (layout.bodyHeight - 2)), briefScroll))
            return []
        case .filter:
            return filterKey(key)
        case var .form(form):
            guard !saving else { return [] }
            switch form.handle(key) {
            case .stay:
                mode = .form(form)
            case .cancel:
                mode = .browse
                notice = Notice(text: "cancelled; nothing saved", isError: false)
            case .editExternally:
                mode = .form(form)
                if let (id, text) = form.focusedText { return [.editText(field: id, text: text, about: form.title)] }
            case .submit where form.kind == .export:
                let format = ExportRequest.Format.allCases[form[.format]?.choice ?? 0]
                let path = form.value(.file).trimmingCharacters(in: .whitespaces)
                guard !path.isEmpty else {
                    form.error = "give the file to write, e.g. ~/case.md"
                    mode = .form(form)
                    return []
                }
                mode = .browse
                return [.export(ExportRequest(number: form.caseNumber ?? 0, format: format, redact: form[.redact]?.choice == 1, path: path))]
            case .submit:
                form.clearErrors()
                let file = form.caseNumber.flatMap { files[$0] }
                do {
                    let request = try form.check(file, now: now, zone: zone, config: config)
                    mode = .form(form)
                    saving = true
                    return [.save(request)]
                } catch {
                    form.show(error)
                    mode = .form(form)
                }
            }
            return []
        case .browse:
            notice = nil
            return browseKey(key)
        }
    }

    private mutating func filterKey(_ key: Key) -> [Effect] {
        switch key {
        case .enter:
            mode = .browse
        case .escape:
            filter = LineEditor()
            mode = .browse
            reorder()
        case .up: move(by: -1)
        case .down: move(by: 1)
        default:
            if filter.handle(key) { reorder() }
        }
        return []
    }

    private mutating func browseKey(_ key: Key) -> [Effect] {
        let page = max(1, (focus == .list ? layout.listRows : layout.detailRows) - 1)
        switch (focus, key) {
        case (_, .char("q")): return [.quit(status: 0)]
        case (_, .char("?")):
            mode = .help
            helpScroll = 0
        case (_, .char("/")): mode = .filter
        case (_, .char("A")):
            showClosed.toggle()
            notice = Notice(text: showClosed ? "showing closed cases too" : "showing open cases", isError: false)
            reorder()
        case (.list, .enter), (.list, .tab), (.list, .right):
            if selected != nil { focus = .detail }
        case (.detail, .tab), (.detail, .escape), (.detail, .left), (.detail, .backTab):
            focus = .list
        case (.list, .backTab):
            if selected != nil { focus = .detail }
        case (.list, .escape):
            if !filter.text.isEmpty { filter = LineEditor(); reorder() }
        case (.list, .down), (.list, .char("j")): move(by: 1)
        case (.list, .up), (.list, .char("k")): move(by: -1)
        case (.list, .pageDown), (.list, .ctrl("f")), (.list, .char(" ")): move(by: page)
        case (.list, .pageUp), (.list, .ctrl("b")): move(by: -page)
        case (.list, .home), (.list, .char("g")): move(by: -rows.count)
        case (.list, .end), (.list, .char("G")): move(by: rows.count)
        case (.detail, .down), (.detail, .char("j")): scrollDetail(by: 1)
        case (.detail, .up), (.detail, .char("k")): scrollDetail(by: -1)
        case (.detail, .pageDown), (.detail, .ctrl("f")), (.detail, .char(" ")): scrollDetail(by: page)
        case (.detail, .pageUp), (.detail, .ctrl("b")): scrollDetail(by: -page)
        case (.detail, .home), (.detail, .char("g")): detailScroll = 0
        case (.detail, .end), (.detail, .char("G")): scrollDetail(by: detailLineCount)
        case (_, .char("a")): mode = .form(Form.add())
        case (_, .char("c")): callKey(hangUp: false)
        case (_, .char("C")): callKey(hangUp: true)
        default:
            caseKey(key)
        }
        return []
    }

    /// Keys that act on the selected case.
    private mutating func caseKey(_ key: Key) {
        guard case let .char(c) = key, "lewornxEubRX".contains(c) else { return }
        guard let s = selectedState else {
            notice = selected == nil ? Notice(text: "no case selected; press a to add one", isError: true)
                : Notice(text: "case \(selected!) is still being read; try again", isError: true)
            return
        }
        let needsOpen = "ewo".contains(c)
        if s.status == .withdrawn, c != "b", c != "X" {
            notice = Notice(text: "case \(s.number) was withdrawn (its opening was undone); nothing more can be recorded on it", isError: true)
            return
        }
        if needsOpen, !s.isOpen {
            notice = Notice(text: "case \(s.number) is \(s.status.rawValue); press x to reopen it first", isError: true)
            return
        }
        switch c {
        case "l": mode = .form(Form.log(s))
        case "e": mode = .form(Form.escalate(s))
        case "w": mode = .form(Form.reply(s, owedBy: .them, clocks: config.clocks(for: s.details.organisation)))
        case "o": mode = .form(Form.reply(s, owedBy: .me, clocks: config.clocks(for: s.details.organisation)))
        case "r":
            if let f = Form.clear(s, now: now) { mode = .form(f) }
            else { notice = Notice(text: "case \(s.number) has no open pending reply", isError: true) }
        case "n": mode = .form(Form.note(s))
        case "x": mode = .form(s.isOpen ? Form.close(s) : Form.reopen(s))
        case "E": mode = .form(Form.edit(s))
        case "b":
            mode = .brief(s.number)
            briefScroll = 0
        case "R": mode = .form(Form.ask(s))
        case "X": mode = .form(Form.export(s, home: ProcessInfo.processInfo.environment["HOME"] ?? "~"))
        case "u":
            if let f = Form.undo(s, zone: zone) { mode = .form(f) }
            else { notice = Notice(text: "case \(s.number) has nothing to undo", isError: true) }
        default: break
        }
    }

    /// `c` starts a call on the selected case, then marks it answered, then ends it;
    /// `C` ends it at once. Ending opens the contact form with the times filled in.
    private mutating func callKey(hangUp: Bool) {
        guard var timer = call else {
            if hangUp { return }
            guard let s = selectedState else {
                notice = Notice(text: "select a case to call about first", isError: true)
                return
            }
            call = CallTimer(caseNumber: s.number, started: now)
            notice = Notice(text: "call on case \(s.number) started: c when they answer, C to hang up", isError: false)
            return
        }
        if timer.answered == nil, !hangUp {
            timer.answered = now
            call = timer
            return
        }
        call = nil
        guard let s = states[timer.caseNumber] else {
            notice = Notice(text: "case \(timer.caseNumber) is gone; the call was not logged", isError: true)
            return
        }
        var form = Form.log(s)
        form.title = "Log the call on case \(s.number)"
        let held = (timer.answered ?? now).timeIntervalSince(timer.started)
        form.set(.held, ClockText.durationField(held))
        if let answered = timer.answered { form.set(.took, ClockText.durationField(now.timeIntervalSince(answered))) }
        form.set(.at, TimeText.iso(timer.started, zone: zone))
        form.focus = form.fields.firstIndex { $0.id == .with } ?? 0
        mode = .form(form)
        if let i = rows.firstIndex(of: s.number) { select(rows[i]) }
    }
}

extension App {
    /// The brief of case `number` wrapped to the screen, with a line counting it.
    func briefLines(_ number: Int) -> [String] {
        guard let s = states[number] else { return ["Reading case \(number)..."] }
        let text = Brief.make(s, now: now, zone: zone)
        var out = ["\(Brief.formLength(text)) characters as a web form counts them (ladder brief \(number) --max-chars N fits a limit)", ""]
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            out += Wrap.lines(String(line), width: max(10, width - 4))
        }
        if s.ask == nil { out += ["", "(No request yet: press R to write what you ask for.)"] }
        return out
    }
}

