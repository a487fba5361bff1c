import ArgumentParser
import Foundation
import LadderCore

/// `ladder sync`: one store on several machines through git.
struct Sync: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sync",
        abstract: L("Share the store with your other machines through git: commit, fetch, merge, push."),
        discussion: L("The store folder is a git repository (ladder sync --init makes it one). A sync commits what changed here (one commit, listing the cases), fetches and merges the remote's changes (two machines' events on one case are both kept, each once), settles numbers two machines gave out at once (the later case takes the next free number, and says so), and pushes. Offline or refused: your work stays committed here, ladder says why and exits 75 (try again later): the next sync sends it.\n--init [REMOTE] makes the store a repository (or, on a new machine with an empty store, clones REMOTE), writes .gitignore (the index and lock stay per machine) and .gitattributes, and installs ladder's merge driver; with REMOTE it then syncs. Needs git on PATH. See man 5 ladder-store.\nExit status: 0 synced, 65 git could not merge, 69 no git, 74 store error, 75 remote unreachable or push refused (try again), 78 not set up."))

    @OptionGroup var storeOptions: StoreOptions
    @Flag(name: .customLong("init"), help: ArgumentHelp(L("Make the store a git repository (or clone REMOTE into an empty store) and set it up for syncing.")))
    var initialise = false
    @Argument(help: ArgumentHelp(L("The remote to sync with, with --init: a path, ssh://host/path or host:path."), valueName: "remote"))
    var remote: String?

    func run() throws {
        try runReporting {
            let context = try Context(storeOptions)
            if remote != nil, !initialise {
                throw CLIError(kind: .usage, flag: "REMOTE", message: L("a remote is given only with --init"),
                               hint: L("write: ladder sync --init \(remote!)"))
            }
            guard let gitPath = Git.find(environment: context.environment) else {
                printError(L("ladder: error: sync needs git, and there is no git on PATH; install it (Debian: sudo apt-get install git)"))
                throw ExitCode(69)
            }
            let sync = StoreSync(store: context.store, git: Git(executable: gitPath, directory: context.store.directory),
                                 ladder: Sync.executablePath())
            do {
                if initialise {
                    for line in try sync.initialise(remote: remote, now: context.now) { print(L("sync: \(line)")) }
                    guard sync.git.run(["remote", "get-url", "origin"]).ok else {
                        print(L("sync: no remote yet; add one with: ladder sync --init REMOTE"))
                        return
                    }
                }
                let report = try sync.sync(now: context.now, host: ProcessInfo.processInfo.hostName) {
                    printError(L("sync: waiting for another ladder sync of this store to finish"))
                }
                say(report)
            } catch let f as StoreSync.Failure {
                // What it did before it stopped (a merge, numbers settled) is told first:
                // the next sync, finding the merge made, would not tell it again.
                if case let .later(_, _, done?) = f { say(done, stopped: true) }
                printError(L("ladder: error: sync: \(f.description)"))
                switch f {
                case .notSetUp: throw ExitCode(78)
                case .later: throw ExitCode(75)
                case .git: throw ExitCode(65)
                }
            }
        }
    }

    /// `stopped`: the sync could not finish (offline); only what it did is told.
    private func say(_ report: StoreSync.Report, stopped: Bool = false) {
        func cases(_ ns: [Int]) -> String { StoreSync.caseList(ns) }
        if report.tidied.count > 0 { print(L("sync: case files left in two versions by a sync tool or a merge, merged: \(report.tidied.count)")) }
        for (number, kept) in report.tidied.twoWays {
            print(L("sync: case #\(number) had an event written two ways (edited by hand on two machines); one is kept, the same on every machine, and the other is in \(kept)"))
        }
        for name in report.restored { print(L("sync: put ladder's lines back in \(name)")) }
        // Earlier commits sent now are told below ("sent changes to"), not as nothing.
        if !report.sent.isEmpty {
            print(L("sync: committed changes to \(cases(report.sent))"))
        } else if report.delivered.isEmpty && report.commitsSent == 0 && !stopped {
            print(L("sync: nothing new here to send"))
        }
        if let (here, there) = report.joined, let remote = report.remote {
            print(L("sync: joined two stores started separately, one here and one at \(remote) (cases here: \(here), there: \(there)); see them all with: ladder list --all"))
        }
        for r in report.renumbered { print(L("sync: \(r.description)")) }
        guard let remote = report.remote else {
            print(L("sync: no remote: the commit stays here (add one with ladder sync --init REMOTE)"))
            return
        }
        if !report.received.isEmpty { print(L("sync: received changes to \(cases(report.received)) from \(remote)")) }
        guard !stopped else { return }
        if !report.delivered.isEmpty {
            print(L("sync: sent changes to \(cases(report.delivered)) to \(remote)"))
        } else if report.commitsSent == 1 {
            print(L("sync: sent 1 commit made here to \(remote)"))
        } else if report.commitsSent > 1 {
            print(L("sync: sent \(report.commitsSent) commits made here to \(remote)"))
        }
        if report.pushed { print(L("sync: up to date with \(remote)")) }
    }

    /// This ladder's own path, for git to run as the merge driver.
    static func executablePath() -> String {
        if let p = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return p }
        return CommandLine.arguments[0]
    }
}
