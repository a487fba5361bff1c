import Foundation
import LadderTestSupport
import Testing
@testable import LadderCore

/// The store's index: kept by every write, made again from the case files when
/// missing or damaged, and always saying what decoding every timeline would say.
@Suite struct IndexTests {

    static let titles = ["Mail from two handsets bounces", "迷惑メール判定の誤り", "Quote \" and back\\slash",
                         "Two\nlines\tand a tab", "Escape \u{1B}[31m red", "Emoji 👨‍👩‍👧 and ❤️", "二重請求の返金がない"]
    static let orgs = ["Example Mobile", "シールドソフト", "Northwind Power", "Acme \"Bank\""]

    /// `count` cases written through the store as the commands would, each with a
    /// mix of contacts, escalations, replies raised and cleared, edits, closing and
    /// reopening, from 2026-06-01 onwards.
    static func world(_ store: Store, count: Int, seed: UInt64 = 7) throws {
        var dice = Dice(state: seed)
        for i in 0..<count {
            var at = t("2026-06-01 09:00").addingTimeInterval(TimeInterval(i * 3700))
            let file = try store.create { n in
                try CaseFile.open(number: n, details: CaseDetails(title: dice.pick(titles), organisation: dice.pick(orgs),
                                                                  product: dice.next(3) == 0 ? "Router X" : nil,
                                                                  references: ["C-\(n)"], tags: dice.next(2) == 0 ? ["mail"] : []),
                                  rung: dice.pick([.shop, .callCentre]), note: "opened \(n)", at: at, now: at)
            }
            for _ in 0..<dice.next(12) {
                at = at.addingTimeInterval(TimeInterval(1800 + dice.next(200_000)))
                let action: CaseAction
                switch dice.next(9) {
                case 0, 1:
                    action = .log(Contact(channel: dice.pick(Channel.allCases), direction: dice.pick(ContactDirection.allCases),
                                          with: dice.next(2) == 0 ? "operator \"Sato\"" : nil, held: TimeInterval(dice.next(3000)),
                                          note: dice.pick(["explained again", "折り返し電話を約束", "line\nbreak"])))
                case 2: action = .escalate(to: nil, reason: "no reply in time")
                case 3, 4: action = .raise(what: dice.pick(["call back", "正しい顧客番号の再送"]), owedBy: dice.pick([.them, .them, .me]),
                                           who: dice.next(2) == 0 ? "Tanaka" : nil, due: at.addingTimeInterval(TimeInterval(3600 * (1 + dice.next(100)))))
                case 5: action = .clear(item: nil, broken: dice.next(3) == 0, note: nil)
                case 6: action = .note("a note")
                case 7: action = dice.next(2) == 0 ? .close(dice.pick(Resolution.allCases), note: nil) : .reopen(reason: "it came back")
                default: action = .edit(CaseEdit(title: dice.pick(titles)))
                }
                // Actions the case refuses (clearing with nothing open, reopening an open
                // case) are skipped, as the command line would refuse them.
                _ = try? store.update(file.number) { try $0.record(action, at: at, now: at) }
            }
        }
    }

    /// Every entry of the index on disk, by case file name.
    static func entries(_ store: Store) throws -> [String: StoreIndex.Entry] {
        try #require(StoreIndex.read(store.indexPath)).table
    }

    /// A copy of case `from` made by hand as a case of its own numbered `number`, as a
    /// sync brings in a case made on another machine. Its path.
    @discardableResult
    static func madeByHand(_ store: Store, from: Int, number: Int) throws -> (path: String, id: UUID) {
        var made = try store.load(from)
        made.id = UUID()
        made.number = number
        made.claims = []
        made.stored = StoredLines()
        let path = StoreFiles.newPath(store.directory, id: made.id)
        try CaseLines.encode(&made).write(to: URL(fileURLWithPath: path))
        return (path, made.id)
    }

    /// The name of case `number`'s file.
    static func name(_ store: Store, _ number: Int) -> String {
        (store.path(of: number) as NSString).lastPathComponent
    }

