import Foundation
import LadderTestSupport
import Testing
@testable import LadderCore

/// Listing and stamping `cases/`: chunks stamped by the scanning thread and by the
/// reader that waits give every case file once, in order, with its own stamp.
@Suite struct FolderScanTests {
    @Test func everyCaseFileComesBackOnceInOrderWithItsStamp() throws {
        let dir = temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        // More than two chunks of case files, in no particular order, sizes all
        // different: files of format 3 named by their case's id, and older `N.json`.
        let ids = (0..<600).map { _ in UUID() }
        let numbers = Array(Set((0..<150).map { _ in Int.random(in: 1...5000) })).shuffled()
        var names = ids.map(CaseLines.fileName) + numbers.map { "\($0).json" }
        names.shuffle()
        for (i, name) in names.enumerated() {
            try Data(repeating: 0x20, count: i + 1).write(to: URL(fileURLWithPath: "\(dir)/\(name)"))
        }
        // Sync tools' copies of some case files: grouped under the file's name, not listed.
        let syncthing = ids[0].uuidString + ".sync-conflict-20261202-101500-ABCDEFG.jsonl"
        let dropbox = ids[0].uuidString + " (Laptop's conflicted copy 2026-12-02).jsonl"
        let lower = ids[1].uuidString.lowercased() + ".jsonl"
        // Names that are not case files, and the format marker.
        let others = ["0.json", "007.json", "12.json.tmp-99", "notes.txt", "3.JSON", "-4.json", "9999999.json",
                      "x.jsonl", "\(ids[2].uuidString).json", ".\(ids[3].uuidString).jsonl.123.tmp", "\(ids[4].uuidString)-notes.jsonl"]
        for name in [syncthing, dropbox, lower] + others {
            try Data("x".utf8).write(to: URL(fileURLWithPath: "\(dir)/\(name)"))
        }
        let found = try FolderScan(dir).waitSorted()
        #expect(found.files.map(\.name) == names.sorted())
        for f in found.files { #expect(f.stamp == FileStamp.of("\(dir)/\(f.name)"), "\(f.name)") }
        #expect(found.folder != nil)
        #expect(found.copies == [CaseLines.fileName(ids[0]): [dropbox, syncthing].sorted(), CaseLines.fileName(ids[1]): [lower]])
        let (byName, _) = try FolderScan(dir).wait()
        #expect(byName.count == names.count && byName.allSatisfy { FileStamp.of("\(dir)/\($0.key)") == $0.value })
    }

    /// The front end reads the store every second: a scan that kept its folder open
    /// (an empty folder's scan did, held by its own stamping work) ran a long session out
    /// of file descriptors, and in the tests' process it took Foundation's `Process.run`
    /// over its crash (it reads the names of all open descriptors past a buffer's end).
    @Test(arguments: [0, 1, 700]) func aFinishedScanIsLetGoWithItsFolder(files: Int) throws {
        let dir = temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        for _ in 0..<files { try Data("x".utf8).write(to: URL(fileURLWithPath: "\(dir)/\(CaseLines.fileName(UUID()))")) }
        weak var gone: FolderScan?
        do {
            let scan = FolderScan(dir)
            gone = scan
            #expect(try scan.waitSorted().files.count == files)
        }
        #expect(gone == nil, "the scan of \(files) files is still held, and with it its open folder")
    }

    @Test func aFolderNotMadeYetHasNoFilesAndNoStamp() throws {
        let dir = temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let found = try FolderScan(dir + "/cases").waitSorted()
        #expect(found.files.isEmpty && found.folder == nil && found.copies.isEmpty)
    }

    @Test func anEmptyFolderHasNoFiles() throws {
        let dir = temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let found = try FolderScan(dir).waitSorted()
        #expect(found.files.isEmpty && found.folder == FileStamp.of(dir))
    }
}
