import ArgumentParser
import Foundation
import LadderCore

struct Backup: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: L("Write the store to a dated tar.gz (ladder-backup-2026-12-02.tar.gz), without its index, lock and temp files."),
        discussion: L("The archive holds the store folder's contents (cases/, numbers, backup/) and is made with the system's tar while no other ladder writes; the file is replaced whole or not at all. To restore into a new store: mkdir NEW && tar -xzf FILE -C NEW, then use --store NEW or LADDER_STORE=NEW (man 5 ladder-store). A new archive is readable by you alone; a second one the same day is named ladder-backup-DATE-2.tar.gz."))

    @OptionGroup var storeOptions: StoreOptions
    @Argument(help: ArgumentHelp(L("The archive to write (default: ladder-backup-DATE.tar.gz here)."), valueName: "file"),
              completion: .file(extensions: ["gz"]))
    var file: String?

    func run() throws {
        try runReporting {
            let context = try Context(storeOptions)
            var target = file ?? Store.backupName(now: context.now, zone: context.zone)
            // A second backup the same day keeps the first: -2, -3, … (a file named is replaced).
            if file == nil {
                let first = target
                var n = 2
                while FileManager.default.fileExists(atPath: target) {
                    target = String(first.dropLast(".tar.gz".count)) + "-\(n).tar.gz"
                    n += 1
                }
            }
            if target.isEmpty || target.hasSuffix("/") {
                throw CLIError(kind: .usage, flag: "<file>", message: L("\"\(target)\" is not a file name"),
                               hint: L("write e.g. ladder backup ~/backups/ladder.tar.gz"))
            }
            let archive = try context.store.whileNoOneWrites { try tar(context.store.directory) }
            try OutputFile.replace(target, with: archive, private: true)
            print(L("Backed up \(context.store.directory) to \(target)."))
        }
    }

    /// The gzipped tar of the store folder's contents, from the system's tar.
    private func tar(_ directory: String) throws -> Data {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["tar", "-c", "-z", "-f", "-", "-C", directory] + Store.backupExclusions.map { "--exclude=\($0)" } + ["."]
        let out = Pipe()
        p.standardOutput = out
        // What tar says goes straight to standard error, above ladder's own message.
        p.standardError = FileHandle.standardError
        p.standardInput = FileHandle.nullDevice
        do { try p.run() } catch {
            throw StoreError.io(L("cannot run tar (\(error)); nothing was written"))
        }
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        guard p.terminationStatus == 0 else {
            throw StoreError.io(L("tar failed with status \(p.terminationStatus) (its message is above); nothing was written"))
        }
        return data
    }
}
