import Foundation
import LadderTestSupport
import Testing

/// One store on a laptop and a server through a bare git remote, with the real git and
/// the built ladder: the story of issue 21.
@Suite final class SyncTests {
    let root = NSTemporaryDirectory() + "ladder-sync-" + UUID().uuidString
    deinit { try? FileManager.default.removeItem(atPath: root) }
    var remote: String { root + "/remote.git" }

    init() throws {
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        #expect(git(["init", "-q", "--bare", remote], in: root).status == 0)
    }

    func git(_ args: [String], in dir: String) -> Result {
        runProcess("/usr/bin/git", ["-C", dir] + args, environment: ["PATH": "/usr/bin:/bin", "HOME": root, "LC_ALL": "C"])
    }

    /// A machine: its own store, the shared clock.
    func machine(_ name: String, now: String = "2026-07-15T15:00:00+09:00") -> Sandbox {
        let s = Sandbox(now: now)
        try? FileManager.default.createDirectory(atPath: s.directory + "/home", withIntermediateDirectories: true)
        return s
    }

    /// The first sync of a large store touches every case: what it says, and its commit
    /// message, name the first cases and count the rest (a message naming 100,000 cases
    /// was longer than one argument to git may be, and the sync failed).
    @Test func aFirstSyncOfManyCasesNamesTheFirstAndCountsTheRest() throws {
        let laptop = machine("laptop")
        for i in 1...55 { laptop.ok("add", "Case \(i)", "--org", "Example Mobile") }
        let first = laptop.ok("sync", "--init", remote)
        #expect(first.out.contains("committed changes to #1, #2, #3, #4, #5, #6, #7, #8, #9, #10, #11, #12, #13, #14, #15, #16, #17, #18, #19, #20 and 35 more"), "\(first.out)")
        let message = git(["log", "-1", "--format=%B"], in: laptop.store).out
        #expect(message.contains("#50 and 5 more") && !message.contains("#51"), "\(message)")
    }

    @Test func laptopAndServerConverge() throws {
        let laptop = machine("laptop")
        let server = machine("server")
        laptop.ok("add", "Mail from two handsets bounces", "--org", "Example Mobile", "--await", "an answer", "--due", "2h")
        let first = laptop.ok("sync", "--init", remote)
        #expect(first.out.contains("committed changes to #1"), "\(first.out)")

        // The server clones it; its nightly job runs as cron would: no terminal, a bare environment.
        let cloned = server.ok("sync", "--init", remote)
        #expect(cloned.out.contains("cloned"), "\(cloned.out)")
        server.now = "2026-07-15T18:00:00+09:00"
        // Docs/Sync.md's cron line as written: ladder where make install puts it, the
        // store where ladder keeps it, both under this HOME.
        let home = server.directory + "/home"
        try FileManager.default.createDirectory(atPath: home + "/.local/bin", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: home + "/.local/share", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: home + "/.local/bin/ladder", withDestinationPath: ladderBinary)
        try FileManager.default.createSymbolicLink(atPath: home + "/.local/share/ladder", withDestinationPath: server.store)
        let docs = try String(contentsOf: repositoryRoot.appendingPathComponent("Docs/Sync.md"), encoding: .utf8)
        let line = try #require(docs.split(separator: "\n").first { $0.hasPrefix("0 7 * * *") })
        let command = line.split(separator: " ", maxSplits: 5, omittingEmptySubsequences: true)[5]
        let cron = ["PATH": "/usr/bin:/bin", "HOME": home, "LADDER_NOW": server.now]
        let nightly = runProcess("/bin/sh", ["-c", String(command)], environment: cron)
        #expect(nightly.status == 1, "exit 1: something is overdue\n\(nightly.out)\(nightly.err)")
        #expect(nightly.out.contains("an answer"), "\(nightly.out)")

        // Apart, each adds a case (both number 2) and logs on case 1.
        laptop.now = "2026-07-15T19:00:00+09:00"
        laptop.ok("log", "1", "--via", "phone", "--with", "Sato", "--note", "from the laptop")
        laptop.ok("add", "Router drops at night", "--org", "Example ISP")
        server.now = "2026-07-15T19:30:00+09:00"
        server.ok("log", "1", "--via", "email", "--in", "--note", "from the server")
        server.ok("add", "Bill charged twice", "--org", "Example Mobile")
        laptop.ok("sync")
        let noticed = server.ok("sync")
        #expect(noticed.out.contains("is now case 3"), "the command that notices says so: \(noticed.out)")
        laptop.ok("sync")

        // Compared at one instant: the lists count time since things happened.
        laptop.now = server.now
        let a = laptop.ok("list", "--all", "--json").out
        let b = server.ok("list", "--all", "--json").out
        #expect(a == b)
        #expect(a.contains("Router drops at night") && a.contains("Bill charged twice"))
        for n in ["1", "2", "3"] {
            #expect(laptop.ok("show", n, "--json").out == server.ok("show", n, "--json").out, "case \(n)")
        }
        let show = laptop.ok("show", "1").out
        #expect(show.contains("from the laptop") && show.contains("from the server"))

        // Numbered alike again, and settled by the other machine this time: the laptop,
        // whose case moved, is told by its sync and, for a while, when it uses the number.
        server.now = "2026-07-15T20:00:00+09:00"
        server.ok("add", "Refund never arrived", "--org", "Example Mobile")
        laptop.now = "2026-07-15T20:10:00+09:00"
        laptop.ok("add", "Modem replaced twice", "--org", "Example ISP")
        laptop.ok("sync")
        #expect(server.ok("sync").out.contains("\"Modem replaced twice\" is now case 5"))
        let moved = laptop.ok("sync").out
        #expect(moved.contains("\"Refund never arrived\" keeps 4, and \"Modem replaced twice\" is now case 5"), "\(moved)")
        let habit = laptop.ok("show", "4")
        #expect(habit.out.contains("Refund never arrived"))
        #expect(habit.err.contains("your \"Modem replaced twice\", case 4 here before the sync, is now case 5"), "\(habit.err)")
        #expect(server.ok("show", "4").err.isEmpty, "the machine whose case kept its number is not told")

        // Reading commands never touch a synced file.
        for s in [laptop, server] {
            s.ok("list"); s.ok("show", "1"); _ = s.run(["report", "overdue"])
            #expect(git(["status", "--porcelain"], in: s.store).out == "", "nothing to commit after reading")
        }
    }

