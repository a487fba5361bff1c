import Foundation
import LadderTestSupport
import Testing
@testable import LadderCore

/// Every read of the store reads case files through `FileSystem.read` (all of them after
/// a clone): one read call of the size the file has, and one byte more to see its end.
@Suite struct FileReadTests {
    @Test(arguments: [0, 1, 4095, 4096, 4097, 65_536, 1_000_003])
    func aFileIsReadWholeWhateverItsSize(size: Int) throws {
        let dir = temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var dice = SystemRandomNumberGenerator()
        let bytes = Data((0..<size).map { _ in UInt8.random(in: 0...255, using: &dice) })
        let path = dir + "/case.jsonl"
        try bytes.write(to: URL(fileURLWithPath: path))
        #expect(try FileSystem.read(path) == bytes)
        #expect(try FileSystem.read(path, atMost: size) == bytes)
    }

    @Test func whatIsNotARegularFileOrTooLargeIsRefusedUnread() throws {
        let dir = temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try Data(count: 3 * 1_048_576).write(to: URL(fileURLWithPath: dir + "/big"))
        #expect(throws: FileSystem.Failure.self) { try FileSystem.read(dir + "/big", atMost: 1_048_576) }
        #expect(mkfifo(dir + "/fifo", 0o600) == 0)
        let refused = #expect(throws: FileSystem.Failure.self) { try FileSystem.read(dir + "/fifo") }
        #expect(refused?.description.contains("not a regular file") == true)
        let missing = #expect(throws: FileSystem.Failure.self) { try FileSystem.read(dir + "/none") }
        #expect(missing?.code == ENOENT)
    }

    /// The index, made in parts on every core, is written part after part: the file
    /// holds them joined, in order, and only once the whole is there.
    @Test func partsAreWrittenJoinedInOrder() throws {
        let dir = temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/index.jsonl"
        try FileSystem.writeAtomically(Data("old\n".utf8), to: path, durable: false)
        let parts: [[UInt8]] = [Array("{\"index\":5}\n".utf8), [], Array("一\n".utf8), Array(repeating: 0x61, count: 70_000)]
        try FileSystem.writeAtomically(parts: parts, to: path, durable: false)
        #expect(try FileSystem.read(path) == Data(parts.joined()))
    }

    /// After a clone every case file is read once, and each has its access time equal to
    /// its modification time, which a relatime mount would bring up to date: a write to
    /// every inode. Reading leaves the access time as it was.
    @Test(.enabled(if: FileSystem.noAccessTime != 0, "O_NOATIME is Linux's"))
    func readingACaseFileLeavesItsAccessTimeAlone() throws {
        let dir = temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/case.jsonl"
        try Data("{}\n".utf8).write(to: URL(fileURLWithPath: path))
        var times = [timespec(tv_sec: 1_700_000_000, tv_nsec: 0), timespec(tv_sec: 1_700_000_000, tv_nsec: 0)]
        #expect(utimensat(AT_FDCWD, path, &times, 0) == 0)
        _ = try FileSystem.read(path)
        var st = stat()
        #expect(stat(path, &st) == 0)
        #expect(st.st_atim.tv_sec == 1_700_000_000)
    }

    /// The content hash that lets a copied or cloned file keep its index line: the same
    /// for the same bytes, different for a byte changed anywhere, never 0 ("unknown").
    @Test func theContentHashSeesEveryByte() {
        var dice = SystemRandomNumberGenerator()
        for size in [0, 1, 7, 8, 9, 63, 64, 65, 2_761] {
            let bytes = Data((0..<size).map { _ in UInt8.random(in: 0...255, using: &dice) })
            let h = FileStamp.hash(bytes)
            #expect(h != 0 && h == FileStamp.hash(Data(bytes)))
            for i in Set([0, size / 2, size - 1]) where i >= 0 && i < size {
                var changed = bytes
                changed[i] ^= 0x01
                #expect(FileStamp.hash(changed) != h, "size \(size), byte \(i)")
            }
            #expect(FileStamp.hash(bytes + [0]) != h, "a byte added at the end")
        }
    }
}
