import ArgumentParser
import LadderCore

struct Note: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "note", abstract: L("Add a note to a case's timeline."))

    @OptionGroup var storeOptions: StoreOptions
    @Argument(help: ArgumentHelp(L("The case number."))) var caseNumber: CaseNumber
    @Argument(help: ArgumentHelp(L("The note."))) var text: [String] = []
    @Option(parsing: .unconditional, help: ArgumentHelp(L("When it happened (default: now)."))) var at: String?
    @Flag(help: ArgumentHelp(L("Write the note in $EDITOR."))) var edit = false

    func run() throws {
        try runReporting(flags: [.note: "<text>"]) {
            let context = try Context(storeOptions)
            let at = try context.moment(at)
            var note = try StandardInput.words(text, flag: "<text>").joined(separator: " ")
            if edit {
                guard text.isEmpty else { throw CLIError(kind: .usage, flag: "--edit", message: L("give the text or --edit, not both")) }
                _ = try context.store.load(caseNumber.value)  // before the editor: the case must exist
                note = try Editor.edit("", about: L("A note on case \(caseNumber.value)."))
            }
            try context.record(.note(note), on: caseNumber, at: at)
        }
    }
}

struct Edit: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "edit",
        abstract: L("Correct a case's title, organisation, product, references or tags."),
        discussion: L("The correction is a new event; the timeline keeps what was there before."))

    @OptionGroup var storeOptions: StoreOptions
    @Argument(help: ArgumentHelp(L("The case number."))) var caseNumber: CaseNumber
    @Option(help: ArgumentHelp(L("A new title."))) var title: String?
    @Option(help: ArgumentHelp(L("A new organisation."))) var org: String?
    @Option(help: ArgumentHelp(L("A new product (empty to remove)."))) var product: String?
    @Option(name: .customLong("add-ref"), help: ArgumentHelp(L("Add a reference number; repeatable."))) var addRef: [String] = []
    @Option(name: .customLong("drop-ref"), help: ArgumentHelp(L("Remove a reference number; repeatable."))) var dropRef: [String] = []
    @Option(name: .customLong("add-tag"), help: ArgumentHelp(L("Add a tag; repeatable."))) var addTag: [String] = []
    @Option(name: .customLong("drop-tag"), help: ArgumentHelp(L("Remove a tag; repeatable."))) var dropTag: [String] = []

    func run() throws {
        try runReporting(flags: [.title: "--title"]) {
            let context = try Context(storeOptions)
            // Read before the store is locked: standard input may take its time.
            let title = try StandardInput.text(title, flag: "--title")
            let product = try StandardInput.text(product, flag: "--product")
            let org = try org.map { try context.config().name(of: $0) }
            // What is already so changes nothing, and says so (exit 0, nothing written):
            // found under the lock, against the case as it is, as a refusal is.
            struct NothingChanged: Error {}
            let file: CaseFile
            do {
                file = try context.store.update(caseNumber.value) { file in
                    let d = CaseState(file).details
                    func changed(_ list: [String], add: [String], drop: [String], flag: String) throws -> [String]? {
                        if add.isEmpty && drop.isEmpty { return nil }
                        for x in drop where !list.contains(x) {
                            let has = list.joined(separator: L(", "))
                            throw CLIError(kind: .data, flag: flag, message: L("case \(file.number) has no \"\(x)\""),
                                           hint: list.isEmpty ? nil : L("it has: \(has)"))
                        }
                        var kept = list.filter { !drop.contains($0) }
                        for x in add where !kept.contains(x) { kept.append(x) }  // each once, `--add-tag a --add-tag a` too
                        return kept
                    }
                    let edit = CaseEdit(title: title, organisation: org, product: product,
                                        references: try changed(d.references, add: addRef, drop: dropRef, flag: "--drop-ref"),
                                        tags: try changed(d.tags, add: addTag, drop: dropTag, flag: "--drop-tag"))
                    // Compared as the correction would keep them (a blank title stays blank, and is refused).
                    let kept = CaseEdit(title: title.map { $0.nonBlankCLI ?? $0 }, organisation: org, product: product.map { $0.nonBlankCLI ?? "" },
                                        references: edit.references, tags: edit.tags)
                    if !edit.isEmpty, kept.changing(d).isEmpty { throw NothingChanged() }
                    try file.record(.edit(edit), at: context.now, now: context.now)
                }
            } catch is NothingChanged {
                print(L("Case \(caseNumber.value) has these details already; nothing changed"))
                return
            }
            let state = CaseState(file)
            let line = TimelineText.describe(file.events.last!, in: state).line
            print(L("Case \(state.number): \(line)"))
        }
    }
}

extension Resolution: ExpressibleByArgument {
    /// `partly-resolved`, or its Japanese name as help shows it (`一部解決`).
    public init?(argument: String) {
        let word = argument.precomposedStringWithCompatibilityMapping.trimmingCharacters(in: .whitespaces)
        if let r = Resolution(rawValue: word.lowercased()) { self = r; return }
        guard let r = Resolution.allCases.first(where: { r in Language.$bound.withValue(.ja) { r.name } == word }) else { return nil }
        self = r
    }
}

