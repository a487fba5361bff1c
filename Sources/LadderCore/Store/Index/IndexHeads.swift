import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `index-heads.jsonl`: a table of contents of `index.jsonl`, per machine and derived
/// like it (safe to delete). For the first `length` bytes of one index file (its inode;
/// the index is only appended to until it is written whole, under a new inode) it lists
/// every case with its number and the earliest due time of its open replies, and every
/// file that cannot be read, each with where its line is. `report overdue` reads it and
/// decodes only the lines of what is overdue, instead of every line's head (a fifth of
/// the report at 10,000 cases); `show`, `log` and every other command that names one
/// case find its file by a search of it for the number, instead of reading every
/// line's head (flat as the store grows). Lines the index gained since are read as usual.
struct IndexHeads: Equatable {
    /// 2: lines in the order `report overdue` wants them (`init(of:)`).
    static let format = 2

    struct Head: Equatable {
        /// Where it stands in the table: unreadable files, then cases by due time, then
        /// cases with nothing due.
        var order: (group: Int, due: Date) {
            number == nil ? (0, .distantPast) : due.map { (1, $0) } ?? (2, .distantFuture)
        }

        var name: String
        /// The number it claims (and shows: a table is used only while no two cases
        /// claim one); nil for a file that cannot be read.
        var number: Int?
        /// The earliest due time of its open replies, while it is watched.
        var due: Date?
        /// Its line in the index.
        var line: Range<Int>
    }

    var inode: UInt64
    var length: Int
    /// The latest event of any case in those bytes: a report as of an earlier time
    /// must read every case with later events, which this does not list.
    var latest: Date?
    var heads: [Head]

    /// The table of contents of the index as `index` read it, or nil when a line's head
    /// is missing (an index made before lines said where they were).
    init?(of index: StoreIndex) {
        inode = index.inode
        length = index.size
        heads = []
        for named in index.entries {
            switch named.entry {
            case .summary:
                guard let head = named.head else { return nil }
                latest = max(latest ?? head.latest, head.latest)
                heads.append(Head(name: named.name, number: head.number, due: head.isWatched ? head.nextDue : nil, line: named.line))
            case .unreadable:
                heads.append(Head(name: named.name, number: nil, due: nil, line: named.line))
            }
        }
        // Files that cannot be read first, then cases by due time, then the rest: the
        // overdue report reads no further than its instant.
        heads.sort { a, b in
            let (ka, kb) = (a.order, b.order)
            if ka.group != kb.group { return ka.group < kb.group }
            if ka.due != kb.due { return ka.due < kb.due }
            return a.name < b.name
        }
    }

    init(inode: UInt64, length: Int, latest: Date?, heads: [Head]) {
        self.inode = inode
        self.length = length
        self.latest = latest
        self.heads = heads
    }

    /// Whether a table made for `coverage` (an index file's inode and the length it
    /// covers) is the one to keep for an index `inode` of `size` bytes: the same file,
    /// and not so much appended since that reading the rest costs more than making the
    /// table again.
    static func covers(_ coverage: (inode: UInt64, length: Int), inode: UInt64, size: Int) -> Bool {
        inode == coverage.inode && size >= coverage.length && size - coverage.length <= max(256 * 1024, coverage.length / 8)
    }

    var contents: [UInt8] {
        var w = JSONLineWriter(capacity: 64 + heads.count * 120)
        w.object { w in
            w.key("heads"); w.int(IndexHeads.format)
            w.key("note"); w.string("derived from index.jsonl by ladder; safe to delete")
            w.key("inode"); w.int(Int(truncatingIfNeeded: inode))
            w.key("length"); w.int(length)
            w.key("latest"); w.optional(latest) { $0.date($1) }
        }
        w.endLine()
        for h in heads {
            w.object { w in
                w.key("name"); w.string(h.name)
                if let n = h.number { w.key("number"); w.int(n) } else { w.key("unreadable"); w.bool(true) }
                if let due = h.due { w.key("due"); w.date(due) }
                w.key("at"); w.int(h.line.lowerBound)
                w.key("length"); w.int(h.line.count)
            }
            w.endLine()
        }
        return w.bytes
    }

