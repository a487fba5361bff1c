import ArgumentParser
import Foundation
#if canImport(Glibc)
import Glibc
#endif
import LadderCore

@main
struct Ladder: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ladder",
        abstract: L("Track complaints as they climb a company's escalation ladder."),
        discussion: L("Every case sits on a rung (shop, call-centre, technical-desk, executive, regulator) and keeps a timeline of contacts, escalations and promised replies. Times such as --at and --due take words like 17:00, tomorrow 9:00, fri, 6/2, in 2h, -30m, eod, next monday, 2026-07-20T15:00, P2D, and for due times \"2 business days\". Without a subcommand, ladder opens the full-screen front end (? there lists every key; try it with: ladder demo). Free text given as - is read from standard input.\n\nExit status:\n  0    done; for reports and doctor, nothing is overdue or wrong\n  1    reports: a reply is overdue (either way); doctor: a problem remains\n  64   usage: a flag, a value or a date could not be read\n  65   data: no such case, a due time before its event, a damaged file\n  69   the front end: the terminal type is unknown to ncurses; sync: no git\n  74   the store could not be read, written or locked (over 10 s)\n  75   sync: the remote could not be reached or refused the push (try again)\n  78   the config file cannot be used (bad JSON, an unknown key, bad hours);\n       sync: the store is not a git repository, or the remote not a ladder store\n  130, 143, 129   the front end was ended by Ctrl-C, SIGTERM or SIGHUP\n\nMore: man ladder; the store, the config and the JSON output: man 5 ladder-store."),
        version: versionLine,
        subcommands: [
            Add.self, List.self, Show.self, Log.self, Escalate.self,
            Await.self, Owe.self, Clear.self, MailCommand.self, Note.self, Edit.self, Close.self, Reopen.self, Ask.self, BriefCommand.self, Export.self, Import.self, Backup.self, Undo.self, Doctor.self,
            Report.self, Org.self, ConfigCommand.self, Sync.self, MergeDriver.self, Demo.self,
        ]
    )

    @OptionGroup var storeOptions: StoreOptions

    /// Notes when ladder started before anything else runs (Swift makes globals on
    /// first use), so the front end's first-frame figure counts the whole start.
    static func main() {
        _ = processStarted
        LanguageChoice.settle(arguments: CommandLine.arguments.dropFirst(), environment: ProcessInfo.processInfo.environment)
        Output.settle(arguments: CommandLine.arguments.dropFirst(), environment: ProcessInfo.processInfo.environment)
        scanAhead(CommandLine.arguments.dropFirst())
        if let message = UnknownCommand.message(CommandLine.arguments.dropFirst(), root: Ladder.self) {
            printError(message)
            Glibc.exit(64)
        }
        do {
            var command = try parseAsRoot()
            // Not for the front end, which runs for hours (`LargePages`).
            if !(command is Ladder || command is Demo) { LargePages.settle() }
            try command.run()
        } catch {
            exitInert(withError: error)
        }
    }

    /// Exits as argument-parser would, but with its messages as inert as ladder's own:
    /// they quote the arguments, and an argument may hold escape sequences.
    static func exitInert(withError error: Error) -> Never {
        let code = exitCode(for: error)
        let message = code == .success ? HelpText.localised { fullMessage(for: error) }
            : (ArgumentErrors.translated(fullMessage(for: error)) ?? fullMessage(for: error))
        if !message.isEmpty {
            if code == .success {
                Pager.startIfLonger(message)
                print(message)
            } else {
                FileHandle.standardError.write(Data((TerminalText.block(message) + "\n").utf8))
            }
        }
        Glibc.exit(code.rawValue)
    }

    /// `list` and the reports stamp every case file; that starts now, on the second
    /// core, while the command line is parsed (at 10,000 cases the stamping takes about
    /// as long as starting up). The store is found as `--store` or the environment would
    /// give it; if parsing then says otherwise, the read simply scans again.
    static func scanAhead(_ arguments: ArraySlice<String>) {
        var store: String?
        var command: String?
        var rest = arguments[...]
        while let a = rest.popFirst() {
            if a == "--store" { store = rest.popFirst() } else if a.hasPrefix("--store=") { store = String(a.dropFirst(8)) }
            else if a == "--" { break }
            else if !a.hasPrefix("-"), command == nil { command = a }
        }
        guard command == "list" || command == "report" else { return }
        LargePages.settle()  // before the scan's helper thread starts, so it marks its heap
        Store.scanEarly(directory: StoreLocation.resolve(flag: store, environment: ProcessInfo.processInfo.environment))
    }

    /// `ladder` alone: the front end.
    func run() throws {
        try runReporting {
            let context = try Context(storeOptions)
            try requireTerminal()
            try openFrontEnd(store: context.store, label: "", context: context,
                             config: try context.config(), configPath: context.configPath)
        }
    }
}
