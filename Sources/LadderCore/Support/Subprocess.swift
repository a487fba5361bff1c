import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A program run to its end with its output collected, by `posix_spawn` and
/// `waitpid`. Not Foundation's `Process`: on Linux its `waitUntilExit` looks every
/// 50 ms whether the program has ended, and a sync runs git some thirty times, so it
/// spent a second and a half waiting on programs that had already ended.
enum Subprocess {
    struct Output {
        var status: Int32
        var out: Data
        var err: Data
    }

    /// Runs `executable` with `arguments` and exactly `environment`, with nothing on
    /// standard input and no descriptor of ours but its two pipes: a long-lived child
    /// (git's maintenance in the background) must not hold the store's lock. The
    /// status is the exit status, or 128 plus the signal that ended it; a failure
    /// when it cannot be started (or its end was taken by another), with errno's text.
    static func run(_ executable: String, _ arguments: [String], environment: [String: String]) -> Result<Output, SpawnError> {
        reapOurOwn()
        var outPipe: [Int32] = [-1, -1], errPipe: [Int32] = [-1, -1]
        guard pipe(&outPipe) == 0 else { return .failure(SpawnError(errno)) }
        guard pipe(&errPipe) == 0 else {
            let e = errno
            close(outPipe[0]); close(outPipe[1])
            return .failure(SpawnError(e))
        }
        // pipe2 is not in Swift's Glibc; each child closes what is not its own anyway.
        for fd in outPipe + errPipe { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        // dup2 leaves the copies open across exec; the pipes themselves close then.
        posix_spawn_file_actions_adddup2(&actions, outPipe[1], 1)
        posix_spawn_file_actions_adddup2(&actions, errPipe[1], 2)
        closeTheRest(&actions)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // The child starts with every signal as the system sets it (a pager's ignored
        // SIGPIPE is not passed on) and none blocked.
        var all = sigset_t(), none = sigset_t()
        sigfillset(&all)
        sigemptyset(&none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup($0.key + "=" + $0.value) } + [nil]
        defer { for p in argv + envp { free(p) } }
        var pid = pid_t()
        let spawned = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        close(outPipe[1]); close(errPipe[1])
        guard spawned == 0 else {
            close(outPipe[0]); close(errPipe[0])
            return .failure(SpawnError(spawned))
        }

        let (out, err) = readBoth(outPipe[0], errPipe[0])
        var status: Int32 = 0
        var reaped: pid_t
        repeat { reaped = waitpid(pid, &status, 0) } while reaped < 0 && errno == EINTR
        // Another part of the process reaped it (Foundation waits only for its own).
        guard reaped == pid else { return .failure(SpawnError(errno)) }
        // WIFEXITED and friends are macros Swift does not see.
        let signal = status & 0x7F
        let code = signal == 0 ? (status >> 8) & 0xFF : 128 + signal
        return .success(Output(status: code, out: out, err: err))
    }

    /// A parent that ignores SIGCHLD (some job runners and daemons) passes that on to
    /// ladder, and then the kernel reaps each child at once and `waitpid` finds none:
    /// every sync failed so. The default is put back (ladder never handles SIGCHLD;
    /// Foundation waits for its own children by their ids).
    private static func reapOurOwn() {
        var current = sigaction()
        guard sigaction(SIGCHLD, nil, &current) == 0 else { return }
        let ignored = unsafeBitCast(current.__sigaction_handler.sa_handler, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self)
        guard ignored || current.sa_flags & SA_NOCLDWAIT != 0 else { return }
        var standard = sigaction()
        standard.__sigaction_handler.sa_handler = SIG_DFL
        sigemptyset(&standard.sa_mask)
        sigaction(SIGCHLD, &standard, nil)
    }

    struct SpawnError: Error, CustomStringConvertible {
        let code: Int32
        init(_ code: Int32) { self.code = code }
        var description: String { String(cString: strerror(code)) }
    }

    /// Both pipes to their ends at once, so that neither fills while the child waits
    /// for the other to be read.
    private static func readBoth(_ a: Int32, _ b: Int32) -> (Data, Data) {
        var fds = [pollfd(fd: a, events: Int16(POLLIN), revents: 0), pollfd(fd: b, events: Int16(POLLIN), revents: 0)]
        var got = [Data(), Data()]
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        var open = 2
        while open > 0 {
            if poll(&fds, 2, -1) < 0 {
                if errno == EINTR { continue }
                break
            }
            for i in 0..<2 where fds[i].fd >= 0 && fds[i].revents != 0 {
                let n = buffer.withUnsafeMutableBytes { read(fds[i].fd, $0.baseAddress, $0.count) }
                if n > 0 {
                    got[i].append(contentsOf: buffer[0..<n])
                } else if n == 0 || (errno != EINTR && errno != EAGAIN) {
                    close(fds[i].fd)
                    fds[i].fd = -1  // poll passes over it
                    open -= 1
                }
            }
        }
        for f in fds where f.fd >= 0 { close(f.fd) }
        return (got[0], got[1])
    }

    /// Every descriptor above 2 closed in the child. glibc has had a file action for
    /// that since 2.34, which Swift's Glibc module does not show, so it is looked up;
    /// without it, the descriptors open now are named one by one.
    private static func closeTheRest(_ actions: inout posix_spawn_file_actions_t) {
        typealias CloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32
        if let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "posix_spawn_file_actions_addclosefrom_np") {
            let closeFrom = unsafeBitCast(symbol, to: CloseFrom.self)
            if closeFrom(&actions, 3) == 0 { return }
        }
        let open = ((try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []).compactMap { Int32($0) }
        for fd in open where fd > 2 && fcntl(fd, F_GETFD) >= 0 {
            posix_spawn_file_actions_addclose(&actions, fd)
        }
    }
}
