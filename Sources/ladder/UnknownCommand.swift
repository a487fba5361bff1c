import ArgumentParser
import Foundation
import LadderCore

/// A mistyped command (`ladder lgo 1 --via 電話`): argument-parser reads the word as an
/// argument ladder itself does not take and complains of the first thing after it
/// (`there is no option --via`), which sends the user looking in the wrong place. The
/// first word that is no option is checked against the commands before parsing.
enum UnknownCommand {
    /// The options `ladder` itself takes before a command, and whether each takes a value.
    static let rootOptions: [String: Bool] = ["--store": true, "--lang": true, "--color": true, "--no-pager": false,
                                              "--version": false, "-h": false, "--help": false]

    /// The message for `arguments` when their command (or a subcommand of a command
    /// that has them: `org shwo`, `help lgo`) is unknown, else nil.
    static func message(_ arguments: ArraySlice<String>, root: ParsableCommand.Type) -> String? {
        var rest = arguments[...]
        var command = root
        var path: [String] = []  // the commands read so far, after `help` when it was given
        var help = false
        while let a = rest.popFirst() {
            if a == "--" { return nil }
            if a.hasPrefix("-") {
                // A command's own options are argument-parser's to read: their values are unknown here.
                guard path.isEmpty, !help else { return nil }
                let name = a.split(separator: "=", maxSplits: 1).first.map(String.init) ?? a
                guard let takesValue = rootOptions[name] else { return nil }
                if takesValue && !a.contains("=") { _ = rest.popFirst() }
                continue
            }
            let subcommands = command.configuration.subcommands
            guard !subcommands.isEmpty else { return nil }  // the command's own arguments
            if path.isEmpty, !help, a == "help" { help = true; continue }
            if let next = subcommands.first(where: { $0._commandName == a }) {
                command = next
                path.append(a)
                continue
            }
            let names = subcommands.map { $0._commandName } + (path.isEmpty && !help ? ["help"] : [])
            let near = names.map { ($0, distance($0, a)) }.filter { $0.1 <= 2 }.min { $0.1 < $1.1 }?.0
            let asked = (path + [a]).joined(separator: " ")
            let said = L("ladder: error: there is no command \"\(asked)\"")
            let meant = near.map { ((help ? ["help"] : []) + path + [$0]).joined(separator: " ") }
            return said + "\n  " + (meant.map { L("did you mean ladder \($0)? All commands: ladder --help") } ?? L("all commands: ladder --help"))
        }
        return nil
    }

    /// Edits (insert, delete, replace, swap two neighbours) from `a` to `b`.
    static func distance(_ a: String, _ b: String) -> Int {
        let x = Array(a), y = Array(b)
        var d = [[Int]](repeating: [Int](repeating: 0, count: y.count + 1), count: x.count + 1)
        for i in 0...x.count { d[i][0] = i }
        for j in 0...y.count { d[0][j] = j }
        for i in stride(from: 1, through: x.count, by: 1) {
            for j in stride(from: 1, through: y.count, by: 1) {
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
                if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] { d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1) }
            }
        }
        return d[x.count][y.count]
    }
}
