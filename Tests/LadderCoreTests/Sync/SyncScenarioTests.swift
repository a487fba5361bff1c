import Foundation
import Testing
@testable import LadderCore
import LadderTestSupport

/// Named stories of two machines on one store (issue 21), each one way a sync can go.
@Suite struct SyncScenarioTests {
    let t0 = Date(timeIntervalSince1970: 1_780_000_000)

    func add(_ store: Store, _ title: String, at: Date) throws -> CaseFile {
        try store.create { n in
            try CaseFile.open(number: n, details: CaseDetails(title: title, organisation: "Example Mobile"), rung: .shop,
                              note: nil, at: at, now: at)
        }
    }

    @Test func twoMachinesNumberACaseAlikeAndTheEarlierKeepsIt() throws {
        let r = Replicas(2)
        _ = try add(r.stores[0], "from the laptop", at: t0)
        _ = try add(r.stores[1], "from the server", at: t0 + 60)
        r.sync(0, 1, by: .driver)
        for s in r.stores {
            let list = try s.summaries().summaries
            #expect(list.map(\.number) == [1, 2])
            #expect(list.map(\.details.title) == ["from the laptop", "from the server"])
        }
        // The sync that notices records it, and says so.
        let said = try r.stores[1].settleNumbers(now: t0 + 120)
        #expect(said == [Store.Renumbered(from: 1, to: 2, title: "from the server", keptBy: "from the laptop")])
        #expect(said[0].description.contains("is now case 2"))
        r.sync(0, 1, by: .union)
        #expect(try r.stores[0].directoryOfCases().numbering.clashes.isEmpty)
        #expect(try r.stores[0].load(2).events.count == 1)
        // A new case on either machine takes a number above both.
        #expect(try add(r.stores[0], "third", at: t0 + 180).number == 3)
    }

    @Test func anOldNumberStillFindsTheCaseWithANote() throws {
        let r = Replicas(1)
        let store = r.stores[0]
        _ = try add(store, "renumbered by hand", at: t0)
        // A claim to 7, as a settled clash writes one.
        try store.update(1) { f in f.number = 7 }
        let noted = Notes()
        var told = store
        told.notice = { noted.add($0) }
        #expect(try told.load(1).number == 7)
        #expect(noted.all == ["case 1 is now case 7"])
        #expect(try store.summaries().summaries.first?.formerNumbers == [1])
    }

    @Test func bothMachinesLogOnOneCaseAndEveryoneReadsTheSameTimeline() throws {
        let r = Replicas(2)
        _ = try add(r.stores[0], "one case", at: t0)
        r.sync(0, 1, by: .driver)
        try r.stores[0].update(1) { f in _ = try f.record(.note("laptop"), at: t0 + 60, now: t0 + 60) }
        try r.stores[1].update(1) { f in _ = try f.record(.note("server"), at: t0 + 30, now: t0 + 90) }
        // One merges one way, the other the other way, with git's line union: the same case.
        let name = Replicas.caseNames(r.stores[0])[0]
        let a = try Data(contentsOf: URL(fileURLWithPath: r.stores[0].path(ofName: name)))
        let b = try Data(contentsOf: URL(fileURLWithPath: r.stores[1].path(ofName: name)))
        let ab = try CaseLines.decode(CaseMerge.textUnion(a, b))
        let ba = try CaseLines.decode(CaseMerge.textUnion(b, a))
        #expect(ab == ba)
        #expect(ab.events.count == 3)
        // The driver's merge is the same case, written tidily.
        guard case let .merged(m) = CaseMerge.merge(ours: b, theirs: a) else { Issue.record("not merged"); return }
        #expect(try CaseLines.decode(m) == ab)
        #expect(String(decoding: m, as: UTF8.self).split(separator: "\n").count == 1 + 3 + 1)
    }

