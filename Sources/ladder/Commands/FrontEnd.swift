import ArgumentParser
import Foundation
import LadderCore
import LadderTUI
#if canImport(Glibc)
import Glibc
#endif

/// When `ladder` started, for the front end's first-frame figure: from `main`, or
/// from LADDER_LAUNCHED (seconds since 1970, as `date +%s.%N` prints them), which
/// Scripts/bench sets just before it starts ladder so that loading the program counts.
let processStarted: Date = {
    if let text = ProcessInfo.processInfo.environment["LADDER_LAUNCHED"], let seconds = Double(text) {
        return Date(timeIntervalSince1970: seconds)
    }
    return Date()
}()

/// Refuses to go on without a terminal, because a pipe or a cron job would get escape
/// codes instead of text. Call it before doing any work for the front end.
func requireTerminal(hint: String = L("for plain text, try: ladder list   (or ladder --help for every command)")) throws {
    guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
        printError(isatty(STDIN_FILENO) == 1
                   ? L("ladder: error: the front end needs a terminal, and standard output is not one\n  \(hint)")
                   : L("ladder: error: the front end needs a terminal, and standard input is not one\n  \(hint)"))
        throw ExitCode(64)
    }
}

/// Opens the full-screen front end on a store (after `requireTerminal`).
func openFrontEnd(store: Store, label: String, context: Context, config: Config, configPath: String?) throws {
    // --color=never: the front end keeps bold, underline and reverse, as under NO_COLOR.
    if Output.choice == .never { setenv("NO_COLOR", "1", 1) }
    let environment = ProcessInfo.processInfo.environment
    // With LADDER_NOW the clock starts there and runs on, so tests are repeatable and
    // the countdowns still tick.
    let fixed = environment["LADDER_NOW"].map { !$0.isEmpty } ?? false
    let base = context.now
    let launched = Date()
    let clock: @Sendable () -> Date = {
        let t = fixed ? base.addingTimeInterval(Date().timeIntervalSince(launched)) : Date()
        return Date(timeIntervalSince1970: t.timeIntervalSince1970.rounded(.down))
    }
    let options = FrontEnd.Options(store: store, label: label, zone: context.zone, clock: clock,
                                   timingLog: environment["LADDER_TIMING_LOG"], started: processStarted,
                                   config: config, configPath: configPath)
    let status = MainActor.assumeIsolated { FrontEnd(options).run() }
    if status != 0 { throw ExitCode(status) }
}

struct Demo: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: L("Try the front end on a throwaway store of sample cases."),
        discussion: L("Five invented cases in English and Japanese. Your own store is not touched; the sample store is deleted when you quit."))

    @Flag(help: ArgumentHelp(L("Keep the sample store and print where it is, instead of deleting it."))) var keep = false

    func run() throws {
        try runReporting {
            let context = try Context(try StoreOptions.parse([]))
            try requireTerminal(hint: L("run ladder demo in a terminal window, not through a pipe or a script; the tour in README.md shows the same from the command line"))
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ladder-demo-\(UUID().uuidString.prefix(8))").path
            let store = Store(directory: folder)
            for file in try SampleCases.files(now: context.now) {
                try store.create { number in
                    var f = file
                    f.number = number
                    return f
                }
            }
            defer {
                if keep {
                    print(L("The sample store is kept in \(folder)\nOpen it again with: ladder --store \(folder)"))
                } else {
                    try? FileManager.default.removeItem(atPath: folder)
                }
            }
            // The demo's own invented organisations, so contact points and climb flags show.
            try openFrontEnd(store: store, label: "demo", context: context,
                             config: SampleCases.config(zone: context.zone), configPath: nil)
        }
    }
}
