import Foundation

/// One store on several machines through git: `ladder sync` and `ladder sync --init`.
///
/// The case files are made for git's merge (`CaseLines`): a committed `.gitattributes`
/// merges them with `union` on any clone and on hosting services, and ladder's own
/// driver (`ladder merge-driver`, set in the clone's `.git/config` and
/// `.git/info/attributes`, which take precedence) writes the same union tidily. The
/// index, the lock and the rest of the folder are this machine's: `.gitignore` lets only
/// `cases/` and the two files travel.
public struct StoreSync {
    public let store: Store
    public let git: Git
    /// The command git runs as the merge driver: this ladder, by its full path, so a
    /// cron job without PATH merges too.
    public let ladder: String
    /// How long a sync waits for another one in this store to finish (the nightly job
    /// and the front end's `S` at the same moment) before it gives up, in seconds.
    public var waitForOtherSync: TimeInterval = 60

    public init(store: Store, git: Git, ladder: String) {
        self.store = store
        self.git = git
        self.ladder = ladder
    }

    public enum Failure: Error, Sendable, CustomStringConvertible {
        /// Not a git repository, or set up wrongly: status 78.
        case notSetUp(String)
        /// The remote could not be reached or refused the push: status 75, try again later.
        /// `waiting`: what work made here waits to be sent (nil: not a sync's push);
        /// `done`: what the sync did before it stopped (a merge, numbers settled).
        case later(String, waiting: Waiting? = nil, done: Report? = nil)
        /// git could not do what was asked: status 65 or 74.
        case git(String)

        public var description: String {
            switch self {
            case let .notSetUp(m), let .git(m), let .later(m, nil, _): return m
            case let .later(m, .cases(numbers)?, _):
                return m + "\n" + L("Your changes to \(StoreSync.caseList(numbers)) are committed here and go with the next ladder sync.")
            case let .later(m, .commits?, _):
                return m + "\n" + L("Your changes are committed here and go with the next ladder sync.")
            case let .later(m, .nothing?, _):
                return m + "\n" + L("Nothing here was waiting to be sent; run ladder sync again once it can be reached.")
            }
        }
    }

    /// What waits here for the next sync when this one could not reach the remote.
    public enum Waiting: Sendable, Equatable {
        /// Nothing: the remote has all this machine's work.
        case nothing
        /// Commits that change these cases, by number.
        case cases([Int])
        /// Commits that change no case (ladder's own files, a commit made by hand).
        case commits
    }

    /// What one sync did.
    public struct Report: Sendable {
        /// Cases whose changes from here were committed, by number.
        public var sent: [Int] = []
        /// Cases that came in changed from the remote, by number.
        public var received: [Int] = []
        public var renumbered: [Store.Renumbered] = []
        public var tidied = Store.Tidied()
        /// Whether there is a remote (else the commit stays here).
        public var remote: String?
        public var pushed = false
        /// Cases whose changes reached the remote with this sync (this one's commits and
        /// earlier ones that could not be sent then).
        public var delivered: [Int] = []
        /// How many commits this sync sent (its own, earlier ones, and ones made by hand).
        public var commitsSent = 0
        /// Files of ladder's (`.gitignore`, `.gitattributes`) whose lines it put back.
        public var restored: [String] = []
        /// Two stores started separately (on two machines before they synced) made one: how
        /// many cases each had. The first sync of a machine that had cases of its own.
        public var joined: (here: Int, there: Int)?
    }

    public var isRepository: Bool { FileManager.default.fileExists(atPath: store.directory + "/.git") }

    public static let gitignore = """
        # ladder: only the cases and these two files travel between machines; the index,
        # the lock, the backups and the rest of the folder are this machine's own.
        /*
        !/cases/
        !/.gitignore
        !/.gitattributes
        /cases/.tmp/

        """

    public static let gitattributes = """
        # ladder: a case file is one event per line, only ever added to: git's union
        # merge keeps both sides' lines, and ladder reads their union. ladder sync --init
        # sets ladder's own merge driver in .git/info/attributes, which writes it tidily.
        cases/*.jsonl merge=union
        cases/*.json -merge

        """

    // MARK: set-up

