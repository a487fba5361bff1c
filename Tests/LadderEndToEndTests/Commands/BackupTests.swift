import Foundation
import LadderTestSupport
import Testing

/// `ladder backup`: a dated tar.gz of the store, restored as Docs/Store.md says.
@Suite struct BackupTests {
    static func tar(_ args: [String], in directory: String) -> Result {
        runProcess("/usr/bin/env", ["tar"] + args, environment: ["PATH": "/usr/bin:/bin", "HOME": directory])
    }

    @Test func aBackupRestoredIntoANewFolderListsTheSame() throws {
        let s = Sandbox(now: "2026-12-02T21:00:00+09:00")
        s.ok("add", "Mail bounces", "--org", "Example Mobile", "--await", "call back", "--due", "2h")
        s.ok("add", "回線が夜だけ切れる", "--org", "光ネット")
        s.ok("close", "2", "--outcome", "resolved")
        s.ok("list")  // makes the index
        try Data("[]".utf8).write(to: URL(fileURLWithPath: s.store + "/notified.json"))
        let work = s.directory + "/work"
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)

        // The default name, dated in the user's zone, in the current folder.
        let r = runProcess("/bin/sh", ["-c", "cd \"$1\" && \"$0\" backup", ladderBinary, work], environment: s.environment)
        #expect(r.status == 0, "\(r.err)")
        let archive = work + "/ladder-backup-2026-12-02.tar.gz"
        #expect(FileManager.default.fileExists(atPath: archive), "\(r.out)")
        // For its owner alone, as the store is; a second backup the same day keeps the first.
        var st = stat()
        #expect(stat(archive, &st) == 0 && st.st_mode & 0o777 == 0o600)
        let again = runProcess("/bin/sh", ["-c", "cd \"$1\" && \"$0\" backup", ladderBinary, work], environment: s.environment)
        #expect(again.status == 0 && again.out.contains("ladder-backup-2026-12-02-2.tar.gz"), "\(again.out)")
        #expect(FileManager.default.fileExists(atPath: work + "/ladder-backup-2026-12-02-2.tar.gz"))
        let members = Self.tar(["-tzf", archive], in: s.directory).out.split(separator: "\n").map(String.init)
        #expect(members.contains("./cases/" + (StoreFiles.path(s.store, 1) as NSString).lastPathComponent) && members.contains("./numbers"), "\(members)")
        for machineOnly in ["./lock", "./index.jsonl", "./index-heads.jsonl", "./index-summaries.bin", "./notified.json", "./.tmp/"] {
            #expect(!members.contains(machineOnly), "\(machineOnly) is left out")
        }

        // Restored as the docs say: mkdir NEW && tar -xzf FILE -C NEW.
        let restored = s.directory + "/restored"
        try FileManager.default.createDirectory(atPath: restored, withIntermediateDirectories: true)
        #expect(Self.tar(["-xzf", archive, "-C", restored], in: s.directory).status == 0)
        let before = s.ok("list", "--all", "--json").out
        let after = s.run(["list", "--all", "--json"], environment: ["LADDER_STORE": restored])
        #expect(after.status == 0 && after.out == before && before.contains("光ネット"))
        let page = try String(contentsOf: repositoryRoot.appendingPathComponent("Docs/Store.md"), encoding: .utf8)
        #expect(page.contains("mkdir ~/ladder-restored && tar -xzf ladder-backup-2026-12-02.tar.gz -C ~/ladder-restored"))
    }

    @Test func noStoreOrABadPlaceWritesNothing() throws {
        let s = Sandbox()
        let none = s.run(["backup", s.directory + "/x.tar.gz"])
        #expect(none.status == 65 && none.err.contains("nothing to back up"), "\(none.err)")
        s.ok("add", "Mail bounces", "--org", "Example Mobile")
        let folder = s.run(["backup", s.directory + "/no/such/x.tar.gz"])
        #expect(folder.status == 74 && folder.err.contains("nothing was written"), "\(folder.err)")
        #expect(!FileManager.default.fileExists(atPath: s.directory + "/x.tar.gz"))
    }
}
