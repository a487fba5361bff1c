import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Store {
    var headsPath: String { directory + "/index-heads.jsonl" }
    var packedPath: String { directory + "/index-summaries.bin" }

    /// After a read of the whole index: makes its table of contents (`IndexHeads`) again
    /// when the one there is for another index file or too much was appended since, and
    /// with it the packed summaries of the cases it lists with a due time
    /// (`PackedSummaries`) as far as this read decoded them; or, for the table there, the
    /// packed summaries alone when this read decoded more of them than they hold. Only
    /// if no one holds the lock (a reader never waits).
    func keepHeads(of index: StoreIndex) {
        var table: IndexHeads?
        if let had = IndexHeads.coverage(headsPath), IndexHeads.covers(had, inode: index.inode, size: index.size) {
            // The packed summaries are made again only when missing or not whole and this
            // read decoded every case (`list`, the front end): once, not at every read.
            guard let made = index.made else { return }  // none are packed for it (below)
            if let packed = PackedSummaries.header(at: packedPath), packed.inode == had.inode, packed.length == had.length,
               packed.made == made, packed.choices == PackedSummaries.choices, packed.whole { return }
            guard index.entries.allSatisfy({ if case .summary(nil, _) = $0.entry { false } else { true } }),
                  let read = IndexHeads.read(headsPath), read.inode == had.inode, read.length == had.length else { return }
            table = read
        }
        let madeTable = table == nil
        guard let table = table ?? IndexHeads(of: index), let lock = try? StoreLock(path: directory + "/lock", timeout: 0) else { return }
        withExtendedLifetime(lock) {
            // The index this read mapped must still be the file there (a read that
            // rewrote it whole has just put another in its place).
            var st = stat()
            guard stat(indexPath, &st) == 0, UInt64(st.st_ino) == index.inode, Int(st.st_size) >= index.size else { return }
            // The packed summaries first: a table made after them is for another index
            // length or file than theirs, and a report then reads the JSON lines.
            // An index without a mark (its first line written by hand) gets none: they
            // could not be told from another index's.
            if let made = index.made {
                let packed = PackedSummaries.contents(of: table, made: made) { place in
                    let head = table.heads[place]
                    // A case whose file is gone since has a later line (`gone`), which a
                    // report reads instead.
                    guard let named = index.named(head.name), named.line == head.line else { return .superseded }
                    if case let .summary(s?, _) = named.entry { return .summary(s) }
                    return .unknown
                }
                try? FileSystem.writeAtomically(parts: packed, to: packedPath, durable: false)
            }
            if madeTable { try? FileSystem.writeAtomically(Data(table.contents), to: headsPath, durable: false) }
        }
    }

    /// A table that cannot be read is removed, so the next whole read makes it again.
    private func dropHeads() {
        unlink(headsPath)
    }

    /// Runs `body` over the index's bytes and the lines appended to it since the table
    /// of contents was made, while the index may be trusted for the whole folder
    /// (`FileStamp.isSafelyChecked`) with no number claimed twice and the table made
    /// for `coverage` covers it. Nil when it cannot be taken: the caller reads the
    /// index whole (which makes the table again).
    private func withTrustedIndex<T>(coverage: (inode: UInt64, length: Int), appended: StoreIndex.Reading,
                                     _ body: (UnsafeBufferPointer<UInt8>, StoreIndex.Piece, Int32) -> T?) -> T? {
        guard let trusted = StoreIndex.trustedFolder(index: indexPath, cases: casesDirectory), trusted.numbersClear else { return nil }
        let fd = open(indexPath, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0, st.st_size > 0, IndexHeads.covers(coverage, inode: UInt64(st.st_ino), size: Int(st.st_size)) else { return nil }
        let size = Int(st.st_size)
        guard let map = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), map != MAP_FAILED else { return nil }
        defer { munmap(map, size) }
        let bytes = UnsafeBufferPointer(start: map.assumingMemoryBound(to: UInt8.self), count: size)
        guard let added = StoreIndex.readLines(bytes, from: coverage.length, to: size, appended), !added.tornEnd else { return nil }
        // The index's last line must still be the vouching the folder was trusted by.
        if added.lines > 0 {
            guard let last = added.folder, last == trusted, last.isSafelyChecked, last.numbersClear else { return nil }
        }
        return body(bytes, added, fd)
    }

    /// The file of case `number` as the table of contents finds it, while the index may
    /// be trusted (`withTrustedIndex`); nil when it cannot say (a number the table does
    /// not hold is looked for the slow way, which knows former numbers and damaged files).
    func nameFromHeads(_ number: Int) -> String? {
        guard let found = IndexHeads.lines(numbered: number, in: headsPath) else {
            if FileSystem.exists(headsPath) { dropHeads() }
            return nil
        }
        return withTrustedIndex(coverage: found.coverage, appended: StoreIndex.Reading(search: false, include: { _ in false })) { bytes, added, _ in
            // The last line of each case appended since has the last word on its number.
            var latest: [String: StoreIndex.Said] = [:]
            for said in added.said { latest[said.name] = said }
            if let (name, _) = latest.first(where: { $0.value.head?.number == number && $0.value.entry != nil }) { return name }
            // The line the table points at must be that case's (an index made again
            // may have come back under the same inode).
            guard let head = found.heads.first(where: { latest[$0.name] == nil }),
                  bytes.starts(with: Array(#"{"number":\#(number),"name":"\#(head.name)""#.utf8), at: head.line.lowerBound)
            else { return nil }
            return head.name
        }
    }

    /// `overdueCases` the quick way (`withTrustedIndex`): only the lines of cases
    /// with a reply overdue at `instant` are decoded, and those appended since the table
    /// was made.
    /// `window`: at most how many bytes of the index one core reads as one share;
    /// `part`: at least how many packed records one core checks as one share.
    func overdueFromHeads(at instant: Date, window: Int = 256 * 1024, part: Int = 1_000) -> (cases: [IndexedCase], problems: [StoreProblem])? {
        guard let table = IndexHeads.read(headsPath, dueBefore: instant) else {
            if FileSystem.exists(headsPath) { dropHeads() }
            return nil
        }
        let coverage = (inode: table.inode, length: table.length)
        let due: @Sendable (CaseHead) -> Bool = { $0.isWatched && ($0.nextDue.map { instant > $0 } ?? false) }
        return withTrustedIndex(coverage: coverage, appended: StoreIndex.Reading(search: false, include: due)) { bytes, added, fd in
            var latest = table.latest
            var newer: [String: StoreIndex.Said] = [:]
            for said in added.said {
                newer[said.name] = said
                if let head = said.head { latest = max(latest ?? head.latest, head.latest) }
            }
            // A case with events after `instant` is judged by the events up to it: read whole.
            if let latest, latest > instant { return nil }

            let places = table.heads.indices.filter { i in
                let h = table.heads[i]
                return (newer.isEmpty || newer[h.name] == nil) && (h.number == nil || h.due.map { instant > $0 } ?? false)
            }
            // Packed where a record may be trusted (`PackedSummaries`), the rest from their
            // JSON lines.
            // Only for the index they were packed from: its mark, in its first line.
            let packed = StoreIndex.mark(bytes).flatMap { made in
                PackedSummaries.cases(packedPath, coverage: coverage, made: made, heads: table.heads, places: places, part: part)
            }
            var cases: [IndexedCase] = []
            var wanted: [IndexHeads.Head] = []
            cases.reserveCapacity(places.count)
            for (k, place) in places.enumerated() {
                if let c = packed?[k] { cases.append(c) } else { wanted.append(table.heads[place]) }
            }
            guard let decoded = Self.decodeLines(of: wanted, in: fd, size: bytes.count, window: window) else { return nil }
            cases += decoded.summaries.map(IndexedCase.init)
            var problems = decoded.problems.map { problem($0.name, reason: $0.reason, hint: $0.hint) }
            for (name, said) in newer {  // the last line of each
                switch said.entry {
                case let .summary(s?, _)?: cases.append(IndexedCase(s))
                case let .unreadable(reason, hint, _)?: problems.append(problem(name, reason: reason, hint: hint))
                default: break
                }
            }
            // By number (30,000 at 100,000 cases).
            let order = Ordering.ascending(cases.map(\.number))
            cases = order.map { cases[$0] }
            problems.sort { $0.path < $1.path }
            return (cases, problems)
        }
    }

    /// The summaries and problems on the index's lines for `heads` (in no set order:
    /// the caller sorts them), read from the index file `fd` of `size` bytes a window of
    /// nearby lines at a time (`FileSystem.readSpans`: at 100,000 cases the overdue
    /// lines touch most of a 200 MB index). Nil when a line is not what the table says
    /// (the caller reads the index whole).
    private static func decodeLines(of heads: [IndexHeads.Head], in fd: Int32, size: Int, window: Int)
        -> (summaries: [CaseSummary], problems: [(name: String, reason: String, hint: String)])? {
        // In file order (30,000 lines at 100,000 cases, sorted on one core: `Ordering`).
        let order = Ordering.ascending(heads.map(\.line.lowerBound))
        guard heads.allSatisfy({ $0.line.upperBound <= size }) else { return nil }
        let lines = FileSystem.readSpans(fd, order.map { heads[$0].line }, window: window) { k, raw -> StoreIndex.OverdueLine? in
            let bytes = raw.bindMemory(to: UInt8.self)
            var r = JSONLineReader(bytes, from: 0, to: bytes.count)
            return try? StoreIndex.overdueLine(&r, named: heads[order[k]].name)
        }
        guard let lines else { return nil }
        var all: (summaries: [CaseSummary], problems: [(name: String, reason: String, hint: String)]) = ([], [])
        all.summaries.reserveCapacity(lines.count)
        for (k, line) in lines.enumerated() {
            switch line {
            case let .summary(s): all.summaries.append(s)
            case let .unreadable(reason, hint): all.problems.append((heads[order[k]].name, reason, hint))
            case .gone: break
            }
        }
        return all
    }
}
