import ArgumentParser
import LadderCore

enum DirectionFlag: String, EnumerableFlag {
    case out, `in`, failed, missed

    static func help(for value: DirectionFlag) -> ArgumentHelp? {
        switch value {
        case .out: return ArgumentHelp(L("You reached them."))
        case .in: return ArgumentHelp(L("They reached you."))
        case .failed: return ArgumentHelp(L("You tried and did not get through."))
        case .missed: return ArgumentHelp(L("They tried and did not get through: a missed call or a voicemail (not an answer)."))
        }
    }

    var direction: ContactDirection {
        switch self {
        case .out: return .outgoing
        case .in: return .incoming
        case .failed: return .failed
        case .missed: return .missed
        }
    }
}

struct Log: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log",
        abstract: L("Record a contact, a failed attempt at one, or a missed call."),
        discussion: L("Example: ladder log 3 --via phone --desk \"fault desk\" --with \"Sato\" --held 40m --took 30m --at \"fri 10:30\" --note \"must repeat it all later\"\nThe contact's rung: --rung if given; else the rung of the contact point that --desk (or --with) names in the config; else the case's rung at the time. ladder says which.\nA missed call or voicemail (--missed, with --number for the number they left) is shown but is not an answer: it keeps no promise and does not end a silence."))

    @OptionGroup var storeOptions: StoreOptions
    @Argument(help: ArgumentHelp(L("The case number."))) var caseNumber: CaseNumber
    @Option(help: ArgumentHelp(L("How: \(Channel.namesForHelp) (post is letter)."))) var via: Channel
    @Flag var direction: DirectionFlag = .out
    @Option(help: ArgumentHelp(L("Why an attempt failed (implies --failed): \(FailureReason.namesForHelp).")))
    var failure: FailureReason?
    @Option(help: ArgumentHelp(L("The rung it happened on (default: the contact point's, else the case's rung at that time)."))) var rung: Rung?
    @Option(help: ArgumentHelp(L("The person spoken to (redacted in a published write-up).")), completion: .custom(Completions.people)) var with: String?
    @Option(name: [.customLong("desk"), .customLong("point")],
            help: ArgumentHelp(L("The desk or contact point (never redacted); a configured contact point sets the rung.")),
            completion: .custom(Completions.contactPoints)) var desk: String?
    @Option(help: ArgumentHelp(L("With --missed: the number they left."))) var number: String?
    @Option(parsing: .unconditional, help: ArgumentHelp(L("Time on hold or waiting, e.g. 40m (24h at the most)."))) var held: String?
    @Option(parsing: .unconditional, help: ArgumentHelp(L("How long it lasted, e.g. 30m (24h at the most)."))) var took: String?
    @Option(parsing: .unconditional, help: ArgumentHelp(L("When it happened (default: now)."))) var at: String?
    @Option(help: ArgumentHelp(L("What was said."))) var note: String?
    @Flag(help: ArgumentHelp(L("Write what was said in $EDITOR."))) var edit = false

    func run() throws {
        try runReporting {
            let context = try Context(storeOptions)
            let at = try context.moment(at)
            if failure != nil, direction != .out, direction != .failed {
                throw CLIError(kind: .usage, flag: "--failure", message: L("--failure describes a failed attempt, not --\(direction.rawValue)"),
                               hint: L("write e.g. --failed --failure no-answer"))
            }
            if number != nil, direction != .missed {
                throw CLIError(kind: .usage, flag: "--number", message: L("--number is the number they left with a missed call"),
                               hint: L("write e.g. --missed --number 03-1234-5678"))
            }
            var said = try StandardInput.text(note, flag: "--note")
            if edit {
                guard note == nil else { throw CLIError(kind: .usage, flag: "--edit", message: L("give --note or --edit, not both")) }
                _ = try context.store.load(caseNumber.value)  // before the editor: the case must exist
                said = try Editor.edit("", about: L("What was said: a \(via.name) contact on case \(caseNumber.value)."))
            }
            let contact = Contact(
                channel: via,
                direction: failure != nil ? .failed : direction.direction,
                failure: failure, rung: rung, with: with, desk: desk, number: number,
                held: try context.duration(held, flag: "--held"),
                took: try context.duration(took, flag: "--took"), note: said)
            let config = try context.config()
            var placement: ContactPlacement?
            try context.record(on: caseNumber, at: at) { state in
                let placed = state.placing(contact, organisation: config.organisation(for: state.details.organisation), at: at)
                placement = placed
                return .log(placed.contact)
            }
            if let placement { print("  " + placement.explanation) }
        }
    }
}