    @Test func offlineKeepsTheWorkAndSaysTryAgain() throws {
        let laptop = machine("laptop")
        laptop.ok("add", "Mail bounces", "--org", "Example Mobile")
        laptop.ok("sync", "--init", remote)
        laptop.ok("note", "1", "written offline")
        #expect(git(["remote", "set-url", "origin", root + "/gone.git"], in: laptop.store).status == 0)
        let r = laptop.run(["sync"])
        #expect(r.status == 75, "EX_TEMPFAIL: \(r.err)")
        #expect(r.err.contains("Your changes to #1 are committed here"), "the waiting cases are named: \(r.err)")
        // git's own words on one line, without its advice paragraph.
        #expect(r.err.contains("does not appear to be a git repository") && !r.err.contains("Please make sure"), "\(r.err)")
        #expect(r.err.split(separator: "\n").count == 2, "\(r.err)")
        #expect(git(["log", "--oneline"], in: laptop.store).out.split(separator: "\n").count == 2, "the work is committed locally")
        // Offline again with nothing new: still waiting to be sent, and said so.
        #expect(laptop.run(["sync"]).err.contains("Your changes to #1 are committed here"))
        #expect(git(["remote", "set-url", "origin", remote], in: laptop.store).status == 0)
        let back = laptop.ok("sync").out
        #expect(git(["log", "--oneline", "main"], in: remote).out.split(separator: "\n").count == 2, "sent with the next sync")
        // Not "nothing new here to send" and then "sent changes": only what was sent.
        #expect(back.contains("sent changes to #1") && !back.contains("nothing new"), "\(back)")
        // Offline with nothing waiting here: not told that work is kept.
        #expect(git(["remote", "set-url", "origin", root + "/gone.git"], in: laptop.store).status == 0)
        let idle = laptop.run(["sync"])
        #expect(idle.status == 75 && idle.err.contains("Nothing here was waiting to be sent") && !idle.err.contains("committed here"), "\(idle.err)")
    }