    /// Makes the store a git repository (or clones `remote` into an empty one), writes
    /// `.gitignore` and `.gitattributes`, installs the merge driver, and with a remote,
    /// syncs. Lines to tell the user.
    public func initialise(remote: String?, now: Date) throws(Failure) -> [String] {
        var said: [String] = []
        let fm = FileManager.default
        let hasCases = !((try? fm.contentsOfDirectory(atPath: store.casesDirectory)) ?? []).filter { CaseName($0) != nil }.isEmpty
        if !isRepository, let remote, !hasCases {
            // A new machine: the remote's store, as it is.
            let parent = PathText.folder(store.directory)
            try? fm.createDirectory(atPath: parent, withIntermediateDirectories: true)
            let leftovers = (try? fm.contentsOfDirectory(atPath: store.directory)) ?? []
            if leftovers.isEmpty {
                try? fm.removeItem(atPath: store.directory)
                let r = git.run(["clone", "-q", remote, store.directory], in: parent)
                guard r.ok else { throw .later(L("cannot clone \(remote): \(r.said)")) }
                store.makePrivate()
                if !git.run(["rev-parse", "-q", "--verify", "HEAD"]).ok {
                    // The remote's HEAD names a branch it does not have (a bare
                    // repository made as `master` and pushed to as `main`): take its branch.
                    let branch = upstreamBranch(current: "main")
                    git.run(["checkout", "-q", "-B", branch, "--track", "origin/" + branch])
                }
                // A repository that is not a ladder store does not become the store.
                if git.run(["rev-parse", "-q", "--verify", "HEAD"]).ok, !isLadderStore("HEAD") {
                    try? fm.removeItem(atPath: store.directory)
                    throw Self.notALadderStore(remote)
                }
                said.append(L("cloned \(remote) into \(store.directory)"))
                try installDriver()
                said.append(L("installed ladder's merge driver in \(store.directory)/.git/config"))
                return said
            }
        }
        if !isRepository {
            try? fm.createDirectory(atPath: store.directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            let r = git.run(["init", "-q", "-b", "main"])
            guard r.ok else { throw .git(L("git init failed in \(store.directory): \(r.said)")) }
            said.append(L("made \(store.directory) a git repository"))
        }
        try writeIfDifferent(".gitignore", StoreSync.gitignore)
        try writeIfDifferent(".gitattributes", StoreSync.gitattributes)
        // A second --init (to change the remote, say) finds the driver in place.
        said.append(try installDriver() ? L("installed ladder's merge driver in \(store.directory)/.git/config")
                    : L("ladder's merge driver was already installed in \(store.directory)/.git/config"))
        if let remote {
            let current = git.run(["remote", "get-url", "origin"])
            let was = current.output.trimmingCharacters(in: .whitespacesAndNewlines)
            if !current.ok {
                let r = git.run(["remote", "add", "origin", remote])
                guard r.ok else { throw .git(L("cannot add the remote \(remote): \(r.said)")) }
                said.append(L("origin is \(remote)"))
            } else if was != remote {
                let r = git.run(["remote", "set-url", "origin", remote])
                guard r.ok else { throw .git(L("cannot set the remote to \(remote): \(r.said)")) }
                // Said with the one it replaces, which a typo would otherwise lose unseen.
                said.append(L("origin is \(remote) (it was \(was))"))
            } else {
                said.append(L("origin is \(remote)"))
            }
        }
        return said
    }

    /// The merge driver, in this clone's own config: a clone made without ladder still
    /// merges with `union` from `.gitattributes`. Whether it changed anything.
    @discardableResult
    public func installDriver() throws(Failure) -> Bool {
        let quoted = "'" + ladder.replacingOccurrences(of: "'", with: "'\\''") + "'"
        var changed = false
        for (key, value) in [("merge.ladder.name", "ladder: the union of a case's events"),
                             ("merge.ladder.driver", quoted + " merge-driver %O %A %B %P")] {
            let had = git.run(["config", "--get", key])
            if had.ok, had.output.trimmingCharacters(in: .newlines) == value { continue }
            let r = git.run(["config", key, value])
            guard r.ok else { throw .git(L("cannot set \(key) in \(store.directory)/.git/config: \(r.said)")) }
            changed = true
        }
        let info = store.directory + "/.git/info"
        try? FileManager.default.createDirectory(atPath: info, withIntermediateDirectories: true)
        let line = "cases/*.jsonl merge=ladder\n"
        let path = info + "/attributes"
        let existing = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        if !existing.contains(line) {
            do { try Data((existing + line).utf8).write(to: URL(fileURLWithPath: path)) } catch {
                throw .git(L("cannot write \(path): \(error)"))
            }
            changed = true
        }
        return changed
    }

    /// Writes ladder's lines of `.gitignore` or `.gitattributes` back when they are not
    /// all there in order (a hand merge may have removed some), keeping after them the
    /// lines the user added: a newcomer's own line was dropped by every sync.
    /// Whether it wrote the file.
    @discardableResult
    private func writeIfDifferent(_ name: String, _ text: String) throws(Failure) -> Bool {
        let path = store.directory + "/" + name
        let had = try? String(contentsOfFile: path, encoding: .utf8)
        if let had, Self.holdsInOrder(had, text) { return false }
        let ours = Set(Self.lines(text))
        let added = had.map { Self.lines($0).filter { !ours.contains($0) && !Self.isConflictMarker($0) } } ?? []
        let whole = added.isEmpty ? text : text + added.joined(separator: "\n") + "\n"
        do { try Data(whole.utf8).write(to: URL(fileURLWithPath: path)) } catch {
            throw .git(L("cannot write \(path): \(error)"))
        }
        return true
    }

    /// The lines of a file, each trimmed, the empty ones left out.
    private static func lines(_ text: String) -> [String] {
        text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// Whether every line of `ours` that is not a comment is in `file`, in the same order.
    static func holdsInOrder(_ file: String, _ ours: String) -> Bool {
        var have = lines(file)[...]
        for line in lines(ours) where !line.hasPrefix("#") {
            guard let at = have.firstIndex(of: line) else { return false }
            have = have[(at + 1)...]
        }
        return !lines(file).contains(where: isConflictMarker)
    }

    /// As a case file's lines are judged (`CaseLines.isConflictMarker`).
    private static func isConflictMarker(_ line: String) -> Bool {
        var line = line
        return line.withUTF8 { CaseLines.isConflictMarker($0) }
    }

    // MARK: sync

    /// Commits what changed here, fetches, merges, settles numbers, pushes. Work done
    /// here is committed before anything can fail, so nothing is lost when the remote
    /// cannot be reached; the next sync sends it.
    /// `waiting` is told when another sync of this store is running, before this one
    /// waits for it (which may be a while: say so).
    public func sync(now: Date, host: String, waiting: (() -> Void)? = nil) throws(Failure) -> Report {
        guard isRepository else {
            throw .notSetUp(L("\(store.directory) is not a git repository; to sync it: ladder sync --init [REMOTE]"))
        }
        // One sync at a time in a store: two at once raced over git's own locks (a
        // remote-tracking ref, the config), and the loser said it could not reach the
        // remote. In `.git`, so it never travels; the kernel lets go if ladder dies.
        let lockPath = store.directory + "/.git/ladder-sync.lock"
        let alone: StoreLock
        if let free = try? StoreLock(path: lockPath, timeout: 0) {
            alone = free
        } else {
            waiting?()
            do { alone = try StoreLock(path: lockPath, timeout: waitForOtherSync) } catch {
                throw .later(L("another ladder sync is running in \(store.directory) and did not finish within \(Int(waitForOtherSync)) seconds; nothing was done here"))
            }
        }
        defer { withExtendedLifetime(alone) {} }
        if FileManager.default.fileExists(atPath: store.directory + "/.git/MERGE_HEAD") {
            throw .git(L("git is in the middle of a merge in \(store.directory); finish it (git commit) or take it back (git merge --abort), then ladder sync"))
        }
        try installDriver()  // the path of ladder may have changed since --init
        // Put back what a hand merge may have removed: without them, clones merge badly.
        var report = Report()
        for (name, text) in [(".gitignore", StoreSync.gitignore), (".gitattributes", StoreSync.gitattributes)] {
            if try writeIfDifferent(name, text) { report.restored.append(name) }
        }
        // Each case's number before: a case of this machine's that another machine
        // numbered alike first is told as moved, here too.
        let numbersBefore = (try? store.directoryOfCases())?.numbering.shown ?? [:]
        // Tidy first: sync tools' copies and conflict markers are merged before committing.
        // Only files changed since the last commit, or in commits not yet sent (a merge
        // made and committed by hand), may hold a hand merge's markers.
        var changed = Set(git.run(["status", "--porcelain", "--untracked-files=all", "--", "cases"]).output.split(separator: "\n")
            .map { ($0.dropFirst(3) as Substring).split(separator: "/").last.map(String.init) ?? "" })
        changed.formUnion((unsentPaths() ?? []).map(PathText.name))
        do { report.tidied = try store.tidyAll(only: changed) } catch { throw .git("\(error)") }
        report.sent = try commit(message: L("ladder sync from \(host)"), now: now)
        let remote = git.run(["remote", "get-url", "origin"])
        guard remote.ok else { return report }  // no remote: the commit is the sync
        report.remote = remote.output.trimmingCharacters(in: .whitespacesAndNewlines)
        // What the user is told when the remote cannot be had: whether work waits here.
        func later(_ problem: String) -> Failure {
            // By the paths the waiting commits change, numbered as the store numbers
            // them now (a merge before the push may have settled numbers).
            let cases = numbers(ofPaths: waitingPaths())
            let waiting: Waiting = !cases.isEmpty ? .cases(cases) : unsentCommits() > 0 ? .commits : .nothing
            return .later(problem, waiting: waiting, done: report)
        }
        var attempt = 0
        while true {
            attempt += 1
            // Pruned: a branch the remote no longer has (or never had, after --init
            // changed the remote) must not be merged or counted as sent.
            let fetched = git.run(["fetch", "-q", "--prune", "origin"])
            guard fetched.ok else {
                throw later(L("cannot reach \(report.remote!): \(fetched.said)"))
            }
            let branch = upstreamBranch(current: currentBranch())
            let upstream = "origin/" + branch
            if git.run(["rev-parse", "-q", "--verify", upstream]).ok {
                let before = git.run(["rev-parse", "HEAD"]).output.trimmingCharacters(in: .whitespacesAndNewlines)
                // No commit in common: this store and the remote's were started separately.
                let unrelated = git.run(["rev-parse", "-q", "--verify", "HEAD"]).ok
                    && git.run(["merge-base", "HEAD", upstream]).status == 1
                if unrelated {
                    // A repository that is not a ladder store is never merged into this one
                    // (nor this store pushed into it).
                    guard isLadderStore(upstream) else {
                        throw Self.notALadderStore(report.remote!)
                    }
                    let here = caseFiles(in: "HEAD"), there = caseFiles(in: upstream)
                    if report.joined == nil, here > 0, there > 0 { report.joined = (here, there) }
                }
                try merge(upstream, unrelated: unrelated)
                store.makePrivate()  // git checks files out as the umask says
                let changed = git.run(["diff", "--name-only", before, "HEAD", "--", "cases"]).output.split(separator: "\n").map(String.init)
                report.received = Array(Set(report.received + numbers(ofPaths: changed))).sorted()
                do {
                    let settled = try store.settleNumbers(now: now)
                    // Only a case this machine knew by that number is remembered as moved.
                    store.remember(settled.filter { r in r.id.map { numbersBefore[$0] == r.from } ?? false }, now: now)
                    report.renumbered += settled
                    report.tidied += try store.tidyAll(only: Set(changed.map { PathText.name($0) }))
                    // A merge that only moved this branch on (a fast-forward) runs no
                    // driver: a line of ours that came back written otherwise is found here.
                    for lost in try replacedVersions(changed, before: before)
                    where !report.tidied.twoWays.contains(where: { $0.number == lost.number }) {
                        report.tidied.twoWays.append(lost)
                    }
                } catch { throw .git("\(error)") }
                if !report.renumbered.isEmpty || report.tidied.count > 0 {
                    _ = try commit(message: L("ladder sync from \(host): numbers settled"), now: now)
                }
            }
            let ahead = git.run(["rev-parse", "-q", "--verify", upstream]).ok
                ? git.run(["diff", "--name-only", upstream, "HEAD", "--", "cases"]).output
                : git.run(["ls-files", "--", "cases"]).output
            let commits = unsentCommits()
            let pushed = git.run(["push", "-q", "-u", "origin", "HEAD:refs/heads/" + branch])
            if pushed.ok {
                report.pushed = true
                report.delivered = numbers(ofPaths: ahead.split(separator: "\n").map(String.init))
                report.commitsSent = commits
                report.renumbered += moved(since: numbersBefore, told: report.renumbered, now: now)
                return report
            }
            // Someone pushed in between: fetch and merge again, a few times.
            // Only a race: a hook or a rule that refused the push ("remote rejected") is said
            // as it is.
            let rejected = pushed.error.contains("fetch first") || pushed.error.contains("non-fast-forward")
            // Named by where the push goes (a push URL may differ from the fetch URL).
            let pushURL = git.run(["remote", "get-url", "--push", "origin"]).output.trimmingCharacters(in: .whitespacesAndNewlines)
            let target = pushURL.isEmpty ? report.remote! : pushURL
            guard rejected else { throw later(L("cannot push to \(target): \(pushed.said)")) }
            guard attempt < 3 else {
                throw later(L("\(target) kept changing while this sync merged (another machine was sending too); tried 3 times; run ladder sync again"))
            }
        }
    }

    /// Cases among `paths` (changed by a merge) with an event that this machine had
    /// written one way at `before` and that is now written another way: each file as
    /// it was here is kept in `backup/untidy/`. At most the first 200 files are looked
    /// at (a first sync receives every case, none of them this machine's).
    private func replacedVersions(_ paths: [String], before: String) throws -> [(number: Int, kept: String)] {
        var out: [(number: Int, kept: String)] = []
        for path in paths.prefix(200) where path.hasSuffix(".jsonl") {
            let old = git.run(["show", before + ":" + path])
            guard old.ok, let was = try? CaseLines.decode(Data(old.output.utf8), keepingText: false),
                  let now = try? store.load(fileNamed: PathText.name(path)) else { continue }
            let current = Dictionary(now.events.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            guard was.events.contains(where: { e in current[e.id].map { $0 != e } ?? false }) else { continue }
            out.append((now.number, try store.keepCopy(PathText.name(path), data: Data(old.output.utf8), in: "untidy")))
        }
        return out
    }

    /// How many case files a commit holds.
    private func caseFiles(in commit: String) -> Int {
        git.run(["ls-tree", "-r", "--name-only", commit, "--", "cases"]).output.split(separator: "\n")
            .filter { CaseName(PathText.name(String($0))) != nil }.count
    }

    /// How many commits here the remote, as last fetched, does not have (all of them
    /// when it has no branch yet).
    private func unsentCommits() -> Int {
        let upstream = "origin/" + upstreamBranch(current: currentBranch())
        let known = git.run(["rev-parse", "-q", "--verify", upstream]).ok
        let count = git.run(["rev-list", "--count", "HEAD"] + (known ? ["^" + upstream] : []))
        return count.ok ? Int(count.output.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0 : 0
    }

    /// The case files changed by commits here that the remote, as last fetched, does
    /// not have; nil when there is no remote branch yet (the first sync sends all).
    private func unsentPaths() -> [String]? {
        let upstream = "origin/" + upstreamBranch(current: currentBranch())
        guard git.run(["rev-parse", "-q", "--verify", upstream]).ok else { return nil }
        return git.run(["diff", "--name-only", upstream + "...HEAD", "--", "cases"]).output.split(separator: "\n").map(String.init)
    }

    /// The case files changed by commits here that the remote, as last fetched, does
    /// not have; every case file committed here when it has no branch yet.
    private func waitingPaths() -> [String] {
        if let unsent = unsentPaths() { return unsent }
        guard git.run(["rev-parse", "-q", "--verify", "HEAD"]).ok else { return [] }
        return git.run(["ls-tree", "-r", "--name-only", "HEAD", "--", "cases"]).output.split(separator: "\n").map(String.init)
    }

    /// The remote's branch to merge and push: the one this branch tracks, else the
    /// one of its name, else the remote's only branch, else this branch's name.
    private func upstreamBranch(current: String) -> String {
        let tracked = git.run(["config", "branch.\(current).merge"]).output.trimmingCharacters(in: .whitespacesAndNewlines)
        if tracked.hasPrefix("refs/heads/") { return String(tracked.dropFirst("refs/heads/".count)) }
        if git.run(["rev-parse", "-q", "--verify", "origin/" + current]).ok { return current }
        let remote = git.run(["for-each-ref", "--format=%(refname:strip=3)", "refs/remotes/origin"]).output
            .split(separator: "\n").map(String.init).filter { $0 != "HEAD" }
        return remote.count == 1 ? remote[0] : current
    }

    /// Cases of this machine that now show under another number because another
    /// machine's case claimed theirs first (settled there, or here).
    private func moved(since before: [UUID: Int], told: [Store.Renumbered], now: Date) -> [Store.Renumbered] {
        guard let after = try? store.directoryOfCases() else { return [] }
        var out: [Store.Renumbered] = []
        for (id, old) in before {
            guard let new = after.numbering.shown[id], new != old, !told.contains(where: { $0.from == old && $0.to == new }),
                  let name = after.names[new], let file = try? store.load(fileNamed: name) else { continue }
            let keeper = after.names[old].flatMap { try? store.load(fileNamed: $0) }
            out.append(Store.Renumbered(from: old, to: new, title: CaseState(file).details.title,
                                        keptBy: keeper.map { CaseState($0).details.title } ?? "?", id: id))
        }
        store.remember(out, now: now)
        return out.sorted { $0.from < $1.from }
    }

    private func currentBranch() -> String {
        let r = git.run(["symbolic-ref", "--short", "-q", "HEAD"])
        let name = r.output.trimmingCharacters(in: .whitespacesAndNewlines)
        return r.ok && !name.isEmpty ? name : "main"
    }

    /// Commits everything that changed in the store's synced files, under the lock so no
    /// write is half seen. The case numbers it touched, for the message and the user.
    private func commit(message: String, now: Date) throws(Failure) -> [Int] {
        do {
            return try store.withLock { () throws -> [Int] in try commitHeld(message: message) }
        } catch let f as Failure {
            throw f
        } catch {
            throw .git("\(error)")
        }
    }

    private func commitHeld(message: String) throws(Failure) -> [Int] {
        let r = git.run(["add", "-A", "--", "."])
        guard r.ok else { throw .git(L("git add failed: \(r.said)")) }
        let staged = git.run(["diff", "--cached", "--name-only"]).output.split(separator: "\n").map(String.init)
        guard !staged.isEmpty else { return [] }
        let touched = numbers(ofPaths: staged)
        var body = message
        if !touched.isEmpty { body += "\n\n" + L("cases: \(StoreSync.caseList(touched, atMost: 50))") }
        var args = ["commit", "-q", "-m", body]
        if git.run(["config", "user.email"]).output.isEmpty {
            args = ["-c", "user.name=ladder", "-c", "user.email=ladder@localhost"] + args
        }
        let c = git.run(args)
        guard c.ok else { throw .git(L("git commit failed: \(c.said)")) }
        return touched
    }

    /// `#3, #8, #12`, or the first `atMost` and how many more: the first sync of a large
    /// store touches every case, and a commit message of 100,000 numbers is longer than
    /// one argument may be (git failed with "argument list too long").
    public static func caseList(_ numbers: [Int], atMost: Int = 20) -> String {
        let shown = numbers.prefix(atMost).map { "#\($0)" }.joined(separator: DocumentWords.comma)
        return numbers.count <= atMost ? shown : L("\(shown) and \(numbers.count - atMost) more")
    }

    /// The refusal of a remote that holds some other repository.
    private static func notALadderStore(_ remote: String) -> Failure {
        .notSetUp(L("\(remote) holds a git repository that is not a ladder store (no cases/ folder, no ladder lines in .gitattributes); nothing was merged or sent. Give a new bare repository (git init --bare) or one another ladder syncs to: ladder sync --init REMOTE"))
    }

    /// Whether a commit holds a ladder store: a `cases/` folder, or ladder's lines in
    /// `.gitattributes` (a store synced before its first case).
    private func isLadderStore(_ commit: String) -> Bool {
        if !git.run(["ls-tree", "--name-only", commit, "--", "cases"]).output.isEmpty { return true }
        let attributes = git.run(["show", commit + ":.gitattributes"])
        return attributes.ok && attributes.output.contains("cases/*.jsonl merge=")
    }

    /// `unrelated`: the two sides have no commit in common (two stores joined), which a
    /// merge by hand must allow as this one does.
    private func merge(_ upstream: String, unrelated: Bool = false) throws(Failure) {
        let identity = git.run(["config", "user.email"]).output.isEmpty ? ["-c", "user.name=ladder", "-c", "user.email=ladder@localhost"] : []
        let args = identity + ["merge", "-q", "--no-edit", "--allow-unrelated-histories", upstream]
        let outcome: Git.Result
        do {
            outcome = try store.withLock {
                let merged = git.run(args)
                return merged.ok ? merged : (mergeOwnFiles(identity: identity) ?? merged)
            }
        } catch { throw .git("\(error)") }
        guard outcome.ok else {
            let conflicted = git.run(["diff", "--name-only", "--diff-filter=U"]).output
                .split(separator: "\n").map(String.init)
            git.run(["merge", "--abort"])
            let how = unrelated ? "git merge --allow-unrelated-histories \(upstream)" : "git merge \(upstream)"
            throw .git(L("git could not merge \(upstream) (\(conflicted.isEmpty ? outcome.said : conflicted.joined(separator: L(", ")))); the merge was taken back, and your changes stay committed here. Merge it by hand in \(store.directory) (\(how)), then run ladder sync"))
        }
    }

    /// A merge stopped only by ladder's own files (`.gitignore`, `.gitattributes`, each
    /// with lines a user added on both sides: two stores joined) is finished here:
    /// ladder's lines, then every other line of both sides, as `writeIfDifferent` puts
    /// them back. Nil when anything else is in conflict, or it cannot be finished.
    private func mergeOwnFiles(identity: [String]) -> Git.Result? {
        let own = [".gitignore": Self.gitignore, ".gitattributes": Self.gitattributes]
        let conflicted = git.run(["diff", "--name-only", "--diff-filter=U"]).output.split(separator: "\n").map(String.init)
        guard !conflicted.isEmpty, conflicted.allSatisfy({ own[$0] != nil }) else { return nil }
        for name in conflicted {
            guard (try? writeIfDifferent(name, own[name]!)) != nil, git.run(["add", "--", name]).ok else { return nil }
        }
        let done = git.run(identity + ["commit", "-q", "--no-edit"])
        return done.ok ? done : nil
    }

    /// The case numbers of changed paths, as the store now numbers them.
    func numbers(ofPaths paths: [String]) -> [Int] {
        guard let found = try? store.directoryOfCases() else { return [] }
        var byName: [String: Int] = [:]
        for (n, name) in found.names { byName[name] = n }
        return Array(Set(paths.compactMap { path -> Int? in
            let name = PathText.name(path)
            switch CaseName(name) {
            case .file?: return byName[name]
            case let .older(n)?: return n
            case let .copy(of: id)?: return byName[CaseLines.fileName(id)]
            case nil: return nil
            }
        })).sorted()
    }
}

extension Store {
    /// Runs `body` holding the store's lock (ladder sync commits and merges under it,
    /// so no write is half seen or half changed).
    public func withLock<T>(_ body: () throws -> T) throws -> T {
        try locked(body)
    }
}

extension Store {
    /// The store's folders 0700 and its case files 0600 again, after git checked files
    /// out as the umask says (usually 0755 and 0644): these are personal details. Never
    /// through a link.
    public func makePrivate() {
        for dir in [directory, casesDirectory] {
            var st = stat()
            if lstat(dir, &st) == 0, (st.st_mode & S_IFMT) == S_IFDIR { chmod(dir, 0o700) }
        }
        for name in (try? FileSystem.names(in: casesDirectory)) ?? [] where CaseName(name) != nil {
            let path = path(ofName: name)
            var st = stat()
            if lstat(path, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG, st.st_mode & 0o077 != 0 { chmod(path, 0o600) }
        }
    }
}
