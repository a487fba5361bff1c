import Foundation
import LadderTestSupport
import Testing

/// `ladder export --ics --output FILE` for a subscription, and calcurse's import of it
/// refreshed as Docs/Calendar.md says (calcurse, which .ci/run installs).
@Suite struct CalendarTests {
    static let page: String = {
        try! String(contentsOf: repositoryRoot.appendingPathComponent("Docs/Calendar.md"), encoding: .utf8)
    }()

    static let purge = "calcurse -P --filter-pattern ' - (case |案件)[0-9]+'"

    /// Runs calcurse on its own data folder; gives what it printed.
    static func calcurse(_ s: Sandbox, _ args: [String]) throws -> String {
        let binary = ["/usr/bin/calcurse", "/usr/local/bin/calcurse"].first { FileManager.default.isExecutableFile(atPath: $0) }
        let r = runProcess(try #require(binary, "calcurse is needed: apt-get install calcurse"), ["-D", s.directory + "/cal"] + args,
                           environment: ["TZ": "Asia/Tokyo", "LANG": "C.UTF-8", "HOME": s.directory])
        #expect(r.status == 0, "calcurse \(args): \(r.out)\(r.err)")
        return r.out + r.err
    }

    @Test func theFileIsReplacedWholeAndCalcurseFollowsAsTheDocsSay() throws {
        let s = Sandbox()
        s.ok("add", "Mail bounces", "--org", "Example Mobile", "--await", "refund", "--due", "2026-07-20")
        s.ok("await", "1", "call back", "--due", "2026-07-16 17:00")
        let file = s.directory + "/feeds/ladder.ics"
        try FileManager.default.createDirectory(atPath: s.directory + "/feeds", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: s.directory + "/cal", withIntermediateDirectories: true)

        // Written to the file, the same calendar as on standard output; nothing else left.
        let r = s.ok("export", "--ics", "--output", file)
        #expect(r.out.isEmpty)
        let first = try String(contentsOfFile: file, encoding: .utf8)
        #expect(first == s.ok("export", "--ics").out)
        #expect(try FileManager.default.contentsOfDirectory(atPath: s.directory + "/feeds") == ["ladder.ics"])
        let mode = try #require(try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int)
        #expect(mode & 0o044 == 0o044, "readable by the programs that subscribe: \(String(mode, radix: 8))")

        // calcurse: the day-only due is an all-day event, the other an appointment.
        #expect(try Self.calcurse(s, ["-i", file]).contains("1 app / 1 event / 0 todos / 0 skipped"))

        // Cleared: the file is replaced, every UID kept, the reply cancelled.
        s.ok("clear", "1", "2")
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: file)
        s.ok("export", "--ics", "--output", file)
        let second = try String(contentsOfFile: file, encoding: .utf8)
        func uids(_ ics: String) -> [String] { ics.components(separatedBy: "\r\n").filter { $0.hasPrefix("UID:") } }
        #expect(uids(first) == uids(second) && uids(first).count == 2)
        #expect(second.contains("STATUS:CANCELLED\r\n") && second.contains("SEQUENCE:1\r\n"))
        #expect(try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int == 0o640, "the file keeps its permissions")
        #expect(try FileManager.default.contentsOfDirectory(atPath: s.directory + "/feeds") == ["ladder.ics"])

        // calcurse's import adds: imported again, everything would be there twice. The
        // docs' refresh removes ladder's items first.
        #expect(Self.page.contains(Self.purge), "Docs/Calendar.md gives the refresh")
        _ = try Self.calcurse(s, ["-P", "--filter-pattern", " - (case |案件)[0-9]+"])
        #expect(try Self.calcurse(s, ["-i", file]).contains("1 app / 1 event / 0 todos / 0 skipped"))
        let listed = try Self.calcurse(s, ["-Q", "--from", "07/15/2026", "--days", "7"])
        #expect(listed.contains("07/16/26:\n - 17:00 -> 17:15\n\tCleared, kept: Reply due: call back - case 1, Example Mobile"), "\(listed)")
        #expect(listed.contains("07/20/26:\n * Reply due: refund - case 1, Example Mobile"), "\(listed)")
        #expect(listed.components(separatedBy: "call back").count == 2, "once, not twice: \(listed)")
    }

    @Test func aBadOutputWritesNothing() throws {
        let s = Sandbox()
        s.ok("add", "Mail bounces", "--org", "Example Mobile", "--await", "refund", "--due", "2026-07-20")
        let missing = s.run(["export", "--ics", "--output", s.directory + "/no/such/folder/x.ics"])
        #expect(missing.status == 74 && missing.err.contains("no/such/folder") && missing.err.contains("nothing was written"), "\(missing.err)")
        let folder = s.run(["export", "--ics", "--output", s.directory + "/"])
        #expect(folder.status == 64 && folder.err.contains("--output"), "\(folder.err)")
        let writeUp = s.run(["export", "1", "--format", "markdown", "--output", s.directory + "/x.md"])
        #expect(writeUp.status == 64 && writeUp.err.contains("--output goes with --ics"), "\(writeUp.err)")
        #expect(!FileManager.default.fileExists(atPath: s.directory + "/x.md"))
    }
}
