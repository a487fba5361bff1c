import Foundation
import LadderCore
#if canImport(Glibc)
import Glibc
#endif

/// Long output on a terminal goes through a pager, as git does (Docs/Commands.md, "Colour and the pager"):
/// `$LADDER_PAGER`, else `$PAGER`, else `less -FRX`; an empty one or `cat` means none;
/// `--no-pager` and an output that is not a terminal mean none too.
enum Pager {
    nonisolated(unsafe) private static var child: pid_t = 0

    /// The shell command to page with, or nil for none.
    static func command(environment: [String: String]) -> String? {
        let chosen = (environment["LADDER_PAGER"] ?? environment["PAGER"] ?? "less -FRX").trimmingCharacters(in: .whitespaces)
        if chosen.isEmpty || chosen == "cat" { return nil }
        // The default only where less is installed; a pager the user names is theirs to name.
        if environment["LADDER_PAGER"] == nil, environment["PAGER"] == nil, !onPath("less", environment: environment) { return nil }
        // A named pager that is not there would take the output with it: said, and not used.
        if let program = chosen.split(whereSeparator: { $0 == " " || $0 == "\t" }).first.map(String.init),
           !program.contains(where: { "=$`'\"\\;|&<>()".contains($0) }),
           !(program.hasPrefix("/") ? access(program, X_OK) == 0 : onPath(program, environment: environment)) {
            printError(L("ladder: the pager \"\(program)\" is not there; printing without it (set LADDER_PAGER or PAGER, or use --no-pager)"))
            return nil
        }
        return chosen
    }

    /// Sends the rest of standard output through the pager, when there is one to use.
    static func start(environment: [String: String] = ProcessInfo.processInfo.environment) {
        guard Output.pagerAllowed, child == 0, isatty(STDOUT_FILENO) == 1, let command = command(environment: environment) else { return }
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else { return }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, ends[0], STDIN_FILENO)
        posix_spawn_file_actions_addclose(&actions, ends[0])
        posix_spawn_file_actions_addclose(&actions, ends[1])
        // As git: less shows colours and quits when all fits; lv likewise.
        var env = environment
        if env["LESS"] == nil { env["LESS"] = "FRX" }
        if env["LV"] == nil { env["LV"] = "-c" }
        let words: [String] = ["/bin/sh", "-c", command]
        var argv: [UnsafeMutablePointer<CChar>?] = words.map { strdup($0) } + [nil]
        var envp: [UnsafeMutablePointer<CChar>?] = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { for p in argv + envp { free(p) } }
        var pid: pid_t = 0
        guard posix_spawn(&pid, "/bin/sh", &actions, nil, &argv, &envp) == 0 else {
            close(ends[0]); close(ends[1])
            return
        }
        fflush(nil)
        dup2(ends[1], STDOUT_FILENO)
        close(ends[0]); close(ends[1])
        child = pid
        atexit { Pager.finish() }
    }

    /// Pages `text` (help) when it has more lines than the terminal.
    static func startIfLonger(_ text: String) {
        guard let rows = Terminal.height(), text.split(separator: "\n", omittingEmptySubsequences: false).count > rows else { return }
        start()
    }

    /// At exit: ends the pager's input and waits for the user to leave it. Ctrl-C is
    /// the pager's then, not ladder's, so the shell does not come back under it.
    private static func finish() {
        guard child != 0 else { return }
        fflush(nil)
        close(STDOUT_FILENO)
        signal(SIGINT, SIG_IGN)
        var status: Int32 = 0
        while waitpid(child, &status, 0) == -1, errno == EINTR {}
        child = 0
    }

    private static func onPath(_ name: String, environment: [String: String]) -> Bool {
        (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").contains { access("\($0)/\(name)", X_OK) == 0 }
    }
}