    /// A laptop with two cases, synced to the remote.
    func laptopWithTwoCasesSynced() -> Sandbox {
        let laptop = machine("laptop")
        laptop.ok("add", "Mail bounces", "--org", "Example Mobile")
        laptop.ok("add", "Router drops", "--org", "Example Net")
        laptop.ok("sync", "--init", remote)
        return laptop
    }

    /// Offline from the first sync on: every case made here waits, and each sync that
    /// cannot reach the remote names them all, the first time and every time after.
    @Test func offlineFromTheStartNamesEveryCaseThatWaits() throws {
        let laptop = machine("laptop")
        laptop.ok("add", "Mail bounces", "--org", "Example Mobile")
        let first = laptop.run(["sync", "--init", root + "/gone.git"])
        #expect(first.status == 75 && first.err.contains("Your changes to #1 are committed here"), "\(first.err)")
        laptop.ok("add", "Router drops", "--org", "Example Net")
        for _ in 0..<2 {
            let again = laptop.run(["sync"])
            #expect(again.status == 75 && again.err.contains("Your changes to #1, #2 are committed here"), "\(again.err)")
        }
    }

    /// A push refused after a merge that joined two stores and settled numbers: what the
    /// merge did is told then (the next sync finds it made and says nothing of it), and
    /// the cases named as waiting are this machine's, by the numbers they have now.
    @Test func aRefusedPushAfterAJoinTellsTheJoinAndNamesThisMachinesCases() throws {
        let laptop = laptopWithTwoCasesSynced()
        let server = machine("server")
        let mine = ["Bill twice", "Scanner blocks mail", "Line dead"]
        for title in mine { server.ok("add", title, "--org", "Example Mobile") }
        server.ok("sync", "--init")
        #expect(git(["remote", "add", "origin", remote], in: server.store).status == 0)
        #expect(git(["config", "remote.origin.pushurl", root + "/gone.git"], in: server.store).status == 0)
        let refused = server.run(["sync"])
        #expect(refused.status == 75, "\(refused.err)")
        #expect(refused.out.contains("joined two stores started separately") && refused.out.contains("is now case"), "\(refused.out)")
        #expect(!refused.out.contains("nothing new here to send") && !refused.out.contains("up to date"), "\(refused.out)")
        let list = try #require(try JSONSerialization.jsonObject(with: Data(server.ok("list", "--all", "--json").out.utf8)) as? [[String: Any]])
        let own = list.filter { mine.contains($0["title"] as? String ?? "") }.compactMap { $0["number"] as? Int }
        #expect(own.count == 3)
        // Waiting: this machine's cases, and any of the laptop's it numbered anew here
        // (that change is made here, and goes to the laptop with the push). Which of two
        // cases made at one instant keeps a number goes by their ids, so either may move.
        let moved = refused.out.matches(of: try Regex("is now case ([0-9]+)")).compactMap { Int(String(refused.out[$0.range]).split(separator: " ").last!) }
        #expect(!moved.isEmpty)
        let waiting = Set(own + moved).sorted().map { "#\($0)" }.joined(separator: ", ")
        #expect(refused.err.contains("Your changes to \(waiting) are committed here"), "\(waiting): \(refused.err)")
    }

    /// A push that goes elsewhere than the fetch (`pushurl`) is named by where it goes;
    /// a push the remote refuses by a hook is said in git's words, and is no race.
    @Test func aRefusedPushIsNamedByWhereItGoes() throws {
        let laptop = machine("laptop")
        laptop.ok("add", "Mail bounces", "--org", "Example Mobile")
        laptop.ok("sync", "--init", remote)
        laptop.ok("note", "1", "written later")
        #expect(git(["config", "remote.origin.pushurl", root + "/gone.git"], in: laptop.store).status == 0)
        let elsewhere = laptop.run(["sync"])
        #expect(elsewhere.status == 75 && elsewhere.err.contains("cannot push to \(root)/gone.git"), "\(elsewhere.err)")
        #expect(git(["config", "--unset", "remote.origin.pushurl"], in: laptop.store).status == 0)
        let hook = remote + "/hooks/pre-receive"
        try "#!/bin/sh\necho 'closed for the night' >&2\nexit 1\n".write(toFile: hook, atomically: true, encoding: .utf8)
        #expect(chmod(hook, 0o755) == 0)
        let declined = laptop.run(["sync"])
        #expect(declined.status == 75 && declined.err.contains("closed for the night") && !declined.err.contains("kept changing"), "\(declined.err)")
    }

