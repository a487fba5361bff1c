import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What one read of the store gives.
public struct StoreSnapshot: Sendable {
    /// In case-number order.
    public var summaries: [CaseSummary]
    public var problems: [StoreProblem]
    /// Every case file's stamp when it was listed, readable or not, by file name.
    public var stamps: [String: FileStamp]
}

/// Which file holds each case, by the number it shows under.
public struct CaseDirectory: Sendable {
    public var names: [Int: String]
    public var numbering: Numbering
    /// The case files that cannot be read (they show under no number).
    public var problems: [StoreProblem] = []
}

extension Store {
    public var indexPath: String { directory + "/index.jsonl" }

    /// Where every readable case stands, and a problem for each file that cannot be
    /// read, from the index: only case files that changed since their line was
    /// written are decoded. What was learnt is written back when the lock is free.
    /// `search: false` leaves each summary's search text empty, saving its reading.
    /// `everyFile` stamps every case file even while the index may be trusted for the
    /// whole folder, to catch a file edited in place (`doctor`).
    public func summaries(search: Bool = false, everyFile: Bool = false) throws(StoreError) -> (summaries: [CaseSummary], problems: [StoreProblem]) {
        let s = try read(StoreIndex.Reading(search: search, include: nil, everyFile: everyFile))
        return (s.summaries, s.problems)
    }

    /// The open cases that may have a reply overdue at `instant`, and the cases with
    /// events after it (a report as of then must read them again): all that `report
    /// overdue` needs. Others may be left out without being decoded.
    /// Each case is kept as the index has it (`IndexedCase`): packed records are read
    /// in place, and unpacked only as the report asks.
    public func overdueCases(at instant: Date) throws(StoreError) -> (cases: [IndexedCase], problems: [StoreProblem]) {
        try checkReadable()
        if let quick = overdueFromHeads(at: instant) { return quick }
        let s = try read(StoreIndex.Reading(search: false, include: { head in
            head.latest > instant || (head.isWatched && head.nextDue.map { instant > $0 } ?? false)
        }))
        return (s.summaries.map(IndexedCase.init), s.problems)
    }

    /// Every summary (with its search text unless `search` is false), the problems,
    /// and the stamp of every case file as it was read: the front end's first read,
    /// after which it watches stamps.
    public func snapshot(search: Bool = true) throws(StoreError) -> StoreSnapshot {
        try snapshot(StoreIndex.Reading(search: search, include: nil))
    }

    /// Which file holds each case, and how the numbers stand.
    public func directoryOfCases() throws(StoreError) -> CaseDirectory {
        let r = try read(StoreIndex.Reading(search: false, include: { _ in false }))
        return CaseDirectory(names: r.names, numbering: r.numbering, problems: r.problems)
    }

    /// The store as the index has it, without looking at the case files: the front
    /// end's first frame, which then compares these stamps with the files' (its first
    /// sweep, straight after) to catch what changed behind ladder's back. Reads the
    /// files as `snapshot` does when there is no usable index.
    public func indexedSnapshot(search: Bool = true) throws(StoreError) -> StoreSnapshot {
        try checkReadable()
        guard let index = StoreIndex.read(indexPath, StoreIndex.Reading(search: search, include: nil)), !index.tornEnd else {
            return try snapshot(search: search)
        }
        var snapshot = StoreSnapshot(summaries: [], problems: [], stamps: [:])
        snapshot.summaries.reserveCapacity(index.entries.count)
        for named in index.entries {
            switch named.entry {
            case let .summary(s, stamp):
                if let s { snapshot.summaries.append(s) }
                snapshot.stamps[named.name] = stamp
            case let .unreadable(reason, hint, stamp):
                snapshot.problems.append(problem(named.name, reason: reason, hint: hint))
                snapshot.stamps[named.name] = stamp
            }
        }
        snapshot.summaries = Store.numbered(snapshot.summaries, by: Numbering(snapshot.summaries.map(Numbering.Claim.init)))
        return snapshot
    }

    func snapshot(_ reading: StoreIndex.Reading) throws(StoreError) -> StoreSnapshot {
        let r = try read(reading)
        return StoreSnapshot(summaries: r.summaries, problems: r.problems, stamps: FolderScan.byName(r.files))
    }

