import ArgumentParser
import Foundation
import LadderCore

struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: L("Show a case: its ladder, pending replies and timeline."))

    @OptionGroup var storeOptions: StoreOptions
    @Argument(help: ArgumentHelp(L("The case number."))) var caseNumber: CaseNumber
    @Flag(help: ArgumentHelp(L("Print the case as JSON, with its events (man 5 ladder-store)."))) var json = false

    func run() throws {
        try runReporting {
            let context = try Context(storeOptions)
            let state = CaseState(try context.store.load(caseNumber.value))
            let config = json ? Config() : try context.config()
            Pager.start()
            if json {
                try printJSON(CaseJSON(state, now: context.now, detailed: true))
            } else {
                print(Render.detail(state, now: context.now, config: config), terminator: "")
            }
        }
    }
}

/// Writes a value as the documented JSON (pretty, sorted keys) on standard output.
func printJSON<T: Encodable>(_ value: T) throws {
    let data = try CaseCodec.encoder().encode(value)
    FileHandle.standardOutput.write(Data(TerminalText.jsonInert(String(decoding: data, as: UTF8.self)).utf8) + Data("\n".utf8))
}