    @Test func conflictMarkersAreReadAsBothSidesAndTidiedByTheNextChange() throws {
        let r = Replicas(1)
        let store = r.stores[0]
        _ = try add(store, "hand-merged", at: t0)
        try store.update(1) { f in _ = try f.record(.note("ours"), at: t0 + 60, now: t0 + 60) }
        let path = store.path(of: 1)
        var lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map(String.init)
        let ours = lines.removeLast()
        var theirs = ours.replacingOccurrences(of: "\"ours\"", with: "\"theirs\"")
        theirs = theirs.replacingOccurrences(of: #""id":"[0-9A-F-]{36}""#, with: "\"id\":\"\(UUID().uuidString)\"", options: .regularExpression)
        lines += ["<<<<<<< HEAD", ours, "=======", theirs, ">>>>>>> origin/main"]
        try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        let read = try store.load(1)
        #expect(read.stored.untidy)
        #expect(CaseState(read).timeline.compactMap { if case let .note(t) = $0.kind { t } else { nil } }.sorted() == ["ours", "theirs"])
        let doctor = try StoreDoctor(store: store, configPath: nil).examine()
        #expect(doctor.findings.contains { $0.kind == .merge })
        try store.update(1) { _ in }
        let text = try String(contentsOfFile: store.path(of: 1), encoding: .utf8)
        #expect(!text.contains("<<<<<<<") && !text.contains("======="))
        #expect(try store.load(1).events.count == 3)
    }

    @Test(arguments: ["%@.sync-conflict-20261202-101500-ABCDEFG.jsonl", "%@ (Laptop's conflicted copy 2026-12-02).jsonl"])
    func aSyncToolsCopyIsPartOfItsCase(pattern: String) throws {
        let r = Replicas(2)
        let file = try add(r.stores[0], "synced by a tool", at: t0)
        r.sync(0, 1, by: .driver)
        try r.stores[1].update(1) { f in _ = try f.record(.note("on the other machine"), at: t0 + 60, now: t0 + 60) }
        let name = CaseLines.fileName(file.id)
        let copy = pattern.replacingOccurrences(of: "%@", with: file.id.uuidString)
        try FileManager.default.copyItem(atPath: r.stores[1].path(ofName: name), toPath: r.stores[0].path(ofName: copy))
        let store = r.stores[0]
        // Read as part of the case, never as a second one; reading writes nothing.
        let list = try store.summaries(search: true).summaries
        #expect(list.count == 1)
        #expect(list[0].search.contains("on the other machine"))
        #expect(FileManager.default.fileExists(atPath: store.path(ofName: copy)))
        // The next change takes it in and moves it aside.
        try store.update(1) { f in _ = try f.record(.note("here"), at: t0 + 120, now: t0 + 120) }
        #expect(!FileManager.default.fileExists(atPath: store.path(ofName: copy)))
        #expect(FileManager.default.fileExists(atPath: store.directory + "/backup/sync-copies/" + copy))
        #expect(try store.load(1).events.count == 3)
    }

    @Test func anOlderStoreIsConvertedAlikeOnEveryMachine() throws {
        let r = Replicas(2)
        var old = try CaseFile.open(number: 4, details: CaseDetails(title: "format two", organisation: "Example Mobile"),
                                    rung: .shop, note: nil, at: t0, now: t0)
        try old.record(.raise(what: "an answer", owedBy: .them, who: nil, due: t0 + 3600), at: t0, now: t0)
        try old.record(.close(.resolved, note: nil), at: t0 + 60, now: t0 + 60)
        old.format = 2
        let bytes = try CaseCodec.encoder(zone: TimeZone(identifier: "Asia/Tokyo")!).encode(old) + Data("\n".utf8)
        for s in r.stores { try bytes.write(to: URL(fileURLWithPath: s.casesDirectory + "/4.json")) }
        // Read as it always meant, nothing written.
        #expect(try r.stores[0].load(4).events.count == old.events.count)
        #expect(Replicas.caseNames(r.stores[0]).isEmpty)
        for s in r.stores { #expect(try s.convert() == 1) }
        let a = try Data(contentsOf: URL(fileURLWithPath: r.stores[0].path(of: 4)))
        let b = try Data(contentsOf: URL(fileURLWithPath: r.stores[1].path(of: 4)))
        #expect(try CaseLines.decode(a) == CaseLines.decode(b), "the same events, places and claim")
        #expect(FileManager.default.contents(atPath: r.stores[0].directory + "/backup/format-2/4.json") == bytes)
        #expect(FileManager.default.fileExists(atPath: r.stores[0].casesDirectory + "/9999999.json"))
        #expect(!FileManager.default.fileExists(atPath: r.stores[0].casesDirectory + "/4.json"))
        let converted = try r.stores[0].load(4)
        #expect(converted.number == 4 && converted.events == old.events)
        #expect(CaseState(converted).summary == CaseState(old).summary)
    }

    @Test func theMergeDriverKeepsBothSidesOfWhatIsNotACaseFile() {
        let outcome = CaseMerge.merge(ours: Data("a\nb\n".utf8), theirs: Data("b\nc\n".utf8))
        guard case let .lines(data, problem) = outcome else { Issue.record("\(outcome)"); return }
        #expect(String(decoding: data, as: UTF8.self) == "a\nb\nc\n")
        #expect(!problem.isEmpty)
    }
}

/// Notices a store gave, collected from any thread.
final class Notes: @unchecked Sendable {
    private let lock = NSLock()
    private var said: [String] = []
    func add(_ s: String) { lock.withLock { said.append(s) } }
    var all: [String] { lock.withLock { said } }
}
