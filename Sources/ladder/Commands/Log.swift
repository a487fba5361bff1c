import ArgumentParser
import LadderCore

enum DirectionFlag: String, EnumerableFlag {
    case out, `in`, failed

    static func help(for value: DirectionFlag) -> ArgumentHelp? {
        switch value {
        case .out: return "You reached them (the default)."
        case .in: return "They reached you."
        case .failed: return "You tried and did not get through."
        }
    }
}

struct Log: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log",
        abstract: "Record a contact, or a failed attempt at one.",
        discussion: """
            Example: ladder log 3 --via phone --with "fault desk" --held 40m --took 30m \
            --at "fri 10:30" --note "must repeat it all later"
            """)

    @OptionGroup var storeOptions: StoreOptions
    @Argument(help: "The case number.") var caseNumber: CaseNumber
    @Option(help: "How: phone, email, web, visit, letter, chat or social.") var via: Channel
    @Flag var direction: DirectionFlag = .out
    @Option(help: "Why an attempt failed (implies --failed): no-answer, wrong-number, bounced, line-closed, other.")
    var failure: FailureReason?
    @Option(help: "The rung it happened on (default: the case's rung at that time).") var rung: Rung?
    @Option(help: "The person or desk.") var with: String?
    @Option(help: "Time on hold or waiting, e.g. 40m.") var held: String?
    @Option(help: "How long it lasted, e.g. 30m.") var took: String?
    @Option(parsing: .unconditional, help: "When it happened (default: now).") var at: String?
    @Option(help: "What was said.") var note: String?
    @Flag(help: "Write what was said in $EDITOR.") var edit = false

    func run() throws {
        try runReporting {
            let context = try Context(storeOptions)
            let at = try context.moment(at)
            let failed = direction == .failed || failure != nil
            if failure != nil, direction != .out, direction != .failed {
                throw CLIError(kind: .usage, flag: "--failure", message: "--failure describes a failed attempt, not --in",
                               hint: "write e.g. --failed --failure no-answer")
            }
            var said = note
            if edit {
                guard note == nil else { throw CLIError(kind: .usage, flag: "--edit", message: "give --note or --edit, not both") }
                _ = try context.store.load(caseNumber.value)  // before the editor: the case must exist
                said = try Editor.edit("", about: "What was said: a \(via.rawValue) contact on case \(caseNumber.value).")
            }
            let contact = Contact(
                channel: via,
                direction: failed ? .failed : (direction == .in ? .incoming : .outgoing),
                failure: failure, rung: rung, with: with,
                held: try context.duration(held, flag: "--held"),
                took: try context.duration(took, flag: "--took"), note: said)
            try context.record(.log(contact), on: caseNumber, at: at)
        }
    }
}