    /// A remote that changes under every try (other machines sending at once): three
    /// tries, then said plainly, not in git's hints. git is stood in for by a script that
    /// answers every push as a remote that moved on.
    @Test func aRemoteThatKeepsChangingIsSaidPlainly() throws {
        let laptop = machine("laptop")
        laptop.ok("add", "Mail bounces", "--org", "Example Mobile")
        laptop.ok("sync", "--init", remote)
        laptop.ok("note", "1", "written later")
        let bin = laptop.directory + "/bin"
        try FileManager.default.createDirectory(atPath: bin, withIntermediateDirectories: true)
        let racing = """
            #!/bin/sh
            for a in "$@"; do
              if [ "$a" = push ]; then
                echo ' ! [rejected]        HEAD -> main (fetch first)' >&2
                echo "hint: Updates were rejected because the remote contains work that you do not" >&2
                exit 1
              fi
            done
            exec /usr/bin/git "$@"

            """
        try racing.write(toFile: bin + "/git", atomically: true, encoding: .utf8)
        #expect(chmod(bin + "/git", 0o755) == 0)
        let r = laptop.run(["sync"], environment: ["PATH": bin + ":/usr/bin:/bin"])
        #expect(r.status == 75, "\(r.err)")
        #expect(r.err.contains("\(remote) kept changing while this sync merged") && r.err.contains("tried 3 times") && !r.err.contains("hint:"), "\(r.err)")
        #expect(r.err.contains("Your changes to #1 are committed here"), "\(r.err)")
    }

    /// Two stores joined whose `.gitignore` each has a line its user added: git stops at
    /// that file (both sides added it), and ladder finishes the merge with its own lines
    /// and both users' (it stopped with exit 65, and the advice it gave then failed).
    @Test func joiningStoresWithTheirOwnIgnoreLinesMergesThem() throws {
        let laptop = laptopWithTwoCasesSynced()
        try (String(contentsOfFile: laptop.store + "/.gitignore", encoding: .utf8) + "/mine-laptop\n")
            .write(toFile: laptop.store + "/.gitignore", atomically: true, encoding: .utf8)
        #expect(git(["-c", "user.name=x", "-c", "user.email=x@example.com", "commit", "-qam", "mine"], in: laptop.store).status == 0)
        laptop.ok("sync")
        let server = machine("server")
        server.ok("add", "Bill twice", "--org", "Example Mobile")
        server.ok("sync", "--init")
        server.ok("sync")  // no remote yet: the commit is the sync
        try (String(contentsOfFile: server.store + "/.gitignore", encoding: .utf8) + "/mine-server\n")
            .write(toFile: server.store + "/.gitignore", atomically: true, encoding: .utf8)
        #expect(git(["-c", "user.name=x", "-c", "user.email=x@example.com", "commit", "-qam", "mine"], in: server.store).status == 0)
        #expect(git(["remote", "add", "origin", remote], in: server.store).status == 0)
        let joined = server.run(["sync"])
        #expect(joined.status == 0 && joined.out.contains("joined two stores started separately"), "\(joined.out)\n\(joined.err)")
        let ignore = try String(contentsOfFile: server.store + "/.gitignore", encoding: .utf8)
        #expect(ignore.contains("/mine-laptop") && ignore.contains("/mine-server") && ignore.hasPrefix("# ladder:"), "\(ignore)")
        #expect(!ignore.contains("<<<<<<<") && !ignore.contains(">>>>>>>"), "\(ignore)")
        #expect(git(["status", "--porcelain"], in: server.store).out == "", "the merge is finished and committed")
        #expect(server.ok("list", "--all").out.split(separator: "\n").count == 4, "a heading and three cases")
        laptop.ok("sync")
        #expect(try String(contentsOfFile: laptop.store + "/.gitignore", encoding: .utf8) == ignore, "the laptop gets the same")
    }

