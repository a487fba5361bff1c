import LadderCore

/// Where a key works. A browse key works in both panes unless it is bound to one.
enum KeyScope: String, Sendable, Hashable, CaseIterable {
    /// Everywhere, even in a form or on a screen that is too small.
    case anywhere
    /// Browsing the cases, in either pane; `list` and `detail` for one pane only.
    case browse, list, detail
    /// Typing a `/` filter.
    case filter
    /// The `?` screen.
    case help
    /// A case's brief (`b`).
    case brief
    /// The Today view (`t`).
    case today
    /// An open form, whichever field has focus; `choice` and `text` for the focused field.
    case form, choice, text
}

/// The groups of the help screen, in order.
enum HelpSection: String, Sendable, CaseIterable {
    case move = "Move"
    case act = "Act on the selected case"
    case forms = "Forms"
    case anywhere = "Anywhere"

    /// The heading as the help screen writes it.
    var title: String {
        switch self {
        case .move: L("Move")
        case .act: L("Act on the selected case")
        case .forms: L("Forms")
        case .anywhere: L("Anywhere")
        }
    }
}

/// One entry of the bottom bar: a key and what it does, placed by `rank`. The label may
/// depend on the state (`call` / `call>`); nil leaves the entry out.
struct BarEntry: Sendable {
    var rank: Int
    var keys: String
    var label: @Sendable (App) -> String?

    /// Shown whenever its row applies.
    static func always(_ rank: Int, _ keys: String, _ label: String) -> BarEntry {
        BarEntry(rank: rank, keys: keys) { _ in label }
    }

    /// Shown only once there are cases to act on.
    static func withCases(_ rank: Int, _ keys: String, _ label: @escaping @Sendable (App) -> String) -> BarEntry {
        BarEntry(rank: rank, keys: keys) { app in app.summaries.isEmpty ? nil : label(app) }
    }
}

/// One line of the key table: the keys bound in a scope and their actions, how the help
/// screen writes them and what it says of them, and their place in the bottom bar.
struct KeyRow: Sendable {
    var scope: KeyScope
    var bindings: [(keys: [Key], action: KeyAction)]
    /// What any key bound to nothing else does in this scope ("any other key goes back").
    var otherKeys: KeyAction?
    /// The help screen's section; nil for keys shown only in the bar and Docs/FrontEnd.md.
    var section: HelpSection?
    /// The keys as the help screen writes them.
    var keyText: String
    var help: String
    var bar: [BarEntry]

    init(_ scope: KeyScope, _ bindings: [(keys: [Key], action: KeyAction)], other: KeyAction? = nil,
         section: HelpSection? = nil, keys keyText: String, _ help: String, bar: [BarEntry] = []) {
        self.scope = scope
        self.bindings = bindings
        self.otherKeys = other
        self.section = section
        self.keyText = keyText
        self.help = help
        self.bar = bar
    }
}

