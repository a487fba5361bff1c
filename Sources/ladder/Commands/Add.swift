import ArgumentParser
import Foundation
import LadderCore

struct Add: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: L("Open a new case (quick-add)."),
        discussion: L("Example: ladder add Mail from two handsets bounces --org \"Example Mobile\" --rung shop --await \"call back with a fix\" --due 17:00\nEach --due belongs to the --await or --owe just before it; without one, the rung's reply window applies (set per organisation: ladder org edit NAME --window; man 5 ladder-store). --due also takes business time: \"2 business days\", 8bh."))

    @OptionGroup var storeOptions: StoreOptions
    @Argument(help: ArgumentHelp(L("What is wrong, in a few words."))) var title: [String] = []
    @Option(help: ArgumentHelp(L("The company.")), completion: .custom(Completions.organisations)) var org: String = ""
    @Option(help: ArgumentHelp(L("The product or service concerned."))) var product: String?
    @Option(help: ArgumentHelp(L("The rung the case starts on."))) var rung: Rung = .shop
    @Option(help: ArgumentHelp(L("A reference number of theirs (customer, ticket, case); repeatable."))) var ref: [String] = []
    @Option(help: ArgumentHelp(L("A tag; repeatable."))) var tag: [String] = []
    @Option(help: ArgumentHelp(L("A note to open the case with."))) var note: String?
    @Option(parsing: .unconditional, help: ArgumentHelp(L("When it started (default: now), e.g. \"wed 15:00\", -2h."))) var at: String?
    @Option(help: ArgumentHelp(L("A reply they owe you; repeatable."))) var `await`: [String] = []
    @Option(help: ArgumentHelp(L("A reply you owe them; repeatable."))) var owe: [String] = []
    @Option(parsing: .unconditionalSingleValue, help: ArgumentHelp(L("When the reply before it is due, e.g. 17:00, tomorrow, 2h."))) var due: [String] = []
    @Flag(help: ArgumentHelp(L("Print the new case as JSON."))) var json = false

    func run() throws {
        try runReporting {
            let context = try Context(storeOptions)
            let at = try context.moment(at)
            let config = try context.config()
            let clocks = config.clocks(for: org)
            // An alias is shorthand: the case is filed under the organisation's name, as
            // the reports and the front end name it.
            let org = config.name(of: org)
            let pairs = try DuePairing.pair(arguments: Array(CommandLine.arguments.dropFirst()),
                                            awaits: `await`, owes: owe, dues: due)
            let replies = try pairs.map { p in
                ReplyRequest(what: try StandardInput.text(p.what, flag: p.owedBy == .me ? "--owe" : "--await")!,
                             owedBy: p.owedBy, due: try context.deadline(p.due, from: at, on: rung, clocks: clocks))
            }
            let title = try StandardInput.words(title, flag: "<title>").joined(separator: " ")
            let note = try StandardInput.text(note, flag: "--note")
            let product = try StandardInput.text(product, flag: "--product")
            let details = CaseDetails(title: title, organisation: org, product: product,
                                      references: ref, tags: tag)
            let file = try context.store.create { number in
                try CaseFile.open(number: number, details: details, rung: rung, note: note,
                                  replies: replies, at: at, now: context.now, clocks: clocks)
            }
            let state = CaseState(file)
            if json {
                try printJSON(CaseJSON(state, now: context.now, detailed: false))
            } else {
                print(L("Added case \(state.number): \(TerminalText.line(state.details.title)) (\(TerminalText.line(state.details.organisation)), \(state.rung.name))"))
                for r in state.openReplies { print("  " + Render.replyLine(r, now: context.now)) }
            }
        }
    }
}
