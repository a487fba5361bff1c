import Foundation
import LadderTestSupport
import Testing
@testable import LadderCore

/// Limits a user never hits by accident, so that nothing accepted can break a case.
@Suite struct BoundsTests {
    @Test func aTitleOfThreeHundredCharactersIsTakenAndOneMoreIsNot() throws {
        _ = try openCase(String(repeating: "長", count: 300))
        #expect(throws: LadderError.self) { _ = try openCase(String(repeating: "長", count: 301)) }
        var f = try openCase()
        #expect(throws: LadderError.self) { try f.record(.edit(CaseEdit(title: String(repeating: "a", count: 301))), "2026-07-15 16:00") }
    }

    @Test func everyTextIsKeptUpTo64KiB() throws {
        var f = try openCase()
        try f.record(.note(String(repeating: "あ", count: 64 * 1024 / 3)), "2026-07-15 16:00")
        let big = String(repeating: "a", count: 64 * 1024 + 1)
        for action in [CaseAction.note(big), .ask(big), .escalate(to: nil, reason: big),
                       .raise(what: big, owedBy: .them, who: nil, due: nil),
                       .log(Contact(channel: .phone, direction: .outgoing, note: big))] {
            #expect(throws: LadderError.self, "\(action)") { try f.record(action, "2026-07-15 16:00") }
        }
    }

    @Test func aContactTakesADayAtTheMostAndNeverANegativeTime() throws {
        var f = try openCase()
        try f.record(.log(Contact(channel: .visit, direction: .outgoing, held: 24 * 3600)), "2026-07-16 16:00")
        #expect(throws: LadderError.self) { try f.record(.log(Contact(channel: .visit, direction: .outgoing, took: 24 * 3600 + 1)), "2026-07-16 16:00") }
        #expect(throws: LadderError.self) { try f.record(.log(Contact(channel: .visit, direction: .outgoing, held: -1)), "2026-07-16 16:00") }
    }

    /// Found by a fuzz of 6,000 dates: year 9999 in UTC was stored as year 10000 in Tokyo,
    /// and the case could no longer be read.
    @Test func everyTimeAcceptedReadsBackAsWritten() throws {
        var dice = Dice(state: 2026)
        // Amsterdam and Monrovia kept offsets with seconds well into the 20th century.
        let zones = ["Asia/Tokyo", "Pacific/Kiritimati", "Etc/GMT+12", "America/New_York", "UTC", "Europe/Amsterdam", "Africa/Monrovia"]
            .map { TimeZone(identifier: $0)! }
        var accepted = 0
        for _ in 0..<400 {
            // Seconds anywhere from the year 1800 to 3200.
            let at = Date(timeIntervalSince1970: Double(dice.next(44_000_000)) * 1000 - 5_364_662_400)
            var f = try openCase(at: "1950-01-01 00:00")
            guard (try? f.record(.note("n"), at: at, now: Date(timeIntervalSince1970: 40_000_000_000))) != nil else {
                #expect(at < Bounds.earliest || at > Bounds.latest)
                continue
            }
            accepted += 1
            for zone in zones {
                let data = try CaseCodec.encoder(zone: zone).encode(f)
                #expect(try CaseCodec.decodeCase(data) == f, "\(at) in \(zone.identifier)")
            }
        }
        #expect(accepted > 100)
    }

    @Test func aCaseFileLargerThan16MiBIsNeitherWrittenNorRead() throws {
        let dir = temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let store = Store(directory: dir)
        try store.create { n in try CaseFile.open(number: n, details: CaseDetails(title: "T", organisation: "O"), rung: .shop, note: nil,
                                                  at: t("2026-07-15 15:00"), now: t("2026-07-15 15:00")) }
        // Made in memory (saving it note by note would take minutes), then saved once.
        var file = try store.load(1)
        let note = String(repeating: "x", count: 60 * 1024)
        for i in 0..<280 { try file.record(.note(note), at: t("2026-07-15 16:00").addingTimeInterval(Double(i)), now: t("2026-07-16 16:00")) }
        #expect(throws: LadderError.self) { try store.update(1) { $0 = file } }
        #expect(try store.load(1).events.count == 1, "nothing was written")
        // A file made larger by hand is named, not read.
        let big = StoreFiles.newPath(store.directory)
        try Data(count: Bounds.caseFileBytes + 1).write(to: URL(fileURLWithPath: big))
        #expect(throws: StoreError.self) { _ = try store.load(fileNamed: (big as NSString).lastPathComponent) }
        let problems = try store.loadAll().problems
        #expect(problems.map(\.path) == [big] && problems[0].reason.contains("it was not read"), "\(problems)")
        // And an older ladder's file, under its number.
        try Data(count: Bounds.caseFileBytes + 1).write(to: URL(fileURLWithPath: store.casesDirectory + "/2.json"))
        #expect(throws: StoreError.self) { _ = try store.load(2) }
        #expect(try store.loadAll().problems.map(\.path) == [store.casesDirectory + "/2.json", big].sorted())
    }
}
