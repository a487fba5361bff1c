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
        // More than two chunks of case files, in no particular order, sizes all different.
        let numbers = Array(Set((0..<700).map { _ in Int.random(in: 1...5000) })).shuffled()
        for (i, n) in numbers.enumerated() {
            try Data(repeating: 0x20, count: i + 1).write(to: URL(fileURLWithPath: "\(dir)/\(n).json"))
        }
        // Names that are not case files.
        for name in ["0.json", "007.json", "12.json.tmp-99", "notes.txt", "3.JSON", "-4.json"] {
            try Data("x".utf8).write(to: URL(fileURLWithPath: "\(dir)/\(name)"))
        }
        let (files, folder) = try FolderScan(dir).waitSorted()
        #expect(files.map(\.number) == numbers.sorted())
        for f in files { #expect(f.stamp == FileStamp.of("\(dir)/\(f.number).json"), "case \(f.number)") }
        #expect(folder != nil)
        let (byNumber, _) = try FolderScan(dir).wait()
        #expect(byNumber.count == numbers.count && byNumber.allSatisfy { FileStamp.of("\(dir)/\($0.key).json") == $0.value })
    }

    @Test func aFolderNotMadeYetHasNoFilesAndNoStamp() throws {
        let (files, folder) = try FolderScan(temporaryDirectory() + "/cases").waitSorted()
        #expect(files.isEmpty && folder == nil)
    }

    @Test func anEmptyFolderHasNoFiles() throws {
        let dir = temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let (files, folder) = try FolderScan(dir).waitSorted()
        #expect(files.isEmpty && folder == FileStamp.of(dir))
    }
}
