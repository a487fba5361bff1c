import Foundation
import LadderTestSupport
import Testing

/// `index-summaries.bin` as a user meets it, through the built `ladder`: made by the
/// reads that make the table of contents, read by `report overdue`, and never the
/// cause of a wrong report or a failure when it is damaged, deleted or left over from
/// another index: the report is the one the JSON lines give.
@Suite struct PackedSummariesEndToEndTests {
    /// Cases with promises due in the past and future, in English and Japanese, then
    /// reads that vouch for the folder and make the table and the packed summaries.
    static func sandbox() throws -> Sandbox {
        let s = Sandbox(now: "2026-07-15T15:00:00+09:00")
        for n in 0..<24 {
            let org = ["Kestrel Mobile", "光ネット", "Acme Bank"][n % 3]
            s.ok("add", n % 2 == 0 ? "Mail bounces \(n)" : "回線が切れる \(n)", "--org", org, "--at", "2026-07-0\(1 + n % 9) 10:00")
            s.ok("await", String(n + 1), n % 2 == 0 ? "call back" : "原因の回答", "--at", "2026-07-0\(1 + n % 9) 12:00",
                 "--due", "2026-07-\(10 + n % 10) 1\(n % 10):00")
            if n % 4 == 0 { s.ok("log", String(n + 1), "--via", "phone", "--with", "佐藤さん", "--at", "2026-07-09 11:00") }
        }
        s.ok("list")
        Thread.sleep(forTimeInterval: 2.2)  // past the margin a whole-second file system needs
        s.ok("list")
        s.ok("list")
        return s
    }

    static func report(_ s: Sandbox, _ args: [String] = []) -> (status: Int32, out: String) {
        let r = s.run(["report", "overdue"] + args)
        return (r.status, r.out)
    }

    @Test func theReportIsTheSameWithAnyPackedSummaries() throws {
        let s = try Self.sandbox()
        let packed = s.store + "/index-summaries.bin"
        #expect(FileManager.default.fileExists(atPath: packed), "made with the table of contents")
        let good = try Data(contentsOf: URL(fileURLWithPath: packed))
        let read = Self.report(s)
        #expect(read.status == 1 && read.out.contains("overdue replies in 3 organisations"), "\(read.out)")
        let japanese = s.run(["report", "overdue"], environment: ["LANG": "ja_JP.UTF-8"]).out
        let json = s.run(["report", "overdue", "--json"]).out

        // Without it (deleted): the same, from the JSON lines.
        try FileManager.default.removeItem(atPath: packed)
        #expect(Self.report(s) == read)
        // Damaged in several ways: the same, and no failure.
        var damages: [Data] = [Data(), Data("garbage".utf8), good.prefix(good.count / 2), good.prefix(70)]
        var flipped = good
        for at in stride(from: 64, to: flipped.count, by: 97) { flipped[at] ^= 0x5A }
        damages.append(flipped)
        for (k, bytes) in damages.enumerated() {
            try bytes.write(to: URL(fileURLWithPath: packed))
            let again = Self.report(s)
            #expect(again.status == 1, "damage \(k): \(again.out)")
            if k < 4 { #expect(again == read, "damage \(k)") }
        }
        // Back as it was: the same in every language and format.
        try good.write(to: URL(fileURLWithPath: packed))
        #expect(Self.report(s) == read)
        #expect(s.run(["report", "overdue"], environment: ["LANG": "ja_JP.UTF-8"]).out == japanese)
        #expect(s.run(["report", "overdue", "--json"]).out == json)
        #expect(s.ok("doctor").out.contains("Nothing wrong."))
    }

    /// After a change the packed summaries of the case are passed over for its new
    /// line; after the index is made again they are not read at all; the report says
    /// what the cases say.
    @Test func aChangedCaseAndAnIndexMadeAgainAreReadAsTheyAre() throws {
        let s = try Self.sandbox()
        let before = Self.report(s).out
        #expect(before.contains("#1 Mail bounces 0"))
        s.ok("edit", "1", "--title", "Mail bounces, corrected")
        s.ok("clear", "3")
        let after = Self.report(s).out
        #expect(after.contains("#1 Mail bounces, corrected") && !after.contains("#1 Mail bounces 0\n"), "\(after)")
        #expect(!after.contains("#3 Mail bounces 2"), "cleared")
        // The index made again (deleted; the next read writes it whole).
        try FileManager.default.removeItem(atPath: s.store + "/index.jsonl")
        s.ok("list")
        #expect(Self.report(s).out == after)
        Thread.sleep(forTimeInterval: 2.2)
        s.ok("list")
        #expect(Self.report(s).out == after)
    }
}
