import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `ladder doctor`: checks the whole store and repairs what is safe to repair. Safe
/// means nothing of the user's is lost: permissions are narrowed, leftovers of a
/// crashed write and a stale index are moved into a backup folder (the index is then
/// made again from the case files); a case file a sync left in two versions is written
/// once, tidily, with its originals kept. A damaged case file is never changed: it
/// is named with what is wrong and how to fix it by hand.
public struct StoreDoctor {
    public struct Finding: Sendable, Equatable, CustomStringConvertible {
        public enum Kind: String, Sendable {
            /// A folder or file others may read or write; ladder keeps them 0700 / 0600.
            case permissions
            /// A case file ladder cannot read.
            case damaged
            /// A temp file left by a write that never finished (a crash, a kill).
            case leftover
            /// A file in cases/ that is not a case: ignored by ladder.
            case unknown
            /// A link in the store: read through, but what it points to is never changed.
            case link
            /// The index disagrees with the case files or cannot be read.
            case index
            /// The config file cannot be used.
            case config
            /// Another ladder is writing right now.
            case busy
            /// Case files of an older format: converted by the next write, or now.
            case format
            /// A sync tool's copy of a case file, or a case file with lines twice or a
            /// merge's conflict markers: read as one case, tidied by the next write to it.
            case merge
            /// Two cases claim one number (made at once on two machines).
            case clash
            /// Case files changed outside ladder without a new file put in place (edited
            /// in place): doctor has brought the index up to date with them. A note.
            case refreshed
        }

        /// Notes say what is so, or what doctor did; they are not problems.
        public var isNote: Bool { kind == .unknown || kind == .format || kind == .refreshed }

        public var kind: Kind
        public var path: String
        public var problem: String
        /// What doctor --repair does, or what to do by hand (nil: nothing is needed).
        public var fix: String?
        public var repairable: Bool

        public var description: String {
            guard let fix else { return "\(path): \(problem)" }
            return repairable ? L("\(path): \(problem)\n  repair: \(fix)") : L("\(path): \(problem)\n  fix: \(fix)")
        }
    }

    public let store: Store
    public let configPath: String?

    public init(store: Store, configPath: String?) {
        self.store = store
        self.configPath = configPath
    }

    /// Every case file read, and what is wrong; `cases` counts the files that read well.
    public func examine() throws(StoreError) -> (cases: Int, findings: [Finding]) {
        var findings: [Finding] = []
        // A store that cannot be entered is an error, never "0 cases, nothing wrong".
        try store.checkReadable()
        guard FileSystem.exists(store.directory) else { return (0, []) }
        // cases/ listed once, for the permissions and the leftovers.
        let names = (try? FileSystem.names(in: store.casesDirectory)) ?? []
        findings += permissions(names)
        let (cases, problems) = try store.loadAll()
        for p in problems {
            findings.append(Finding(kind: .damaged, path: p.path, problem: p.reason, fix: p.hint, repairable: false))
        }
        findings += leftovers(names)
        findings += syncFindings(names, cases: cases)
        findings += indexFindings(cases: cases)
        if let configPath, FileSystem.exists(configPath) {
            do { _ = try ConfigFile.load(configPath) } catch {
                findings.append(Finding(kind: .config, path: configPath, problem: error.description,
                                        fix: L("fix it with ladder config --edit (the keys: man 5 ladder-store), or use ladder org edit"), repairable: false))
            }
        }
        // A merge by hand not finished: until it is, git leaves case files as it wrote
        // them (its markers, its permissions), which the findings above then name.
        if FileSystem.exists(store.directory + "/.git/MERGE_HEAD") {
            findings.append(Finding(kind: .merge, path: store.directory + "/.git", problem: L("git is in the middle of a merge"),
                                    fix: L("finish it (git commit) or take it back (git merge --abort), then ladder sync"), repairable: false))
        }
        if FileSystem.exists(store.directory + "/lock"), (try? StoreLock(path: store.directory + "/lock", timeout: 0)) == nil {
            findings.append(Finding(kind: .busy, path: store.directory + "/lock", problem: L("another ladder is writing right now"),
                                    fix: L("run doctor again when it is done (a lock is never left behind: the system drops it when its process ends)"),
                                    repairable: false))
        }
        return (cases.count, findings)
    }

