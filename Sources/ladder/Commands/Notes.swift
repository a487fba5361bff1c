import ArgumentParser
import LadderCore

struct Note: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "note", abstract: "Add a note to a case's timeline.")

    @OptionGroup var storeOptions: StoreOptions
    @Argument(help: "The case number.") var caseNumber: CaseNumber
    @Argument(help: "The note.") var text: [String] = []
    @Option(parsing: .unconditional, help: "When it happened (default: now).") var at: String?
    @Flag(help: "Write the note in $EDITOR.") var edit = false

    func run() throws {
        try runReporting(flags: [.note: "TEXT"]) {
            let context = try Context(storeOptions)
            let at = try context.moment(at)
            var note = text.joined(separator: " ")
            if edit {
                guard text.isEmpty else { throw CLIError(kind: .usage, flag: "--edit", message: "give the text or --edit, not both") }
                _ = try context.store.load(caseNumber.value)  // before the editor: the case must exist
                note = try Editor.edit("", about: "A note on case \(caseNumber.value).")
            }
            try context.record(.note(note), on: caseNumber, at: at)
        }
    }
}

struct Edit: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "edit",
        abstract: "Correct a case's title, organisation, product, references or tags.",
        discussion: "The correction is a new event; the timeline keeps what was there before.")

    @OptionGroup var storeOptions: StoreOptions
    @Argument(help: "The case number.") var caseNumber: CaseNumber
    @Option(help: "A new title.") var title: String?
    @Option(help: "A new organisation.") var org: String?
    @Option(help: "A new product (empty to remove).") var product: String?
    @Option(name: .customLong("add-ref"), help: "Add a reference number; repeatable.") var addRef: [String] = []
    @Option(name: .customLong("drop-ref"), help: "Remove a reference number; repeatable.") var dropRef: [String] = []
    @Option(name: .customLong("add-tag"), help: "Add a tag; repeatable.") var addTag: [String] = []
    @Option(name: .customLong("drop-tag"), help: "Remove a tag; repeatable.") var dropTag: [String] = []

    func run() throws {
        try runReporting(flags: [.title: "--title"]) {
            let context = try Context(storeOptions)
            let file = try context.store.update(caseNumber.value) { file in
                let d = CaseState(file).details
                func changed(_ list: [String], add: [String], drop: [String], flag: String) throws -> [String]? {
                    if add.isEmpty && drop.isEmpty { return nil }
                    for x in drop where !list.contains(x) {
                        throw CLIError(kind: .data, flag: flag, message: "case \(file.number) has no \"\(x)\"",
                                       hint: list.isEmpty ? nil : "it has: \(list.joined(separator: ", "))")
                    }
                    return list.filter { !drop.contains($0) } + add.filter { !list.contains($0) }
                }
                let edit = CaseEdit(title: title, organisation: org, product: product,
                                    references: try changed(d.references, add: addRef, drop: dropRef, flag: "--drop-ref"),
                                    tags: try changed(d.tags, add: addTag, drop: dropTag, flag: "--drop-tag"))
                try file.record(.edit(edit), at: context.now, now: context.now)
            }
            let state = CaseState(file)
            print("Case \(state.number): " + TimelineText.describe(file.events.last!, in: state).line)
        }
    }
}

struct Close: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "close",
        abstract: "Close a case as resolved (or --abandoned).",
        discussion: "Replies still pending when a case closes count as broken promises.")

    @OptionGroup var storeOptions: StoreOptions
    @Argument(help: "The case number.") var caseNumber: CaseNumber
    @Flag(help: "You gave up rather than got it resolved.") var abandoned = false
    @Option(help: "How it ended.") var note: String?
    @Option(parsing: .unconditional, help: "When it ended (default: now).") var at: String?

    func run() throws {
        try runReporting {
            let context = try Context(storeOptions)
            let at = try context.moment(at)
            let state = try context.record(.close(abandoned ? .abandoned : .resolved, note: note), on: caseNumber, at: at)
            let broken = state.replies.filter { $0.clearedAt == state.closedAt && $0.outcome == .broken }
            for r in broken { print("  reply \(r.item) was still open: counted as broken") }
        }
    }
}

struct Reopen: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reopen",
        abstract: "Reopen a closed case; its history is kept.")

    @OptionGroup var storeOptions: StoreOptions
    @Argument(help: "The case number.") var caseNumber: CaseNumber
    @Option(help: "Why (e.g. the fault came back).") var reason: String
    @Option(parsing: .unconditional, help: "When (default: now).") var at: String?

    func run() throws {
        try runReporting {
            let context = try Context(storeOptions)
            let at = try context.moment(at)
            try context.record(.reopen(reason: reason), on: caseNumber, at: at)
        }
    }
}