    /// A remote that is a git repository but not a ladder store is never merged into the
    /// store, nor the store pushed into it, nor cloned as the store.
    @Test func aRemoteThatIsNotALadderStoreIsRefused() throws {
        let other = root + "/other"
        #expect(git(["init", "-q", "-b", "main", other], in: root).status == 0)
        try "a project\n".write(toFile: other + "/README", atomically: true, encoding: .utf8)
        #expect(git(["add", "README"], in: other).status == 0)
        #expect(git(["-c", "user.name=x", "-c", "user.email=x@example.com", "commit", "-qm", "a project"], in: other).status == 0)
        #expect(git(["clone", "-q", "--bare", other, root + "/other.git"], in: root).status == 0)
        let laptop = machine("laptop")
        laptop.ok("add", "Mail bounces", "--org", "Example Mobile")
        let joined = laptop.run(["sync", "--init", root + "/other.git"])
        #expect(joined.status == 78 && joined.err.contains("is not a ladder store"), "\(joined.err)")
        #expect(!FileManager.default.fileExists(atPath: laptop.store + "/README"))
        #expect(git(["ls-tree", "-r", "--name-only", "main"], in: root + "/other.git").out == "README\n", "nothing sent")
        let fresh = machine("server")
        let cloned = fresh.run(["sync", "--init", root + "/other.git"])
        #expect(cloned.status == 78 && cloned.err.contains("is not a ladder store"), "\(cloned.err)")
        #expect(!FileManager.default.fileExists(atPath: fresh.store + "/README"))
    }

    /// A laptop that moves to a new, empty remote (a new server) sends it the whole
    /// store, and says so: the old remote's branch, still known here, is not taken for
    /// the new one's (it said "nothing new here to send" and "up to date").
    @Test func aNewEmptyRemoteIsSentTheWholeStore() throws {
        let laptop = laptopWithTwoCasesSynced()
        let other = root + "/other.git"
        #expect(git(["init", "-q", "--bare", other], in: root).status == 0)
        let moved = laptop.ok("sync", "--init", other).out
        #expect(moved.contains("origin is \(other) (it was \(remote))"), "\(moved)")
        #expect(moved.contains("sent changes to #1, #2 to \(other)") && !moved.contains("nothing new"), "\(moved)")
        let there = git(["ls-tree", "-r", "--name-only", "main", "--", "cases"], in: other).out.split(separator: "\n")
        #expect(there.count == 2, "\(there)")
        #expect(laptop.ok("sync").out.contains("up to date with \(other)"))
    }

    /// A server that had cases of its own before its first sync joins them to the
    /// laptop's, and is told so once, with how many each side had.
    @Test func aMachineWithCasesOfItsOwnJoinsThemAndIsToldSo() throws {
        let laptop = laptopWithTwoCasesSynced()
        let server = machine("server")
        for title in ["Bill twice", "Scanner blocks mail", "Line dead"] { server.ok("add", title, "--org", "Example Mobile") }
        let joined = server.ok("sync", "--init", remote).out
        #expect(joined.contains("joined two stores started separately, one here and one at \(remote) (cases here: 3, there: 2)"), "\(joined)")
        #expect(joined.contains("is now case 4") && joined.contains("is now case 5"), "the two numbers both used are settled: \(joined)")
        #expect(server.ok("list", "--all").out.split(separator: "\n").count == 6, "a heading and five cases")
        #expect(!server.ok("sync").out.contains("joined"), "said once")
        #expect(!laptop.ok("sync").out.contains("joined"), "the laptop's store was the remote's: nothing joined there")
    }

    /// A laptop and a server on one remote, one case with a note, and that note's line
    /// edited by hand on each (`edited on the laptop`, `… server`), committed with plain
    /// git and not yet synced. The case file's name.
    func oneLineEditedOnBoth() throws -> (laptop: Sandbox, server: Sandbox, name: String) {
        let laptop = machine("laptop")
        laptop.ok("add", "Mail bounces", "--org", "Example Mobile")
        laptop.ok("note", "1", "as first written")
        laptop.ok("sync", "--init", remote)
        let server = machine("server")
        server.ok("sync", "--init", remote)
        let name = try #require(try FileManager.default.contentsOfDirectory(atPath: server.store + "/cases").first { $0.hasSuffix(".jsonl") })
        for (s, word) in [(laptop, "laptop"), (server, "server")] {
            let path = s.store + "/cases/" + name
            let text = try String(contentsOfFile: path, encoding: .utf8)
            try text.replacingOccurrences(of: "as first written", with: "edited on the \(word)").write(toFile: path, atomically: true, encoding: .utf8)
            #expect(git(["-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qam", word], in: s.store).status == 0)
        }
        return (laptop, server, name)
    }