    /// The summaries under the numbers they show, in number order.
    static func numbered(_ summaries: [CaseSummary], by numbering: Numbering) -> [CaseSummary] {
        var out = summaries
        if !numbering.clashes.isEmpty {
            for i in out.indices {
                if let n = numbering.shown[out[i].id], n != out[i].number { out[i] = out[i].renumbered(n) }
            }
        }
        out.sort { $0.number < $1.number }
        return out
    }

    /// What becomes of one case file in a read.
    struct Plan {
        enum Outcome {
            /// Its line stands as it is.
            case kept
            /// Its line stands, with the file's new stamp (copied or cloned, unchanged).
            case moved
            /// Read: its new entry, and whether the index should keep it.
            case read(StoreIndex.Entry, remember: Bool)
            case gone
            case denied(StoreError)
        }
        var name: String
        var stamp: FileStamp
        /// Its line's place among the index's entries, if it has one (the line itself
        /// made each plan three times as large: 3.7 MB of fresh memory at 10,000 cases).
        var place: Int?
        var copies: [String]
        var outcome: Outcome
    }

    /// Reads a case file whose line cannot be trusted by its stamp: unchanged content
    /// (the same hash) keeps the line; otherwise it is decoded. Reasons are kept in
    /// English, as the index is shared by runs in every language. Runs on any thread.
    private func examine(_ p: Plan, indexed: StoreIndex.Named?) -> Plan.Outcome {
        Language.$bound.withValue(.en) { () -> Plan.Outcome in
            var stamp = p.stamp
            do throws(StoreError) {
                let (data, opened) = try stampedBytes(name: p.name)
                // A file listed without its stamp (there was no index) is stamped as it
                // was opened.
                if stamp == .unknown { stamp = opened }
                stamp.hash = FileStamp.hash(data)
                if p.copies.isEmpty, let e = indexed, e.entry.stamp.hash == stamp.hash, e.entry.stamp.size == Int64(data.count) {
                    return .read(e.entry.restamped(stamp), remember: true)
                }
                let file = try decode(name: p.name, data: data, copies: p.copies, keepingText: false)
                // A case merged with a sync tool's copy is not remembered: its file
                // alone says less, and the next write to it takes the copy in.
                return .read(.summary(CaseState(file).summary, stamp), remember: p.copies.isEmpty)
            } catch {
                // Not opened, so not stamped (a folder or FIFO named like a case file, a
                // file too large, a link to nothing): stamped as a listing would have,
                // and left out as it would have been when it cannot be.
                if stamp == .unknown, case .io = error {
                    guard let own = FileStamp.of(path(ofName: p.name)) else { return .gone }
                    stamp = own
                }
                switch error {
                case .caseNotFound: return .gone  // removed since the listing
                case let .damaged(problem): return .read(.unreadable(reason: problem.reason, hint: problem.hint, stamp), remember: true)
                case let .io(message): return .read(.unreadable(reason: message, hint: "check the file's permissions", stamp), remember: true)
                case .denied: return .denied(error)
                }
            }
        }
    }

    struct Reading {
        var summaries: [CaseSummary]
        var problems: [StoreProblem]
        var files: [(name: String, stamp: FileStamp)]
        var names: [Int: String]
        var numbering: Numbering
    }

