import ArgumentParser
import Foundation
import LadderCore

struct Escalate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "escalate",
        abstract: L("Move a case up the ladder (or back down with --to)."),
        discussion: L("Example: ladder escalate 3 --reason \"no acknowledgement in 2 days\"\nPromises of theirs still open on the rung the case leaves stay open (shown as still owed by that rung, and no reason to climb again), unless --carry raises each again on the new rung or --break-open counts them broken. In a terminal, ladder asks."))

    @OptionGroup var storeOptions: StoreOptions
    @Argument(help: ArgumentHelp(L("The case number."))) var caseNumber: CaseNumber
    @Option(help: ArgumentHelp(L("The rung to move to (default: the next one up)."))) var to: Rung?
    @Option(help: ArgumentHelp(L("Why."))) var reason: String
    @Option(parsing: .unconditional, help: ArgumentHelp(L("When it happened (default: now)."))) var at: String?
    @Flag(help: ArgumentHelp(L("Raise the promises still open on the rung it leaves again on the new rung, with its reply window.")))
    var carry = false
    @Flag(help: ArgumentHelp(L("Count the promises still open on the rung it leaves as broken."))) var breakOpen = false

    func validate() throws {
        if carry, breakOpen {
            throw ValidationError(L("give --carry or --break-open, not both"))
        }
    }

    func run() throws {
        try runReporting(flags: [.rung: "--to"]) {
            let context = try Context(storeOptions)
            let at = try context.moment(at)
            let before = CaseState(try context.store.load(caseNumber.value))
            let left = before.isOpen ? before.leftOpenReplies(leaving: before.rung(at: at), at: at) : []
            let choice: LeftOpen = carry ? .carry : breakOpen ? .breakThem : left.isEmpty ? .keep : ask(about: left, of: before)
            try context.record(.escalate(to: to, reason: try StandardInput.text(reason, flag: "--reason")!, leftOpen: choice), on: caseNumber, at: at)
            if choice == .keep, !left.isEmpty {
                let items = left.map { "#\($0.item)" }.joined(separator: L(", "))
                print("  " + L("still open, owed by \(left[0].rung.name): \(items) (--carry or --break-open decide otherwise)"))
            }
        }
    }

    /// In a terminal, asks what becomes of the promises left open; elsewhere they stay open.
    private func ask(about left: [ReplyState], of state: CaseState) -> LeftOpen {
        guard isatty(STDIN_FILENO) == 1 else { return .keep }
        print(L("Still open on \(left[0].rung.name):"))
        for r in left { print("  " + Render.replyLine(r, now: Date())) }
        Swift.print(L("Carry them up [c], count them broken [b], or keep them open as they are [K]? "), terminator: "")
        fflush(nil)
        switch readLine()?.trimmingCharacters(in: .whitespaces).lowercased() ?? "" {
        case "c", "carry": return .carry
        case "b", "broken", "break": return .breakThem
        default: return .keep
        }
    }
}
