import Foundation
import LadderTestSupport
import Testing

/// `ladder config --edit`, as `crontab -e`: checked on saving, again on a terminal.
@Suite struct ConfigEditTests {
    /// An editor that writes each of `versions` in turn, one per run (the last one again
    /// after that), and counts its runs.
    static func editor(_ s: Sandbox, _ versions: [String]) throws -> String {
        let dir = s.directory + "/editor"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        for (i, v) in versions.enumerated() { try Data(v.utf8).write(to: URL(fileURLWithPath: "\(dir)/\(i + 1)")) }
        let script = dir + "/edit.sh"
        try Data("""
            #!/bin/sh
            n=$(( $(cat "\(dir)/runs" 2>/dev/null || echo 0) + 1 ))
            echo $n > "\(dir)/runs"
            f="\(dir)/$n"; [ -f "$f" ] || f="\(dir)/\(versions.count)"
            cp "$f" "$1"

            """.utf8).write(to: URL(fileURLWithPath: script))
        chmod(script, 0o755)
        return script
    }

    static func runs(_ s: Sandbox) -> Int {
        Int((try? String(contentsOfFile: s.directory + "/editor/runs", encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "") ?? 0
    }

    static let broken = "{\n  \"version\": 1,\n  \"notify\": \"notify-send hi\"\n  \"organisations\": []\n}\n"
    static let good = "{\n  \"version\": 1,\n  \"notify\": \"notify-send hi\",\n  \"organisations\": []\n}\n"

    @Test func aGoodEditIsSavedAsWrittenAndABadOneKeepsTheOldConfig() throws {
        let s = Sandbox()
        let path = s.directory + "/home/.config/ladder/config.json"
        s.ok("org", "add", "Example Mobile", "--zone", "Asia/Tokyo")
        let old = try Data(contentsOf: URL(fileURLWithPath: path))

        // Without a terminal a bad edit fails with where it is wrong; the config stays.
        s.extraEnvironment = ["EDITOR": try Self.editor(s, [Self.broken])]
        let bad = s.run(["config", "--edit"])
        #expect(bad.status == 78, "\(bad.err)")
        #expect(bad.err.contains("config.json: it is not valid JSON: line 4, column 3: \",\" or \"}\" was expected, found '\"'; fix it with: ladder config --edit"), "\(bad.err)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == old)
        let kept = try #require(bad.err.components(separatedBy: "your edit is kept in ").last?.trimmingCharacters(in: CharacterSet(charactersIn: ".\n")))
        #expect(try String(contentsOfFile: kept, encoding: .utf8) == Self.broken)
        #expect(Self.runs(s) == 1)

        // A key the config does not know is named too.
        let s2 = Sandbox()
        s2.extraEnvironment = ["EDITOR": try Self.editor(s2, ["{\"notfy\": \"x\"}\n"])]
        let unknown = s2.run(["config", "--edit"])
        #expect(unknown.status == 78 && unknown.err.contains("notfy: is not a known key"), "\(unknown.err)")
        #expect(!FileManager.default.fileExists(atPath: s2.directory + "/home/.config/ladder/config.json"))

        // A good edit replaces it, exactly as written.
        let s3 = Sandbox()
        s3.extraEnvironment = ["EDITOR": try Self.editor(s3, [Self.good])]
        let saved = s3.run(["config", "--edit"])
        #expect(saved.status == 0 && saved.out.contains("saved"), "\(saved.err)")
        #expect(try String(contentsOfFile: s3.directory + "/home/.config/ladder/config.json", encoding: .utf8) == Self.good)
        #expect(s3.ok("config").out.contains("it reads well"))

        // An editor that fails changes nothing.
        s.extraEnvironment = ["EDITOR": "false"]
        let failed = s.run(["config", "--edit"])
        #expect(failed.status == 64 && failed.err.contains("stopped with status 1"), "\(failed.err)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == old)
    }

    /// On a terminal ladder says what is wrong and asks; yes reopens the editor.
    @Test func onATerminalItAsksToEditAgain() throws {
        let s = Sandbox()
        s.extraEnvironment = ["EDITOR": try Self.editor(s, [Self.broken, Self.good])]
        let term = try TmuxSession(s, args: ["config", "--edit"], width: 250, height: 20)
        let screen = try term.waitFor("edit again? [Y/n]")
        #expect(screen.contains("line 4, column 3"), "\(screen)")
        try term.keys("Enter")
        _ = try term.waitFor("saved; it reads well")
        #expect(term.exitStatus() == 0)
        #expect(Self.runs(s) == 2)
        #expect(try String(contentsOfFile: s.directory + "/home/.config/ladder/config.json", encoding: .utf8) == Self.good)

        // No: the config stays as it was, exit 78.
        let t = Sandbox()
        t.extraEnvironment = ["EDITOR": try Self.editor(t, [Self.broken])]
        let second = try TmuxSession(t, args: ["config", "--edit"], width: 250, height: 20)
        _ = try second.waitFor("edit again? [Y/n]")
        try second.type("n")
        try second.keys("Enter")
        _ = try second.waitFor("your edit is kept in")
        #expect(second.exitStatus() == 78)
        #expect(!FileManager.default.fileExists(atPath: t.directory + "/home/.config/ladder/config.json"))
    }

    /// `list` says a broken config, and lists the cases all the same when no filter
    /// needs the config (a broken config must not hide them); a filter that reads the
    /// config stops as every other command does.
    @Test func listSaysABrokenConfigAndStillLists() throws {
        let s = Sandbox()
        s.ok("add", "Router drops", "--org", "Kestrel")
        let folder = s.directory + "/home/.config/ladder"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try Data("{\"version\": 1, \"bogus\": 1}".utf8).write(to: URL(fileURLWithPath: folder + "/config.json"))
        let before = s.snapshot()
        let r = s.run(["list"])
        #expect(r.status == 0 && r.out.contains("Router drops"), "\(r.out)\(r.err)")
        #expect(r.err.contains("ladder: warning: ") && r.err.contains("config.json: bogus:") && r.err.contains("the list does not need it"), "\(r.err)")
        let filtered = s.run(["list", "--org", "kestrel"])
        #expect(filtered.status == 78 && filtered.out.isEmpty, "\(filtered.err)")
        #expect(s.snapshot() == before)
    }
}
