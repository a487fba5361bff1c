import ArgumentParser
import Foundation
import LadderCore

struct Doctor: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "doctor",
        abstract: L("Check the whole store; with --repair, fix what is safe to fix (keeping a backup)."),
        discussion: L("Reads every case file and the index, and looks at permissions, leftovers of interrupted writes, the config file, and what syncing can leave (a sync tool's copy of a case file, conflict markers or lines twice in one, two cases claiming one number, files of an older format). --repair narrows permissions to 0700/0600, moves leftovers and a stale index into backup/doctor-<time>/ and makes the index again; it merges sync copies and tidies case files a merge left untidy, every line kept once and the files as they were kept in backup/; it records the number a clashing case shows under. A damaged case file is never changed: it is named with how to fix it. Exit status: 0 when nothing is wrong (after repairs), 1 when something still is."))

    @OptionGroup var storeOptions: StoreOptions
    @Flag(help: ArgumentHelp(L("Repair what is safe to repair."))) var repair = false
    @Flag(help: ArgumentHelp(L("Convert a store of an older format now (the next change does it anyway), keeping the old files in backup/.")))
    var migrate = false
    @Flag(help: ArgumentHelp(L("Print what was found as JSON (man 5 ladder-store)."))) var json = false

    func run() throws {
        var remaining = 0
        try runReporting {
            let context = try Context(storeOptions, warnings: false)
            let doctor = StoreDoctor(store: context.store, configPath: context.configPath)
            try context.store.checkReadable()
            guard FileManager.default.fileExists(atPath: context.store.directory) else {
                if json { return try printJSON(DoctorJSON(store: context.store.directory, exists: false, cases: 0, repaired: [], findings: [])) }
                print(L("No store at \(context.store.directory) yet: the first case creates it."))
                return
            }
            if migrate {
                let n = try context.store.convert()
                print(n == 0 ? L("Nothing to convert: the store is in format \(CaseFile.currentFormat).")
                             : L("Converted \(n) case files to format \(CaseFile.currentFormat); the old files are in \(context.store.directory)/backup."))
            }
            var (cases, findings) = try doctor.examine()
            var repaired: [String] = []
            if repair {
                repaired = try doctor.repair(findings, now: context.now)
                if !json { for line in repaired { print(L("repaired  \(line)")) } }
                (cases, findings) = try doctor.examine()
            }
            remaining = findings.filter { !$0.isNote }.count
            if json {
                return try printJSON(DoctorJSON(store: context.store.directory, exists: true, cases: cases, repaired: repaired,
                                                findings: findings.map(DoctorJSON.Finding.init)))
            }
            print(cases == 1 ? L("Checked \(context.store.directory): 1 case read.") : L("Checked \(context.store.directory): \(cases) cases read."))
            // The labels line up in a column as wide as the widest of them in this language.
            let labels = [L("note"), L("problem"), L("repair"), L("fix")]
            let column = labels.map(TextWidth.of).max()! + 3
            for f in findings {
                let label = f.isNote ? labels[0] : labels[1]
                print("\(TextWidth.fit(label, to: column))\(TerminalText.line(f.path)): \(TerminalText.line(f.problem))")
                if let fix = f.fix {
                    print(String(repeating: " ", count: column) + L("\(f.repairable && !repair ? labels[2] : labels[3]): \(TerminalText.line(fix))"))
                }
            }
            let problems = findings.filter { !$0.isNote }
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

/// `doctor --json` (Docs/JSON.md): the store, how many cases were read, what --repair
/// did, and each finding; `problems` counts the findings that are not mere notes.
struct DoctorJSON: Encodable {
    struct Finding: Encodable {
        var kind: String
        var path: String
        var problem: String
        var fix: String?
        var repairable: Bool

        init(_ f: StoreDoctor.Finding) {
            (kind, path, problem, fix, repairable) = (f.kind.rawValue, f.path, f.problem, f.fix, f.repairable)
        }

        enum CodingKeys: String, CodingKey { case kind, path, problem, fix, repairable }
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(kind, forKey: .kind)
            try c.encode(path, forKey: .path)
            try c.encode(problem, forKey: .problem)
            try c.encode(fix, forKey: .fix)
            try c.encode(repairable, forKey: .repairable)
        }
    }

    var store: String
    var exists: Bool
    var cases: Int
    var repaired: [String]
    var findings: [Finding]
    var problems: Int {
        let notes: Set<String> = [StoreDoctor.Finding.Kind.unknown, .format, .refreshed].map(\.rawValue).reduce(into: []) { $0.insert($1) }
        return findings.filter { !notes.contains($0.kind) }.count
    }

    enum CodingKeys: String, CodingKey { case store, exists, cases, repaired, findings, problems }
    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(store, forKey: .store)
        try c.encode(exists, forKey: .exists)
        try c.encode(cases, forKey: .cases)
        try c.encode(repaired, forKey: .repaired)
        try c.encode(findings, forKey: .findings)
        try c.encode(problems, forKey: .problems)
    }
}
