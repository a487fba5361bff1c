import ArgumentParser
import Foundation
import LadderCore

struct Doctor: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "doctor",
        abstract: "Check the whole store; with --repair, fix what is safe to fix (keeping a backup).",
        discussion: """
            Reads every case file and the index, and looks at permissions, leftovers of \
            interrupted writes and the config file. --repair narrows permissions to 0700/0600, \
            moves leftovers and a stale index into backup/doctor-<time>/ and makes the index \
            again. Case files are never changed: a damaged one is named with how to fix it. \
            Exit status: 0 when nothing is wrong (after repairs), 1 when something still is.
            """)

    @OptionGroup var storeOptions: StoreOptions
    @Flag(help: "Repair what is safe to repair.") var repair = false
    @Flag(help: "Convert a store of an older format now (the next change does it anyway), keeping the old files in backup/.")
    var migrate = false

    func run() throws {
        var remaining = 0
        try runReporting {
            let context = try Context(storeOptions, warnings: false)
            let doctor = StoreDoctor(store: context.store, configPath: context.configPath)
            try context.store.checkReadable()
            guard FileManager.default.fileExists(atPath: context.store.directory) else {
                print(L("No store at \(context.store.directory) yet: the first case creates it."))
                return
            }
            if migrate {
                let n = try context.store.convert()
                print(n == 0 ? L("Nothing to convert: the store is in format \(CaseFile.currentFormat).")
                             : L("Converted \(n) case files to format \(CaseFile.currentFormat); the old files are in \(context.store.directory)/backup."))
            }
            var (cases, findings) = try doctor.examine()
            if repair {
                for line in try doctor.repair(findings, now: context.now) { print(L("repaired  \(line)")) }
                (cases, findings) = try doctor.examine()
            }
            print(cases == 1 ? L("Checked \(context.store.directory): 1 case read.") : L("Checked \(context.store.directory): \(cases) cases read."))
            // The labels line up in a column as wide as the widest of them in this language.
            let labels = [L("note"), L("problem"), L("repair"), L("fix")]
            let column = labels.map(TextWidth.of).max()! + 3
            for f in findings {
                let label = f.kind == .unknown || f.kind == .format ? labels[0] : labels[1]
                print("\(TextWidth.fit(label, to: column))\(TerminalText.line(f.path)): \(TerminalText.line(f.problem))")
                if let fix = f.fix {
                    print(String(repeating: " ", count: column) + L("\(f.repairable && !repair ? labels[2] : labels[3]): \(TerminalText.line(fix))"))
                }
            }
            let problems = findings.filter { $0.kind != .unknown && $0.kind != .format }
            remaining = problems.count
            let repairable = problems.filter(\.repairable).count
            if problems.isEmpty {
                print(L("Nothing wrong."))
            } else {
                let found = problems.count == 1 ? L("1 problem") : L("\(problems.count) problems")
                print(repairable > 0 && !repair ? L("\(found); \(repairable) can be repaired with: ladder doctor --repair") : found)
            }
        }
        if remaining > 0 { throw ExitCode(1) }
    }
}