    @Test func theIndexKeptByWritesEqualsTheIndexMadeAgain() throws {
        let dir = temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let store = Store(directory: dir)
        try Self.world(store, count: 5)
        // The first read makes the index; every write after it appends to it.
        _ = try store.summaries()
        try Self.world(store, count: 40, seed: 11)
        let maintained = try Self.entries(store)
        #expect(maintained.count == 45)
        #expect(try #require(StoreIndex.read(store.indexPath)).lines > 45, "writes appended lines")

        try FileManager.default.removeItem(atPath: store.indexPath)
        let read = try store.summaries(search: true)
        let rebuilt = try Self.entries(store)
        #expect(rebuilt == maintained)
        // And both equal the summaries of the decoded files.
        for s in read.summaries { #expect(s == CaseState(try store.load(s.number)).summary) }
        #expect(read.summaries.map(\.number) == Array(1...45))
    }

    /// A copy or a clone gives every case file a new inode and new times: the first read
    /// after it (here an overdue report, which reads the index in part) writes the index
    /// again from its own lines with the new stamps, and from the file only where the
    /// content changed. The result is the index made from nothing, and the next read
    /// finds nothing to write.
    @Test func aCopiedStoresIndexIsKeptLineByLineWithItsNewStamps() throws {
        let dir = temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let store = Store(directory: dir + "/laptop")
        try Self.world(store, count: 60, seed: 3)
        _ = try store.summaries(search: true)
        try FileManager.default.copyItem(atPath: store.directory, toPath: dir + "/server")
        let copy = Store(directory: dir + "/server")
        // Half the files with new times too (as `cp -r` gives them), half with the old.
        for (i, name) in StoreFiles.caseFiles(copy.directory).enumerated() where i % 2 == 0 {
            #expect(utimensat(AT_FDCWD, copy.path(ofName: name), nil, 0) == 0)
        }
        // Two cases changed after the copy, their files brought over as a sync tool would.
        for n in [5, 17] {
            try store.update(n) { try $0.record(.note("after the copy"), at: t("2026-12-01 09:00"), now: t("2026-12-01 09:00")) }
            let name = PathText.name(store.path(of: n))
            let temp = copy.casesDirectory + "/.incoming"
            try FileManager.default.copyItem(atPath: store.path(ofName: name), toPath: temp)
            #expect(rename(temp, copy.path(ofName: name)) == 0)
        }
        let lines = try #require(StoreIndex.read(copy.indexPath)).lines
        _ = try copy.overdueCases(at: t("2026-09-01 09:00"))
        let kept = try Self.entries(copy)
        #expect(try #require(StoreIndex.read(copy.indexPath)).lines == 60, "one line a case, from \(lines)")
        let written = try Data(contentsOf: URL(fileURLWithPath: copy.indexPath))
        _ = try copy.summaries(search: true)
        #expect(try Data(contentsOf: URL(fileURLWithPath: copy.indexPath)) == written, "a second read rewrote the index")

        try FileManager.default.removeItem(atPath: copy.indexPath)
        _ = try copy.summaries(search: true)
        let rebuilt = try Self.entries(copy)
        #expect(kept == rebuilt)
        for (name, entry) in rebuilt where kept[name] != entry {
            Issue.record("\(name): kept \(String(describing: kept[name]).prefix(300)) made \(String(describing: entry).prefix(300))")
        }
        for n in [5, 17] {
            let s = try #require(try copy.summaries(search: true).summaries.first { $0.number == n })
            #expect(s == CaseState(try copy.load(n)).summary)
            #expect(s.latest == t("2026-12-01 09:00"))
        }
    }

    @Test func aSummaryAnswersAsTheTimelineDoesAtAnyInstant() throws {
        let dir = temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let store = Store(directory: dir)
        try Self.world(store, count: 60, seed: 3)
        let summaries = try store.summaries(search: true).summaries
        let states = try store.loadAll().cases.map(CaseState.init)
        let config = Config(userZone: tokyo)
        for instant in [t("2026-06-03 12:00"), t("2026-07-01 09:00"), t("2026-09-30 18:00")] {
            for (s, c) in zip(summaries, states) {
                #expect(s.timers(at: instant) == c.timers(at: instant))
                #expect(s.overdueReplies(at: instant) == c.overdueReplies(at: instant))
                #expect(s.lastProgress(at: instant) == c.lastProgress(at: instant))
                #expect(s.timePerRung(at: instant).map(\.seconds) == c.timePerRung(at: instant).map(\.seconds))
                let clocks = config.clocks(for: c.details.organisation)
                #expect(s.climbAdvice(at: instant, clocks: clocks, organisation: nil)
                        == c.climbAdvice(at: instant, clocks: clocks, organisation: nil))
                #expect(s.attemptSinceContact?.at == c.attemptSinceContact?.at)
            }
            #expect(Urgency.sorted(summaries, at: instant).map(\.number) == Urgency.sorted(states, at: instant).map(\.number))
        }
        // The reports read from the index print what they print from the timelines,
        // including as of an instant before some cases' last events.
        let files = try store.loadAll().cases
        for instant in [t("2026-06-20 12:00"), t("2026-09-30 18:00")] {
            let fromIndex = ReportInput(summaries: try store.overdueCases(at: instant).cases.map(\.summary), config: config,
                                        asOf: instant, reload: { try? store.load($0) })
            let fromFiles = ReportInput(files: files, config: config, asOf: instant)
            #expect(OverdueReport(fromIndex).document.render(.text) == OverdueReport(fromFiles).document.render(.text))
            #expect(OverdueReport(fromFiles).count > 0)
            let all = ReportInput(summaries: summaries, config: config, asOf: instant, reload: { try? store.load($0) })
            #expect(DueReport(all, within: 7 * 86_400).document.render(.text) == DueReport(fromFiles, within: 7 * 86_400).document.render(.text))
            #expect(StaleReport(all, days: 3).document.render(.text) == StaleReport(fromFiles, days: 3).document.render(.text))
        }
    }