    /// The summaries and problems, every case file's stamp in name order, and the
    /// numbering of every case (summaries passed over included).
    private func read(_ reading: StoreIndex.Reading) throws(StoreError) -> Reading {
        try checkReadable()
        // While the index safely vouches for the folder, its lines are trusted without
        // stamping every case file (`FileStamp.isSafelyChecked`): 185 ms of CPU at
        // 100,000 cases. Otherwise the folder is listed and stamped beside the index.
        var trusted = reading.everyFile ? nil : StoreIndex.trustedFolder(index: indexPath, cases: casesDirectory)
        var scan = trusted == nil ? FolderScan.take(casesDirectory) ?? FolderScan(casesDirectory, stamping: FileSystem.exists(indexPath)) : nil
        let found = StoreIndex.read(indexPath, reading)
        let index = found ?? StoreIndex()
        if trusted != nil, found == nil || index.tornEnd || index.folder != trusted || index.folder?.isSafelyChecked != true {
            trusted = nil  // a write came in between: scan after all
            scan = FolderScan(casesDirectory)
        }
        let listing = try scan.map { s throws(StoreError) in try s.waitSorted() }
            ?? FolderScan.Found(files: index.entries.map { ($0.name, $0.entry.stamp) }, folder: index.folder, copies: [:])
        var files = listing.files
        guard let folder = listing.folder else { return Reading(summaries: [], problems: [], files: [], names: [:], numbering: Numbering([])) }

        // Both in name order: matched by walking them side by side, straight into the
        // answer. The live entries are gathered into a table only when something must be
        // written back.
        var summaries: [CaseSummary] = []
        var problems: [StoreProblem] = []
        var claims: [(name: String, claim: Numbering.Claim)] = []
        summaries.reserveCapacity(files.count)
        claims.reserveCapacity(files.count)
        var learnt: [String: StoreIndex.Entry?] = [:]
        var live = 0
        let known = index.entries
        var k = 0
        // A line is trusted while its file's stamp is the same; or, after a copy or a
        // clone gave every file a new inode and times, while its size and modification
        // time are (and that time is safely before the index was last written), or its
        // content hashes the same. Only the rest are read, on every core.
        let indexWritten = FileStamp.of(indexPath)?.modified ?? 0
        var plan: [Plan] = []
        plan.reserveCapacity(files.count)
        var work: [Int] = []
        for (n, stamp) in files {
            while k < known.count, known[k].name < n {
                learnt[known[k].name] = .some(nil)  // a line for a file that is gone
                k += 1
            }
            let place = k < known.count && known[k].name == n ? k : nil
            let indexed = place.map { known[$0] }
            if indexed != nil { k += 1 }
            let copies = listing.copies[n] ?? []
            if let e = indexed, copies.isEmpty {
                let old = e.entry.stamp
                if old == stamp, stamp != .unknown {
                    plan.append(Plan(name: n, stamp: stamp, place: place, copies: copies, outcome: .kept))
                    continue
                }
                if stamp != .unknown, old.size == stamp.size, old.modified == stamp.modified, stamp.modified < indexWritten - 2_000_000_000 {
                    var moved = stamp
                    moved.hash = old.hash
                    plan.append(Plan(name: n, stamp: moved, place: place, copies: copies, outcome: .moved))
                    continue
                }
            }
            work.append(plan.count)
            plan.append(Plan(name: n, stamp: stamp, place: place, copies: copies, outcome: .kept))
        }
        // In small parts (some 150 files at 10,000 cases): after a clone every file is
        // decoded, and with four parts a core the other waited 40 ms for the last one.
        let done = Parallel.map(work, minimum: 16, parts: Parallel.cores * 32) { [self] i in examine(plan[i], indexed: plan[i].place.map { known[$0] }) }
        for (i, outcome) in zip(work, done) { plan[i].outcome = outcome }
        if listing.unstamped {
            // Each file's stamp is the one it was read with (one that was not there to
            // read is left out, as a listing leaves out a file removed meanwhile).
            files = plan.compactMap { p in
                switch p.outcome {
                case let .read(e, _): (p.name, e.stamp)
                case .gone: nil
                default: (p.name, p.stamp)
                }
            }
        }
        // Room for what is learnt (every file not kept as it was), made once: after a
        // copy or a clone it is every case.
        learnt.reserveCapacity(learnt.count + plan.count { if case .kept = $0.outcome { false } else { true } })

        for p in plan {
            let n = p.name
            let indexed = p.place.map { known[$0] }
            var entry: StoreIndex.Entry
            switch p.outcome {
            case .kept:
                entry = indexed!.entry
                if case .summary(nil, _) = entry, let claim = indexed!.claim { claims.append((n, claim)) }
            case .moved:
                entry = indexed!.entry.restamped(p.stamp)
                if case .summary(nil, _) = entry, let claim = indexed!.claim { claims.append((n, claim)) }
                learnt[n] = entry
            case let .read(e, remember):
                entry = e
                if case .summary(nil, _) = entry, let claim = indexed?.claim { claims.append((n, claim)) }
                if remember { learnt[n] = entry }
            case .gone:
                learnt[n] = .some(nil)
                continue
            case let .denied(error):
                throw error
            }
            live += 1
            switch entry {
            case let .summary(s, _):
                if let s {
                    summaries.append(s)
                    claims.append((n, Numbering.Claim(s)))
                }
            case let .unreadable(reason, hint, _): problems.append(problem(n, reason: reason, hint: hint))
            }
        }
        for gone in known[k...] { learnt[gone.name] = .some(nil) }

        let numbering = Numbering(claims.map(\.claim))
        var names: [Int: String] = [:]
        names.reserveCapacity(claims.count)
        for (name, claim) in claims { names[numbering.shown[claim.id] ?? claim.number] = name }
        var top = max(numbering.highest, index.top)
        // An older ladder's file holds its number even when it cannot be read, as
        // `nextNumber` counts it: the index's top must not vouch for less.
        var holdsOlder = false
        for (name, _) in files {
            if let n = FolderScan.caseNumber(name), n != Store.formatMarkerNumber {
                top = max(top, n)
                holdsOlder = true
            }
        }
        // The index vouches for the folder only while it holds no older file: a write
        // trusts a vouched folder to need no conversion (`folderUnchangedSinceLastWrite`).
        var vouched = holdsOlder ? nil : folder
        vouched?.numbersClear = numbering.clashes.isEmpty
        // A case read with a sync tool's copy is not remembered (its file alone says
        // less): the folder must not be trusted whole, or later reads would take the
        // case's line without the copy.
        if !listing.copies.isEmpty { vouched?.checked = 0 }

        let rewrite = found == nil || index.tornEnd || StoreIndex.isMostlyStale(lines: index.lines + learnt.count, live: live)
        // A scan that may be trusted where the index's last vouching may not: said, so
        // later reads need not scan.
        let newlySafe = vouched?.isSafelyChecked == true
            && (index.folder?.isSafelyChecked != true || index.folder?.numbersClear != vouched?.numbersClear)
        if rewrite || !learnt.isEmpty || index.folder != vouched || newlySafe {
            var current = index.table
            // Room made once when most is new (a clone); not when what is learnt is mostly
            // what the index has (a copy), which would only double the table.
            current.reserveCapacity(Swift.max(current.count, learnt.count))
            for (n, e) in learnt { current[n] = e }
            remember(learnt, in: index, current: current, scannedFolder: vouched, top: top, rewrite: found == nil, complete: reading.isComplete)
        }
        if let found, !found.tornEnd { keepHeads(of: found) }
        return Reading(summaries: Store.numbered(summaries, by: numbering), problems: problems, files: files, names: names, numbering: numbering)
    }

