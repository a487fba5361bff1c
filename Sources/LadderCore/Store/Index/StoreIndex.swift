import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The store's index, `index.jsonl`: one JSON line per case with its summary and the
/// stamp of the file it was made from, so `list`, the reports and the front end's
/// first frame read one file instead of decoding every timeline.
///
/// It is derived data, safe to delete. Writers append a line for the case they wrote
/// (no rewrite, so a quick-add stays flat as the store grows); readers check every
/// line's stamp against the case file, decode only files that changed behind ladder's
/// back, and write what they learnt back when the store's lock is free. Later lines
/// replace earlier ones for the same case; a reader compacts the file when most lines
/// are stale. Each line also carries `folder`, the stamp of `cases/` when the index
/// last had a line for every file in it (null when unsure), and `top`, the highest
/// case number given out.
struct StoreIndex {
    /// 2: the head says `watched` (open, or closed with a promise still open).
    /// 3: contacts keep their `desk` and the `number` a missed call left (store format 2).
    /// 4: lines name their case file (`name`), since files are named by the case's id
    /// (store format 3); a case keeps when it claimed its number and its former numbers.
    /// 5: a line vouches for the folder only while the folder holds no older `N.json`
    /// (a write then skips looking for files to convert); an index of 4 could vouch
    /// for one that did, so it is made again.
    /// 6: a reply cleared, or a case closed, on two machines while they were apart
    /// counts its later clearing or closing, as the timeline shows; summaries made by
    /// 5 took the earlier, so they are made again.
    /// 7: the header carries a mark made anew with each whole write (`made`), which
    /// the packed summaries name (`PackedSummaries`): an index written again is never
    /// taken for the one they were packed from, even under the same inode and length.
    static let format = 7

    /// The first line of an index written whole now, with a new mark.
    static var header: String { header(made: newMark()) }

    static func header(made: String) -> String {
        #"{"index":"# + String(format) + #","made":""# + made + #"","note":"derived from cases/ by ladder; safe to delete"}"# + "\n"
    }

