import Foundation
import LadderTestSupport
import Testing

/// README.md's tour, pasted into a shell as it is, on any day: every line must work.
@Suite struct TourTests {
    /// The tour's shell block, one logical line each (continuations joined), comments and
    /// blank lines left out.
    static func tourLines() throws -> [String] {
        let readme = try String(contentsOf: repositoryRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let tour = try #require(readme.components(separatedBy: "## A five-minute tour").dropFirst().first)
        let block = try #require(tour.components(separatedBy: "```sh\n").dropFirst().first?.components(separatedBy: "\n```").first)
        var lines: [String] = []
        var pending = ""
        for raw in block.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = String(raw)
            if line.hasSuffix("\\") { pending += line.dropLast() + " "; continue }
            let whole = pending + line
            pending = ""
            let trimmed = whole.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            lines.append(trimmed)
        }
        return lines
    }

    /// Runs the lines in one shell, as a user pasting them would; stops at the first that fails.
    func run(now: String?) throws -> (status: Int32, out: String, err: String) {
        let dir = temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var script = "cd '\(dir)' || exit 1\n"
        for (i, line) in try Self.tourLines().enumerated() {
            let quoted = line.replacingOccurrences(of: "'", with: "'\\''")
            script += "\(line) > /dev/null || { echo 'tour line \(i + 1) failed: \(quoted)' >&2; exit 1; }\n"
        }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/bash")
        p.arguments = ["-c", script]
        var env = ["PATH": URL(fileURLWithPath: ladderBinary).deletingLastPathComponent().path + ":/usr/bin:/bin",
                   "HOME": dir, "TMPDIR": dir, "TZ": "Asia/Tokyo", "LANG": "C.UTF-8"]
        if let now { env["LADDER_NOW"] = now }
        p.environment = env
        let err = Pipe()
        p.standardError = err
        p.standardOutput = FileHandle.nullDevice
        p.standardInput = FileHandle.nullDevice
        try p.run()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, "", String(decoding: errData, as: UTF8.self))
    }

    @Test func theTourHasItsCommands() throws {
        let lines = try Self.tourLines()
        #expect(lines.first?.hasPrefix("export LADDER_STORE=$(mktemp -d)") == true, "the tour starts in a throwaway store")
        #expect(lines.count > 30)
        #expect(!lines.joined().contains("2026-"), "no date that will be in the past one day")
    }

    @Test(arguments: ["2026-07-15T09:05:00+09:00", "2026-12-31T23:30:00+09:00", "2027-03-07T14:00:00+09:00"])
    func everyLineWorksAtAFixedTime(_ now: String) throws {
        let r = try run(now: now)
        #expect(r.status == 0, "\(r.err)")
    }

    @Test func everyLineWorksOnTheRealClock() throws {
        let r = try run(now: nil)
        #expect(r.status == 0, "\(r.err)")
    }
}
