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

    func run() throws {
        var remaining = 0
        try runReporting {
            let context = try Context(storeOptions, warnings: false)
            let doctor = StoreDoctor(store: context.store, configPath: context.configPath)
            try context.store.checkReadable()
            guard FileManager.default.fileExists(atPath: context.store.directory) else {
                print("No store at \(context.store.directory) yet: the first case creates it.")
                return
            }
            var (cases, findings) = try doctor.examine()
            if repair {
                for line in try doctor.repair(findings, now: context.now) { print("repaired  \(line)") }
                (cases, findings) = try doctor.examine()
            }
            print("Checked \(context.store.directory): \(ReportText.plural(cases, "case")) read.")
            for f in findings {
                let label = f.kind == .unknown ? "note    " : "problem "
                print("\(label)  \(TerminalText.line(f.path)): \(TerminalText.line(f.problem))")
                if let fix = f.fix { print("          \(f.repairable && !repair ? "repair" : "fix"): \(TerminalText.line(fix))") }
            }
            let problems = findings.filter { $0.kind != .unknown }
            remaining = problems.count
            let repairable = problems.filter(\.repairable).count
            if problems.isEmpty {
                print("Nothing wrong.")
            } else {
                print("\(ReportText.plural(problems.count, "problem"))" +
                      (repairable > 0 && !repair ? "; \(repairable) can be repaired with: ladder doctor --repair" : ""))
            }
        }
        if remaining > 0 { throw ExitCode(1) }
    }
}
