import Foundation
import LadderTestSupport
import Testing
@testable import LadderCore

/// `index-summaries.bin`, the packed summaries `report overdue` reads instead of JSON
/// lines: each reads back as its JSON line does, and a file that is stale, torn, or
/// says another line than the table's is never believed (the JSON lines are read).
@Suite struct PackedSummariesTests {
    /// A store of 60 cases with replies due after their last event, its table of
    /// contents and packed summaries made by whole reads; its folder and the instants
    /// at which something is overdue.
    static func world() throws -> (store: Store, instants: [Date]) {
        let store = Store(directory: temporaryDirectory())
        try IndexTests.world(store, count: 60, seed: 11)
        let last = try #require(try store.summaries().summaries.map(\.latest).max())
        for n in 1...60 {
            let at = last.addingTimeInterval(60)
            _ = try? store.update(n) {
                try $0.record(.raise(what: n % 2 == 0 ? "call back" : "返金の可否の回答", owedBy: n % 3 == 0 ? .me : .them,
                                     who: n % 4 == 0 ? "佐藤さん" : nil, due: at.addingTimeInterval(TimeInterval(3600 * (1 + n % 12)))),
                              at: at, now: at)
            }
        }
        _ = try store.summaries()
        FolderTrustTests.waitPastTheMargin()
        _ = try store.summaries()  // vouches safely, and makes the table and the packed summaries
        let all = try store.summaries().summaries
        let latest = try #require(all.map(\.latest).max())
        let dues = all.compactMap { $0.isWatched ? $0.nextReply?.reply.due : nil }.filter { $0 > latest }.sorted()
        return (store, [latest.addingTimeInterval(1)] + dues.map { $0.addingTimeInterval(1) })
    }

    /// The summaries of the records at `places`, as the report reads them
    /// (`PackedSummaries.cases`), each unpacked whole.
    static func read(_ path: String, coverage: (inode: UInt64, length: Int), made: String, heads: [IndexHeads.Head], places: [Int])
        -> [CaseSummary?]? {
        PackedSummaries.cases(path, coverage: coverage, made: made, heads: heads, places: places)?.map { $0?.summary }
    }

