import Foundation
#if canImport(Glibc)
import Glibc
#endif
import LadderCore

/// A free-text argument given as `-` is read from standard input (`ladder note 3 -`,
/// `--note -`), as many Unix tools read `-`: a long note piped from a file or another
/// program. Standard input is read once, so only one argument of a command may be `-`.
enum StandardInput {
    nonisolated(unsafe) private static var takenBy: String?

    /// The words of a free-text argument (`TEXT...`), or standard input's text for `-`.
    static func words(_ words: [String], flag: String) throws -> [String] {
        words == ["-"] ? [try read(for: flag)] : words
    }

    /// A free-text option's value, or standard input's text for `-`.
    static func text(_ value: String?, flag: String) throws -> String? {
        value == "-" ? try read(for: flag) : value
    }

    /// Reads standard input to its end, without its last line break. On a terminal it
    /// says how to end; empty input is refused, so nothing is recorded by mistake.
    private static func read(for flag: String) throws -> String {
        if let other = takenBy {
            throw CLIError(kind: .usage, flag: flag, message: L("- reads standard input, and \(other) has read it already"),
                           hint: L("give one argument as -, the others on the command line"))
        }
        takenBy = flag
        if isatty(STDIN_FILENO) == 1 {
            printError(L("ladder: reading \(flag) from the terminal; end it with Ctrl-D on a line of its own"))
        }
        let data = FileHandle.standardInput.readDataToEndOfFile()
        var text = String(decoding: data, as: UTF8.self)
        while let last = text.last, last.isNewline { text.removeLast() }
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw CLIError(kind: .usage, flag: flag, message: L("- reads standard input, which was empty"),
                           hint: L("pipe the text in, e.g. echo \"they promised a call back\" | ladder note 3 -"))
        }
        return text
    }
}