    /// Repairs the repairable findings under the store's lock. What it removes goes
    /// to `backup/doctor-<when>/` first. Returns what was done, one line each.
    public func repair(_ findings: [Finding], now: Date) throws -> [String] {
        let todo = findings.filter(\.repairable)
        guard !todo.isEmpty else { return [] }
        let backup = store.directory + "/backup/doctor-" + Self.stampFormat(now)
        // Permissions that others may write through are what it repairs: not refused here.
        var done = try store.locked(repairing: true) { () throws -> [String] in
            var done: [String] = []
            func keep(_ path: String) throws {
                try FileSystem.makePrivateDirectory(store.directory + "/backup", refusingLink: true)
                try FileSystem.makePrivateDirectory(backup, refusingLink: true)
                let target = backup + "/" + PathText.name(path)
                guard rename(path, target) == 0 else { throw FileSystem.fail(L("move"), path) }
            }
            for f in todo {
                switch f.kind {
                case .permissions:
                    // Never through a link: opened without following one, changed by descriptor.
                    let isDirectory = Self.isDirectory(f.path)
                    let mode: mode_t = isDirectory ? 0o700 : 0o600
                    let fd = open(f.path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK | (isDirectory ? O_DIRECTORY : 0))
                    guard fd >= 0 else { throw FileSystem.fail(FileSystem.openVerb, f.path) }
                    defer { close(fd) }
                    guard fchmod(fd, mode) == 0 else { throw FileSystem.fail(L("set permissions of"), f.path) }
                    done.append(L("\(f.path): now \(String(mode, radix: 8))"))
                case .leftover:
                    guard FileSystem.exists(f.path) else { continue }
                    try keep(f.path)
                    done.append(L("\(f.path): moved to \(backup)"))
                case .index:
                    if FileSystem.exists(store.indexPath) { try keep(store.indexPath) }
                    done.append(L("\(store.indexPath): made again from the case files (the old one is in \(backup))"))
                case .damaged, .unknown, .config, .busy, .link, .format, .merge, .clash, .refreshed:
                    continue
                }
            }
            return done
        }
        if todo.contains(where: { $0.kind == .format }) {
            let n = try store.convert()
            done.append(L("converted \(n) case files to format \(CaseFile.currentFormat); the old files are in \(store.directory)/backup"))
        }
        if todo.contains(where: { $0.kind == .merge }) {
            let t = try store.tidyAll()
            let (copies, untidy) = (store.directory + "/backup/sync-copies", store.directory + "/backup/untidy")
            // Only the folders the files as they were went to.
            done.append(t.keptCopies && t.keptUntidy ? L("case files merged and tidied: \(t.count); the files as they were are in \(copies) and \(untidy)")
                : t.keptUntidy ? L("case files merged and tidied: \(t.count); the files as they were are in \(untidy)")
                : L("case files merged and tidied: \(t.count); the sync tools' copies are in \(copies)"))
            for (number, kept) in t.twoWays {
                done.append(L("case #\(number) had an event written two ways (edited by hand on two machines); one is kept, the same on every machine, and the other is in \(kept)"))
            }
        }
        if todo.contains(where: { $0.kind == .clash }) {
            for s in try store.settleNumbers(now: now) { done.append(s.description) }
        }
        // Out of the lock, which the index's writer must be able to take.
        if todo.contains(where: { $0.kind == .index }) {
            _ = try store.summaries(search: true, everyFile: true)
            if !FileSystem.exists(store.indexPath) { done.append(L("\(store.indexPath): not made again yet (the store was busy); the next read makes it")) }
        }
        return done
    }

    // MARK: the checks

    private func permissions(_ names: [String]) -> [Finding] {
        var out: [Finding] = []
        // The store's folders are judged by the real folders they are or link to (a store
        // kept in a synced folder and linked to is common); files never through a link.
        var paths = [store.directory, store.casesDirectory].map { Self.realPath($0) ?? $0 }
        paths += [store.directory + "/lock", store.indexPath, store.directory + "/backup"]
        // Leftovers (dot names) are moved away, not kept.
        paths += names.filter { !$0.hasPrefix(".") }.map { store.casesDirectory + "/" + $0 }
        for path in paths {
            var st = stat()
            guard lstat(path, &st) == 0 else { continue }
            if (st.st_mode & S_IFMT) == S_IFLNK {
                let target = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? "?"
                out.append(Finding(kind: .link, path: path, problem: L("is a link to \(target); ladder reads through it and never changes what it points to"),
                                   fix: nil, repairable: false))
                continue
            }
            let isDirectory = (st.st_mode & S_IFMT) == S_IFDIR
            let mode = st.st_mode & 0o777
            let wanted: mode_t = isDirectory ? 0o700 : 0o600
            guard mode & 0o077 != 0 else { continue }
            let writable = mode & 0o022 != 0
            out.append(Finding(
                kind: .permissions, path: path,
                problem: writable ? L("is \(String(mode, radix: 8)): other users can change it") : L("is \(String(mode, radix: 8)): other users can read it"),
                fix: L("set it to \(String(wanted, radix: 8))"), repairable: true))
        }
        return out
    }

