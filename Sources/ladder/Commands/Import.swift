import ArgumentParser
import Foundation
import LadderCore

struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: L("Bring cases in from ladder export --all --format json, or from Taskwarrior's task export (--taskwarrior)."),
        discussion: L("Cases are matched by id and events by id: a case this store has gets the events it lacks, a new case is added (under its own number if this store never gave that number out, else the next one). Importing the same file again changes nothing. With --taskwarrior, each task is a case: description the title, project the organisation (else --org), tags the tags (a rung's name sets the rung), entry when it opened, due a reply you owe, annotations notes; completed closes it as resolved, deleted as abandoned; its uuid is the case's id, so a later export adds only what is new. FILE - reads standard input: task export | ladder import --taskwarrior -. A file that cannot be read whole imports nothing."))

    @OptionGroup var storeOptions: StoreOptions
    @Argument(help: ArgumentHelp(L("The file to import, or - for standard input."), valueName: "file"), completion: .file(extensions: ["json"]))
    var file: String
    @Flag(help: ArgumentHelp(L("The file is Taskwarrior's `task export`."))) var taskwarrior = false
    @Option(help: ArgumentHelp(L("With --taskwarrior: the organisation of tasks that have no project.")), completion: .custom(Completions.organisations))
    var org: String?

    /// An import larger than this is refused rather than read into memory.
    static let largest = 512 * 1_048_576

    func run() throws {
        try runReporting(flags: [.organisation: "--org"]) {
            if org != nil, !taskwarrior {
                throw CLIError(kind: .usage, flag: "--org", message: L("--org goes with --taskwarrior"),
                               hint: L("write e.g. ladder import --taskwarrior tasks.json --org \"Example Mobile\""))
            }
            let context = try Context(storeOptions)
            let (data, name) = try read()
            let incoming: [CaseFile]
            var skipped = 0
            if taskwarrior {
                let mapping = TaskwarriorImport(organisation: org?.nonBlankCLI, now: context.now, zone: context.zone)
                (incoming, skipped) = try mapping.cases(from: data, source: name)
            } else {
                incoming = try StoreDocument.decode(data, source: name).cases
            }
            let (existing, problems) = try context.store.loadAll()
            guard problems.isEmpty else {
                warn(problems)
                throw CLIError(kind: .data, flag: nil, message: L("the store has case files it cannot read, so their cases could be added twice; nothing was imported"),
                               hint: L("see them with: ladder doctor"))
            }
            let plan = ImportPlan(existing: existing, incoming: incoming)
            var events = 0
            for addition in plan.additions {
                // Read again under the lock: only what is still missing is added.
                try context.store.update(addition.number) { file in
                    let known = Set(file.events.map(\.id))
                    let missing = addition.events.filter { !known.contains($0.id) }
                    events += missing.count
                    file.events += missing
                }
            }
            var renumbered: [(from: Int, to: Int)] = []
            for c in plan.newCases {
                let written = try context.store.adopt(c)
                if written.number != c.number { renumbered.append((c.number, written.number)) }
            }
            report(plan, events: events, skipped: skipped, renumbered: renumbered, source: name)
        }
    }

    /// The file's bytes and the name to call it by.
    private func read() throws -> (Data, String) {
        if file == "-" {
            let data = FileHandle.standardInput.readDataToEndOfFile()
            return (data, L("standard input"))
        }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: file, isDirectory: &isFolder), !isFolder.boolValue else {
            throw CLIError(kind: .usage, flag: "<file>", message: L("there is no file \(file)"),
                           hint: L("write e.g. ladder import store.json, or - to read standard input"))
        }
        guard let handle = FileHandle(forReadingAtPath: file) else {
            throw CLIError(kind: .usage, flag: "<file>", message: L("cannot read \(file)"), hint: L("check its permissions"))
        }
        defer { try? handle.close() }
        let data = (try? handle.read(upToCount: Self.largest + 1)) ?? Data()
        guard data.count <= Self.largest else {
            throw CLIError(kind: .data, flag: "<file>", message: L("\(file) is larger than \(Self.largest / 1_048_576) MiB; nothing was imported"))
        }
        return (data, file)
    }

    private func report(_ plan: ImportPlan, events: Int, skipped: Int, renumbered: [(from: Int, to: Int)], source: String) {
        if plan.newCases.isEmpty && events == 0 {
            print(L("Nothing to import: this store already has every case and event in \(TerminalText.line(source))."))
        } else {
            print(L("Imported from \(TerminalText.line(source)): new cases \(plan.newCases.count), events added to cases here \(events), cases already whole \(plan.unchanged)."))
        }
        for r in renumbered { print(L("Case \(r.from) is case \(r.to) here: \(r.from) was taken.")) }
        if skipped > 0 { print(L("Recurring task templates left out: \(skipped) (their instances are tasks of their own).")) }
    }
}
