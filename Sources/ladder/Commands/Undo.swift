import ArgumentParser
import Foundation
import LadderCore

struct Undo: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "undo",
        abstract: L("Revert the last change (or a case's last change) with a new event; asks first."),
        discussion: L("The change stays in the timeline, marked [undone], beside the undo itself, so the history stays honest. Undoing a case's opening withdraws the case. Run it again to go further back. Without a terminal to ask on, add --yes."))

    @OptionGroup var storeOptions: StoreOptions
    @Argument(help: ArgumentHelp(L("Only this case's last change (default: the last change in the store)."))) var caseNumber: CaseNumber?
    @Flag(name: [.short, .long], help: ArgumentHelp(L("Revert without asking."))) var yes = false
    @Option(help: ArgumentHelp(L("Why it is undone (kept with the undo)."))) var note: String?

    func run() throws {
        try runReporting {
            let context = try Context(storeOptions)
            let found: (file: CaseFile, event: Event)?
            if let n = caseNumber {
                let file = try context.store.load(n.value)
                found = CaseState(file).lastChange.map { (file, $0) }
                if found == nil { throw LadderError(.data, field: .caseNumber, L("case \(n.value) has no change to undo")) }
            } else {
                found = try context.store.lastChange()
            }
            guard let (file, event) = found else {
                print(L("Nothing to undo."))
                return
            }
            let state = CaseState(file)
            let what = TimelineText.glance(event, in: state, zone: context.zone)
            print(L("Undo on case \(state.number) (\(TerminalText.line(state.details.title))):"))
            print("  \(TimeText.short(event.at, zone: context.zone))  \(what)")
            print("  " + L("recorded \(TimeText.short(event.recorded, zone: context.zone))"))
            if event.kind.isOpening { print("  " + L("(this was its opening: the case will be withdrawn)")) }
            if !yes {
                guard isatty(STDIN_FILENO) == 1 else {
                    let command = "ladder undo" + (caseNumber.map { " \($0.value)" } ?? "") + " --yes"
                    throw CLIError(kind: .usage, flag: "--yes", message: L("undo asks before it reverts, and standard input is not a terminal"),
                                   hint: L("add --yes to revert without asking: \(command)"))
                }
                Swift.print(L("Revert it? [y/N] "), terminator: "")
                fflush(nil)
                let answer = readLine()?.trimmingCharacters(in: .whitespaces).lowercased() ?? ""
                guard answer == "y" || answer == "yes" else {
                    print(L("Not undone."))
                    return
                }
            }
            let noteText = try StandardInput.text(note, flag: "--note")
            // Under the lock, against the case as it is now: refused if it changed meanwhile.
            let saved = try context.store.update(state.number) { f in
                guard CaseState(f).lastChange?.id == event.id else {
                    throw LadderError(.data, field: .caseNumber, L("case \(state.number) changed since; nothing was undone"),
                                      hint: L("run ladder undo again to see its last change"))
                }
                try f.record(.undo(event: event.id, note: noteText), at: context.now, now: context.now)
            }
            let after = CaseState(saved)
            let line = TimelineText.describe(saved.events.last!, in: after, zone: context.zone).line
            print(after.status == .withdrawn ? L("Case \(after.number): \(line) (case withdrawn)") : L("Case \(after.number): \(line)"))
        }
    }
}