/// Every key of the front end, once: key handling, the bottom bar and the help screen
/// are all made from this table, and a test checks Docs/FrontEnd.md against it.
enum KeyTable {
    /// Built at each use, so that its words are in the language of the moment.
    static var rows: [KeyRow] { [
        // Move
        KeyRow(.browse, [([.char("j"), .down], .lineDown), ([.char("k"), .up], .lineUp)], section: .move,
               keys: "j k  Down Up", L("next / previous case; scroll the detail pane"),
               bar: [.withCases(1, "j/k") { $0.focus == .list ? L("move") : L("scroll") }]),
        KeyRow(.browse, [([.char("g"), .home], .top), ([.char("G"), .end], .bottom)], section: .move,
               keys: "g G  Home End", L("first / last case; top / bottom of the detail")),
        KeyRow(.browse, [([.pageDown, .ctrl("f"), .char(" ")], .pageDown), ([.pageUp, .ctrl("b")], .pageUp)], section: .move,
               keys: "PgDn PgUp  Space", L("a page down / up (also Ctrl-F / Ctrl-B)")),
        KeyRow(.list, [([.enter, .tab, .right, .backTab], .intoDetail)], section: .move,
               keys: "Enter Tab Right", L("from the list to the detail pane"), bar: [.withCases(2, "Enter") { _ in L("detail") }]),
        KeyRow(.detail, [([.tab, .escape, .left, .backTab], .backToList)], section: .move,
               keys: "Tab Esc Left", L("from the detail pane back to the list"), bar: [.withCases(2, "Tab") { _ in L("list") }]),
        KeyRow(.browse, [([.char("/")], .startFilter)], section: .move,
               keys: "/", L("filter by words; org: title: tag: rung: ref: narrow one"), bar: [.withCases(3, "/") { _ in L("filter") }]),
        KeyRow(.list, [([.escape], .clearFilter)], section: .move, keys: "Esc", L("clear the filter")),
        KeyRow(.browse, [([.char("A")], .toggleClosed)], section: .move,
               keys: "A", L("show closed cases too, or open ones only"),
               bar: [.withCases(14, "A") { $0.showClosed ? L("open only") : L("all") }]),
        KeyRow(.browse, [([.char("t")], .showToday)], section: .move,
               keys: "t", L("today: what to call, chase, climb or send now"), bar: [.withCases(0, "t") { _ in L("today") }]),
        KeyRow(.browse, [([.char("v")], .togglePane)], section: .move,
               keys: "v", L("hide or show the detail beside the list (titles get the room)")),
        KeyRow(.browse, [([.char("s")], .cycleSort)], section: .move,
               keys: "s", L("sort by urgency, age, time on the rung or organisation")),
        KeyRow(.browse, [([.char("S")], .sync)], section: .move,
               keys: "S", L("sync the store with your other machines through git")),

        // Act on the selected case
        KeyRow(.browse, [([.char("a")], .add)], section: .act, keys: "a", L("add a new case"),
               bar: [BarEntry(rank: 4, keys: "a") { $0.summaries.isEmpty ? L("add a case") : L("add") }]),
        caseRow("l", .log, L("log a contact or a failed attempt"), bar: .withCases(5, "l") { _ in L("log") }),
        caseRow("e", .escalate, L("escalate, or send back down"), bar: .withCases(6, "e") { _ in L("escalate") }),
        caseRow("w", .await, L("await a reply they owe you"), bar: .withCases(7, "w") { _ in L("await") }),
        caseRow("o", .owe, L("owe them a reply"), bar: .withCases(8, "o") { _ in L("owe") }),
        caseRow("r", .clearReply, L("a reply came in, or a promise is broken: clear it"), bar: .withCases(9, "r") { _ in L("reply in") }),
        caseRow("n", .note, L("add a note"), bar: .withCases(10, "n") { _ in L("note") }),
        caseRow("x", .closeOrReopen, L("close the case, or reopen a closed one"),
                bar: .withCases(12, "x") { $0.selectedState?.isOpen == false ? L("reopen") : L("close") }),
        caseRow("E", .edit, L("correct title, organisation, product, refs, tags"), bar: .withCases(13, "E") { _ in L("edit") }),
        caseRow("u", .undo, L("undo its last change (the timeline keeps both)")),
        caseRow("b", .brief, L("its brief: what a new representative needs")),
        caseRow("R", .ask, L("write what you ask for (the brief's request)")),
        caseRow("X", .export, L("export it: markdown, html, json or ics, redacted if you like")),
        caseRow("y", .copyBrief, L("copy its brief to the clipboard, to paste into a web form")),
        caseRow("Y", .copyDetails, L("copy its reference numbers (or the rung's phone number)")),
        KeyRow(.browse, [([.char("c")], .call)], section: .act, keys: "c", L("call timer: start (on hold), they answered, hang up"),
               bar: [.withCases(11, "c") { $0.call == nil ? L("call") : L("call>") }]),
        KeyRow(.browse, [([.char("C")], .hangUp)], section: .act, keys: "C", L("hang up now; then log the call with its times")),

        // Forms
        KeyRow(.form, [([.tab, .down], .nextField), ([.enter], .nextFieldOrSave)], section: .forms,
               keys: "Tab Down Enter", L("next field (Enter on the last field saves)"),
               bar: [.always(1, "Tab/Down", L("next")), .always(4, "Enter", L("next/save"))]),
        KeyRow(.form, [([.backTab, .up], .previousField)], section: .forms, keys: "Shift-Tab Up", L("previous field"),
               bar: [.always(2, "Up", L("previous"))]),
        KeyRow(.choice, [([.right, .char(" ")], .nextChoice), ([.left], .previousChoice)], section: .forms,
               keys: "Left Right Space", L("change a choice; a letter jumps to it"), bar: [.always(3, "Left/Right", L("choose"))]),
        KeyRow(.choice, [([.home], .firstChoice), ([.end], .lastChoice)], keys: "Home End", L("the first / last choice")),
        KeyRow(.form, [([.ctrl("s")], .save)], section: .forms, keys: "Ctrl-S", L("save"), bar: [.always(5, "Ctrl-S", L("save"))]),
        KeyRow(.form, [([.ctrl("x")], .editExternally)], section: .forms, keys: "Ctrl-X", L("write a note or request in $EDITOR")),
        KeyRow(.form, [([.escape], .cancel)], section: .forms, keys: "Esc", L("cancel, nothing saved"), bar: [.always(6, "Esc", L("cancel"))]),
        KeyRow(.text, [([.ctrl("a"), .home], .cursorStart), ([.ctrl("e"), .end], .cursorEnd)], section: .forms,
               keys: "Ctrl-A Ctrl-E", L("start / end of the text (also Home End)")),
        KeyRow(.text, [([.ctrl("u")], .deleteToStart), ([.ctrl("k")], .deleteToEnd), ([.ctrl("w")], .deleteWord)], section: .forms,
               keys: "Ctrl-U Ctrl-K Ctrl-W", L("delete to the start / to the end / a word")),
        KeyRow(.text, [([.ctrl("y")], .yank)], section: .forms, keys: "Ctrl-Y", L("put back what Ctrl-U, Ctrl-K or Ctrl-W deleted")),
        KeyRow(.text, [([.left, .ctrl("b")], .cursorLeft), ([.right, .ctrl("f")], .cursorRight)],
               keys: "Left Right  Ctrl-B Ctrl-F", L("a character back / forward")),
        KeyRow(.text, [([.backspace, .ctrl("h")], .deleteBack), ([.delete, .ctrl("d")], .deleteForward)],
               keys: "Backspace Delete  Ctrl-H Ctrl-D", L("delete the character before / under the cursor")),

        // Anywhere
        KeyRow(.browse, [([.char("?")], .showHelp)], section: .anywhere, keys: "?", L("this help"), bar: [.always(-2, "?", L("help"))]),
        KeyRow(.browse, [([.char("q")], .quit)], section: .anywhere, keys: "q", L("quit"), bar: [.always(-1, "q", L("quit"))]),
        KeyRow(.anywhere, [([.ctrl("c")], .quitNow)], section: .anywhere, keys: "Ctrl-C", L("quit at once")),
        KeyRow(.anywhere, [([.ctrl("l")], .redraw)], section: .anywhere, keys: "Ctrl-L", L("repaint the screen")),
        KeyRow(.anywhere, [([.ctrl("z")], .suspend)], section: .anywhere, keys: "Ctrl-Z", L("suspend; fg resumes")),

        // The filter line, the help screen and the brief: in the bar, not on the help screen.
        KeyRow(.filter, [([.enter], .keepFilter)], keys: "Enter", L("keep the filter, back to the list"), bar: [.always(1, "Enter", L("keep"))]),
        KeyRow(.filter, [([.escape], .dropFilter)], keys: "Esc", L("clear the filter, back to the list"), bar: [.always(2, "Esc", L("clear"))]),
        KeyRow(.filter, [([.down], .lineDown), ([.up], .lineUp)], keys: "Down Up", L("next / previous case while typing")),
        KeyRow(.help, [([.char("j"), .down], .lineDown), ([.char("k"), .up], .lineUp),
                       ([.pageDown, .char(" "), .ctrl("f")], .pageDown), ([.pageUp, .ctrl("b")], .pageUp),
                       ([.char("g"), .home], .top), ([.char("G"), .end], .bottom)],
               keys: "j k g G  Down Up PgDn PgUp Home End Space  Ctrl-F Ctrl-B", L("scroll the help"),
               bar: [.always(1, "j/k Space", L("scroll"))]),
        KeyRow(.help, [], other: .back, keys: L("any other key"), L("back to the cases"), bar: [.always(2, L("any other key"), L("back"))]),
        KeyRow(.brief, [([.char("j"), .down], .lineDown), ([.char("k"), .up], .lineUp),
                        ([.pageDown, .char(" "), .ctrl("f")], .pageDown), ([.pageUp, .ctrl("b")], .pageUp)],
               keys: "j k  Down Up PgDn PgUp Space  Ctrl-F Ctrl-B", L("scroll the brief"),
               bar: [.always(1, "j/k Space", L("scroll"))]),
        KeyRow(.brief, [([.char("R")], .editAsk)], keys: "R", L("write what you ask for"), bar: [.always(2, "R", L("what you ask for"))]),
        KeyRow(.today, [([.char("j"), .down], .lineDown), ([.char("k"), .up], .lineUp)], keys: "j k  Down Up", L("the next / previous thing to do"),
               bar: [.always(1, "j/k", L("move"))]),
        KeyRow(.today, [([.enter], .intoDetail)], keys: "Enter", L("go to the case"), bar: [.always(2, "Enter", L("the case"))]),
        KeyRow(.today, [([.char("c")], .call)], keys: "c", L("go to the case and start the call timer"), bar: [.always(3, "c", L("call"))]),
        KeyRow(.today, [], other: .back, keys: L("any other key"), L("back to the cases"), bar: [.always(4, L("any other key"), L("back"))]),
        KeyRow(.brief, [], other: .back, keys: L("any other key"), L("back to the cases"), bar: [.always(3, L("any other key"), L("back"))]),
    ] }

