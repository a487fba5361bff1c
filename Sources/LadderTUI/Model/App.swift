import Foundation
import LadderCore

/// The whole front end as a value: what is loaded, what is selected, which form is
/// open. `update` is the only way it changes; `render` (Views/View.swift) draws it.
///
/// `update` only routes: a key goes to the update of the mode it arrived in (Modes/,
/// Forms/), any other message to the store's side (App+Store.swift). It reads nothing
/// from the process (no clock, no environment): what it needs comes in messages.
public struct App: Sendable {
    public enum Mode: Sendable, Equatable {
        case browse
        /// Typing a `/` filter.
        case filter
        case help
        /// The brief of a case (`b`): what a new representative needs.
        case brief(Int)
        /// What to do now (`t`).
        case today
        case form(Form)
    }

    public enum Focus: Sendable, Equatable { case list, detail }

    /// One line of the case list.
    public enum ListLine: Sendable, Equatable {
        /// An organisation's heading: its name as the first case writes it, how many of
        /// its cases are listed, and how many of them are overdue.
        case group(String, cases: Int, overdue: Int)
        /// A case, and its place among the listed cases (from 0).
        case row(Int, place: Int)

        var number: Int? { if case let .row(n, _) = self { return n }; return nil }
    }

    public struct Notice: Sendable, Equatable {
        public var text: String
        public var isError: Bool

        static func info(_ text: String) -> Notice { Notice(text: text, isError: false) }
        static func error(_ text: String) -> Notice { Notice(text: text, isError: true) }
    }

    /// A call in progress: on hold from `started`, talking from `answered`.
    public struct CallTimer: Sendable, Equatable {
        public var caseNumber: Int
        public var started: Date
        public var answered: Date?
    }

    public internal(set) var width: Int
    public internal(set) var height: Int
    public internal(set) var now: Date
    public let zone: TimeZone
    /// Shown in the top bar: "demo" for `ladder demo`, else the store's folder.
    public var storeLabel: String

    /// Where every case stands: what the list, its order, the filter and the top bar
    /// need, from the store's index.
    public internal(set) var summaries: [Int: CaseSummary] = [:]
    /// Cases read in full, the selected one at least: the detail pane and forms need
    /// their timelines. Kept once read, and brought up to date when they change.
    public internal(set) var files: [Int: CaseFile] = [:]
    public internal(set) var states: [Int: CaseState] = [:]
    /// Asked for and not yet come (or failed: not asked again until the case changes).
    var reading: Set<Int> = []
    var search: [Int: SearchText] = [:]
    /// The last filter's text and the cases it found, which a longer text only narrows.
    var lastMatch: (text: String, showClosed: Bool, cases: Int, sort: SortOrder, rows: [Int])?
    public internal(set) var problems: [StoreProblem] = []
    /// How many cases are open, and the due time of each open case's next reply,
    /// soonest first: the top bar's counts without walking every case each frame.
    public internal(set) var openCount = 0
    /// Closed cases whose promise is still watched: listed, and counted apart.
    public internal(set) var watchedCount = 0
    var nextDues: [Date] = []
    public internal(set) var loaded = false

    /// Case numbers in the list, most urgent first, after the filter.
    public internal(set) var rows: [Int] = []
    /// What the list's lines show: the cases of `rows`, and when sorted by organisation
    /// a heading before each organisation's cases with their counts.
    public internal(set) var listLines: [ListLine] = []
    public internal(set) var selected: Int?
    public internal(set) var listTop = 0
    public internal(set) var detailScroll = 0
    /// How far the help screen and the brief view are scrolled.
    var help = Pager()
    var brief = Pager()
    var today = Today()
    public internal(set) var focus: Focus = .list
    public internal(set) var showClosed = false
    /// The detail pane beside the list hidden (`v`), for long titles.
    public internal(set) var detailHidden = false
    /// The list's order (`s`).
    public internal(set) var sort = SortOrder.urgency
    public internal(set) var filter = LineEditor()
    public internal(set) var mode: Mode = .browse
    public internal(set) var notice: Notice?
    public internal(set) var call: CallTimer?
    /// q was pressed once during a call: a second q quits.
    var quitting = false
    /// An unknown key was answered once with where to find the keys.
    var unknownKeySaid = false
    /// A form was confirmed and its save is under way.
    public internal(set) var saving = false

    /// The web-form limit last used to copy a brief (`y`), by organisation: asked once,
    /// offered again.
    var formLimits: [String: Int] = [:]

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

    var layout: Layout { Layout(width: width, height: height, detailHidden: detailHidden) }

    /// Whether the case should climb now, on its organisation's clocks.
    func climbFlag(_ s: some CaseStanding) -> Bool {
        ReportCase(s, config: config).climb(at: now) != nil
    }
    public var selectedState: CaseState? { selected.flatMap { states[$0] } }
    public var form: Form? { if case let .form(f) = mode { return f }; return nil }

    // MARK: update

    /// Applies one message; returns what the outside world must do.
    public mutating func update(_ message: Message) -> [Effect] {
        var effects: [Effect]
        switch message {
        case let .key(key): effects = route(key)
        case let .paste(text): paste(text); effects = []
        default: receive(message); effects = []
        }
        // The selected case must be read in full for its detail and its forms.
        if let n = selected, states[n] == nil, !reading.contains(n) {
            reading.insert(n)
            effects.append(.read(n))
        }
        return effects
    }

    /// Pasted text goes into the field or the filter being typed in, as text; anywhere
    /// else it is set aside with a word, never read as keys.
    private mutating func paste(_ text: String) {
        switch mode {
        case var .form(form):
            form.paste(text)
            mode = .form(form)
        case .filter:
            filter.insert(LineEditor.oneLine(text))
            reorder()
        case .browse, .help, .brief, .today:
            notice = .error(L("pasted text ignored: open a form first (a adds a case, n a note) and paste into a field"))
        }
    }

    /// Sends a key to the update of the mode it arrived in.
    private mutating func route(_ key: Key) -> [Effect] {
        switch KeyTable.action(for: key, in: .anywhere) {
        case .quitNow: return [.quit(status: 130)]
        case .suspend: return [.suspend]
        case .redraw: return [.redraw]
        default: break
        }
        if layout.tooSmall {
            // Only quitting works until the terminal is large enough.
            return KeyTable.action(for: key, in: .browse) == .quit ? [.quit(status: 0)] : []
        }
        switch mode {
        case .browse: return browse(key)
        case .filter: filterKey(key)
        case .help: helpKey(key)
        case let .brief(number): briefKey(key, number)
        case .today: todayKey(key)
        case let .form(form): return formKey(key, form)
        }
        return []
    }
}
