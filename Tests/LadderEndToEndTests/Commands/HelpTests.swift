import Foundation
import LadderTestSupport
import Testing

/// `--help` is all an installed user has besides the man pages: it lists every exit
/// status the sources use and never sends anyone to a Docs/ file.
@Suite struct HelpTests {
    /// The statuses the sources exit with: `ExitCode(N)`, `exit(N)`, and the front end's `return N`.
    static func statusesInSources() throws -> Set<Int> {
        var found: Set<Int> = []
        let sources = repositoryRoot.appendingPathComponent("Sources")
        let walker = try #require(FileManager.default.enumerator(atPath: sources.path))
        let pattern = try Regex(#"(?:ExitCode\(|[^_a-zA-Z]exit\(|Terminal/FrontEnd.swift.*return )(\d+)\)?"#)
        while let name = walker.nextObject() as? String {
            guard name.hasSuffix(".swift") else { continue }
            let text = try String(contentsOf: sources.appendingPathComponent(name), encoding: .utf8)
            for line in text.split(separator: "\n") where !line.trimmingCharacters(in: .whitespaces).hasPrefix("//") {
                for m in ("\(name) " + line).matches(of: pattern) {
                    if let n = Int(m.output[1].substring ?? "") { found.insert(n) }
                }
            }
        }
        return found
    }

    @Test func helpListsEveryExitStatusTheSourcesUse() throws {
        let help = Sandbox().ok("--help").out
        let used = try Self.statusesInSources()
        // 0 and 1 are written as values, not literals, in places: they are listed too.
        #expect(used.isSuperset(of: [1, 64, 74, 78, 69]), "\(used.sorted())")
        // The front end's `return 128 + signal` is listed as the statuses it makes.
        #expect(used.contains(128))
        for status in used.subtracting([128]).union([0, 1, 64, 65, 69, 74, 78]) {
            #expect(help.contains("\n  \(status) "), "ladder --help does not list exit status \(status)")
        }
        #expect(help.contains("130, 143, 129"))
    }

    @Test func noHelpSendsAnInstalledUserToDocs() {
        let s = Sandbox()
        let commands = [[], ["add"], ["list"], ["show"], ["log"], ["escalate"], ["await"], ["owe"], ["clear"], ["note"],
                        ["edit"], ["close"], ["reopen"], ["ask"], ["brief"], ["export"], ["undo"], ["doctor"],
                        ["report"], ["report", "overdue"], ["report", "due"], ["report", "stale"], ["report", "scorecard"],
                        ["org"], ["org", "list"], ["org", "show"], ["org", "add"], ["org", "edit"], ["demo"]]
        for command in commands {
            let r = s.run(command + ["--help"])
            #expect(r.status == 0)
            #expect(!r.out.isEmpty)
            #expect(!r.out.contains("Docs/"), "ladder \(command.joined(separator: " ")) --help names a Docs/ file:\n\(r.out)")
        }
        // Where to look instead.
        #expect(s.ok("--help").out.contains("man 5 ladder-store"))
    }
}