    /// A newcomer merged a case file by hand with plain git (conflict markers and all),
    /// committed it, and ran ladder sync: the markers went to the remote, and only the
    /// other machine's next sync tidied them. The machine that made the merge tidies it.
    @Test func aHandMergeCommittedHereIsTidiedBeforeItIsSent() throws {
        let (laptop, server, name) = try oneLineEditedOnBoth()
        laptop.ok("sync")
        // A plain text merge, as a hosting service or a repository without ladder's
        // attributes would make it: conflict markers, committed as they are.
        try "cases/*.jsonl merge\n".write(toFile: server.store + "/.git/info/attributes", atomically: true, encoding: .utf8)
        _ = git(["-c", "user.name=t", "-c", "user.email=t@t", "pull", "-q", "--no-rebase", "origin", "main"], in: server.store)
        #expect(try String(contentsOfFile: server.store + "/cases/" + name, encoding: .utf8).contains("<<<<<<<"))
        #expect(git(["-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qam", "merged by hand"], in: server.store).status == 0)
        let synced = server.ok("sync").out
        #expect(synced.contains("merged: 1"), "\(synced)")
        let sent = git(["show", "main:cases/" + name], in: remote).out
        // One event edited two ways is still one event: one version is kept, and the
        // file as the merge left it, with both, is kept aside.
        #expect(!sent.contains("<<<<<<<") && (sent.contains("edited on the laptop") != sent.contains("edited on the server")), "\(sent)")
        let kept = try String(contentsOfFile: server.store + "/backup/untidy/" + name, encoding: .utf8)
        #expect(kept.contains("edited on the laptop") && kept.contains("edited on the server"))
        #expect(synced.contains("backup/untidy"), "\(synced)")
    }

    /// The nightly line from Docs/Sync.md on a night the remote cannot be reached: sync
    /// says so, and the report still comes from what the server has.
    @Test func theNightlyReportComesEvenWhenTheRemoteCannotBeReached() throws {
        let laptop = machine("laptop")
        laptop.ok("add", "Mail bounces", "--org", "Example Mobile", "--await", "an answer", "--due", "2h")
        laptop.ok("sync", "--init", remote)
        let server = machine("server", now: "2026-07-15T18:00:00+09:00")
        server.ok("sync", "--init", remote)
        let home = server.directory + "/home"
        try FileManager.default.createDirectory(atPath: home + "/.local/bin", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: home + "/.local/share", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: home + "/.local/bin/ladder", withDestinationPath: ladderBinary)
        try FileManager.default.createSymbolicLink(atPath: home + "/.local/share/ladder", withDestinationPath: server.store)
        try FileManager.default.moveItem(atPath: remote, toPath: root + "/away.git")
        let docs = try String(contentsOf: repositoryRoot.appendingPathComponent("Docs/Sync.md"), encoding: .utf8)
        let line = try #require(docs.split(separator: "\n").first { $0.hasPrefix("0 7 * * *") })
        let command = line.split(separator: " ", maxSplits: 5, omittingEmptySubsequences: true)[5]
        let nightly = runProcess("/bin/sh", ["-c", String(command)], environment: ["PATH": "/usr/bin:/bin", "HOME": home, "LADDER_NOW": server.now])
        #expect(nightly.status == 1, "the report's status: something is overdue\n\(nightly.err)")
        #expect(nightly.err.contains("cannot reach"), "\(nightly.err)")
        #expect(nightly.out.contains("an answer"), "\(nightly.out)")
    }