    /// Writes back what a read learnt, if no one holds the lock (a reader never waits):
    /// appended lines, or the whole index when there was none or it is mostly stale.
    private func remember(_ learnt: [String: StoreIndex.Entry?], in index: StoreIndex, current: [String: StoreIndex.Entry],
                          scannedFolder: FileStamp?, top: Int, rewrite: Bool, complete: Bool) {
        guard let lock = try? StoreLock(path: directory + "/lock", timeout: 0) else { return }
        var learnt = learnt
        withExtendedLifetime(lock) {
            // Vouch for the folder only if no file came or went since the scan.
            let folder = scannedFolder != nil && folderStamp == scannedFolder ? scannedFolder : nil
            // Also when most cases have something new (after a copy or a clone): the
            // whole index, compacted, costs about what appending all their lines would.
            let whole = rewrite || index.tornEnd || StoreIndex.isMostlyStale(lines: index.lines + learnt.count, live: current.count)
                || learnt.count * 2 > current.count
            // Mostly stale, as after a copy or a clone: the lines already written are kept
            // where the files' content is the same, with their new stamps.
            if whole, !rewrite, !index.tornEnd, StoreIndex.writeCompacted(indexPath, entries: current, folder: folder, top: top) {
                return
            }
            // `current` holds what was learnt already; only what is taken whole here is
            // put in again (a copy of a table of every case, after a clone, otherwise).
            var current = current
            if learnt.values.contains(where: { if case .summary(nil, _)? = $0 { return true }; return false }) {
                // Lines kept with a new stamp but read without their summary: taken whole.
                let full = StoreIndex.read(indexPath)?.table ?? [:]
                for (n, e) in learnt {
                    guard case let .summary(nil, stamp)? = e else { continue }
                    if case let .summary(s?, _)? = full[n] {
                        learnt[n] = .summary(s, stamp)
                        current[n] = .summary(s, stamp)
                    } else {
                        learnt[n] = nil
                    }
                }
            }
            if whole {
                var entries = current
                if !complete, entries.keys.contains(where: { learnt[$0] == nil }) {
                    // Lines read in part (no search text, cases passed over): read them whole.
                    guard let full = StoreIndex.read(indexPath)?.table else { return }
                    for n in entries.keys where learnt[n] == nil { entries[n] = full[n] ?? entries[n] }
                }
                try? FileSystem.writeAtomically(to: indexPath, durable: false) { write in
                    try StoreIndex.writeContents(entries, folder: folder, top: top, to: write)
                }
                return
            }
            var bytes: [UInt8] = []
            let names = learnt.keys.sorted()
            for (i, n) in names.enumerated() {
                // Only the last line speaks for the folder.
                bytes += StoreIndex.line(learnt[n]!, name: n, folder: i == names.count - 1 ? folder : nil, top: top)
            }
            if names.isEmpty {
                // Nothing changed but the folder's stamp: a line that only vouches.
                var w = JSONLineWriter()
                w.object { w in
                    w.key("folder"); w.optional(folder) { $1.write(to: &$0) }
                    w.key("top"); w.int(top)
                }
                bytes = w.bytes + [0x0A]
            }
            StoreIndex.append(bytes, to: indexPath)
        }
    }

