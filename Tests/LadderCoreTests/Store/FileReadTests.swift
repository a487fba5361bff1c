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
