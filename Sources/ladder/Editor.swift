import Foundation
import LadderCore
#if canImport(Glibc)
import Glibc
#endif

/// Long text in the user's editor (`--edit`): $VISUAL, else $EDITOR, else vi, on a
/// private temp file. Lines starting with `#` are instructions and are left out, as in
/// git's commit messages.
enum Editor {
    static func command(_ environment: [String: String]) -> String {
        for key in ["VISUAL", "EDITOR"] { if let e = environment[key], !e.trimmingCharacters(in: .whitespaces).isEmpty { return e } }
        return "vi"
    }

    /// The text written in the editor, starting from `initial`; throws when the editor
    /// fails or the text is empty, so nothing is recorded.
    static func edit(_ initial: String, about: String, flag: String = "--edit",
                     environment: [String: String] = ProcessInfo.processInfo.environment) throws -> String {
        let editor = command(environment)
        let path = NSTemporaryDirectory() + "ladder-edit-\(getpid())-\(UUID().uuidString.prefix(8)).txt"
        let text = initial + (initial.isEmpty || initial.hasSuffix("\n") ? "" : "\n")
            + "\n# \(about)\n# Lines starting with # are left out; an empty text records nothing.\n"
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw CLIError(kind: .usage, flag: flag, message: "cannot create a file for the editor at \(path)") }
        _ = Data(text.utf8).withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        close(fd)
        defer { unlink(path) }

        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/sh")
        // The editor may carry arguments (`code --wait`), as git allows.
        p.arguments = ["-c", editor + " \"$1\"", "ladder-editor", path]
        p.environment = environment
        do { try p.run() } catch {
            throw CLIError(kind: .usage, flag: flag, message: "cannot start the editor \"\(editor)\"", hint: "set EDITOR, e.g. EDITOR=nano")
        }
        p.waitUntilExit()
        guard p.terminationReason == .exit, p.terminationStatus == 0 else {
            throw CLIError(kind: .usage, flag: flag, message: "the editor \"\(editor)\" stopped with status \(p.terminationStatus); nothing was recorded",
                           hint: "set EDITOR to one that exits 0 after saving, e.g. EDITOR=nano")
        }
        let written = String(decoding: (try? Data(contentsOf: URL(fileURLWithPath: path))) ?? Data(), as: UTF8.self)
        let kept = written.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix("#") }
            .joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
        guard !kept.isEmpty else {
            throw CLIError(kind: .usage, flag: flag, message: "the text is empty; nothing was recorded",
                           hint: "write it in the editor and save, or give it on the command line")
        }
        return kept
    }
}
