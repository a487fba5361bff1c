import Foundation
import LadderTestSupport
import Testing

/// Docs/Nightly.md's crontab line and systemd units, run as written.
@Suite struct NightlyTests {
    static let page: String = {
        try! String(contentsOf: repositoryRoot.appendingPathComponent("Docs/Nightly.md"), encoding: .utf8)
    }()

    /// The fenced blocks with this info string, in order.
    static func blocks(_ info: String) -> [String] {
        var out: [String] = []
        var current: [String]?
        for line in page.split(separator: "\n", omittingEmptySubsequences: false) {
            if current == nil, line == "```\(info)" { current = [] } else if current != nil, line == "```" {
                out.append(current!.joined(separator: "\n"))
                current = nil
            } else if current != nil { current!.append(String(line)) }
        }
        return out
    }

    /// A home with ladder installed at ~/.local/bin and a store in the default place:
    /// one promise due 2026-07-20 09:00.
    static func home() throws -> (Sandbox, String) {
        let s = Sandbox(now: "2026-07-20T08:00:00+09:00")
        let home = s.directory + "/home"
        try FileManager.default.createDirectory(atPath: home + "/.local/bin", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: home + "/.local/bin/ladder", withDestinationPath: ladderBinary)
        let store = ["LADDER_STORE": home + "/.local/share/ladder"]
        let r = s.run(["add", "Mail bounces", "--org", "Kestrel Mobile", "--await", "call back", "--due", "09:00"], environment: store)
        #expect(r.status == 0, "\(r.err)")
        return (s, home)
    }

    /// Runs a command line with /bin/sh in cron's environment plus a fixed clock.
    static func sh(_ command: String, home: String, now: String, extra: [String: String] = [:]) throws -> Result {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/sh")
        p.arguments = ["-c", command]
        p.environment = ["HOME": home, "LOGNAME": "ladder", "PATH": "/usr/bin:/bin", "SHELL": "/bin/sh",
                         "LADDER_NOW": now, "TZ": "Asia/Tokyo"].merging(extra) { $1 }
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile(), e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return Result(status: p.terminationStatus, out: String(decoding: o, as: UTF8.self), err: String(decoding: e, as: UTF8.self))
    }

    @Test func theCrontabLineRunsAsWritten() throws {
        let lines = Self.blocks("crontab")
        #expect(lines.count == 1)
        let line = try #require(lines.first)
        let fields = line.split(separator: " ", maxSplits: 5).map(String.init)
        try #require(fields.count == 6)
        // minute hour day-of-month month day-of-week, each a number in range or *.
        for (field, range) in zip(fields[0..<5], [0...59, 0...23, 1...31, 1...12, 0...7]) {
            #expect(field == "*" || Int(field).map(range.contains) == true, "crontab field \(field)")
        }
        let (s, home) = try Self.home()
        defer { withExtendedLifetime(s) {} }  // the sandbox owns the home folder
        let before = try Self.sh(fields[5], home: home, now: "2026-07-20T08:30:00+09:00")
        #expect(before.status == 0)
        #expect(before.out.isEmpty && before.err.isEmpty, "cron would mail: \(before.out)\(before.err)")
        let after = try Self.sh(fields[5], home: home, now: "2026-07-20T09:30:00+09:00")
        #expect(after.status == 1)
        #expect(after.out.contains("1 overdue reply in 1 organisation"))
        #expect(after.out.contains("OVERDUE 30m: due Mon 07-20 09:00, on shop"))
    }

    @Test func theSystemdServiceRunsAsWrittenAndTheUnitsVerify() throws {
        let units = Self.blocks("ini")
        let service = try #require(units.first { $0.contains("[Service]") })
        let timer = try #require(units.first { $0.contains("[Timer]") })
        let (s, home) = try Self.home()
        func values(_ key: String) -> [String] {
            service.split(separator: "\n").filter { $0.hasPrefix(key + "=") }.map { String($0.dropFirst(key.count + 1)) }
        }
        let exec = try #require(values("ExecStart").first).replacingOccurrences(of: "%h", with: home)
        var env: [String: String] = [:]
        for assignment in values("Environment") {
            let kv = assignment.split(separator: "=", maxSplits: 1).map(String.init)
            env[kv[0]] = kv[1]
        }
        #expect(env["LANG"] == "C.UTF-8")
        // Overdue (exit 1) is not a failure of the unit; errors (64-78) are.
        #expect(values("SuccessExitStatus") == ["1"])
        let before = try Self.sh(exec, home: home, now: "2026-07-20T08:30:00+09:00", extra: env)
        #expect(before.status == 0)
        #expect(before.out.isEmpty)
        let after = try Self.sh(exec, home: home, now: "2026-07-20T09:30:00+09:00", extra: env)
        #expect(after.status == 1)
        #expect(after.out.contains("OVERDUE 30m"))

        let analyze = ["/usr/bin/systemd-analyze", "/bin/systemd-analyze"].first { FileManager.default.isExecutableFile(atPath: $0) }
        guard let analyze else { return }  // .ci/run installs it; the run above still checked the command
        let dir = s.directory + "/units"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        // verify checks that ExecStart's program exists, so point %h at this home.
        try service.replacingOccurrences(of: "%h", with: home).write(toFile: dir + "/ladder-overdue.service", atomically: true, encoding: .utf8)
        try timer.write(toFile: dir + "/ladder-overdue.timer", atomically: true, encoding: .utf8)
        let verify = try Self.sh("'\(analyze)' verify '\(dir)/ladder-overdue.service' '\(dir)/ladder-overdue.timer'", home: home, now: s.now)
        #expect(verify.status == 0, "systemd-analyze verify: \(verify.out)\(verify.err)")
        let calendar = try #require(timer.split(separator: "\n").first { $0.hasPrefix("OnCalendar=") }).dropFirst("OnCalendar=".count)
        let check = try Self.sh("'\(analyze)' calendar '\(calendar)'", home: home, now: s.now)
        #expect(check.status == 0, "\(check.err)")
        #expect(check.out.contains("Normalized form: *-*-* 07:30:00"))
    }
}
