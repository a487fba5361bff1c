import Foundation
import LadderCore
#if canImport(Glibc)
import Glibc
#endif

/// Long text in the user's editor: $VISUAL, else $EDITOR, else vi, on a private temp
/// file. Lines starting with `#` are instructions and are left out, as in git's commit
/// messages. Used by `--edit` on the command line and Ctrl-X in the front end's forms.
public enum ExternalEditor {
    public enum Failure: Error, Sendable, Equatable, CustomStringConvertible {
        case cannotCreate(String)
        case cannotStart(String)
        case failed(editor: String, status: Int32)
        case empty

        public var description: String {
            switch self {
            case let .cannotCreate(path): return L("cannot create a file for the editor at \(path)")
            case let .cannotStart(editor): return L("cannot start the editor \"\(editor)\"")
            case let .failed(editor, status): return L("the editor \"\(editor)\" stopped with status \(status); nothing was recorded")
            case .empty: return L("the text is empty; nothing was recorded")
            }
        }

        public var hint: String {
            switch self {
            case .cannotCreate: return L("check that TMPDIR can be written")
            case .cannotStart, .failed: return L("set EDITOR to one that exits 0 after saving, e.g. EDITOR=nano")
            case .empty: return L("write it in the editor and save, or give it on the command line")
            }
        }
    }

    public static func command(_ environment: [String: String]) -> String {
        for key in ["VISUAL", "EDITOR"] { if let e = environment[key], !e.trimmingCharacters(in: .whitespaces).isEmpty { return e } }
        return "vi"
    }

    /// The text written in the editor, starting from `initial`, with `about` as an
    /// instruction line. Runs on this terminal and waits for the editor to exit.
    public static func edit(_ initial: String, about: String,
                            environment: [String: String] = ProcessInfo.processInfo.environment) throws(Failure) -> String {
        let editor = command(environment)
        let path = NSTemporaryDirectory() + "ladder-edit-\(getpid())-\(UUID().uuidString.prefix(8)).txt"
        let text = initial + (initial.isEmpty || initial.hasSuffix("\n") ? "" : "\n")
            + "\n# \(about)\n# " + L("Lines starting with # are left out; an empty text records nothing.") + "\n"
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw .cannotCreate(path) }
        _ = Data(text.utf8).withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        close(fd)
        defer { unlink(path) }

        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/sh")
        // The editor may carry arguments (`code --wait`), as git allows.
        p.arguments = ["-c", editor + " \"$1\"", "ladder-editor", path]
        p.environment = environment
        do { try p.run() } catch { throw .cannotStart(editor) }
        p.waitUntilExit()
        guard p.terminationReason == .exit, p.terminationStatus == 0 else { throw .failed(editor: editor, status: p.terminationStatus) }
        let written = String(decoding: (try? Data(contentsOf: URL(fileURLWithPath: path))) ?? Data(), as: UTF8.self)
        let kept = written.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix("#") }
            .joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
        guard !kept.isEmpty else { throw .empty }
        return kept
    }
}