    /// The table at `path`, or nil when there is none or it cannot be read whole. With
    /// `dueBefore`, the lines after the last one due before it are not read (nor kept).
    static func read(_ path: String, dueBefore limit: Date? = nil) -> IndexHeads? {
        // Mapped, not read: with `dueBefore` only the lines up to it are touched.
        mapped(path) { bytes -> IndexHeads? in
            guard let headerEnd = bytes.offset(of: 0x0A, from: 0, to: bytes.count) else { return nil }
            var table = IndexHeads(inode: 0, length: -1, latest: nil, heads: [])
            var format: Int?
            var r = JSONLineReader(bytes, from: 0, to: headerEnd)
            do {
                try r.object { r, key in
                    if key.is("heads") { format = try r.int() }
                    else if key.is("inode") { table.inode = UInt64(truncatingIfNeeded: try r.int()) }
                    else if key.is("length") { table.length = try r.int() }
                    else if key.is("latest") { table.latest = r.null() ? nil : try r.date() }
                    else { try r.skip() }
                }
            } catch { return nil }
            guard format == IndexHeads.format, table.length >= 0 else { return nil }
            let body = headerEnd + 1
            let length = table.length
            func head(at start: Int) -> (head: Head, end: Int)? {
                guard let end = bytes.offset(of: 0x0A, from: start, to: bytes.count),  // torn
                      let head = quickLine(bytes, start, end, within: length) ?? line(bytes, start, end, within: length)
                else { return nil }
                return (head, end + 1)
            }
            // The lines before `cut` are kept: with `limit`, those due before it.
            var cut = bytes.count
            if let limit {
                func kept(_ h: Head) -> Bool { h.order.group < 1 || (h.order.group == 1 && h.order.due < limit) }
                // By halves over the bytes: each probe reads the first line starting past
                // the middle. `low` is a line's start with every line before it kept;
                // no line at or past `high` is kept.
                var low = body, high = bytes.count
                while let newline = bytes.offset(of: 0x0A, from: low + (high - low) / 2, to: high), newline + 1 < high {
                    guard let probe = head(at: newline + 1) else { return nil }
                    if kept(probe.head) { low = newline + 1 } else { high = newline + 1 }
                }
                // The rest of the way a line at a time: a line or two.
                while low < high {
                    guard let next = head(at: low) else { return nil }
                    if !kept(next.head) { break }
                    low = next.end
                }
                cut = low
            }
            // The lines before the cut, read in parts at once (30,000 of them at 100,000
            // cases, before anything else can start): each part reads the lines that
            // start in its stretch of bytes.
            let parts = Parallel.ranges(cut - body, minimum: 64 * 1024) { stretch -> [Head]? in
                var start = body + stretch.lowerBound
                if start > body {
                    guard let newline = bytes.offset(of: 0x0A, from: start - 1, to: cut) else { return [] }
                    start = newline + 1
                }
                var heads: [Head] = []
                heads.reserveCapacity(stretch.count / 110)
                while start < body + stretch.upperBound, start < cut {
                    guard let next = head(at: start) else { return nil }
                    heads.append(next.head)
                    start = next.end
                }
                return heads
            }
            table.heads.reserveCapacity((cut - body) / 110)
            for part in parts {
                guard let part else { return nil }
                table.heads += part
            }
            // In the table's order, or not a table ladder wrote.
            var previous = (group: 0, due: Date.distantPast)
            for h in table.heads {
                let order = h.order
                guard order.group > previous.group || (order.group == previous.group && order.due >= previous.due) else { return nil }
                previous = order
            }
            return table
        }
    }

