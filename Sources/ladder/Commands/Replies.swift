import ArgumentParser
import LadderCore

/// `await` and `owe` differ only in who owes the reply.
protocol RaiseCommand: ParsableCommand {
    static var party: Party { get }
    var storeOptions: StoreOptions { get }
    var caseNumber: CaseNumber { get }
    var what: [String] { get }
    var due: String? { get }
    var who: String? { get }
    var at: String? { get }
}

extension RaiseCommand {
    func run() throws {
        try runReporting {
            let context = try Context(storeOptions)
            let at = try context.moment(at)
            let config = try context.config()
            let what = try StandardInput.words(what, flag: "<what>").joined(separator: " ")
            let file = try context.store.update(caseNumber.value) { file in
                let state = CaseState(file)
                let clocks = config.clocks(for: state.details.organisation)
                let due = try context.deadline(due, from: at, on: state.rung(at: at), clocks: clocks)
                try file.record(.raise(what: what, owedBy: Self.party, who: who, due: due),
                                at: at, now: context.now, clocks: clocks)
            }
            let state = CaseState(file)
            print(L("Case \(state.number): \(Render.replyLine(state.replies.last!, now: context.now))"))
        }
    }
}

struct Await: RaiseCommand {
    static let configuration = CommandConfiguration(
        commandName: "await",
        abstract: L("Record a reply they owe you (a call back, a resend, an answer)."),
        discussion: L("Example: ladder await 3 call back from the network team --due 2h --who \"network team\""))
    static let party = Party.them

    @OptionGroup var storeOptions: StoreOptions
    @Argument(help: ArgumentHelp(L("The case number."))) var caseNumber: CaseNumber
    @Argument(help: ArgumentHelp(L("What they promised."))) var what: [String] = []
    @Option(parsing: .unconditional, help: ArgumentHelp(L("When it is due, e.g. 17:00, fri, 2h, \"2 business days\" (default: the rung's reply window)."))) var due: String?
    @Option(help: ArgumentHelp(L("Who promised it."))) var who: String?
    @Option(parsing: .unconditional, help: ArgumentHelp(L("When it was promised (default: now)."))) var at: String?
}

struct Owe: RaiseCommand {
    static let configuration = CommandConfiguration(
        commandName: "owe",
        abstract: L("Record a reply you owe them (a screenshot, logs)."),
        discussion: L("Example: ladder owe 3 send mail server logs --due tomorrow"))
    static let party = Party.me

    @OptionGroup var storeOptions: StoreOptions
    @Argument(help: ArgumentHelp(L("The case number."))) var caseNumber: CaseNumber
    @Argument(help: ArgumentHelp(L("What you promised."))) var what: [String] = []
    @Option(parsing: .unconditional, help: ArgumentHelp(L("When it is due, e.g. 17:00, fri, 2h, \"2 business days\" (default: the rung's reply window)."))) var due: String?
    @Option(help: ArgumentHelp(L("Whom it is owed to."))) var who: String?
    @Option(parsing: .unconditional, help: ArgumentHelp(L("When you promised it (default: now)."))) var at: String?
}

struct Clear: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clear",
        abstract: L("Clear a pending reply: kept or late (by its due time), or --broken."),
        discussion: L("ITEM is the reply's number shown by `ladder show`; it may be left out when only one is open."))

    @OptionGroup var storeOptions: StoreOptions
    @Argument(help: ArgumentHelp(L("The case number."))) var caseNumber: CaseNumber
    @Argument(help: ArgumentHelp(L("The reply's number.")), completion: .custom(Completions.replies)) var item: String?
    @Flag(help: ArgumentHelp(L("The promise was broken (given up on)."))) var broken = false
    @Option(help: ArgumentHelp(L("What happened."))) var note: String?
    @Option(parsing: .unconditional, help: ArgumentHelp(L("When the reply came (default: now)."))) var at: String?

    func run() throws {
        try runReporting {
            let context = try Context(storeOptions)
            let at = try context.moment(at)
            try context.record(.clear(item: item, broken: broken, note: try StandardInput.text(note, flag: "--note")), on: caseNumber, at: at)
        }
    }
}