struct Close: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "close",
        abstract: L("Close a case with its outcome, and judge their final answer with the apology test."),
        discussion: L("Outcomes: resolved, partly-resolved, abandoned, taken-to-regulator. A reply still pending when the case closes is judged by its own due time: one already overdue counts as broken, one not yet due stays watched on the closed case until you clear it (--broken-open counts them all broken now). The apology test (any of --acknowledged-event, --explained-cause, --acknowledged-trouble, --promise): did they acknowledge what happened, explain its cause, acknowledge your trouble, and make a concrete promise (what, --by when) rather than a general declaration? A concrete promise becomes a pending reply owed by them, watched on the closed case until you clear it. Example: ladder close 3 --outcome partly-resolved --acknowledged-event --promise \"refund of two months\" --by 2026-08-31"))

    @OptionGroup var storeOptions: StoreOptions
    @Argument(help: ArgumentHelp(L("The case number."))) var caseNumber: CaseNumber
    @Option(help: ArgumentHelp(L("resolved (without --outcome or --abandoned), partly-resolved, abandoned or taken-to-regulator."))) var outcome: Resolution?
    @Flag(help: ArgumentHelp(L("The same as --outcome abandoned."))) var abandoned = false
    @Option(help: ArgumentHelp(L("How it ended."))) var note: String?
    @Option(parsing: .unconditional, help: ArgumentHelp(L("When it ended (default: now)."))) var at: String?
    @Flag(name: .customLong("acknowledged-event"), help: ArgumentHelp(L("Apology test: they acknowledged what happened."))) var acknowledgedEvent = false
    @Flag(name: .customLong("explained-cause"), help: ArgumentHelp(L("Apology test: they explained its cause."))) var explainedCause = false
    @Flag(name: .customLong("acknowledged-trouble"), help: ArgumentHelp(L("Apology test: they acknowledged your trouble."))) var acknowledgedTrouble = false
    @Option(help: ArgumentHelp(L("Apology test: their concrete promise (what)."))) var promise: String?
    @Option(parsing: .unconditional, help: ArgumentHelp(L("When the promise is due, e.g. 2026-08-31, \"in 2w\"."))) var by: String?
    @Flag(help: ArgumentHelp(L("Count every reply still pending as broken now, even those not yet due."))) var brokenOpen = false

    func run() throws {
        try runReporting(flags: [.due: "--by", .what: "--promise"]) {
            if abandoned, let o = outcome, o != .abandoned {
                throw CLIError(kind: .usage, flag: "--abandoned", message: L("--abandoned and --outcome \(o.rawValue) disagree"))
            }
            let context = try Context(storeOptions)
            let at = try context.moment(at)
            let due = try by.map { try context.deadline($0, from: at, on: .shop, clocks: .standard(), flag: "--by")! }
            let note = try StandardInput.text(note, flag: "--note")
            let promise = try StandardInput.text(promise, flag: "--promise")
            let judged = acknowledgedEvent || explainedCause || acknowledgedTrouble || promise != nil || by != nil
            let resolution = outcome ?? (abandoned ? .abandoned : .resolved)
            let test = ApologyTest(acknowledgedEvent: acknowledgedEvent, explainedCause: explainedCause,
                                   acknowledgedTrouble: acknowledgedTrouble, promise: promise)
            let open: ClosingChoice = brokenOpen ? .breakOpen : .watch
            let action: CaseAction = judged ? .closeJudged(resolution, note: note, test: test, due: due, open: open)
                : .close(resolution, note: note, open: open)
            var added: [Event] = []
            let file = try context.store.update(caseNumber.value) { f in
                let before = f.events.count
                try f.record(action, at: at, now: context.now)
                added = Array(f.events[before...])
            }
            let state = CaseState(file)
            print(L("Case \(state.number): closed: \(state.status.name)"))
            // Said, so that a close without its outcome is no quiet claim of success.
            if outcome == nil && !abandoned { print("  " + L("no --outcome given: recorded as resolved (ladder undo, then close with --outcome, to say otherwise)")) }
            // Only what this closing settled: a reply cleared earlier, even in the same second, is not named.
            for case let .replyCleared(id, true, _) in added.map(\.kind) {
                guard let r = state.replies.first(where: { $0.reply.id == id }) else { continue }
                print("  " + (r.reply.due < at ? L("reply \(r.item) was overdue: counted as broken") : L("reply \(r.item) was still open: counted as broken")))
            }
            if let a = state.apology { print("  " + L("apology test: \(TerminalText.line(a.summary))")) }
            for r in state.openReplies {
                let due = TimeText.short(r.reply.due, zone: context.zone, near: context.now)
                print("  " + (r.reply.owedBy == .them
                    ? L("their promise is watched as reply \(r.item), due \(due); clear it when it comes: ladder clear \(state.number) \(r.item)")
                    : L("your reply is watched as reply \(r.item), due \(due); clear it when it comes: ladder clear \(state.number) \(r.item)")))
            }
        }
    }
}

struct Reopen: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reopen",
        abstract: L("Reopen a closed case; its history is kept."))

    @OptionGroup var storeOptions: StoreOptions
    @Argument(help: ArgumentHelp(L("The case number."))) var caseNumber: CaseNumber
    @Option(help: ArgumentHelp(L("Why (e.g. the fault came back)."))) var reason: String
    @Option(parsing: .unconditional, help: ArgumentHelp(L("When (default: now)."))) var at: String?

    func run() throws {
        try runReporting {
            let context = try Context(storeOptions)
            let at = try context.moment(at)
            try context.record(.reopen(reason: try StandardInput.text(reason, flag: "--reason")!), on: caseNumber, at: at)
        }
    }
}