    /// What the report reads at each instant, the quick way.
    static func overdue(_ store: Store, _ instants: [Date]) throws -> [[CaseSummary]] {
        try instants.map { try #require(store.overdueFromHeads(at: $0)).cases.map(\.summary) }
    }

    /// What the JSON lines say, with no packed summaries to read.
    static func fromJSON(_ store: Store, _ instants: [Date]) throws -> [[CaseSummary]] {
        let saved = try Data(contentsOf: URL(fileURLWithPath: store.packedPath))
        unlink(store.packedPath)
        defer { try? saved.write(to: URL(fileURLWithPath: store.packedPath)) }
        return try overdue(store, instants)
    }

    /// Every summary of a varied world (Japanese, escapes, emoji, contacts, replies
    /// either way, closed and reopened cases), packed and read back, is its JSON
    /// line's reading: the same values to the bit, the search text aside.
    @Test func aPackedSummaryReadsBackAsItsJSONLine() throws {
        let store = Store(directory: temporaryDirectory())
        defer { try? FileManager.default.removeItem(atPath: store.directory) }
        try IndexTests.world(store, count: 80, seed: 3)
        _ = try store.summaries()
        let index = try #require(StoreIndex.read(store.indexPath))
        var checked = 0
        for named in index.entries {
            guard case let .summary(s?, _) = named.entry else { continue }
            let w = PackedWriter(capacity: 512)
            s.pack(into: w)
            let back = try w.bytes.withUnsafeBytes { raw in
                var r = PackedReader(raw)
                let summary = try CaseSummary(unpacking: &r)
                #expect(r.atEnd)
                return summary
            }
            // The JSON line's reading without its search text.
            var j = JSONLineWriter()
            s.write(to: &j)
            let json = try j.bytes.withUnsafeBufferPointer { b in
                var r = JSONLineReader(b, from: 0, to: b.count)
                return try CaseSummary(reading: &r, search: false)
            }
            #expect(back == json)
            checked += 1
        }
        #expect(checked == 80)
        // A contact that is not the last attempt's copy, and times with milliseconds.
        let phone = DatedContact(at: t("2026-07-10 11:00").addingTimeInterval(0.25),
                                 contact: Contact(channel: .phone, direction: .outgoing, failure: .lineClosed, rung: .executive,
                                                  with: "佐藤さん", desk: "技術窓口", number: "0120-000-000", held: 2416.5, took: 60))
        let failed = DatedContact(at: t("2026-07-12 09:30"), contact: Contact(channel: .phone, direction: .failed, failure: .noAnswer))
        for (reached, attempt) in [(phone, failed), (nil, failed), (phone, phone), (phone, nil)] as [(DatedContact?, DatedContact?)] {
            let s = SummaryCodecTests.summary(reached: reached, attempt: attempt)
            let w = PackedWriter(capacity: 512)
            s.pack(into: w)
            let back = try w.bytes.withUnsafeBytes { raw in
                var r = PackedReader(raw)
                return try CaseSummary(unpacking: &r)
            }
            #expect(back.reached == reached && back.attempt == attempt)
            #expect(back == CaseSummary(id: s.id, number: s.number, details: s.details, startedAt: s.startedAt, status: s.status,
                                        closedAt: s.closedAt, stints: s.stints, openReplies: s.openReplies, reached: s.reached,
                                        attempt: s.attempt, progress: s.progress, latest: s.latest, search: "",
                                        claimedAt: s.claimedAt, formerNumbers: s.formerNumbers))
            // Cut anywhere, it throws rather than reads past its end.
            for cut in stride(from: 0, to: w.bytes.count, by: 7) {
                #expect(throws: PackedReader.Failure.self) {
                    try w.bytes.withUnsafeBytes { raw in
                        var r = PackedReader(raw, from: 0, to: cut)
                        _ = try CaseSummary(unpacking: &r)
                    }
                }
            }
        }
    }

    /// A whole read makes the packed summaries with the table, for every case it lists
    /// with a due time; the report's quick way reads them, and finds what the JSON
    /// lines say at every instant.
    @Test func theReportReadsPackedSummariesAsTheJSONLinesSayThem() throws {
        let (store, instants) = try Self.world()
        defer { try? FileManager.default.removeItem(atPath: store.directory) }
        let header = try #require(PackedSummaries.header(at: store.packedPath))
        let coverage = try #require(IndexHeads.coverage(store.headsPath))
        #expect(header.whole)
        #expect(header.inode == coverage.inode && header.length == coverage.length)
        let table = try #require(IndexHeads.read(store.headsPath))
        #expect(header.count == table.heads.count)
        // Every listed due case has its record, and it is trusted.
        let places = table.heads.indices.filter { table.heads[$0].number != nil && table.heads[$0].due != nil }
        let made = try #require(StoreIndex.read(store.indexPath)?.made)
        #expect(header.made == made && header.choices == PackedSummaries.choices)
        let packed = try #require(Self.read(store.packedPath, coverage: coverage, made: made, heads: table.heads, places: places))
        #expect(packed.allSatisfy { $0 != nil })
        // Read for another index's mark, or by a ladder whose rungs and channels are
        // otherwise, nothing is trusted.
        #expect(Self.read(store.packedPath, coverage: coverage, made: StoreIndex.newMark(), heads: table.heads, places: places) == nil)
        #expect(packed.count == places.count && places.count > 40)
        // A record is for one line of one case: under a table whose heads name other
        // files, or other lines, none is trusted.
        var renamed = table.heads, moved = table.heads
        for i in places { renamed[i].name = table.heads[places[(places.firstIndex(of: i)! + 1) % places.count]].name }
        for i in places { moved[i].line = moved[i].line.lowerBound + 1..<moved[i].line.upperBound }
        for heads in [renamed, moved] {
            let read = try #require(Self.read(store.packedPath, coverage: coverage, made: made, heads: heads, places: places))
            #expect(read.allSatisfy { $0 == nil })
        }

        let quick = try Self.overdue(store, instants)
        #expect(quick == (try Self.fromJSON(store, instants)))
        #expect(quick.contains { $0.count > 10 })
        // Records checked one at a time on each core, and lines read a window each: the same.
        for instant in instants {
            #expect(store.overdueFromHeads(at: instant, window: 1, part: 1)?.cases.map(\.summary)
                    == store.overdueFromHeads(at: instant)?.cases.map(\.summary))
        }
    }

    /// Damaged in any of the ways a file can be (cut short, another file's header, its
    /// offsets or a record's line pointing elsewhere, another case's name, bytes not
    /// ladder's), the packed summaries are not believed where they are wrong: the
    /// report reads the same as from the JSON lines.
    @Test func damagedPackedSummariesAreNotBelieved() throws {
        let (store, instants) = try Self.world()
        defer { try? FileManager.default.removeItem(atPath: store.directory) }
        let expected = try Self.fromJSON(store, instants)
        let good = try [UInt8](Data(contentsOf: URL(fileURLWithPath: store.packedPath)))
        let count = try #require(PackedSummaries.header(at: store.packedPath)).count
        let recordsStart = PackedSummaries.headerSize + (count + 1) * 8
        func offset(_ place: Int) -> Int {
            good.withUnsafeBytes { Int(UInt64(littleEndian: $0.loadUnaligned(fromByteOffset: PackedSummaries.headerSize + place * 8, as: UInt64.self))) }
        }
        let firstRecord = (0..<count).first { offset($0) < offset($0 + 1) }!
        let record = recordsStart + offset(firstRecord)
        var damages: [(String, [UInt8])] = [
            ("cut in the offsets", Array(good[..<(PackedSummaries.headerSize + 12)])),
            ("cut in the records", Array(good[..<(record + 30)])),
            ("cut at the header", Array(good[..<20])),
            ("empty", []),
        ]
        func changed(_ label: String, _ at: Int, _ bytes: [UInt8]) {
            var d = good
            d.replaceSubrange(at..<at + bytes.count, with: bytes)
            damages.append((label, d))
        }
        changed("another format", 8, [9, 0, 0, 0])
        changed("another magic", 0, Array("ldrpackX".utf8))
        changed("another index file", 16, [1, 2, 3, 4])
        changed("another length covered", 24, [0xFF, 0xFF])
        changed("a shorter table", 32, [1, 0, 0, 0, 0, 0, 0, 0])
        changed("an offset past the end", PackedSummaries.headerSize + (firstRecord + 1) * 8, [0xFF, 0xFF, 0xFF, 0x7F])
        changed("offsets backwards", PackedSummaries.headerSize + (firstRecord + 1) * 8, [0, 0, 0, 0, 0, 0, 0, 0])
        changed("a record for another line", record, [0x7F, 0x7F])
        changed("a record for another length", record + 8, [0x7F])
        changed("a record for another case", record + 20, Array("Z".utf8))
        changed("a title longer than its record", record + 16 + 4 + 42 + 8 + 16, [0xFF, 0xFF, 0xFF, 0xFF])
        changed("another index's mark", 40, Array("0123456789abcdef".utf8))
        changed("other choices", 56, [1, 2, 3])
        // Two records out of order: each where the file holds bytes, the first after the second.
        let total = good.count - recordsStart
        let secondRecord = (firstRecord + 2..<count).first { offset($0) < offset($0 + 1) }!
        var reversed = good
        for (place, value) in [(firstRecord, total - 10), (firstRecord + 1, total)] {
            withUnsafeBytes(of: UInt64(value).littleEndian) { reversed.replaceSubrange(PackedSummaries.headerSize + place * 8..<PackedSummaries.headerSize + place * 8 + 8, with: $0) }
        }
        damages.append(("records out of order", reversed))
        // Packed by a ladder whose rungs, channels or the rest were in another order:
        // refused as a whole, though every record names its line.
        var otherChoices = good
        otherChoices[56] ^= 0xFF
        try Data(otherChoices).write(to: URL(fileURLWithPath: store.packedPath))
        #expect(Self.read(store.packedPath, coverage: try #require(IndexHeads.coverage(store.headsPath)),
                                     made: try #require(StoreIndex.read(store.indexPath)?.made),
                                     heads: try #require(IndexHeads.read(store.headsPath)).heads, places: [firstRecord]) == nil)
        try Data(good).write(to: URL(fileURLWithPath: store.packedPath))
        #expect(Self.read(store.packedPath, coverage: try #require(IndexHeads.coverage(store.headsPath)),
                                     made: try #require(StoreIndex.read(store.indexPath)?.made),
                                     heads: try #require(IndexHeads.read(store.headsPath)).heads, places: [firstRecord])?.first??.number != nil)
        // Read directly, the two records: refused, not read backwards.
        try Data(reversed).write(to: URL(fileURLWithPath: store.packedPath))
        let coverage = try #require(IndexHeads.coverage(store.headsPath))
        let table = try #require(IndexHeads.read(store.headsPath))
        let made = try #require(StoreIndex.read(store.indexPath)?.made)
        #expect(Self.read(store.packedPath, coverage: coverage, made: made, heads: table.heads, places: [firstRecord, secondRecord]) == nil)
        for (label, bytes) in damages {
            try Data(bytes).write(to: URL(fileURLWithPath: store.packedPath))
            #expect(try Self.overdue(store, instants) == expected, "\(label)")
        }
        // Bytes anywhere replaced by others: never a crash, and the header and every
        // record's line and name still checked (what a record says of its case is
        // trusted as the JSON line's text is).
        var dice = Dice(state: 5)
        for _ in 0..<200 {
            var d = good
            let at = dice.next(d.count)
            d[at] = UInt8(dice.next(256))
            try Data(d).write(to: URL(fileURLWithPath: store.packedPath))
            for instant in instants.prefix(3) { _ = store.overdueFromHeads(at: instant) }
        }
    }

    /// The first report after the table is made finds only what is overdue decoded:
    /// its packed summaries are those, not whole, and the report reads the rest from
    /// JSON. The next read of every case makes them whole, once; reads after keep them.
    @Test func packedSummariesMadeInPartAreMadeWholeByTheNextWholeRead() throws {
        let (store, instants) = try Self.world()
        defer { try? FileManager.default.removeItem(atPath: store.directory) }
        let expected = try Self.fromJSON(store, instants)
        unlink(store.headsPath)
        unlink(store.packedPath)
        // Read as the report reads when there is no table: only what is overdue then.
        _ = try store.overdueCases(at: instants[0])
        let part = try #require(PackedSummaries.header(at: store.packedPath))
        #expect(!part.whole)
        #expect(try Self.overdue(store, instants) == expected)
        _ = try store.summaries()
        let made = try #require(FileStamp.of(store.packedPath))
        #expect(try #require(PackedSummaries.header(at: store.packedPath)).whole)
        #expect(try Self.overdue(store, instants) == expected)
        _ = try store.summaries()
        #expect(FileStamp.of(store.packedPath) == made, "whole packed summaries are kept")
    }

    /// Made for another index (a read wrote it whole since, under a new inode), they
    /// are not read; the next whole read makes them again with the table.
    @Test func packedSummariesOfAnotherIndexAreNotRead() throws {
        let (store, instants) = try Self.world()
        defer { try? FileManager.default.removeItem(atPath: store.directory) }
        let old = try [UInt8](Data(contentsOf: URL(fileURLWithPath: store.packedPath)))
        // The index made again from the case files.
        unlink(store.indexPath)
        _ = try store.summaries()
        FolderTrustTests.waitPastTheMargin()
        _ = try store.summaries()
        let expected = try Self.fromJSON(store, instants)
        #expect(PackedSummaries.header(at: store.packedPath)?.inode == IndexHeads.coverage(store.headsPath)?.inode)
        try Data(old).write(to: URL(fileURLWithPath: store.packedPath))
        #expect(try Self.overdue(store, instants) == expected)
        let coverage = try #require(IndexHeads.coverage(store.headsPath))
        let table = try #require(IndexHeads.read(store.headsPath))
        let made = try #require(StoreIndex.read(store.indexPath)?.made)
        #expect(Self.read(store.packedPath, coverage: coverage, made: made, heads: table.heads, places: [0]) == nil)
    }

    /// The index made again under the same inode and length (a file system gives a
    /// freed inode to the next file; here the file is rewritten in place): its header
    /// has a new mark, and the packed summaries of the old one are not read, though
    /// they name its lines and files exactly.
    @Test func packedSummariesOfAnIndexMadeAgainUnderItsInodeAreNotRead() throws {
        let (store, instants) = try Self.world()
        defer { try? FileManager.default.removeItem(atPath: store.directory) }
        var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: store.indexPath)))
        let old = try #require(bytes.withUnsafeBufferPointer { StoreIndex.mark($0) })
        let headerEnd = try #require(bytes.firstIndex(of: 0x0A))
        let header = String(decoding: bytes[..<headerEnd], as: UTF8.self)
        let fresh = StoreIndex.newMark()
        bytes.replaceSubrange(..<headerEnd, with: Array(header.replacingOccurrences(of: old, with: fresh).utf8))
        // One overdue case's title says otherwise in the index made again.
        let overdue = try #require(try Self.overdue(store, instants).last?.first { $0.details.title == IndexTests.titles[0] })
        // Its last line's title (other cases have the same title, and it has older lines).
        let title = Array(#""id":""#.utf8) + Array(overdue.id.uuidString.utf8) + Array(#"","title":""#.utf8) + Array(overdue.details.title.utf8)
        let at = try #require((0...(bytes.count - title.count)).last { bytes[$0..<$0 + title.count].elementsEqual(title) })
        let changed = at + title.count - overdue.details.title.utf8.count
        bytes[changed] = bytes[changed] == 0x58 ? 0x59 : 0x58
        let inode = FileStamp.of(store.indexPath)?.inode
        let fd = open(store.indexPath, O_WRONLY)
        #expect(fd >= 0)
        _ = bytes.withUnsafeBytes { pwrite(fd, $0.baseAddress!, $0.count, 0) }
        close(fd)
        #expect(FileStamp.of(store.indexPath)?.inode == inode)
        let quick = try Self.overdue(store, instants)
        #expect(quick == (try Self.fromJSON(store, instants)))
        #expect(quick.last?.contains { $0.id == overdue.id && $0.details.title != overdue.details.title } == true)
    }

    /// A case whose file is gone since the table was made has a later line, which the
    /// report reads: its packed summary is not wanted, and the packed summaries are
    /// made whole once, not again at every read.
    @Test func aCaseGoneSinceTheTableIsNotRepackedAtEveryRead() throws {
        let (store, instants) = try Self.world()
        defer { try? FileManager.default.removeItem(atPath: store.directory) }
        let due = try #require(try store.summaries().summaries.first { $0.nextReply != nil })
        unlink(store.path(of: due.number))
        _ = try store.summaries()  // the index says it is gone, after the table
        FolderTrustTests.waitPastTheMargin()
        _ = try store.summaries()
        // Packed again for the table there, with the case gone from the index.
        unlink(store.packedPath)
        _ = try store.summaries()
        let made = try #require(FileStamp.of(store.packedPath))
        #expect(try #require(PackedSummaries.header(at: store.packedPath)).whole)
        for _ in 0..<3 { _ = try store.summaries() }
        #expect(FileStamp.of(store.packedPath) == made, "made once")
        let expected = try Self.fromJSON(store, instants)
        #expect(!expected.joined().contains { $0.id == due.id })
        #expect(try Self.overdue(store, instants) == expected)
    }
}