    @Test func aLineReadsBackAsWritten() throws {
        let zone = TimeZone(identifier: "UTC")!
        let contact = Contact(channel: .phone, direction: .failed, failure: .noAnswer, rung: .executive, with: "desk \\ \"7\"",
                              held: 90.5, took: nil)
        let summary = CaseSummary(
            id: UUID(), number: 12,
            details: CaseDetails(title: "Tab\there, \u{1B}[2J, 改行\nand 👨‍👩‍👧 \u{7F}", organisation: "シールドソフト",
                                 product: nil, references: ["A/1", ""], tags: ["緊急"]),
            startedAt: Date(timeIntervalSince1970: 1_780_000_000.25), status: .open, closedAt: nil,
            stints: [RungStint(rung: .shop, from: Date(timeIntervalSince1970: 1_780_000_000), until: Date(timeIntervalSince1970: 1_780_100_000)),
                     RungStint(rung: .executive, from: Date(timeIntervalSince1970: 1_780_100_000), until: nil)],
            openReplies: [ReplyState(reply: PendingReply(what: "root cause", owedBy: .them, who: nil,
                                                         due: TimeText.parseISO("2026-07-20T09:00:00", zone: zone)!),
                                     item: 3, raisedAt: Date(timeIntervalSince1970: 1_780_100_000), rung: .executive)],
            reached: nil, attempt: DatedContact(at: Date(timeIntervalSince1970: 1_780_200_000), contact: contact),
            progress: [Date(timeIntervalSince1970: 1_780_150_000)], latest: Date(timeIntervalSince1970: 1_780_200_000),
            search: "all \"the\" words", claimedAt: Date(timeIntervalSince1970: 1_779_000_000), formerNumbers: [3, 7])
        let stamp = FileStamp(modified: 1, size: 2, inode: 3, changed: 4)
        let name = CaseLines.fileName(summary.id)
        let text = StoreIndex.header.utf8 + StoreIndex.line(.summary(summary, stamp), name: name, folder: nil, top: 40)
        let dir = temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/index.jsonl"
        try Data(text).write(to: URL(fileURLWithPath: path))
        let index = try #require(StoreIndex.read(path))
        #expect(index.entry(name) == .summary(summary, stamp) && index.entry(CaseLines.fileName(UUID())) == nil && index.entry("12.json") == nil)
        // Its head says what numbering needs, even for a reading that passes over the case.
        let claim = try #require(index.entries.first?.claim)
        #expect(claim.id == summary.id && claim.number == 12 && claim.claimedAt == summary.claimedAt && claim.former == [3, 7])
        let passed = try #require(StoreIndex.read(path, StoreIndex.Reading(search: false, include: { _ in false })))
        #expect(passed.entries.first?.claim?.number == 12 && passed.entries.first?.claim?.former == [3, 7])
        #expect(index.top == 40 && index.folder == nil)
        // The line is one line of JSON that other tools read too.
        let line = try #require(String(decoding: text, as: UTF8.self).split(separator: "\n").last)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        #expect((object["case"] as? [String: Any])?["title"] as? String == summary.details.title)
        #expect(object["name"] as? String == name && object["number"] as? Int == 12)
    }