    /// A job runner that ignores SIGCHLD passes that on to what it starts (bash's
    /// `trap '' CHLD` does too); the kernel then reaps git at once, and every sync
    /// failed with "No child processes". Ladder waits for its own children again.
    @Test func aSyncStartedWithChildEndsIgnoredStillSyncs() throws {
        let laptop = machine("laptop")
        laptop.ok("add", "Mail bounces", "--org", "Example Mobile")
        let ignoring = "trap '' CHLD; exec \"$0\" \"$@\""
        let first = runProcess("/bin/bash", ["-c", ignoring, ladderBinary, "sync", "--init", remote], environment: laptop.environment)
        #expect(first.status == 0, "\(first.err)")
        laptop.ok("note", "1", "they called back")
        let again = runProcess("/bin/bash", ["-c", ignoring, ladderBinary, "sync"], environment: laptop.environment)
        #expect(again.status == 0 && again.out.contains("sent changes to #1"), "\(again.out)\(again.err)")
    }

    /// Two syncs of one store at once raced over git's own locks, and the loser said it
    /// could not reach the remote. A sync now waits while another holds the store's
    /// sync lock (here `flock`, holding it for a moment as a sync in progress does).
    @Test func aSyncWaitsWhileAnotherIsRunning() throws {
        let laptop = machine("laptop")
        laptop.ok("add", "Mail bounces", "--org", "Example Mobile")
        laptop.ok("sync", "--init", remote)
        laptop.ok("note", "1", "they called back")
        let (ready, released) = (laptop.directory + "/ready", laptop.directory + "/released")
        let holder = Process()
        holder.executableURL = URL(fileURLWithPath: "/usr/bin/flock")
        holder.arguments = [laptop.store + "/.git/ladder-sync.lock", "/bin/sh", "-c", "touch \"$0\"; sleep 1; touch \"$1\"", ready, released]
        try holder.run()
        defer { holder.waitUntilExit() }
        while !FileManager.default.fileExists(atPath: ready) && holder.isRunning { usleep(10_000) }
        let r = laptop.run(["sync"])
        #expect(r.status == 0 && r.out.contains("sent changes to #1"), "\(r.out)\(r.err)")
        #expect(FileManager.default.fileExists(atPath: released), "the sync went ahead only once the other let go")
        #expect(r.err == "sync: waiting for another ladder sync of this store to finish\n", "said while it waits")
    }

