import Foundation
import LadderTestSupport
import Testing
@testable import LadderCore

/// A read trusts the index for the whole `cases/` folder, stamping no file, while the
/// folder is as the index last vouched for it and that vouching began safely after the
/// folder's last change (`FileStamp.isSafelyChecked`); `report overdue` then reads only
/// the overdue lines, through the index's table of contents (`IndexHeads`).
@Suite struct FolderTrustTests {
    /// Past the margin a vouching must begin after the folder's last change (the
    /// longest, for a file system that keeps whole seconds).
    static func waitPastTheMargin() {
        Thread.sleep(forTimeInterval: Double(FileStamp.longestRacyMargin) / 1e9 + 0.2)
    }

    /// Case `number`'s file rewritten in place (the same inode, as nano or `>>` do),
    /// with its title changed: the folder's stamp stays as it was.
    static func editInPlace(_ store: Store, _ number: Int, title: String, scratch: String) throws {
        try FileManager.default.copyItem(atPath: store.directory, toPath: scratch)
        let other = Store(directory: scratch)
        try other.update(number) { try $0.record(.edit(CaseEdit(title: title)), at: t("2026-11-01 09:00"), now: t("2026-11-01 09:00")) }
        let edited = try Data(contentsOf: URL(fileURLWithPath: other.path(of: number)))
        let path = store.path(of: number)
        let inode = FileStamp.of(path)?.inode
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: 0)
        try handle.write(contentsOf: edited)
        try handle.close()
        #expect(FileStamp.of(path)?.inode == inode, "edited in place")
    }

    /// A store of `count` cases in `dir` as a clone brings it: the case files without the
    /// index, its table of contents or packed summaries (each machine makes its own).
    /// Its summaries as read before, with their search text.
    static func clone(in dir: String, count: Int) throws -> (Store, [CaseSummary]) {
        let store = Store(directory: dir + "/store")
        try IndexTests.world(store, count: count)
        let summaries = try store.summaries(search: true).summaries
        for derived in ["index.jsonl", "index-heads.jsonl", "index-summaries.bin"] {
            try? FileManager.default.removeItem(atPath: store.directory + "/" + derived)
        }
        return (store, summaries)
    }

    static func title(_ store: Store, _ number: Int, everyFile: Bool = false) throws -> String? {
        try store.summaries(everyFile: everyFile).summaries.first { $0.number == number }?.details.title
    }

    @Test func aSafelyVouchedFolderIsTrustedAndDoctorStillStampsEveryFile() throws {
        let dir = temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let store = Store(directory: dir + "/store")
        try IndexTests.world(store, count: 20)
        _ = try store.summaries()
        let before = try Self.title(store, 3)
        Self.waitPastTheMargin()
        // This read scans (the last vouching was a write's, within the margin) and says
        // that the folder may now be trusted.
        _ = try store.summaries()
        #expect(StoreIndex.trustedFolder(index: store.indexPath, cases: store.casesDirectory) != nil)

        // The price, said in Docs/Store.md: a file edited in place is not seen by reads
        // until the folder changes; doctor (which stamps every file) sees it.
        try Self.editInPlace(store, 3, title: "edited in place", scratch: dir + "/scratch")
        #expect(try Self.title(store, 3) == before)
        // Doctor stamps every file, brings the index up to date and says which case it was.
        let doctor = StoreDoctor(store: store, configPath: nil)
        let notes = try doctor.examine().findings.filter { $0.kind == .refreshed }
        #expect(notes.count == 1)
        #expect(notes.first?.isNote == true)
        #expect(notes.first?.problem.contains("(#3)") == true, "\(notes)")
        #expect(try Self.title(store, 3) == "edited in place", "what doctor's read learnt is kept")
        #expect(try doctor.examine().findings.filter { $0.kind == .refreshed }.isEmpty, "said once")
        try Self.editInPlace(store, 5, title: "edited in place too", scratch: dir + "/scratch3")
        #expect(try Self.title(store, 5, everyFile: true) == "edited in place too")

        // A file put in place by a rename (git, Syncthing, an editor that renames)
        // changes the folder: the next read scans and sees it.
        try Self.editInPlace(store, 4, title: "renamed into place", scratch: dir + "/scratch2")
        let path = store.path(of: 4)
        try FileManager.default.copyItem(atPath: path, toPath: store.casesDirectory + "/.incoming")
        #expect(rename(store.casesDirectory + "/.incoming", path) == 0)
        #expect(try Self.title(store, 4) == "renamed into place")
    }

    /// A copied store gives every file new stamps but the same content: doctor has
    /// nothing to say of files changed outside ladder.
    @Test func aCopiedStoreIsNotCalledChanged() throws {
        let dir = temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let store = Store(directory: dir + "/store")
        try IndexTests.world(store, count: 12)
        _ = try store.summaries()
        try FileManager.default.copyItem(atPath: dir + "/store", toPath: dir + "/copy")
        let findings = try StoreDoctor(store: Store(directory: dir + "/copy"), configPath: nil).examine().findings
        #expect(findings.filter { $0.kind == .refreshed }.isEmpty, "\(findings)")
    }

    /// A clone brings no index, so its first read reads every case file: the files are
    /// listed without stamping them first, and each is stamped as it is opened. The
    /// stamps the read answers with and the index it writes are every file's own (none
    /// `unknown`), a file that cannot be read is named with its own stamp too, and the
    /// next read trusts every line without reading a file again.
    @Test func aClonesFirstReadStampsEachFileAsItReadsIt() throws {
        let dir = temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let (store, expected) = try Self.clone(in: dir, count: 30)
        let broken = store.casesDirectory + "/" + CaseLines.fileName(UUID())
        try Data("not a case\n".utf8).write(to: URL(fileURLWithPath: broken))

        let snapshot = try store.snapshot()
        #expect(snapshot.summaries == expected)
        #expect(snapshot.problems.count == 1)
        let names = try FileManager.default.contentsOfDirectory(atPath: store.casesDirectory).filter { $0.hasSuffix(".jsonl") }
        #expect(names.count == 31)
        #expect(snapshot.stamps.count == names.count)
        for name in names {
            let own = try #require(FileStamp.of(store.casesDirectory + "/" + name))
            #expect(snapshot.stamps[name] == own, "\(name)")
            #expect(snapshot.stamps[name] != FileStamp.unknown)
        }
        let written = try IndexTests.entries(store)
        #expect(written.count == names.count)
        for (name, entry) in written {
            #expect(entry.stamp == FileStamp.of(store.casesDirectory + "/" + name), "\(name)")
            #expect(entry.stamp.hash != 0)
        }
        // The next read finds every line as its file: nothing is read or written again.
        let before = try Data(contentsOf: URL(fileURLWithPath: store.indexPath))
        #expect(try store.summaries(search: true).summaries == expected)
        #expect(try Data(contentsOf: URL(fileURLWithPath: store.indexPath)).starts(with: before))
        #expect(try IndexTests.entries(store) == written)
    }

    /// On a clone's first read, a file that cannot even be opened as a case (a folder or
    /// a FIFO named like a case file) is named with its own stamp, as a stamped listing
    /// would have it, never `unknown`; a link to nothing is left out, as a stamped
    /// listing leaves it out.
    @Test func aClonesFirstReadStampsWhatItCannotOpenAsAListingWould() throws {
        let dir = temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let (store, _) = try Self.clone(in: dir, count: 6)
        let folder = CaseLines.fileName(UUID()), fifo = CaseLines.fileName(UUID()), link = CaseLines.fileName(UUID())
        try FileManager.default.createDirectory(atPath: store.casesDirectory + "/" + folder, withIntermediateDirectories: false)
        #expect(mkfifo(store.casesDirectory + "/" + fifo, 0o600) == 0)
        try FileManager.default.createSymbolicLink(atPath: store.casesDirectory + "/" + link, withDestinationPath: dir + "/nowhere")

        let snapshot = try store.snapshot()
        #expect(snapshot.summaries.count == 6)
        #expect(snapshot.problems.count == 2, "\(snapshot.problems)")
        #expect(snapshot.stamps[link] == nil)
        let written = try IndexTests.entries(store)
        #expect(written[link] == nil)
        for name in [folder, fifo] {
            let own = try #require(FileStamp.of(store.casesDirectory + "/" + name))
            #expect(snapshot.stamps[name] == own, "\(name)")
            #expect(written[name]?.stamp == own, "\(name)")
        }
        #expect(!snapshot.stamps.values.contains(.unknown))
        #expect(!written.values.contains { $0.stamp == .unknown })
    }

    /// A sync tool's copy of a case file is read with its case, but that reading is not
    /// remembered (the file alone says less): the folder must not be trusted whole while
    /// the copy is there, or later reads would show the case without the copy.
    @Test func aFolderWithASyncCopyIsNeverTrustedWhole() throws {
        let dir = temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let store = Store(directory: dir + "/store")
        try IndexTests.world(store, count: 8)
        _ = try store.summaries()
        // The copy: case 3 as another machine changed it (its title), beside the file.
        try FileManager.default.copyItem(atPath: store.directory, toPath: dir + "/other")
        let other = Store(directory: dir + "/other")
        try other.update(3) { try $0.record(.edit(CaseEdit(title: "from the other machine")), at: t("2026-11-01 09:00"), now: t("2026-11-01 09:00")) }
        let name = PathText.name(store.path(of: 3))
        let copy = store.casesDirectory + "/" + name.replacingOccurrences(of: ".jsonl", with: ".sync-conflict-20261202-101500-ABCDEFG.jsonl")
        try FileManager.default.copyItem(atPath: other.path(of: 3), toPath: copy)
        #expect(try Self.title(store, 3) == "from the other machine")
        Self.waitPastTheMargin()
        for _ in 0..<3 { #expect(try Self.title(store, 3) == "from the other machine") }
        #expect(StoreIndex.trustedFolder(index: store.indexPath, cases: store.casesDirectory) == nil)
    }

    /// A change in the file system's clock tick of the folder's last change leaves the
    /// folder's times as they were: within the margin every file is stamped.
    @Test func withinTheMarginEveryFileIsStamped() throws {
        let dir = temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let store = Store(directory: dir + "/store")
        try IndexTests.world(store, count: 10)
        _ = try store.summaries()
        // The folder's times as a change at this moment would leave them: set ahead of
        // the clock, so that no scan can begin safely after them however slow the test.
        var times = [timespec(tv_sec: time(nil) + 30, tv_nsec: 0), timespec(tv_sec: time(nil) + 30, tv_nsec: 0)]
        #expect(utimensat(AT_FDCWD, store.casesDirectory, &times, 0) == 0)
        _ = try store.summaries()
        #expect(StoreIndex.tail(store.indexPath)?.folder?.isSafelyChecked == false)
        #expect(StoreIndex.trustedFolder(index: store.indexPath, cases: store.casesDirectory) == nil)
        try Self.editInPlace(store, 2, title: "edited at once", scratch: dir + "/scratch")
        #expect(try Self.title(store, 2) == "edited at once")
    }

    /// The margin after the folder's last change: a tenth of a second where the file
    /// system keeps fractions of a second, two seconds where it keeps whole seconds.
    @Test(arguments: [(fraction: Int64(123_456_789), margin: Int64(100_000_000)), (fraction: 0, margin: 2_000_000_000)])
    func theMarginFollowsTheFileSystemsClock(_ c: (fraction: Int64, margin: Int64)) {
        let changed = Int64(1_796_000_000) * 1_000_000_000 + c.fraction
        var folder = FileStamp(modified: changed - 5_000_000_000, size: 4096, inode: 7, changed: changed)
        #expect(!folder.isSafelyChecked, "never checked")
        folder.checked = changed + c.margin - 1
        #expect(!folder.isSafelyChecked)
        folder.checked = changed + c.margin
        #expect(folder.isSafelyChecked)
        folder.checked = changed - 1
        #expect(!folder.isSafelyChecked, "checked before the change")
    }

    /// What the overdue report reads the quick way equals what a whole read finds, at
    /// many instants; after writes appended to the index; with a file that cannot be
    /// read; and it steps aside (nil) where it cannot answer.
    @Test func theOverdueReadFromTheTableOfContentsEqualsTheWholeRead() throws {
        let dir = temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let store = Store(directory: dir)
        try IndexTests.world(store, count: 60, seed: 5)
        // Replies due one to twelve hours after the last event, on the cases that take one.
        let last = try #require(try store.summaries().summaries.map(\.latest).max())
        var raised = 0
        for n in 1...60 {
            let at = last.addingTimeInterval(60)
            if (try? store.update(n, { try $0.record(.raise(what: "call back", owedBy: .them, who: nil,
                                                            due: at.addingTimeInterval(TimeInterval(3600 * (1 + n % 12)))),
                                                     at: at, now: at) })) != nil { raised += 1 }
        }
        #expect(raised >= 10)
        _ = try store.summaries()
        Self.waitPastTheMargin()
        _ = try store.summaries()  // vouches safely, and makes the table
        #expect(IndexHeads.read(store.headsPath) != nil)

        func expected(_ instant: Date) throws -> [CaseSummary] {
            try store.summaries().summaries.filter { s in
                s.isWatched && (s.nextReply.map { instant > $0.reply.due } ?? false)
            }
        }
        func check(_ label: String) throws {
            let all = try store.summaries().summaries
            let latest = try #require(all.map(\.latest).max())
            let dues = all.compactMap { $0.isWatched ? $0.nextReply?.reply.due : nil }.filter { $0 > latest }.sorted()
            #expect(dues.count >= 3, "\(label): the world has replies due after its last event")
            for instant in [latest.addingTimeInterval(1)] + dues.map({ $0.addingTimeInterval(1) }) {
                let quick = try #require(store.overdueFromHeads(at: instant), "\(label): the quick way at \(instant)")
                let summaries = quick.cases.map(\.summary)
                #expect(summaries == (try expected(instant)), "\(label) at \(instant)")
                // Read a line at a time, and a few lines at a time: the same.
                for window in [1, 4096] {
                    #expect(store.overdueFromHeads(at: instant, window: window)?.cases.map(\.summary) == summaries, "\(label), window \(window)")
                }
                #expect(quick.problems.isEmpty == (try store.summaries().problems.isEmpty))
                #expect(try store.overdueCases(at: instant).cases.map(\.summary) == summaries)
            }
            // Before the last event, a report must read the later cases whole.
            #expect(store.overdueFromHeads(at: latest.addingTimeInterval(-1)) == nil)
        }
        let made = FileStamp.of(store.headsPath)
        try check("as made")
        #expect(FileStamp.of(store.headsPath) == made, "reads that find the table good keep it")

        // Writes append lines after the table; the folder changed, so not trusted yet.
        let soon = try #require(try store.summaries().summaries.map(\.latest).max()).addingTimeInterval(600)
        var written = 0
        for n in 1...60 where written < 3 {
            if (try? store.update(n, { try $0.record(.raise(what: "write back", owedBy: .them, who: nil, due: soon),
                                                     at: soon.addingTimeInterval(-300), now: soon) })) != nil { written += 1 }
        }
        #expect(written == 3)
        for n in 1...60 {
            if (try? store.update(n, { try $0.record(.close(.resolved, note: nil), at: soon.addingTimeInterval(-200), now: soon) })) != nil { break }
        }
        #expect(store.overdueFromHeads(at: soon.addingTimeInterval(60)) == nil)
        Self.waitPastTheMargin()
        _ = try store.summaries()
        #expect(IndexHeads.coverage(store.headsPath)?.length ?? 0 < (try #require(StoreIndex.read(store.indexPath))).size,
                "the table was kept: the writes are read after it")
        try check("after writes")

        // A file that cannot be read is a problem in both ways.
        try Data("{ not a case".utf8).write(to: URL(fileURLWithPath: StoreFiles.newPath(store.directory, id: UUID())))
        _ = try store.summaries()
        Self.waitPastTheMargin()
        _ = try store.summaries()
        let instant = try #require(try store.summaries().summaries.map(\.latest).max()).addingTimeInterval(1)
        let quick = try #require(store.overdueFromHeads(at: instant))
        #expect(quick.problems.count == 1)
        #expect(quick.problems == (try store.summaries().problems))
    }

    /// Two cases claiming one number (a sync brought one in): the reader that vouches
    /// says the numbers are not clear, and the quick way steps aside.
    @Test func aNumberClaimedTwiceKeepsTheReportOnTheWholeRead() throws {
        let dir = temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let store = Store(directory: dir)
        try IndexTests.world(store, count: 12, seed: 9)
        try IndexTests.madeByHand(store, from: 4, number: 6)
        _ = try store.summaries()
        Self.waitPastTheMargin()
        _ = try store.summaries()
        let vouched = try #require(StoreIndex.tail(store.indexPath)?.folder)
        #expect(vouched.isSafelyChecked)
        #expect(!vouched.numbersClear)
        #expect(store.overdueFromHeads(at: t("2027-01-01 09:00")) == nil)
    }
}