    @Test func escapesOtherProgramsWriteAreRead() throws {
        let json = #"{"s":"\u00e9\ud83d\ude00\/\b\f\r","n":-12}"#
        let bytes = Array(json.utf8)
        var s = "", n = 0
        try bytes.withUnsafeBufferPointer { b in
            var r = JSONLineReader(b, from: 0, to: b.count)
            try r.object { r, key in
                if key.is("s") { s = try r.string() } else { n = try r.int() }
            }
        }
        #expect(s == "é😀/\u{8}\u{C}\r")
        #expect(n == -12)
    }

    @Test func changesMadeBehindLaddersBackAreSeen() throws {
        let dir = temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let store = Store(directory: dir)
        try Self.world(store, count: 6)
        _ = try store.summaries()

        // Edited in place by hand (same inode, so only the stamp's times and size say so).
        let path = store.path(of: 2)
        #expect(path.hasSuffix(".jsonl"))
        var text = try String(contentsOfFile: path, encoding: .utf8)
        let title = try #require(CaseState(try store.load(2)).details.title)
        let encoded = String(data: try JSONEncoder().encode(title), encoding: .utf8)!
        #expect(text.contains("\"title\":\(encoded)"))
        text = text.replacingOccurrences(of: "\"title\":\(encoded)", with: "\"title\":\"Renamed by hand\"")
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: 0)
        try handle.write(contentsOf: Data(text.utf8))
        try handle.close()
        // Removed, added by hand (as a sync brings a case made on another machine), and damaged.
        let removed = Self.name(store, 3)
        try FileManager.default.removeItem(atPath: store.path(of: 3))
        let made = try Self.madeByHand(store, from: 1, number: 9)
        let damaged = StoreFiles.newPath(dir)
        try Data("{\"case\":\"\(made.id.uuidString)\",\"format\":3}\n{ \"clock\": 1, ".utf8).write(to: URL(fileURLWithPath: damaged))
        // An older ladder's file under the wrong number: damaged, and holding its number.
        let wrong = store.casesDirectory + "/12.json"
        try StoreFiles.olderText(try store.load(1)).write(to: URL(fileURLWithPath: wrong))