    /// Sixteen hexadecimal digits, at random.
    static func newMark() -> String {
        let v = UInt64.random(in: 0...UInt64.max)
        let digits = String(v, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    /// The mark of the index whose bytes these are (its first line's `made`), or nil.
    static func mark(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard let headerEnd = bytes.offset(of: 0x0A, from: 0, to: min(bytes.count, 512)) else { return nil }
        var r = JSONLineReader(bytes, from: 0, to: headerEnd)
        var format: Int?, made: String?
        do {
            try r.object { r, key in
                if key.is("index") { format = try r.int() } else if key.is("made") { made = try r.string() } else { try r.skip() }
            }
        } catch { return nil }
        return format == StoreIndex.format ? made : nil
    }

    enum Entry: Equatable {
        /// nil when the reader was told to leave this case out (`CaseHead`).
        case summary(CaseSummary?, FileStamp)
        /// A file that could not be read, so the problem is reported without reading
        /// it again until it changes.
        case unreadable(reason: String, hint: String, FileStamp)

        var stamp: FileStamp {
            switch self {
            case let .summary(_, s), let .unreadable(_, _, s): return s
            }
        }

        /// The same entry for the file with a new stamp.
        func restamped(_ stamp: FileStamp) -> Entry {
            switch self {
            case let .summary(s, _): return .summary(s, stamp)
            case let .unreadable(r, h, _): return .unreadable(reason: r, hint: h, stamp)
            }
        }
    }

    /// A case's entry and the name of its file.
    struct Named: Equatable {
        var name: String
        var entry: Entry
        /// The case's claim to its number, read from the line's head even when its
        /// summary was passed over: numbering needs every case's.
        var claim: Numbering.Claim?
        /// Where its line is in the index (bytes), and what the line's head says:
        /// what `IndexHeads` keeps.
        var line: Range<Int> = 0..<0
        var head: CaseHead?

        static func == (a: Named, b: Named) -> Bool { a.name == b.name && a.entry == b.entry }
    }

    /// One per case file, in name order.
    var entries: [Named] = []
    /// The stamp of `cases/` when the index had a line for every file in it.
    var folder: FileStamp?
    var top = 0
    /// Lines after the header: compared with the live entries to decide on compacting.
    var lines = 0
    /// The file ends in the middle of a line (a crash while appending): appending
    /// more would join the torn piece to the next line, so it is written whole instead.
    var tornEnd = false
    /// The index file read, and its length then (`IndexHeads` covers a length of it).
    var inode: UInt64 = 0
    var size = 0
    /// Its header's mark (`StoreIndex.header`).
    var made: String?

    /// The entries as a table by file name.
    var table: [String: Entry] { Dictionary(entries.lazy.map { ($0.name, $0.entry) }, uniquingKeysWith: { a, _ in a }) }

    /// The entry for the case file `name`, if any.
    func entry(_ name: String) -> Entry? { named(name)?.entry }

    /// The case file `name` as the index has it, if it does.
    func named(_ name: String) -> Named? {
        var (low, high) = (0, entries.count)
        while low < high {
            let mid = (low + high) / 2
            if entries[mid].name < name { low = mid + 1 } else { high = mid }
        }
        return low < entries.count && entries[low].name == name ? entries[low] : nil
    }

    /// What to read of each case line. `search` reads the search text; `include`
    /// sees a line's head and may leave its case undecoded (its entry is kept, with no
    /// summary): `report overdue` decodes only cases with something overdue.
    struct Reading {
        var search = true
        var include: (@Sendable (CaseHead) -> Bool)?
        /// Stamp every case file even where the index may be trusted for the folder
        /// (`doctor`, to find a file edited in place).
        var everyFile = false

        /// Whether every summary comes back whole.
        var isComplete: Bool { search && include == nil }
    }

    /// The index at `path`, or nil when there is none or it cannot be trusted (another
    /// format, a damaged line): the caller then reads every case file.
    /// `parts` (tests) overrides how many parts a large index is read in.
    static func read(_ path: String, _ reading: Reading = Reading(), parts wanted: Int? = nil) -> StoreIndex? {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0, st.st_size > 0 else { return nil }
        let size = Int(st.st_size)
        // Mapped rather than read: no copy, and the pages are the page cache's own. They
        // are mapped in as each part reads them, on both cores (MAP_POPULATE would map
        // them all first, on this thread alone).
        guard let map = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), map != MAP_FAILED else { return nil }
        defer {
            // Unmapping 16 MB takes a millisecond: a helper does it while the reader goes on.
            let address = Int(bitPattern: map)
            Parallel.later { munmap(UnsafeMutableRawPointer(bitPattern: address), size) }
        }
        let bytes = UnsafeBufferPointer(start: map.assumingMemoryBound(to: UInt8.self), count: size)
        guard let headerEnd = bytes.offset(of: 0x0A, from: 0, to: size) else { return nil }
        var header = JSONLineReader(bytes, from: 0, to: headerEnd)
        guard (try? readHeader(&header)) == StoreIndex.format else { return nil }
        let made = mark(bytes)
        // A large index is read in parts of about 256 KiB, each cut at a line's end,
        // which the cores take as they come free (`Parallel`): small enough that
        // neither waits long for the other's last part.
        let parts = max(1, wanted ?? min(256, size >> 18))
        var cuts = [headerEnd + 1]
        for k in 1..<parts {
            let target = max(cuts.last!, headerEnd + 1 + (size - headerEnd - 1) * k / parts)
            cuts.append(bytes.offset(of: 0x0A, from: target, to: size).map { $0 + 1 } ?? size)
        }
        cuts.append(size)
        var index = StoreIndex()
        index.inode = UInt64(st.st_ino)
        index.size = size
        index.made = made
        var pieces: [Piece] = []
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        let read = Parallel.split(parts) { k -> Piece? in
            let piece = readLines(bytes, from: cuts[k], to: cuts[k + 1], reading)
            // The part's pages are let go once read: a mapped page counts in the
            // process's memory once touched, and at 100,000 cases the index is 200 MB.
            // (Nothing read keeps a pointer into the map; its ends may be another
            // part's, so only whole pages inside it go.)
            let first = (cuts[k] + page - 1) / page * page, last = cuts[k + 1] / page * page
            if last > first { madvise(map + first, last - first, MADV_DONTNEED) }
            return piece
        }
        for piece in read {
            guard let piece else { return nil }
            pieces.append(piece)
            if piece.lines > 0 { index.folder = piece.folder }
            index.top = max(index.top, piece.top)
            index.lines += piece.lines
            index.tornEnd = index.tornEnd || piece.tornEnd
        }
        index.entries = latest(pieces.map(\.said))
        return index
    }

    /// What a stretch of lines says, in line order.
    struct Piece {
        /// Each case line's entry, or nil for a `gone` line.
        var said: [Said] = []
        var folder: FileStamp?
        var top = 0
        var lines = 0
        var tornEnd = false
    }

    /// The last word on each case, in name order, from what the parts said in line
    /// order: a later line replaces an earlier one, and a case whose last line says it
    /// is gone is left out. A compacted index is in name order already, with the
    /// lines appended since at its end.
    private static func latest(_ parts: [[Said]]) -> [Named] {
        // Every line by part and place, which is line order.
        var order: [(part: Int, line: Int)] = []
        order.reserveCapacity(parts.reduce(0) { $0 + $1.count })
        for (p, said) in parts.enumerated() { for i in said.indices { order.append((p, i)) } }
        func name(_ at: (part: Int, line: Int)) -> String { parts[at.part][at.line].name }
        if zip(order, order.dropFirst()).contains(where: { name($0) >= name($1) }) {
            order.sort { (name($0), $0.part, $0.line) < (name($1), $1.part, $1.line) }
        }
        var out: [Named] = []
        out.reserveCapacity(order.count)
        for (k, at) in order.enumerated() {
            if k + 1 < order.count, name(order[k + 1]) == name(at) { continue }  // a later line says more
            let said = parts[at.part][at.line]
            if let entry = said.entry {
                out.append(Named(name: name(at), entry: entry, claim: said.claim, line: said.line, head: said.head))
            }
        }
        return out
    }

    /// The lines between two offsets (each ends at a line's end, or the file's end):
    /// nil when one cannot be read.
    static func readLines(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int, _ reading: Reading) -> Piece? {
        var piece = Piece()
        piece.said.reserveCapacity((to - from) / 1024)
        var start = from
        while start < to {
            guard let end = bytes.offset(of: 0x0A, from: start, to: to) else {
                piece.tornEnd = true  // a last line still being written (or torn by a crash): ignored
                break
            }
            var reader = JSONLineReader(bytes, from: start, to: end)
            let line = start..<end, before = piece.said.count
            start = end + 1
            guard (try? apply(&reader, reading, to: &piece)) != nil else { return nil }
            if piece.said.count > before { piece.said[before].line = line }
            piece.lines += 1
        }
        return piece
    }

    static func readHeader(_ r: inout JSONLineReader) throws -> Int? {
        var format: Int?
        try r.object { r, key in
            if key.is("index") { format = try r.int() } else { try r.skip() }
        }
        return format
    }

    /// What one line says of a case: its entry (nil: the file is gone), its claim, and
    /// its place and head.
    struct Said {
        var name: String
        var entry: Entry?
        var claim: Numbering.Claim?
        var line: Range<Int> = 0..<0
        var head: CaseHead?
    }

    /// Reads one line and applies it.
    static func apply(_ r: inout JSONLineReader, _ reading: Reading, to piece: inout Piece) throws {
        var summary: CaseSummary?, number: Int?, name: String?, unreadable: String?, reason = "", hint = "", gone: String?
        var stamp: FileStamp?, folder: FileStamp?, top = 0
        var open: Bool?, due: Date?, latest: Date?, id: UUID?, claimed: Date?, former: [Int] = [], head: CaseHead?
        try r.object(LineKey.self) { r, key in
            switch key {
            case .number?: number = try r.int()
            case .name?: name = try r.string()
            case .watched?: open = try r.bool()
            case .id?: id = try r.uuid()
            case .claimed?: claimed = try r.date()
            case .former?: try r.array { former.append(try $0.int()) }
            case .due?: due = r.null() ? nil : try r.date()
            case .latest?: latest = try r.date()
            case .case?:
                if let number, let open, let latest { head = CaseHead(number: number, isWatched: open, nextDue: due, latest: latest) }
                if let include = reading.include, let head, !include(head) {
                    try r.skipLastValue()
                } else {
                    summary = try CaseSummary(reading: &r, search: reading.search)
                    number = summary!.number
                }
            case .unreadable?: unreadable = try r.string()
            case .reason?: reason = try r.string()
            case .hint?: hint = try r.string()
            case .gone?: gone = try r.string()
            case .file?: stamp = try FileStamp(reading: &r)
            case .folder?: folder = r.null() ? nil : try FileStamp(reading: &r)
            case .top?: top = try r.int()
            case nil: try r.skip()
            }
        }
        guard r.atEnd else { throw IndexLineError("more after the line's object") }
        if number != nil, unreadable == nil, gone == nil {
            guard let stamp, let name else { throw IndexLineError("a case line without its file's name and stamp") }
            let claim = id.flatMap { id in claimed.map { Numbering.Claim(id: id, number: number!, claimedAt: $0, former: former) } }
            piece.said.append(Said(name: name, entry: .summary(summary, stamp), claim: claim, head: head))
        } else if let unreadable {
            guard let stamp else { throw IndexLineError("an unreadable line without its file's stamp") }
            piece.said.append(Said(name: unreadable, entry: .unreadable(reason: reason, hint: hint, stamp)))
        } else if let gone {
            piece.said.append(Said(name: gone, entry: nil))
        }
        piece.folder = folder
        piece.top = max(piece.top, top)
    }

    /// The keys of a line, in the order `writeLine` writes a case's (the others after).
    enum LineKey: String, IndexKeys {
        case number, name, id, claimed, former, watched, due, latest, file, folder, top, `case`
        case unreadable, reason, hint, gone
        static let order = KeyOrder(allCases.map(\.rawValue)), all = allCases
    }

    /// What one line the table of contents points at says, for the overdue report.
    enum OverdueLine {
        case summary(CaseSummary)
        case unreadable(reason: String, hint: String)
        case gone
    }

    /// A line the table of contents points at, read for the overdue report: only its
    /// name and its case, the rest passed over (its head, its file's stamp and its
    /// claim, read by `apply`, were a fifth of a report's reading). Nil when the line
    /// is not `name`'s; throws when it is not a whole line, as `apply` would.
    static func overdueLine(_ r: inout JSONLineReader, named name: String) throws -> OverdueLine? {
        var summary: CaseSummary?, named = false, unreadable = false, gone = false
        var hasNumber = false, hasFile = false, reason = "", hint = ""
        try r.object(LineKey.self) { r, key in
            switch key {
            case .number?: hasNumber = true; try r.skip()
            case .name?: named = try r.string(is: name)
            case .case?: summary = try CaseSummary(reading: &r, search: false)
            case .file?:
                guard !r.null() else { throw IndexLineError("a case line without its file's stamp") }
                hasFile = true
                try r.skip()
            case .unreadable?: unreadable = true; named = try r.string(is: name)
            case .reason?: reason = try r.string()
            case .hint?: hint = try r.string()
            case .gone?: gone = true; named = try r.string(is: name)
            default: try r.skip()
            }
        }
        guard r.atEnd else { throw IndexLineError("more after the line's object") }
        if hasNumber || summary != nil, !unreadable, !gone {
            guard hasFile, named else { return nil }
            return summary.map { .summary($0) } ?? .gone
        }
        guard named else { return nil }
        if unreadable {
            guard hasFile else { throw IndexLineError("an unreadable line without its file's stamp") }
            return .unreadable(reason: reason, hint: hint)
        }
        return .gone
    }

    /// Whether the index has so many replaced lines that a reader should write it
    /// whole: every line is read, so stale ones slow every read. A quarter more lines
    /// than cases (and some slack for small stores) is the limit, so at 10,000 cases a
    /// reader rewrites it once every 2,500 writes or so.
    static func isMostlyStale(lines: Int, live: Int) -> Bool {
        lines > live + live / 4 + 200
    }

    /// One line: an entry for the case file `name` (nil: the file is gone), with the
    /// folder stamp it vouches for and the top number.
    static func line(_ entry: Entry?, name: String, folder: FileStamp?, top: Int) -> [UInt8] {
        var w = JSONLineWriter()
        writeLine(entry, name: name, folder: folder, top: top, to: &w)
        return w.bytes
    }

    /// `line`, added to the lines `w` holds.
    static func writeLine(_ entry: Entry?, name: String, folder: FileStamp?, top: Int, to w: inout JSONLineWriter) {
        w.object { w in
            switch entry {
            case let .summary(s?, stamp)?:
                // The head first and the case last, so a reader can pass over the case
                // by going to the end of the line.
                w.key("number"); w.int(s.number)
                w.key("name"); w.string(name)
                w.key("id"); w.string(s.id.text)
                w.key("claimed"); w.date(s.claimedAt)
                w.key("former"); w.array { w in for n in s.formerNumbers { w.int(n) } }
                w.key("watched"); w.bool(s.isWatched)
                w.key("due"); w.optional(s.isWatched ? s.nextReply?.reply.due : nil) { $0.date($1) }
                w.key("latest"); w.date(s.latest)
                w.key("file"); stamp.write(to: &w)
                w.key("folder"); w.optional(folder) { $1.write(to: &$0) }
                w.key("top"); w.int(top)
                w.key("case"); s.write(to: &w)
                return
            case .summary(nil, _)?:
                preconditionFailure("only whole summaries are written to the index")
            case let .unreadable(reason, hint, stamp)?:
                w.key("unreadable"); w.string(name)
                w.key("reason"); w.string(reason)
                w.key("hint"); w.string(hint)
                w.key("file"); stamp.write(to: &w)
            case nil:
                w.key("gone"); w.string(name)
            }
            w.key("folder"); w.optional(folder) { $1.write(to: &$0) }
            w.key("top"); w.int(top)
        }
        w.endLine()
    }

    /// The whole index, compacted: the header and one line per entry. Only the last
    /// line need speak for the folder.
    static func contents(_ entries: [String: Entry], folder: FileStamp?, top: Int) -> Data {
        var out = Data()
        try? writeContents(entries, folder: folder, top: top) { out.append(contentsOf: $0) }
        return out
    }

    /// `contents`, handed to `write` a stretch at a time as it is made, on every core: a
    /// whole index is written after a copy or a clone, while the reader waits for it.
    /// A thousand lines at a time (some 2 MB), so that the index (some 20 MB at 10,000
    /// cases) is never held whole: fresh memory is dear on a virtual machine (3 to 4 ms
    /// a megabyte there when the host has taken it back), and the same few megabytes
    /// serve every stretch. Each stretch is written while the next is made; `write` is
    /// called in order, one call at a time, on any thread.
    static func writeContents(_ entries: [String: Entry], folder: FileStamp?, top: Int,
                              to write: (UnsafeRawBufferPointer) throws -> Void) throws {
        // A case passed over undecoded has nothing to write; its file is read next time.
        let names = entries.keys.filter { if case .summary(nil, _)? = entries[$0] { return false }; return true }.sorted()
        var head = header
        try head.withUTF8 { try write(UnsafeRawBufferPointer($0)) }
        let stretch = 1_024
        try withoutActuallyEscaping(write) { write in
            final class Writing {
                var failure: (any Error)?
            }
            let writing = Writing()
            var pending: Parallel.Work?
            for start in stride(from: 0, to: names.count, by: stretch) {
                let parts = Parallel.ranges(min(stretch, names.count - start), minimum: 256) { range -> JSONLineWriter in
                    var w = JSONLineWriter(capacity: range.count * 2048)
                    for k in (start + range.lowerBound)..<(start + range.upperBound) {
                        writeLine(entries[names[k]], name: names[k], folder: k == names.count - 1 ? folder : nil, top: top, to: &w)
                    }
                    return w
                }
                pending?.wait()
                if let failure = writing.failure { throw failure }
                pending = Parallel.Work(1) { _ in
                    guard writing.failure == nil else { return }
                    do {
                        for part in parts { try part.withBytes(write) }
                    } catch {
                        writing.failure = error
                    }
                }
            }
            pending?.wait()
            if let failure = writing.failure { throw failure }
        }
    }

    /// What a writer needs to know before appending: the last line's folder stamp and
    /// the top number. Reads the first line and the end of the file only, so it costs
    /// the same at ten cases or ten thousand. Nil when there is no usable index.
    static func tail(_ path: String) -> (folder: FileStamp?, top: Int)? {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { return nil }
        let size = Int(st.st_size)
        guard size > 0 else { return nil }
        func bytes(at offset: Int, count: Int) -> [UInt8]? {
            var out = [UInt8](repeating: 0, count: count)
            let n = out.withUnsafeMutableBytes { pread(fd, $0.baseAddress!, count, off_t(offset)) }
            return n == count ? out : nil
        }
        // The header, to be sure the format is this one.
        guard let head = bytes(at: 0, count: min(size, 256)), let nl = head.firstIndex(of: 0x0A),
              let format = head.withUnsafeBufferPointer({ b -> Int?? in
                  var r = JSONLineReader(b, from: 0, to: nl)
                  return try? readHeader(&r)
              }), format == StoreIndex.format else { return nil }
        guard size > nl + 1 else { return (nil, 0) }  // only the header
        // The last complete line; a torn end means the index cannot be trusted.
        var window = 16 * 1024
        while true {
            let from = max(0, size - window)
            guard let chunk = bytes(at: from, count: size - from), chunk.last == 0x0A else { return nil }
            if let previous = chunk.dropLast().lastIndex(of: 0x0A) {
                return chunk.withUnsafeBufferPointer { b -> (FileStamp?, Int)? in
                    var r = JSONLineReader(b, from: previous + 1, to: chunk.count - 1)
                    var folder: FileStamp?, top = 0
                    do {
                        try r.object { r, key in
                            if key.is("folder") { folder = r.null() ? nil : try FileStamp(reading: &r) }
                            else if key.is("top") { top = try r.int() }
                            else { try r.skip() }
                        }
                    } catch { return nil }
                    return (folder, top)
                }
            }
            guard from > 0 else { return nil }
            window *= 4
        }
    }

    /// The folder's stamp when the index's last line vouches for it and may be trusted
    /// without stamping every file (`FileStamp.isSafelyChecked`), or nil.
    static func trustedFolder(index: String, cases: String) -> FileStamp? {
        guard let vouched = tail(index)?.folder, vouched.isSafelyChecked, FileStamp.of(cases) == vouched else { return nil }
        return vouched
    }

    /// Appends lines in one write. The index is a cache: no flush to disk, and a line
    /// torn by a crash makes readers rebuild it.
    static func append(_ bytes: [UInt8], to path: String) {
        let fd = open(path, O_WRONLY | O_APPEND | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK)
        guard fd >= 0 else { return }
        defer { close(fd) }
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = write(fd, raw.baseAddress! + offset, raw.count - offset)
                if n < 0 { if errno == EINTR { continue }; return }
                offset += n
            }
        }
    }
}

