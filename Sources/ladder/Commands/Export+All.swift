import ArgumentParser
import Foundation
import LadderCore

/// `ladder export --all --format json`, and what --output takes.
extension Export {
    /// The whole store as one document (Docs/Import.md), on standard output or --output.
    func exportAll() throws {
        guard format == .json else {
            throw CLIError(kind: .usage, flag: "--all", message: L("--all goes with --format json"),
                           hint: L("write e.g. ladder export --all --format json > store.json"))
        }
        guard caseNumbers.isEmpty, !ics, !redact else {
            throw CLIError(kind: .usage, flag: "--all", message: L("--all exports every case whole: give no case numbers, --ics or --redact with it"))
        }
        try checkOutput()
        let context = try Context(storeOptions)
        let (files, problems) = try context.store.loadAll()
        // The cases that can be read go out; each one that cannot is named.
        warn(problems)
        let data = try StoreDocument(cases: files, exported: context.now).encoded(zone: context.zone)
        if let output {
            try OutputFile.replace(output, with: data, private: true)
        } else {
            FileHandle.standardOutput.write(data)
        }
    }

    /// An --output that names no file is refused before anything is read.
    func checkOutput() throws {
        if let output, output.isEmpty || output.hasSuffix("/") {
            throw CLIError(kind: .usage, flag: "--output", message: L("\"\(output)\" is not a file name"),
                           hint: L("write e.g. --output ~/calendars/ladder.ics"))
        }
    }
}