    /// The bytes of the file at `path`, mapped, to `body`; nil when it cannot be.
    private static func mapped<T>(_ path: String, _ body: (UnsafeBufferPointer<UInt8>) -> T?) -> T? {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG, st.st_size > 0 else { return nil }
        let size = Int(st.st_size)
        guard let map = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), map != MAP_FAILED else { return nil }
        defer { munmap(map, size) }
        return body(UnsafeBufferPointer(start: map.assumingMemoryBound(to: UInt8.self), count: size))
    }

    /// A line as `contents` writes it, read by its fixed layout (a report at 100,000
    /// cases reads 30,000 of them before anything else can start); nil for any other
    /// spelling, which `line` then reads.
    static func quickLine(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, within length: Int) -> Head? {
        var p = start
        func literal(_ text: StaticString) -> Bool {
            let n = text.utf8CodeUnitCount
            guard end - p >= n, memcmp(bytes.baseAddress! + p, text.utf8Start, n) == 0 else { return false }
            p += n
            return true
        }
        func digits() -> Int? {
            var v = 0, count = 0
            while p < end, count < 18, bytes[p] >= 0x30, bytes[p] <= 0x39 { v = v * 10 + Int(bytes[p] - 0x30); p += 1; count += 1 }
            return count > 0 ? v : nil
        }
        guard literal(#"{"name":""#), let quote = bytes.offset(of: 0x22, from: p, to: end),
              bytes.offset(of: 0x5C, from: p, to: quote) == nil,
              let name = ValidUTF8.string(UnsafeBufferPointer(rebasing: bytes[p..<quote])) else { return nil }
        p = quote + 1
        var number: Int?
        if literal(#","number":"#) {
            guard let n = digits() else { return nil }
            number = n
        } else if !literal(#","unreadable":true"#) {
            return nil
        }
        var due: Date?
        if literal(#","due":"#) {
            var r = JSONLineReader(bytes, from: p, to: end)
            guard let d = try? r.date() else { return nil }
            due = d
            p = r.position
        }
        guard literal(#","at":"#), let at = digits(), literal(#","length":"#), let size = digits(), literal("}"), p == end,
              at <= length, size <= length - at else { return nil }
        return Head(name: name, number: number, due: due, line: at..<at + size)
    }

    /// One line of the table, or nil when it is not one.
    private static func line(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, within length: Int) -> Head? {
        var r = JSONLineReader(bytes, from: start, to: end)
        var name: String?, number: Int?, due: Date?, unreadable = false, at: Int?, size: Int?
        do {
            try r.object { r, key in
                if key.is("name") { name = try r.string() }
                else if key.is("number") { number = try r.int() }
                else if key.is("due") { due = try r.date() }
                else if key.is("unreadable") { unreadable = try r.bool() }
                else if key.is("at") { at = try r.int() }
                else if key.is("length") { size = try r.int() }
                else { try r.skip() }
            }
        } catch { return nil }
        guard let name, let at, let size, at >= 0, size >= 0, at <= length, size <= length - at, (number != nil) != unreadable else { return nil }
        return Head(name: name, number: number, due: due, line: at..<at + size)
    }

    /// The lines of the table at `path` for case `number`, found by searching its bytes
    /// for the number rather than reading every line, with the table's coverage; nil
    /// when the table cannot be read.
    static func lines(numbered number: Int, in path: String) -> (coverage: (inode: UInt64, length: Int), heads: [Head])? {
        guard let coverage = coverage(path) else { return nil }
        let needle = Array(#","number":\#(number),"#.utf8)
        return mapped(path) { bytes -> (coverage: (inode: UInt64, length: Int), heads: [Head])? in
            var found: [Head] = []
            var from = 0
            while let hit = bytes.range(of: needle, in: from..<bytes.count) {
                from = hit.upperBound
                let start = (bytes[..<hit.lowerBound].lastIndex(of: 0x0A) ?? -1) + 1
                guard let end = bytes.offset(of: 0x0A, from: hit.upperBound, to: bytes.count),
                      let head = quickLine(bytes, start, end, within: coverage.length) ?? line(bytes, start, end, within: coverage.length)
                else { return nil }
                if head.number == number { found.append(head) }
            }
            return (coverage, found)
        }
    }

    /// The inode and length the table at `path` was made for: its first line only.
    static func coverage(_ path: String) -> (inode: UInt64, length: Int)? {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var head = [UInt8](repeating: 0, count: 512)
        let n = head.withUnsafeMutableBytes { pread(fd, $0.baseAddress!, $0.count, 0) }
        guard n > 0, let nl = head[..<n].firstIndex(of: 0x0A) else { return nil }
        return head.withUnsafeBytes { raw -> (UInt64, Int)? in
            var r = JSONLineReader(raw.bindMemory(to: UInt8.self), from: 0, to: nl)
            var format: Int?, inode: Int?, length: Int?
            do {
                try r.object { r, key in
                    if key.is("heads") { format = try r.int() }
                    else if key.is("inode") { inode = try r.int() }
                    else if key.is("length") { length = try r.int() }
                    else { try r.skip() }
                }
            } catch { return nil }
            guard format == IndexHeads.format, let inode, let length else { return nil }
            return (UInt64(truncatingIfNeeded: inode), length)
        }
    }
}