/// The few facts at the head of a case's line, enough to decide whether to decode
/// the rest.
struct CaseHead {
    var number: Int
    /// Open, or closed with a promise still open (`CaseStanding.isWatched`).
    var isWatched: Bool
    /// The earliest due time of its open replies.
    var nextDue: Date?
    var latest: Date
}

extension FileStamp {
    func write(to w: inout JSONLineWriter) {
        w.object { w in
            w.key("inode"); w.int(Int(truncatingIfNeeded: inode))
            w.key("size"); w.int(Int(size))
            w.key("modified"); w.int(Int(modified))
            w.key("changed"); w.int(Int(changed))
            if hash != 0 { w.key("hash"); w.string(String(hash, radix: 16)) }
            if checked != 0 { w.key("checked"); w.int(Int(checked)) }
            if numbersClear { w.key("clear"); w.bool(true) }
        }
    }

    init(reading r: inout JSONLineReader) throws {
        var inode: Int?, size: Int?, modified: Int?, changed: Int?, hash: UInt64 = 0, checked = 0, clear = false
        try r.object { r, key in
            if key.is("inode") { inode = try r.int() }
            else if key.is("size") { size = try r.int() }
            else if key.is("modified") { modified = try r.int() }
            else if key.is("changed") { changed = try r.int() }
            else if key.is("hash") { hash = UInt64(try r.string(), radix: 16) ?? 0 }
            else if key.is("checked") { checked = try r.int() }
            else if key.is("clear") { clear = try r.bool() }
            else { try r.skip() }
        }
        guard let inode, let size, let modified, let changed else { throw IndexLineError("a file stamp lacks a part") }
        self.init(modified: Int64(modified), size: Int64(size), inode: UInt64(truncatingIfNeeded: inode), changed: Int64(changed))
        self.hash = hash
        self.checked = Int64(checked)
        self.numbersClear = clear
    }
}
