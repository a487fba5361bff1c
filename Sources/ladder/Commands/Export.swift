import ArgumentParser
import Foundation
import LadderCore

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Pending replies as calendar entries (--ics), for any calendar program.",
        discussion: """
            ladder export --ics [CASE...] prints every open pending reply of the open cases (or \
            of the cases named) as an iCalendar event at its due time, with an alarm --alarm \
            before it (default 30m). Import the file into your calendar: \
            ladder export --ics > replies.ics.
            """)

    @OptionGroup var storeOptions: StoreOptions
    @Argument(help: "The cases (default: every open case).") var caseNumbers: [CaseNumber] = []
    @Flag(help: "Calendar entries for pending replies (RFC 5545).") var ics = false
    @Option(help: ArgumentHelp("How long before a due time the alarm goes off, e.g. 30m, 1h.", valueName: "duration")) var alarm = "30m"

    func run() throws {
        try runReporting {
            guard ics else {
                throw CLIError(kind: .usage, flag: "--ics", message: "say what to export",
                               hint: "write e.g. ladder export --ics > replies.ics")
            }
            guard let before = WhenParser.duration(alarm) else {
                throw CLIError(kind: .usage, flag: "--alarm", message: "cannot read \"\(alarm)\" as a length of time",
                               hint: "write e.g. \(WhenParser.durationExamples)")
            }
            let context = try Context(storeOptions)
            let states: [CaseState]
            if caseNumbers.isEmpty {
                let (files, problems) = try context.store.loadAll()
                warn(problems)
                states = files.map(CaseState.init)
            } else {
                states = try caseNumbers.map { CaseState(try context.store.load($0.value)) }
            }
            FileHandle.standardOutput.write(Data(CalendarExport.ics(states, now: context.now, alarm: before).utf8))
        }
    }
}
