import Foundation
import LadderTestSupport
import Testing
@testable import LadderCore

/// The table of contents of the index (`index-heads.jsonl`) is read by its fixed layout
/// when ladder wrote it, and by any JSON spelling otherwise, with the same result.
@Suite final class IndexHeadsTests {
    /// One folder for each test, removed after it.
    let folder = temporaryDirectory()
    deinit { try? FileManager.default.removeItem(atPath: folder) }

    static let due = Date(timeIntervalSince1970: 1_784_000_000)

    static var table: IndexHeads {
        IndexHeads(inode: 42, length: 10_000, latest: due, heads: [
            .init(name: "B.jsonl", number: nil, due: nil, line: 0..<100),
            .init(name: "早い.jsonl", number: 7, due: due.addingTimeInterval(-60), line: 100..<300),
            .init(name: "A.jsonl", number: 12, due: due.addingTimeInterval(0.25), line: 300..<900),
            .init(name: "C.jsonl", number: 3, due: nil, line: 900..<1000),
        ])
    }

    func written(_ text: String) throws -> String {
        let path = folder + "/index-heads.jsonl"
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func aTableReadsBackAsItWasWritten() throws {
        let path = try written(String(decoding: Self.table.contents, as: UTF8.self))
        #expect(IndexHeads.read(path) == Self.table)
        // Each line ladder writes is read by its layout, the quick way.
        let bytes = Self.table.contents
        bytes.withUnsafeBufferPointer { b in
            var start = b.firstIndex(of: 0x0A)! + 1
            while let end = b[start...].firstIndex(of: 0x0A) {
                #expect(IndexHeads.quickLine(b, start, end, within: 10_000) != nil)
                start = end + 1
            }
        }
        // Up to an instant: the unreadable file and the cases due before it.
        #expect(IndexHeads.read(path, dueBefore: Self.due)?.heads.map(\.name) == ["B.jsonl", "早い.jsonl"])
        #expect(IndexHeads.lines(numbered: 12, in: path)?.heads.map(\.name) == ["A.jsonl"])
        #expect(IndexHeads.lines(numbered: 1, in: path)?.heads.isEmpty == true)
    }

    /// Keys in another order, spaces, an escaped name: not the layout ladder writes,
    /// read all the same.
    @Test func anotherSpellingOfTheSameTableReadsTheSame() throws {
        let lines = String(decoding: Self.table.contents, as: UTF8.self).split(separator: "\n")
        let respelled = [String(lines[0]),
                         #"{ "unreadable": true, "name": "B.jsonl", "length": 100, "at": 0 }"#,
                         #"{"number":7,"name":"\u65e9\u3044.jsonl","at":100,"length":200,"due":"2026-07-14T03:32:20Z"}"#,
                         #"{"name":"A.jsonl","due":"2026-07-14T03:33:20.250Z","number":12,"at":300,"length":600}"#,
                         #"{"name" : "C.jsonl","number":3,"at":900,"length":100}"#]
        let path = try written(respelled.joined(separator: "\n") + "\n")
        #expect(IndexHeads.read(path) == Self.table)
        #expect(IndexHeads.lines(numbered: 12, in: path)?.heads.map(\.name) == ["A.jsonl"])
    }

    /// A line that points past what the table covers, or is cut short, is not one: the
    /// table is not used (the report reads the index whole, which makes it again).
    @Test(arguments: [#"{"name":"D.jsonl","number":4,"at":9990,"length":600}"#,
                      #"{"name":"D.jsonl","number":4,"at":1000,"length":"#,
                      #"{"name":"D.jsonl","number":4,"due":"someday","at":1000,"length":10}"#])
    func aLineThatIsNotOneSpoilsTheTable(_ bad: String) throws {
        let lines = String(decoding: Self.table.contents, as: UTF8.self).split(separator: "\n").map(String.init)
        #expect(IndexHeads.read(try written((lines + [#"{"name":"D.jsonl","number":4,"at":1000,"length":10}"#]).joined(separator: "\n") + "\n")) != nil,
                "a good line in that place")
        let path = try written((lines + [bad]).joined(separator: "\n") + "\n")
        #expect(IndexHeads.read(path) == nil)
    }
    /// The lines up to an instant are found by halves and read in parts at once: for a
    /// table of thousands of lines (several parts), at every kind of instant (before
    /// every line, between two, on one's due time, after all), the same heads as
    /// keeping each line in turn while it is due before the instant.
    @Test func aLargeTableReadUpToAnInstantKeepsWhatALineByLineReadKeeps() throws {
        var dice = Dice(state: 21)
        var heads: [IndexHeads.Head] = (0..<40).map { .init(name: "U\($0).jsonl", number: nil, due: nil, line: $0 * 10..<$0 * 10 + 10) }
        var due = Self.due.addingTimeInterval(-86_400 * 30)
        for n in 0..<6_000 {
            if dice.next(4) > 0 { due = due.addingTimeInterval(TimeInterval(dice.next(600))) }  // some share a due time
            heads.append(.init(name: "\(n).jsonl", number: n + 1, due: due, line: 400 + n * 10..<400 + n * 10 + 10))
        }
        let last = due
        for n in 0..<300 { heads.append(.init(name: "n\(n).jsonl", number: 10_000 + n, due: nil, line: 70_000 + n * 10..<70_000 + n * 10 + 10)) }
        let table = IndexHeads(inode: 1, length: 100_000, latest: nil, heads: heads)
        let path = try written(String(decoding: table.contents, as: UTF8.self))
        #expect(IndexHeads.read(path) == table)
        var instants = [Self.due.addingTimeInterval(-86_400 * 31), last, last.addingTimeInterval(1), .distantFuture]
        for _ in 0..<60 { instants.append(heads[40 + dice.next(6_000)].due!.addingTimeInterval(TimeInterval(dice.next(3)) - 1)) }
        for instant in instants {
            let expected = heads.prefix { $0.number == nil && $0.due == nil || ($0.due.map { $0 < instant } ?? false) }
            #expect(IndexHeads.read(path, dueBefore: instant)?.heads == Array(expected), "up to \(instant)")
        }
    }
}
