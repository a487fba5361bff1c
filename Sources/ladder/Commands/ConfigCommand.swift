import ArgumentParser
import Foundation
import LadderCore
import LadderTUI

struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: L("Check the config file, or edit it (--edit) in $VISUAL or $EDITOR with the check on saving."),
        discussion: L("ladder config prints where the config is and whether it reads (exit 78 when not). ladder config --edit opens a copy of it in $VISUAL, else $EDITOR, else vi, and checks it when the editor exits, as crontab -e does: if it reads, it replaces the config; if not, ladder says what is wrong (JSON errors by line and column) and, on a terminal, asks whether to edit again. Without a terminal, or when you answer no, the config stays as it was (exit 78) and your edit is kept in a file it names."))

    @Flag(help: ArgumentHelp(L("Edit the config in your editor; it is checked before it replaces the old one."))) var edit = false

    func run() throws {
        try runReporting {
            let environment = ProcessInfo.processInfo.environment
            let path = ConfigFile.path(environment: environment)
            guard edit else { return try check(path) }
            try ConfigEdit(path: path, environment: environment).run()
        }
    }

    /// `PATH: reads well (2 organisations)`, or the error (exit 78).
    private func check(_ path: String) throws {
        guard try ConfigFile.text(path) != nil else {
            print(L("\(path): there is no config yet; every default applies (ladder config --edit makes one)"))
            return
        }
        let config = try ConfigFile.load(path)
        print(L("\(path): it reads well (organisations: \(config.organisations.count))"))
    }
}

/// One `ladder config --edit`: the editor on a private copy, the check, and again.
struct ConfigEdit {
    var path: String
    var environment: [String: String]

    func run() throws {
        let original = try ConfigFile.text(path)
        let start = original ?? Data(ConfigFile.starter.utf8)
        let copy = try privateCopy(start)
        var kept = false
        defer { if !kept { unlink(copy) } }
        let editor = ExternalEditor.command(environment)
        while true {
            try runEditor(editor, on: copy)
            let edited = try read(copy)
            if edited == start {
                print(L("The config was not changed."))
                return
            }
            guard let e = save(edited, expected: original) else {
                print(L("\(path): saved; it reads well."))
                return
            }
            printError(L("ladder: error: config: \(e.description)"))
            // Changed by another ladder meanwhile: nothing to fix in the edit, so no asking.
            let changedMeanwhile = (try? ConfigFile.text(path)) != original
            if changedMeanwhile || !askAgain() {
                kept = true
                printError(L("The config was left as it was; your edit is kept in \(copy)."))
                throw ExitCode(78)
            }
        }
    }

    /// Checks the edited text and puts it in place; nil when done, else what is wrong.
    private func save(_ edited: Data, expected: Data?) -> ConfigError? {
        do throws(ConfigError) {
            _ = try ConfigFile.decode(edited, file: path)
            try ConfigFile.replace(path, with: edited, expected: expected)
            return nil
        } catch {
            return error
        }
    }

    /// On a terminal: `edit again? [Y/n]`; yes unless the answer starts with n. No
    /// terminal: no.
    private func askAgain() -> Bool {
        guard isatty(0) == 1, isatty(2) == 1 else { return false }
        FileHandle.standardError.write(Data(L("edit again? [Y/n] ").utf8))
        guard let answer = readLine() else { return false }
        let word = answer.trimmingCharacters(in: .whitespaces).lowercased()
        return !(word.hasPrefix("n") || word.hasPrefix("いいえ"))
    }

    /// A private temp file (0600) holding `data`, named .json so editors colour it.
    private func privateCopy(_ data: Data) throws -> String {
        var template = Array((NSTemporaryDirectory() + "/ladder-config-XXXXXX.json").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemps($0.baseAddress!, 5) }
        guard fd >= 0 else {
            throw CLIError(kind: .usage, flag: "--edit", message: L("cannot create a file for the editor in \(NSTemporaryDirectory())"),
                           hint: L("check that TMPDIR can be written"))
        }
        let handle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
        try handle.write(contentsOf: data)
        return template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
    }

    private func read(_ copy: String) throws -> Data {
        guard let data = FileManager.default.contents(atPath: copy) else {
            throw CLIError(kind: .usage, flag: "--edit", message: L("the file the editor had is gone: \(copy); the config was left as it was"))
        }
        return data
    }

    /// Runs the editor on this terminal and waits; a failing editor changes nothing.
    private func runEditor(_ editor: String, on copy: String) throws {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/sh")
        // The editor may carry arguments (`code --wait`), as git allows.
        p.arguments = ["-c", editor + " \"$1\"", "ladder-editor", copy]
        p.environment = environment
        do { try p.run() } catch {
            throw CLIError(kind: .usage, flag: "--edit", message: L("cannot start the editor \"\(editor)\""),
                           hint: L("set EDITOR to one that exits 0 after saving, e.g. EDITOR=nano"))
        }
        p.waitUntilExit()
        guard p.terminationReason == .exit, p.terminationStatus == 0 else {
            throw CLIError(kind: .usage, flag: "--edit", message: L("the editor \"\(editor)\" stopped with status \(p.terminationStatus); the config was left as it was"),
                           hint: L("set EDITOR to one that exits 0 after saving, e.g. EDITOR=nano"))
        }
    }
}
