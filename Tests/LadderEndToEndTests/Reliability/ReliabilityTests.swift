import Foundation
import LadderTestSupport
import Testing

/// Damaged data on the real binary: each kind is named with its file and the fix, the
/// file is never overwritten, and the other cases stay usable.
@Suite struct DamagedDataTests {
    /// Each kind of damage done to a case file of format 3 (its lines: the header, the
    /// opening, the line claiming its number), which is left whole enough to say which
    /// case it is: its `numbered` line.
    static let kinds: [(name: String, damage: @Sendable ([String]) -> [UInt8], says: String)] = [
        ("truncated", { l in bytes([l[0], String(l[1].prefix(40)), l[2]]) }, "not valid JSON"),
        ("invalid UTF-8", { l in Array((l[0] + "\n").utf8) + Array(l[1].prefix(40).utf8) + [0xFF, 0xFE] + Array(l[1].dropFirst(40).utf8)
              + Array(("\n" + l[2] + "\n").utf8) }, "not valid UTF-8"),
        ("wrong type", { l in bytes([l[0], l[1].replacingOccurrences(of: "\"clock\":1,", with: "\"clock\":\"one\","), l[2]]) }, "should be"),
        ("missing field", { l in bytes([l[0], l[1].replacingOccurrences(of: #","id":"[0-9A-F-]{36}""#, with: "", options: .regularExpression), l[2]]) },
         "\"id\" is missing"),
        ("newer format", { l in bytes([l[0].replacingOccurrences(of: "\"format\":3", with: "\"format\":9"), l[1], l[2]]) }, "newer ladder"),
    ]

    static func bytes(_ lines: [String]) -> [UInt8] { Array(lines.map { $0 + "\n" }.joined().utf8) }

    @Test(arguments: 0..<5)
    func eachKindIsNamedKeptAndTheRestUsable(_ k: Int) throws {
        let kind = Self.kinds[k]
        let s = Sandbox()
        s.ok("add", "Mail bounces", "--org", "Kestrel Mobile")
        s.ok("add", "回線が夜だけ切れる", "--org", "光ネット")
        s.ok("add", "Third", "--org", "Acme")
        let path = StoreFiles.path(s.store, 2)
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map(String.init)
        #expect(lines.count == 3 && lines[1].contains("\"type\":\"opened\"") && lines[2].contains("\"numbered\""))
        let damaged = kind.damage(lines)
        #expect(damaged != Array(try Data(contentsOf: URL(fileURLWithPath: path))), "\(kind.name): damaged")
        try Data(damaged).write(to: URL(fileURLWithPath: path))

        let list = s.run(["list"])
        #expect(list.status == 0, "\(kind.name)")
        #expect(list.out.contains("Mail bounces") && list.out.contains("Third") && !list.out.contains("回線"))
        #expect(list.err.contains(path) && list.err.contains(kind.says), "\(kind.name): \(list.err)")
        #expect(list.err.contains("fix it by hand or move it out of"))

        for args in [["log", "2", "--via", "phone"], ["note", "2", "x"], ["close", "2"], ["undo", "2", "--yes"], ["show", "2"]] {
            let r = s.run(args)
            #expect(r.status == 65, "\(kind.name): \(args) gave \(r.status)")
            #expect(r.err.contains(path) && r.err.contains(kind.says), "\(kind.name): \(args): \(r.err)")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data(damaged), "\(kind.name): never overwritten")
        s.ok("log", "1", "--via", "phone")
        s.ok("log", "3", "--via", "email")
        #expect(s.ok("add", "Fourth", "--org", "Acme").out.contains("Added case 4"))
        let report = s.run(["report", "overdue"])
        #expect(report.status == 0 && report.err.contains(path))
        let doctor = s.run(["doctor"])
        #expect(doctor.status == 1 && doctor.out.contains(path) && doctor.out.contains(kind.says))
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data(damaged))
    }

    /// A temp file left by a write that was killed: ignored by every command,
    /// moved to the backup by doctor --repair.
    @Test func aStrayTempFileIsIgnoredAndDoctorMovesItAside() throws {
        let s = Sandbox()
        s.ok("add", "Mail bounces", "--org", "Kestrel Mobile")
        let stray = s.store + "/cases/." + (StoreFiles.path(s.store, 1) as NSString).lastPathComponent + ".999999.tmp"
        try Data(#"{ "format" : 1, "num"#.utf8).write(to: URL(fileURLWithPath: stray))
        let list = s.run(["list"])
        #expect(list.status == 0 && list.err.isEmpty && list.out.contains("Mail bounces"))
        s.ok("log", "1", "--via", "phone")
        let check = s.run(["doctor"])
        #expect(check.status == 1 && check.out.contains(stray) && check.out.contains("never finished"))
        let repaired = s.ok("doctor", "--repair")
        #expect(repaired.out.contains("moved to") && repaired.out.contains("Nothing wrong."))
        #expect(!FileManager.default.fileExists(atPath: stray))
        let backup = try FileManager.default.contentsOfDirectory(atPath: s.store + "/backup")
        #expect(backup.count == 1)
        #expect(FileManager.default.fileExists(atPath: s.store + "/backup/" + backup[0] + "/" + (stray as NSString).lastPathComponent))
    }

    /// The lock is an flock: a process killed while holding it leaves nothing behind.
    @Test func aLockLeftByADeadProcessDoesNotBlock() throws {
        let s = Sandbox()
        s.ok("add", "Mail bounces", "--org", "Kestrel Mobile")
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/flock") else { return }
        let holder = Process()
        holder.executableURL = URL(fileURLWithPath: "/usr/bin/flock")
        // --no-fork: flock becomes `sleep`, the one process holding the lock.
        holder.arguments = ["--no-fork", s.store + "/lock", "sleep", "60"]
        try holder.run()
        // While it is held, a writer waits (and doctor says so).
        var held = false
        for _ in 0..<200 where !held {
            held = s.run(["doctor"]).out.contains("another ladder is writing")
            if !held { usleep(10_000) }
        }
        #expect(held)
        kill(holder.processIdentifier, SIGKILL)
        holder.waitUntilExit()
        let start = Date()
        s.ok("log", "1", "--via", "phone")
        #expect(Date().timeIntervalSince(start) < 10, "the write did not wait out the lock timeout")
        #expect(s.ok("doctor").out.contains("Nothing wrong."))
    }

    @Test func aStoreOthersCanWriteIsWarnedAboutAndRepaired() throws {
        let s = Sandbox()
        s.ok("add", "Mail bounces", "--org", "Kestrel Mobile")
        chmod(s.store, 0o777)
        let file = StoreFiles.path(s.store, 1)
        chmod(file, 0o644)
        let list = s.run(["list"])
        #expect(list.status == 0 && list.err.contains("can be changed by other users") && list.err.contains("doctor --repair"))
        let check = s.run(["doctor"])
        #expect(check.status == 1 && check.out.contains("is 777") && check.out.contains("is 644"))
        s.ok("doctor", "--repair")
        var st = stat()
        stat(s.store, &st); #expect(st.st_mode & 0o777 == 0o700)
        stat(file, &st); #expect(st.st_mode & 0o777 == 0o600)
        #expect(s.run(["list"]).err.isEmpty)
        // Rewrites keep them private.
        s.ok("log", "1", "--via", "phone")
        stat(file, &st); #expect(st.st_mode & 0o777 == 0o600)
    }

    @Test func aDamagedIndexIsRepairedWithABackup() throws {
        let s = Sandbox()
        s.ok("add", "Mail bounces", "--org", "Kestrel Mobile")
        s.ok("list")
        try Data("garbage\n".utf8).write(to: URL(fileURLWithPath: s.store + "/index.jsonl"))
        let check = s.run(["doctor"])
        #expect(check.status == 1 && check.out.contains("index.jsonl: cannot be read"))
        #expect(s.ok("doctor", "--repair").out.contains("made again"))
        #expect(try String(contentsOfFile: s.store + "/index.jsonl", encoding: .utf8).hasPrefix("{\"index\":7"))
        #expect(s.ok("doctor").out.contains("Nothing wrong."))
    }
}
