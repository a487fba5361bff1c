import ArgumentParser
import Foundation
import LadderCore

/// `ladder merge-driver %O %A %B %P`: git's merge driver for case files, installed by
/// `ladder sync --init`. Writes the union of both sides into %A.
struct MergeDriver: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge-driver",
        abstract: L("Merge two versions of a case file for git (run by git, set up by ladder sync --init)."),
        discussion: L("git runs it as: ladder merge-driver %O %A %B %P. It writes into the second file the union of both versions' events, each once, in the order every machine agrees on, and exits 0. When a side is not a case file, it writes the union of their lines and exits 1, so git reports a conflict and nothing is lost."),
        shouldDisplay: false)

    @Argument(help: ArgumentHelp(L("The common ancestor's version (%O; not needed: events are only added)."))) var base: String
    @Argument(help: ArgumentHelp(L("Ours (%A): the merge is written here."))) var ours: String
    @Argument(help: ArgumentHelp(L("Theirs (%B)."))) var theirs: String
    @Argument(help: ArgumentHelp(L("The file's path in the repository (%P), for messages."))) var path: String?

    func run() throws {
        let shown = path ?? ours
        guard let a = FileManager.default.contents(atPath: ours), let b = FileManager.default.contents(atPath: theirs) else {
            printError(L("ladder merge-driver: cannot read both versions of \(shown)"))
            throw ExitCode(74)
        }
        let result: Data
        var failed = false
        switch CaseMerge.merge(ours: a, theirs: b) {
        case let .merged(data):
            result = data
        case let .lines(data, problem):
            printError(L("ladder merge-driver: \(shown): \(problem); both sides' lines are kept, each once: check the file, then run ladder doctor"))
            result = data
            failed = true
        }
        do {
            try result.write(to: URL(fileURLWithPath: ours))
        } catch {
            printError(L("ladder merge-driver: cannot write \(ours): \(error)"))
            throw ExitCode(74)
        }
        if failed { throw ExitCode(1) }
    }
}