    private func leftovers(_ caseNames: [String]) -> [Finding] {
        var out: [Finding] = []
        // Holding the lock, no write is under way: a temp file now was left by one that
        // was killed. When another ladder is writing, they are not judged this time.
        let lock = FileSystem.exists(store.directory + "/lock") ? try? StoreLock(path: store.directory + "/lock", timeout: 2) : nil
        for dir in [store.casesDirectory, store.directory] where lock != nil {
            for name in (try? FileSystem.names(in: dir + "/.tmp")) ?? [] {
                out.append(Finding(kind: .leftover, path: dir + "/.tmp/" + name, problem: L("left by a write that never finished"),
                                   fix: L("move it to the backup folder (the next write removes it too)"), repairable: true))
            }
        }
        for dir in [store.casesDirectory, store.directory] {
            for name in dir == store.casesDirectory ? caseNames : (try? FileSystem.names(in: dir)) ?? [] where name != ".tmp" {
                let path = dir + "/" + name
                if name.hasPrefix("."), name.hasSuffix(".tmp") {
                    // `.N.json.<pid>.tmp`: a write still running keeps its process alive.
                    let pid = name.dropLast(4).split(separator: ".").last.flatMap { Int32($0) }
                    if let pid, pid > 0, kill(pid, 0) == 0 || errno == EPERM { continue }
                    out.append(Finding(kind: .leftover, path: path, problem: L("left by a write that never finished (its process is gone)"),
                                       fix: L("move it to the backup folder"), repairable: true))
                } else if dir == store.casesDirectory, CaseName(name) == nil, name != "\(Store.formatMarkerNumber).json" {
                    out.append(Finding(kind: .unknown, path: path, problem: L("is not a case file (cases are <id>.jsonl); ladder ignores it"),
                                       fix: nil, repairable: false))
                }
            }
        }
        return out
    }

    /// The numbers of the cases whose files are not as `index` last stamped them, and
    /// whose content changed too (a copy or a clone gives every file new stamps alone).
    private static func changedInPlace(_ index: StoreIndex, store: Store) -> [Int] {
        var numbers: [Int] = []
        for named in index.entries {
            let path = store.path(ofName: named.name)
            guard case let .summary(s?, stamp) = named.entry, let now = FileStamp.of(path), now != stamp else { continue }
            if stamp.hash != 0, now.size == stamp.size, let data = try? FileSystem.read(path), FileStamp.hash(data) == stamp.hash { continue }
            numbers.append(s.number)
        }
        return numbers.sorted()
    }

