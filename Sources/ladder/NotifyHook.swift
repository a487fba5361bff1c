import Foundation
import LadderCore

/// `"notify"` in the config (Docs/Nightly.md): after `ladder report overdue` has printed,
/// the command runs with `/bin/sh -c`, the report's JSON of the replies that became
/// overdue since the last notice on its standard input. Each reply is told once per
/// machine: `notified.json` in the store folder remembers them, written only once the
/// command has succeeded, so a failed notice is tried again on the next run.
enum NotifyHook {
    /// How long the command may run before it is stopped and counts as failed.
    static let timeLimit: TimeInterval = 60

    /// Runs the command if a reply is newly overdue. Nil when all is well (or nothing was
    /// to be told); else the exit status to end with, the reason said on standard error:
    /// 75 when the command failed (it is tried again next time), 74 when the memory of
    /// what was told cannot be written.
    /// `complete`: the report holds every overdue reply (no --org), so the memory keeps
    /// only those, and does not grow with every reply ever told of.
    static func run(_ report: OverdueReport, command: String, store: Store, complete: Bool) -> Int32? {
        let path = NotifiedReplies.path(in: store)
        let (told, problem) = NotifiedReplies.load(path)
        if let problem { printError(L("ladder: warning: \(problem)")) }
        let fresh = report.leaving(out: told)
        guard fresh.count > 0 else { return nil }
        let input: Data
        do {
            input = try CaseCodec.encoder().encode(fresh.json) + Data("\n".utf8)
        } catch {
            printError(L("ladder: error: notify: cannot write the report's JSON: \(error)"))
            return 75
        }
        // The report goes out before anything the command prints.
        fflush(nil)
        if let failure = execute(command, input: input) {
            printError(L("ladder: error: notify: the command \(TerminalText.line(command)) \(failure); the report was printed; newly overdue replies: \(fresh.count), told again on the next run"))
            return 75
        }
        var updated = told
        if complete { updated.ids.formIntersection(report.replyIDs) }
        updated.ids.formUnion(fresh.replyIDs)
        do {
            try updated.save(path)
        } catch {
            printError(L("ladder: error: notify: \(error.description); the same replies will be told again on the next run"))
            return 74
        }
        return nil
    }

    /// Runs `command` with `input` on its standard input and its output on standard
    /// error (standard output is the report's). Nil when it exits with status 0, else
    /// what went wrong, in words that follow "the command X".
    static func execute(_ command: String, input: Data) -> String? {
        // The input from a file, not a pipe: a command that does not read it (notify-send)
        // can neither block ladder nor break the pipe under it.
        let file: FileHandle
        do { file = try inputFile(input) } catch { return L("could not be given its input (\(error))") }
        defer { try? file.close() }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/sh")
        p.arguments = ["-c", command]
        p.standardInput = file
        p.standardOutput = FileHandle.standardError
        p.standardError = FileHandle.standardError
        do { try p.run() } catch { return L("could not be started (\(error))") }
        let deadline = Date().addingTimeInterval(timeLimit)
        while p.isRunning && Date() < deadline { usleep(20_000) }
        if p.isRunning {
            p.terminate()
            p.waitUntilExit()
            return L("did not finish within \(Int(timeLimit)) seconds and was stopped")
        }
        if p.terminationReason == .uncaughtSignal { return L("was killed by signal \(p.terminationStatus)") }
        return p.terminationStatus == 0 ? nil : L("exited with status \(p.terminationStatus)")
    }

    /// An unnamed temp file holding `data`, open for reading from its start.
    private static func inputFile(_ data: Data) throws -> FileHandle {
        var template = Array((NSTemporaryDirectory() + "/ladder-notify.XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        unlink(template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) })
        let handle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
        try handle.write(contentsOf: data)
        try handle.seek(toOffset: 0)
        return handle
    }
}