    private static func caseRow(_ key: Character, _ command: CaseCommand, _ help: String, bar: BarEntry? = nil) -> KeyRow {
        KeyRow(.browse, [([.char(key)], .onCase(command))], section: .act, keys: String(key), help, bar: bar.map { [$0] } ?? [])
    }

    /// The action of each key, by scope; a key bound twice in one scope fails the tests.
    private static let byScope: [KeyScope: [Key: KeyAction]] = {
        var table: [KeyScope: [Key: KeyAction]] = [:]
        for row in rows {
            for binding in row.bindings {
                for key in binding.keys { table[row.scope, default: [:]][key] = binding.action }
            }
        }
        return table
    }()

    private static let otherKeys: [KeyScope: KeyAction] = {
        var table: [KeyScope: KeyAction] = [:]
        for row in rows { if let a = row.otherKeys { table[row.scope] = a } }
        return table
    }()

    /// What `key` does in the first of `scopes` that binds it (or treats it as "any
    /// other key"); nil when none does.
    static func action(for key: Key, in scopes: KeyScope...) -> KeyAction? {
        for scope in scopes {
            if let a = byScope[scope]?[key] { return a }
        }
        for scope in scopes {
            if let a = otherKeys[scope] { return a }
        }
        return nil
    }

    /// The bottom bar for these scopes, in rank order, with the labels that apply now.
    static func bar(_ scopes: [KeyScope], app: App) -> [(String, String)] {
        rows.filter { scopes.contains($0.scope) }
            .flatMap(\.bar)
            .sorted { $0.rank < $1.rank }
            .compactMap { entry in entry.label(app).map { (entry.keys, $0) } }
    }
}

extension Key {
    /// How the help, the bar and Docs/FrontEnd.md name a key.
    var name: String {
        switch self {
        case .char(" "): return "Space"
        case let .char(c): return String(c)
        case let .ctrl(c): return "Ctrl-" + String(c).uppercased()
        case .up: return "Up"
        case .down: return "Down"
        case .left: return "Left"
        case .right: return "Right"
        case .home: return "Home"
        case .end: return "End"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .enter: return "Enter"
        case .tab: return "Tab"
        case .backTab: return "Shift-Tab"
        case .escape: return "Esc"
        case .backspace: return "Backspace"
        case .delete: return "Delete"
        }
    }
}