    private func indexFindings(cases: [CaseFile]) -> [Finding] {
        guard FileSystem.exists(store.indexPath) else { return [] }
        let path = store.indexPath
        guard let before = StoreIndex.read(path) else {
            return [Finding(kind: .index, path: path, problem: L("cannot be read (damaged, or another format)"),
                            fix: L("move it to the backup folder; it is made again from the case files"), repairable: true)]
        }
        // A read brings lines for files changed behind ladder's back up to date, as any
        // command's would; what still disagrees after it is a fault worth reporting.
        // Files changed in place are seen only by a read that stamps every file, as this
        // one does (Docs/Store.md, "The index"): the user is told which they were.
        let changed = Self.changedInPlace(before, store: store)
        _ = try? store.summaries(search: true, everyFile: true)
        guard let index = StoreIndex.read(path) else { return [] }
        var notes: [Finding] = []
        if !changed.isEmpty {
            let list = StoreSync.caseList(changed, atMost: 10)
            notes.append(Finding(kind: .refreshed, path: store.casesDirectory,
                                 problem: changed.count == 1 ? L("1 case file was changed outside ladder (\(list)); the index now has it as it is")
                                     : L("\(changed.count) case files were changed outside ladder (\(list)); the index now has them as they are"),
                                 fix: nil, repairable: false))
        }
        var wrong = 0
        var names = Set<String>()
        for file in cases {
            let name = file.format < 3 ? "\(file.claimedNumber ?? file.number).json" : CaseLines.fileName(file.id)
            names.insert(name)
            var claimed = file
            claimed.number = file.claimedNumber ?? file.number
            guard case let .summary(s?, stamp)? = index.entry(name), s == CaseState(claimed).summary,
                  stamp == FileStamp.of(store.path(ofName: name)) else { wrong += 1; continue }
        }
        let extra = index.entries.map(\.name).filter { n in !names.contains(n) && !FileSystem.exists(store.path(ofName: n)) }.count
        guard wrong + extra > 0 || index.tornEnd else { return notes }
        return notes + [Finding(kind: .index, path: path,
                        problem: index.tornEnd ? (wrong + extra == 1 ? L("1 of its lines disagrees with the case files, and its last line is torn")
                                                      : L("\(wrong + extra) of its lines disagree with the case files, and its last line is torn"))
                            : wrong + extra == 1 ? L("1 of its lines disagrees with the case files")
                            : L("\(wrong + extra) of its lines disagree with the case files"),
                        fix: L("make it again from the case files"), repairable: true)]
    }

    private func syncFindings(_ names: [String], cases: [CaseFile]) -> [Finding] {
        var out: [Finding] = []
        let older = names.filter { if case .older? = CaseName($0) { return true }; return false }
        if !older.isEmpty {
            out.append(Finding(kind: .format, path: store.casesDirectory,
                               problem: L("\(older.count) case files are of an older format (N.json)"),
                               fix: L("convert them to format \(CaseFile.currentFormat), keeping the old files in backup/ (the next change does it too)"), repairable: true))
        }
        for name in names {
            if case .copy? = CaseName(name) {
                out.append(Finding(kind: .merge, path: store.casesDirectory + "/" + name,
                                   problem: L("is a sync tool's copy of a case file; its lines are read as part of the case"),
                                   fix: L("merge it into the case file and move it to backup/sync-copies"), repairable: true))
            }
        }
        let copied = Set(names.compactMap { name -> UUID? in if case let .copy(of: id)? = CaseName(name) { return id }; return nil })
        for file in cases where file.stored.untidy && file.format >= 3 && !copied.contains(file.id) {
            out.append(Finding(kind: .merge, path: store.path(of: file),
                               problem: L("holds lines twice or a merge's conflict markers; it reads as one case"),
                               fix: L("write it again tidy, every line kept once (the file as it is goes to backup/untidy)"), repairable: true))
        }
        // From the files just read, not the index: a damaged index is left for its own
        // finding (reading the numbering through it would make it again unseen).
        let numbering = Numbering(cases.map {
            Numbering.Claim(id: $0.id, number: $0.claimedNumber ?? $0.number, claimedAt: CaseState($0).claimedAt, former: $0.formerNumbers)
        })
        for clash in numbering.clashes {
            out.append(Finding(kind: .clash, path: store.casesDirectory + "/" + CaseLines.fileName(clash.id),
                               problem: L("claims case number \(clash.claimed), which another case claimed first; it shows as case \(clash.shown)"),
                               fix: L("record \(clash.shown) as its number"), repairable: true))
        }
        return out
    }

    static func realPath(_ path: String) -> String? {
        guard let p = realpath(path, nil) else { return nil }
        defer { free(p) }
        return String(cString: p)
    }

    private static func isDirectory(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR
    }

    private static func stampFormat(_ date: Date) -> String {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = TimeZone(identifier: "UTC")
        f.dateFormat = "yyyyMMdd-HHmmss"
        return f.string(from: date)
    }
}

extension Store {
    /// The store's folders that other users can write to, with their modes: anyone who
    /// can write there can change or remove the cases. Two stats, cheap enough for every
    /// command to warn.
    public var writableByOthers: [(path: String, mode: mode_t)] {
        [directory, casesDirectory].compactMap { path in
            var st = stat()
            guard stat(path, &st) == 0, Store.othersCanChange(st) else { return nil }
            return (path, st.st_mode & 0o777)
        }
    }
}

