import ArgumentParser
import LadderCore

struct Escalate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "escalate",
        abstract: "Move a case up the ladder (or back down with --to).",
        discussion: "Example: ladder escalate 3 --reason \"no acknowledgement in 2 days\"")

    @OptionGroup var storeOptions: StoreOptions
    @Argument(help: "The case number.") var caseNumber: CaseNumber
    @Option(help: "The rung to move to (default: the next one up).") var to: Rung?
    @Option(help: "Why.") var reason: String
    @Option(parsing: .unconditional, help: "When it happened (default: now).") var at: String?

    func run() throws {
        try runReporting(flags: [.rung: "--to"]) {
            let context = try Context(storeOptions)
            let at = try context.moment(at)
            try context.record(.escalate(to: to, reason: reason), on: caseNumber, at: at)
        }
    }
}