    /// A newcomer's own line in `.gitignore` was dropped by every sync. Ladder's lines
    /// are put back when a hand edit removed one; the user's stay after them.
    @Test func yourOwnGitignoreLinesAreKept() throws {
        let laptop = machine("laptop")
        laptop.ok("add", "Mail bounces", "--org", "Example Mobile")
        laptop.ok("sync", "--init", remote)
        let path = laptop.store + "/.gitignore"
        let ladders = try String(contentsOfFile: path, encoding: .utf8)
        try (ladders + "!/notes.md\n").write(toFile: path, atomically: true, encoding: .utf8)
        laptop.ok("sync")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == ladders + "!/notes.md\n")
        // A ladder line removed by hand comes back, the user's line still after them.
        try (ladders.replacingOccurrences(of: "/cases/.tmp/\n", with: "") + "!/notes.md\n").write(toFile: path, atomically: true, encoding: .utf8)
        #expect(laptop.ok("sync").out.contains("put ladder's lines back in .gitignore"))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == ladders + "!/notes.md\n")
        #expect(git(["status", "--porcelain"], in: laptop.store).out == "", "committed by the sync")
    }

    /// A second `--init`, to point the store at another remote, names the remote it
    /// replaces and says the driver was there already; a driver set up by hand to
    /// something else is put back, and said so.
    @Test func aSecondInitSaysWhatItChanged() throws {
        let laptop = machine("laptop")
        laptop.ok("add", "Mail bounces", "--org", "Example Mobile")
        #expect(laptop.ok("sync", "--init", remote).out.contains("installed ladder's merge driver"))
        let other = root + "/other.git"
        #expect(git(["init", "-q", "--bare", other], in: root).status == 0)
        let again = laptop.ok("sync", "--init", other).out
        #expect(again.contains("merge driver was already installed"), "\(again)")
        #expect(!again.contains("installed ladder's merge driver"), "\(again)")
        #expect(again.contains("(it was \(remote))"), "\(again)")
        #expect(git(["config", "merge.ladder.driver", "cat"], in: laptop.store).status == 0)
        #expect(laptop.ok("sync", "--init", other).out.contains("installed ladder's merge driver"))
        #expect(git(["config", "--get", "merge.ladder.driver"], in: laptop.store).out.contains("merge-driver %O %A %B %P"))
        laptop.lang = "ja_JP.UTF-8"
        #expect(laptop.ok("sync", "--init", other).out.contains("ladder のマージドライバーは"))
    }

    /// A newcomer edited one line by hand on both machines and committed it with git;
    /// the second sync merged them with ladder's driver, which kept one version without
    /// a word. Each machine's sync now names the case and keeps the file with both.
    @Test func anEventEditedTwoWaysIsNamedWhenTheDriverMergesIt() throws {
        let (laptop, server, name) = try oneLineEditedOnBoth()
        let first = laptop.ok("sync").out
        // Commits made by hand are sent, and said so: not "nothing new here to send".
        #expect(!first.contains("nothing new") && first.contains("sent changes to #1"), "\(first)")
        let merged = server.ok("sync").out
        #expect(merged.contains("case #1 had an event written two ways") && merged.contains("backup/untidy/" + name), "\(merged)")
        let back = laptop.ok("sync").out
        #expect(back.contains("case #1 had an event written two ways"), "the machine whose version lost is told too: \(back)")
        server.ok("sync")
        let files = try [laptop, server].map { try String(contentsOfFile: $0.store + "/cases/" + name, encoding: .utf8) }
        #expect(files[0] == files[1] && !files[0].contains("<<<<<<<"))
        #expect(files[0].contains("edited on the laptop") != files[0].contains("edited on the server"))
        #expect(laptop.ok("doctor").out.contains("Nothing wrong."))
    }

    @Test func setUpProblemsAreNamed() throws {
        let s = machine("plain")
        s.ok("add", "Mail bounces", "--org", "Example Mobile")
        let notRepo = s.run(["sync"])
        #expect(notRepo.status == 78 && notRepo.err.contains("ladder sync --init"), "\(notRepo.err)")
        let noGit = s.run(["sync", "--init"], environment: ["PATH": root + "/empty"])
        #expect(noGit.status == 69 && noGit.err.contains("git"), "\(noGit.err)")
        let stray = s.run(["sync", remote])
        #expect(stray.status == 64, "\(stray.err)")
    }

    /// A clone made with plain git (no ladder set-up, as on a hosting service) merges
    /// with the committed `.gitattributes`' union, and the result reads as one store.
    @Test func plainGitMergesWithUnion() throws {
        let laptop = machine("laptop")
        laptop.ok("add", "Mail bounces", "--org", "Example Mobile")
        laptop.ok("sync", "--init", remote)
        let other = machine("other")
        // As a user would clone it by hand (the bare remote's HEAD names `master`).
        #expect(git(["clone", "-q", "-b", "main", remote, other.store], in: root).status == 0)
        other.ok("note", "1", "from a plain clone")
        #expect(git(["add", "-A"], in: other.store).status == 0)
        #expect(git(["-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "other"], in: other.store).status == 0)
        laptop.ok("note", "1", "from the laptop")
        laptop.ok("sync")
        let pulled = git(["-c", "user.name=t", "-c", "user.email=t@t", "pull", "-q", "--no-rebase", "origin", "main"], in: other.store)
        #expect(pulled.status == 0, "\(pulled.err)")
        let show = other.ok("show", "1").out
        #expect(show.contains("from a plain clone") && show.contains("from the laptop"))
        // git checks files out as the umask says (0644): doctor says so, and repairs it.
        let doctor = other.run(["doctor"])
        #expect(!doctor.out.contains("damaged") && !doctor.out.contains("merge"), "a union merge's file is a valid store: \(doctor.out)")
        #expect(other.run(["doctor", "--repair"]).status == 0)
    }
}

/// A store named by a one-character relative path: Foundation's path functions crashed
/// on it (`ladder --store a add …`, `ladder --store b sync --init …`).
@Suite struct ShortStorePathTests {
    @Test func aOneLetterStoreWorks() throws {
        let s = Sandbox()
        try FileManager.default.createDirectory(atPath: s.directory, withIntermediateDirectories: true)
        let r = runProcess("/bin/sh", ["-c", "cd \"$1\" && \"$0\" --store a add 'Mail bounces' --org Example && \"$0\" --store a list",
                                       ladderBinary, s.directory], environment: s.environment)
        #expect(r.status == 0, "\(r.err)")
        #expect(r.out.contains("Mail bounces"))
    }
}