        let read = try store.summaries(search: true)
        #expect(read.summaries.first { $0.number == 2 }?.details.title == "Renamed by hand")
        #expect(!read.summaries.contains { $0.number == 3 })
        #expect(read.summaries.first { $0.number == 9 }?.id == made.id)
        #expect(read.summaries.map(\.number) == [1, 2, 4, 5, 6, 9])
        #expect(read.problems.map(\.path) == [damaged, wrong].sorted())
        #expect(read.problems.first { $0.path == wrong }?.reason.contains("it says it is case 1") == true)
        // What was learnt was written back: the next read decodes nothing and agrees.
        let again = try store.summaries(search: true)
        #expect(again.summaries == read.summaries && again.problems == read.problems)
        let entries = try Self.entries(store)
        #expect(entries[removed] == nil)
        if case .unreadable = entries[(damaged as NSString).lastPathComponent] {} else { Issue.record("the damaged file is remembered as unreadable") }
        if case .unreadable = entries["12.json"] {} else { Issue.record("the older damaged file is remembered as unreadable") }
        // A new case takes the number after the highest file, damaged ones included.
        let added = try store.create { n in try CaseFile.open(number: n, details: CaseDetails(title: "T", organisation: "O"),
                                                               rung: .shop, note: nil, at: t("2026-07-01 09:00"), now: t("2026-07-01 09:00")) }
        #expect(added.number == 13)
        // The write converted nothing: the older file is damaged, and left as it was.
        #expect(FileManager.default.fileExists(atPath: wrong))
    }

    @Test func aDamagedOrForeignIndexIsMadeAgain() throws {
        let dir = temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let store = Store(directory: dir)
        try Self.world(store, count: 8)
        let good = try store.summaries(search: true)
        let kept = try Self.entries(store)
        for damage in ["garbage\n", "{\"index\":99}\n", "", "{\"index\":1}\n{\"case\":{\"number\":1}}\n",
                       "{\"index\":3,\"note\":\"derived\"}\n{\"number\":1,\"open\":true}\n"] {
            try Data(damage.utf8).write(to: URL(fileURLWithPath: store.indexPath))
            #expect(try store.summaries(search: true).summaries == good.summaries, "index: \(damage)")
            #expect(try Self.entries(store) == kept)
        }
        // A write whose line was torn by a crash: the torn end is passed over, the case
        // file is read instead, and the index is written whole again.
        var torn = try Data(contentsOf: URL(fileURLWithPath: store.indexPath))
        try store.update(4) { try $0.record(.note("after the tear"), at: t("2026-09-01 09:00"), now: t("2026-09-01 09:00")) }
        torn.append(Data(#"{"number":4,"open":tr"#.utf8))
        try torn.write(to: URL(fileURLWithPath: store.indexPath))
        let after = try store.summaries(search: true)
        #expect(after.summaries.first { $0.number == 4 } == CaseState(try store.load(4)).summary)
        #expect(try Data(contentsOf: URL(fileURLWithPath: store.indexPath)).last == 0x0A)
        #expect(try Self.entries(store)[Self.name(store, 4)] == .summary(CaseState(try store.load(4)).summary, FileStamp.of(store.path(of: 4))!))
    }

    @Test func numbersKeepGrowingWithoutListingTheFolder() throws {
        let dir = temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let store = Store(directory: dir)
        try Self.world(store, count: 3)
        _ = try store.summaries()
        // The top case is removed: its number is not given again.
        try FileManager.default.removeItem(atPath: store.path(of: 3))
        _ = try store.summaries()
        let open = { (n: Int) in try CaseFile.open(number: n, details: CaseDetails(title: "T", organisation: "O"), rung: .shop,
                                                  note: nil, at: t("2026-07-01 09:00"), now: t("2026-07-01 09:00")) }
        #expect(try store.create(open).number == 4)
        #expect(try store.create(open).number == 5)
        // Behind the index's back, a case 7: the next number is 8.
        try Self.madeByHand(store, from: 5, number: 7)
        #expect(try store.create(open).number == 8)
        #expect(StoreIndex.tail(store.indexPath)?.top == 8)
    }

    @Test func theOverdueReadLeavesOutOnlyWhatCannotBeOverdue() throws {
        let dir = temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let store = Store(directory: dir)
        try Self.world(store, count: 50, seed: 5)
        _ = try store.summaries()
        let instant = t("2026-09-01 09:00")
        let all = try store.summaries().summaries
        let some = try store.overdueCases(at: instant).cases.map(\.summary)
        #expect(some.count < all.count)
        let overdue = all.filter { $0.isOpen && !$0.overdueReplies(at: instant).isEmpty }.map(\.number)
        #expect(Set(overdue).isSubset(of: Set(some.map(\.number))))
        #expect(!overdue.isEmpty)
        // Reading in part never spoils the index for a whole read.
        #expect(try store.summaries(search: true).summaries == all.map { CaseState(try store.load($0.number)).summary })
    }

    /// A whole index is made on every core, a stretch at a time, each written as it is
    /// made (after a copy or a clone): it is the header and each entry's line in name
    /// order, the folder on the last line only, whatever the number of parts and
    /// stretches, and it reads back as the entries.
    @Test(arguments: [1, 300, 1_200, 4_500]) func aWholeIndexMadeInPartsIsTheLinesInNameOrder(count: Int) throws {
        let dir = temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let store = Store(directory: dir)
        try Self.world(store, count: 10, seed: 17)
        _ = try store.summaries(search: true)
        let known = Array(try Self.entries(store).values)
        let folder = FileStamp(modified: 5, size: 6, inode: 7, changed: 8)
        var dice = Dice(state: 5)
        var entries: [String: StoreIndex.Entry] = [:]
        for i in 0..<count {
            let name = String(format: "%08X-%d.jsonl", dice.next(1 << 30), i)
            entries[name] = dice.next(8) == 0 ? .unreadable(reason: "r\(i)", hint: "h", folder) : known[dice.next(known.count)]
        }
        var expected = Array(StoreIndex.header.utf8)
        let names = entries.keys.sorted()
        for (i, n) in names.enumerated() {
            expected += StoreIndex.line(entries[n], name: n, folder: i == names.count - 1 ? folder : nil, top: 77)
        }
        var made: [UInt8] = []
        var writes = 0
        try StoreIndex.writeContents(entries, folder: folder, top: 77) { made += $0; writes += 1 }
        // The header, then one write per part of each stretch of 1,024 lines.
        #expect(writes > count / 1_024 + 1)
        // After the header, whose mark is new with each whole write.
        func body(_ bytes: [UInt8]) -> ArraySlice<UInt8> { bytes[(bytes.firstIndex(of: 0x0A)! + 1)...] }
        func mark(_ bytes: [UInt8]) -> String? { bytes.withUnsafeBufferPointer { StoreIndex.mark($0) } }
        #expect(body(made) == body(expected))
        let again = Array(StoreIndex.contents(entries, folder: folder, top: 77))
        #expect(body(again) == body(expected))
        #expect(mark(made)?.count == 16 && mark(again)?.count == 16)
        #expect(mark(made) != mark(again), "each whole write has its own mark")
        try FileSystem.writeAtomically(to: store.indexPath, durable: false) { write in
            try StoreIndex.writeContents(entries, folder: folder, top: 77, to: write)
        }
        let index = try #require(StoreIndex.read(store.indexPath))
        #expect(index.table == entries && index.folder == folder && index.top == 77 && index.lines == count)
    }

    /// A whole index whose writing fails part way (a full disk) leaves the index that
    /// was there as it was, and no temporary file: nothing more is written after the
    /// failure.
    @Test(arguments: [1, 2, 4]) func aWholeIndexThatCannotBeWrittenLeavesTheOldOne(failingAt: Int) throws {
        let dir = temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let store = Store(directory: dir)
        try Self.world(store, count: 10, seed: 5)
        _ = try store.summaries(search: true)
        let before = try Data(contentsOf: URL(fileURLWithPath: store.indexPath))
        let known = Array(try Self.entries(store).values)
        var entries: [String: StoreIndex.Entry] = [:]
        for i in 0..<3_000 { entries[String(format: "%08d.jsonl", i)] = known[i % known.count] }
        struct Full: Error {}
        var calls = 0
        #expect(throws: Full.self) {
            try FileSystem.writeAtomically(to: store.indexPath, durable: false) { write in
                try StoreIndex.writeContents(entries, folder: nil, top: 1) { bytes in
                    calls += 1
                    if calls == failingAt { throw Full() }
                    try write(bytes)
                }
            }
        }
        #expect(calls == failingAt, "nothing is written after the failure")
        #expect(try Data(contentsOf: URL(fileURLWithPath: store.indexPath)) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir + "/.tmp").isEmpty)
    }

    /// Compacting after a copy refuses a file that is not an index of this format (and
    /// one whose summary line has lost its case), leaving it as it was, so that the
    /// reader writes the index the slow way; a good one is compacted to what the slow way
    /// writes.
    @Test func compactingRefusesWhatIsNotThisIndex() throws {
        let dir = temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let store = Store(directory: dir)
        try Self.world(store, count: 12, seed: 3)
        _ = try store.summaries(search: true)
        let entries = try Self.entries(store)
        let good = try Data(contentsOf: URL(fileURLWithPath: store.indexPath))
        func body(_ data: Data) -> [String] { Array(String(decoding: data, as: UTF8.self).split(separator: "\n").dropFirst().map(String.init)) }

        #expect(StoreIndex.writeCompacted(store.indexPath, entries: entries, folder: nil, top: 12))
        let compacted = try Data(contentsOf: URL(fileURLWithPath: store.indexPath))
        #expect(body(compacted) == body(StoreIndex.contents(entries, folder: nil, top: 12)))

        for foreign in [Data("{\"index\":1}\n{\"number\":1}\n".utf8),
                        Data(String(decoding: good, as: UTF8.self).replacingOccurrences(of: ",\"case\":", with: ",\"kase\":").utf8)] {
            try foreign.write(to: URL(fileURLWithPath: store.indexPath))
            #expect(!StoreIndex.writeCompacted(store.indexPath, entries: entries, folder: nil, top: 12))
            #expect(try Data(contentsOf: URL(fileURLWithPath: store.indexPath)) == foreign)
            #expect(try FileManager.default.contentsOfDirectory(atPath: dir + "/.tmp").isEmpty)
        }
    }

    /// A large index is read in parts at once; whatever the parts, the result is what
    /// reading its lines one after another gives: later lines win, `gone` lines remove,
    /// the last line speaks for the folder, the top number is the highest.
    @Test func anIndexReadInPartsEqualsOneReadLineByLine() throws {
        let dir = temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let store = Store(directory: dir)
        try Self.world(store, count: 20, seed: 13)
        _ = try store.summaries(search: true)
        let known = try Self.entries(store)
        let stamp = FileStamp(modified: 1, size: 2, inode: 3, changed: 4)

        var dice = Dice(state: 99)
        var text = StoreIndex.header
        var expected: [String: StoreIndex.Entry] = [:]
        var folder: FileStamp?, top = 0
        let names = known.keys.sorted()
        #expect(names.count == 20)
        for i in 0..<600 {
            let n = names[dice.next(20)]
            let lineFolder = dice.next(3) == 0 ? stamp : nil
            let lineTop = dice.next(1000)
            let entry: StoreIndex.Entry? = dice.next(4) == 0 ? nil
                : dice.next(10) == 0 ? .unreadable(reason: "line \(i)", hint: "h", stamp) : known[n]!
            text += String(decoding: StoreIndex.line(entry, name: n, folder: lineFolder, top: lineTop), as: UTF8.self)
            expected[n] = entry
            folder = lineFolder
            top = max(top, lineTop)
        }
        for torn in ["", #"{"number":4,"open":tr"#] {
            try Data((text + torn).utf8).write(to: URL(fileURLWithPath: store.indexPath))
            for parts in [1, 2, 3, 4, 7, 64] {
                let index = try #require(StoreIndex.read(store.indexPath, parts: parts), "\(parts) parts")
                #expect(index.table == expected, "\(parts) parts")
                #expect(index.entries.map(\.name) == expected.keys.sorted(), "in name order, \(parts) parts")
                #expect(index.folder == folder && index.top == top && index.lines == 600, "\(parts) parts")
                #expect(index.tornEnd == !torn.isEmpty, "\(parts) parts")
            }
        }
        // A damaged line in any part spoils the whole read.
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines[450] = "{\"number\":"
        try Data(lines.joined(separator: "\n").utf8).write(to: URL(fileURLWithPath: store.indexPath))
        for parts in [1, 2, 3] { #expect(StoreIndex.read(store.indexPath, parts: parts) == nil) }
    }

    /// The front end's first frame: the index as it stands, files unread, equal to a
    /// full read when nothing changed behind ladder's back.
    @Test func theIndexedSnapshotIsTheIndexAsItStands() throws {
        let dir = temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let store = Store(directory: dir)
        try Self.world(store, count: 12, seed: 21)
        let damaged = StoreFiles.newPath(dir)
        try Data("{ not json".utf8).write(to: URL(fileURLWithPath: damaged))
        let full = try store.snapshot()
        let quick = try store.indexedSnapshot()
        #expect(quick.summaries == full.summaries && quick.problems == full.problems && quick.stamps == full.stamps)
        #expect(quick.problems.map(\.path) == [damaged])
        #expect(quick.stamps.count == 13 && quick.stamps[(damaged as NSString).lastPathComponent] == FileStamp.of(damaged))
        // A change behind ladder's back is not looked for (the front end's first sweep
        // finds it), but a full read sees it.
        try FileManager.default.removeItem(atPath: store.path(of: 2))
        #expect(try store.indexedSnapshot().summaries.contains { $0.number == 2 })
        #expect(try !store.snapshot().summaries.contains { $0.number == 2 })
        // Without an index, it reads the files.
        try FileManager.default.removeItem(atPath: store.indexPath)
        #expect(try store.indexedSnapshot().summaries == (try store.snapshot().summaries))
    }
}

