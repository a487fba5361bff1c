import Foundation

/// The real `git` binary, found on PATH, run in the store's folder.
public struct Git: Sendable {
    public let executable: String
    public let directory: String
    /// Extra environment, for tests (GIT_CONFIG_GLOBAL and the like).
    public var environment: [String: String]

    public struct Result: Sendable {
        public var status: Int32
        public var output: String
        public var error: String
        public var ok: Bool { status == 0 }
        /// What git said, on one line: its first paragraph, lines joined by "; ". The
        /// paragraphs after it are git's advice ("Please make sure you have the correct
        /// access rights…"), which ladder's own message replaces.
        public var said: String {
            // ssh ends its lines with CR LF, which is one Character, not "\n".
            let text = (error.isEmpty ? output : error).replacingOccurrences(of: "\r\n", with: "\n")
                .trimmingCharacters(in: .whitespacesAndNewlines)
            guard !text.isEmpty else { return L("git exited with status \(status)") }
            let first = text.components(separatedBy: "\n\n")[0]
            return first.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.joined(separator: "; ")
        }
    }

    /// git as PATH finds it, or nil with nothing found.
    public static func find(environment: [String: String]) -> String? {
        let path = environment["PATH"].flatMap { $0.isEmpty ? nil : $0 } ?? "/usr/local/bin:/usr/bin:/bin"
        for dir in path.split(separator: ":") {
            let candidate = String(dir) + "/git"
            if access(candidate, X_OK) == 0 { return candidate }
        }
        return nil
    }

    public init(executable: String, directory: String, environment: [String: String] = [:]) {
        self.executable = executable
        self.directory = directory
        self.environment = environment
    }

    /// Runs `git args…` in `dir` (the store's folder by default); never asks on a
    /// terminal (a cron job has none).
    @discardableResult
    public func run(_ args: [String], in dir: String? = nil) -> Result {
        var env = ProcessInfo.processInfo.environment
        for (k, v) in environment { env[k] = v }
        env["GIT_TERMINAL_PROMPT"] = "0"
        env["LC_ALL"] = "C"  // git's messages are read by ladder only to pass them on
        // ssh must not ask either; a key with an agent or none works, a password never.
        if env["GIT_SSH_COMMAND"] == nil { env["GIT_SSH_COMMAND"] = "ssh -o BatchMode=yes" }
        // `-C` rather than a change of folder for the child: the same for git.
        switch Subprocess.run(executable, ["-C", dir ?? directory] + args, environment: env) {
        case let .success(done):
            return Result(status: done.status, output: String(decoding: done.out, as: UTF8.self),
                          error: String(decoding: done.err, as: UTF8.self))
        case let .failure(error):
            return Result(status: 127, output: "", error: L("cannot run \(executable): \(error)"))
        }
    }
}