    /// The number for a new case: one more than the highest ever given out or claimed
    /// (from the index's last line) or found in the files, whichever is higher. Reading
    /// the folder is needed only when the index cannot vouch for it, so adding stays
    /// flat as the store grows.
    func nextNumber() throws(StoreError) -> Int {
        var number: Int
        if let tail = StoreIndex.tail(indexPath), let folder = tail.folder, folder == folderStamp {
            number = tail.top + 1
        } else {
            let found = try directoryOfCases()
            number = max(found.numbering.highest, found.names.keys.max() ?? 0) + 1
            // Damaged files of an older format still hold their numbers.
            let older = ((try? FileSystem.names(in: casesDirectory)) ?? []).compactMap { name -> Int? in
                if case let .older(n)? = CaseName(name) { return n }
                return nil
            }
            number = max(number, (older.max() ?? 0) + 1)
            if let tail = StoreIndex.tail(indexPath) { number = max(number, tail.top + 1) }
        }
        // A number is never given twice, even when its file and the index were deleted.
        number = max(number, lastNumberGiven + 1)
        guard number <= Store.highestNumber else {
            throw .io("the store has given out every case number up to \(Store.highestNumber); start a new store with --store DIR")
        }
        return number
    }

    /// The highest case number a store gives out: seven digits, short enough to type
    /// (the one above is the format marker, `Store.formatMarkerNumber`).
    public static let highestNumber = 9_999_998

    /// `numbers` in the store folder: the highest case number ever given out, kept apart
    /// from the index (which may be deleted) so no number comes back.
    var lastNumberPath: String { directory + "/numbers" }

    var lastNumberGiven: Int {
        guard let data = try? FileSystem.read(lastNumberPath, atMost: 64) else { return 0 }
        return Int(String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
    }

    /// After a write under the lock: appends the case's line, if there is an index to
    /// append to. `folderBefore` is the folder's stamp before the write: the new line
    /// vouches for the folder only if the index did then.
    func indexWritten(_ file: CaseFile, data: Data, folderBefore: FileStamp?) {
        let name = CaseLines.fileName(file.id)
        guard let tail = StoreIndex.tail(indexPath), var stamp = FileStamp.of(path(ofName: name)) else { return }
        stamp.hash = FileStamp.hash(data)
        let folder = tail.folder != nil && tail.folder == folderBefore ? folderStamp : nil
        // The index keeps the number the case claims; a clash is settled when it is read.
        var claimed = file
        claimed.number = file.claimedNumber ?? file.number
        let entry = StoreIndex.Entry.summary(CaseState(claimed).summary, stamp)
        StoreIndex.append(StoreIndex.line(entry, name: name, folder: folder, top: max(tail.top, file.number)), to: indexPath)
    }
}

extension Store {
    /// A file the index says cannot be read. The index keeps the reason in English;
    /// in another language the file is read again to say it in that one (damaged files
    /// are rare, and this is only their error path).
    func problem(_ name: String, reason: String, hint: String) -> StoreProblem {
        if Language.current != .en {
            switch Result(catching: { () throws(StoreError) in try load(name: name) }) {
            case let .failure(.damaged(p)): return p
            case let .failure(.io(message)): return StoreProblem(path: path(ofName: name), reason: message, hint: L("check the file's permissions"))
            default: break
            }
        }
        return StoreProblem(path: path(ofName: name), reason: reason, hint: hint)
    }
}

extension Result {
    var failure: Failure? {
        if case let .failure(f) = self { return f }
        return nil
    }
}
