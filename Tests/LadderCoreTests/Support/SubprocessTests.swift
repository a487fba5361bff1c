import Foundation
import Testing
@testable import LadderCore

/// The programs a sync runs (git, some thirty times) are started with posix_spawn and
/// waited for with waitpid: what they are given and what comes back.
@Suite struct SubprocessTests {
    private func sh(_ script: String, environment: [String: String] = ["PATH": "/usr/bin:/bin"]) throws -> Subprocess.Output {
        try Subprocess.run("/bin/sh", ["-c", script], environment: environment).get()
    }

    @Test func statusesAndBothOutputsComeBack() throws {
        let done = try sh("echo out; echo err >&2; exit 3")
        #expect(done.status == 3)
        #expect(String(decoding: done.out, as: UTF8.self) == "out\n")
        #expect(String(decoding: done.err, as: UTF8.self) == "err\n")
        #expect(try sh("true").status == 0)
        // Ended by a signal: 128 plus its number, as a shell says it.
        #expect(try sh("kill -TERM $$").status == 128 + SIGTERM)
    }

    /// A child that fills one pipe while ladder reads the other does not hang: both are
    /// read at once.
    @Test func muchOnBothPipesDoesNotHang() throws {
        let done = try sh("head -c 1000000 /dev/zero; head -c 700000 /dev/zero >&2; head -c 300000 /dev/zero")
        #expect(done.out.count == 1_300_000)
        #expect(done.err.count == 700_000)
    }

    /// It gets exactly the environment given, nothing on standard input, and none of
    /// ladder's open descriptors: git's background maintenance must not keep the
    /// store's lock after ladder has ended.
    @Test func theChildGetsOnlyWhatItIsGiven() throws {
        let done = try sh("echo \"$ONLY|$HOME\"; cat; echo end", environment: ["PATH": "/usr/bin:/bin", "ONLY": "this"])
        #expect(String(decoding: done.out, as: UTF8.self) == "this|\nend\n")

        let path = NSTemporaryDirectory() + "ladder-subprocess-" + UUID().uuidString
        FileManager.default.createFile(atPath: path, contents: Data("x".utf8))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let fd = open(path, O_RDONLY)  // without O_CLOEXEC, as a careless library might
        #expect(fd > 2)
        defer { close(fd) }
        let seen = try sh("if [ -e /proc/$$/fd/\(fd) ]; then echo open; else echo closed; fi")
        #expect(String(decoding: seen.out, as: UTF8.self) == "closed\n")
    }

    // Started by a parent that ignores SIGCHLD: SyncTests runs ladder so, in a process
    // of its own (changing it here would touch every test running beside this one).

    @Test func aProgramThatIsNotThereIsSaidSo() {
        guard case let .failure(error) = Subprocess.run("/nonexistent/git", [], environment: [:]) else {
            Issue.record("started a program that does not exist")
            return
        }
        #expect(error.description.contains("No such file"))
    }
}

/// What git said, on one line: its first paragraph, whatever ends its lines.
@Suite struct GitSaidTests {
    @Test func theFirstParagraphIsOneLineWhateverEndsItsLines() {
        let ssh = "ssh: Could not resolve hostname nas: Name or service not known\r\nfatal: Could not read from remote repository.\r\n\r\nPlease make sure you have the correct access rights\r\nand the repository exists.\r\n"
        #expect(Git.Result(status: 128, output: "", error: ssh).said
                == "ssh: Could not resolve hostname nas: Name or service not known; fatal: Could not read from remote repository.")
        let plain = "fatal: '/x' does not appear to be a git repository\nfatal: Could not read from remote repository.\n\nPlease make sure\n"
        #expect(Git.Result(status: 128, output: "", error: plain).said
                == "fatal: '/x' does not appear to be a git repository; fatal: Could not read from remote repository.")
        #expect(Git.Result(status: 3, output: "", error: " \n").said == "git exited with status 3")
    }
}
