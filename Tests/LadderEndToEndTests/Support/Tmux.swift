import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// A private tmux server running `ladder` in a real terminal, for end-to-end tests of
/// the front end. Each session has its own socket (-L), so tests never touch any other
/// tmux server, and no user configuration (-f /dev/null).
final class TmuxSession: @unchecked Sendable {
    let socket = "ladder-test-" + UUID().uuidString.prefix(8)
    let sandbox: Sandbox
    /// Where the shell around ladder writes its exit status.
    let statusFile: String
    let pidFile: String

    /// Starts `ladder ARGS` in a `width`x`height` terminal.
    init(_ sandbox: Sandbox, args: [String] = [], width: Int = 120, height: Int = 40) throws {
        self.sandbox = sandbox
        try FileManager.default.createDirectory(atPath: sandbox.directory, withIntermediateDirectories: true)
        statusFile = sandbox.directory + "/status-\(socket)"
        pidFile = sandbox.directory + "/pid-\(socket)"
        let quoted = ([ladderBinary] + args).map(Self.shellQuote).joined(separator: " ")
        // Run in the background of a shell that waits for it, to learn its pid and status;
        // stdin comes from the pane's terminal explicitly.
        let script = "\(quoted) </dev/tty & echo $! > '\(pidFile)'; wait $!; echo $? > '\(statusFile)'; sleep 60"
        var env: [String] = []
        for (k, v) in sandbox.environment { env += ["-e", "\(k)=\(v)"] }
        env += ["-e", "SWIFT_BACKTRACE=enable=no", "-e", "TERM=screen"]
        // LINES and COLUMNS would freeze the size: the command unsets them. The test
        // runner's colour and pager settings (swift test sets NO_COLOR) are not the
        // sandbox's either.
        let unset = (["LINES", "COLUMNS"] + ["NO_COLOR", "PAGER", "LADDER_PAGER", "LESS"].filter { sandbox.environment[$0] == nil })
            .map { "-u \($0)" }.joined(separator: " ")
            // tmux gives the pane its own PATH whatever -e says: set the sandbox's here.
            + " PATH=" + Self.shellQuote(sandbox.environment["PATH"] ?? "/usr/bin:/bin")
        try tmux(["-f", "/dev/null", "new-session", "-d", "-s", "main", "-x", "\(width)", "-y", "\(height)"] + env
                 + ["env \(unset) sh -c " + Self.shellQuote(script)], capture: false)
    }

    deinit { _ = try? tmux(["kill-server"], capture: false) }

    private static func shellQuote(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'" }

    @discardableResult
    func tmux(_ args: [String], capture: Bool = true) throws -> String {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["tmux", "-L", socket] + args
        p.standardError = FileHandle.nullDevice
        p.standardInput = FileHandle.nullDevice
        // The server that new-session starts would inherit the descriptor Foundation
        // watches to see the child exit, and the wait would never end: spawn it directly.
        guard capture else {
            spawnAndWait(["tmux", "-L", socket] + args)
            return ""
        }
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// Named keys: "Tab", "Enter", "C-s", "Escape", "Down".
    func keys(_ names: String...) throws { try tmux(["send-keys", "-t", "main"] + names) }

    /// Text typed as it is, Japanese included.
    func type(_ text: String) throws { try tmux(["send-keys", "-t", "main", "-l", text]) }

    func screen() throws -> String { try tmux(["capture-pane", "-p", "-t", "main"]) }

    /// The screen with its colours and attributes as escape sequences.
    func screenWithEscapes() throws -> String { try tmux(["capture-pane", "-p", "-e", "-t", "main"]) }

    /// Pastes text as a terminal does: bracketed when the program asked for it (-p).
    func paste(_ text: String) throws {
        try tmux(["set-buffer", "-b", "ladder-test", "--", text])
        try tmux(["paste-buffer", "-p", "-d", "-b", "ladder-test", "-t", "main"])
    }

    func resize(_ width: Int, _ height: Int) throws {
        try tmux(["resize-window", "-t", "main", "-x", "\(width)", "-y", "\(height)"])
    }

    /// Waits until the screen shows `text` (up to `timeout` seconds) and returns it.
    @discardableResult
    func waitFor(_ text: String, timeout: TimeInterval = 10, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        try waitUntil(timeout: timeout, "the screen to show \"\(text)\"", sourceLocation: sourceLocation) { $0.contains(text) }
    }

    /// The condition must hold on two captures in a row that are the same (`settled`): the
    /// terminal draws a page line by line, and a capture can fall between two lines, which
    /// made tests that read the rest of the screen fail now and then.
    @discardableResult
    func waitUntil(timeout: TimeInterval = 10, settled: Bool = true, _ what: String,
                   sourceLocation: SourceLocation = #_sourceLocation,
                   _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        var before: String?
        while Date() < deadline {
            last = try screen()
            if condition(last) {
                if !settled || before == last { return last }
                before = last
            } else {
                before = nil
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
        Issue.record("timed out waiting for \(what); the screen was:\n\(last)", sourceLocation: sourceLocation)
        return last
    }

    /// posix_spawn with standard input and output on /dev/null, then waitpid.
    @discardableResult
    private func spawnAndWait(_ args: [String]) -> Int32 {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for fd: Int32 in [0, 1, 2] {
            posix_spawn_file_actions_addopen(&actions, fd, "/dev/null", fd == 0 ? O_RDONLY : O_WRONLY, 0)
        }
        var argv: [UnsafeMutablePointer<CChar>?] = args.map { strdup($0) } + [nil]
        defer { for a in argv { free(a) } }
        // Test runners may block signals in their threads; the child must not inherit that.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK))
        var pid: pid_t = 0
        guard posix_spawnp(&pid, args[0], &actions, &attributes, &argv, environ) == 0 else { return -1 }
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        return status
    }

    var pid: Int32? {
        (try? String(contentsOfFile: pidFile, encoding: .utf8)).flatMap { Int32($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
    }

    /// The exit status of ladder, once it has exited (waits up to `timeout`).
    func exitStatus(timeout: TimeInterval = 10) -> Int32? {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if let s = try? String(contentsOfFile: statusFile, encoding: .utf8),
               let n = Int32(s.trimmingCharacters(in: .whitespacesAndNewlines)) { return n }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return nil
    }
}
