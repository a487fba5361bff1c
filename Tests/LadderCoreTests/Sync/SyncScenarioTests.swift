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

    /// A newcomer cleared one reply as kept on the laptop and as broken on the server,
    /// and closed one case as resolved on one and abandoned on the other: the timeline
    /// showed both, the later last, but the case counted the earlier. The later counts
    /// now, on every machine, and its line says what it took the place of.
    @Test(arguments: [false, true])
    func theLaterOfTwoClearingsOrClosingsCounts(serverLater: Bool) throws {
        let r = Replicas(2)
        _ = try add(r.stores[0], "promised a call", at: t0)
        try r.stores[0].update(1) { f in
            _ = try f.record(.raise(what: "call back", owedBy: .them, who: nil, due: t0 + 86_400), at: t0 + 60, now: t0 + 60)
        }
        r.sync(0, 1, by: .driver)
        let (laptopAt, serverAt) = serverLater ? (t0 + 3600, t0 + 7200) : (t0 + 7200, t0 + 3600)
        try r.stores[0].update(1) { f in
            _ = try f.record(.clear(item: "1", broken: false, note: nil), at: laptopAt, now: laptopAt)
            _ = try f.record(.close(.resolved, note: nil), at: laptopAt + 60, now: laptopAt + 60)
        }
        try r.stores[1].update(1) { f in
            _ = try f.record(.clear(item: "1", broken: true, note: nil), at: serverAt, now: serverAt)
            _ = try f.record(.close(.abandoned, note: nil), at: serverAt + 60, now: serverAt + 60)
        }
        r.sync(0, 1, by: .driver)
        r.sync(1, 0, by: .union)
        let states = try r.stores.map { CaseState(try $0.load(1)) }
        #expect(states[0].summary.status == states[1].summary.status)
        let state = states[0]
        #expect(state.replies.map(\.outcome) == [serverLater ? .broken : .kept])
        #expect(state.status == (serverLater ? .abandoned : .resolved))
        #expect(state.closings.map(\.outcome) == [serverLater ? .abandoned : .resolved])
        let lines = state.timeline.map { TimelineText.describe($0, in: state, zone: TimeZone(identifier: "UTC")!).line }
        let (first, later) = serverLater ? (("kept", "resolved"), ("broken", "abandoned")) : (("broken", "abandoned"), ("kept", "resolved"))
        #expect(lines.contains("cleared #1 call back: \(first.0)"))
        #expect(lines.contains("cleared #1 call back: \(later.0), in place of \(first.0)"))
        #expect(lines.contains("closed: \(first.1)"))
        #expect(lines.contains("closed: \(later.1), in place of \(first.1)"))
        // Its settled promises say what the timeline's last word says.
        #expect(state.settledPromisesText?.contains(serverLater ? "1 broken" : "1 kept") == true)
    }

    /// Closed, reopened, closed again on one machine: each closing is its own, and none
    /// takes the place of another.
    @Test func aCaseClosedReopenedAndClosedAgainKeepsBothClosings() throws {
        let r = Replicas(1)
        _ = try add(r.stores[0], "came back", at: t0)
        try r.stores[0].update(1) { f in
            _ = try f.record(.close(.resolved, note: nil), at: t0 + 60, now: t0 + 60)
            _ = try f.record(.reopen(reason: "the fault came back"), at: t0 + 120, now: t0 + 120)
            _ = try f.record(.close(.abandoned, note: nil), at: t0 + 180, now: t0 + 180)
        }
        let state = CaseState(try r.stores[0].load(1))
        #expect(state.closings.map(\.outcome) == [.resolved, .abandoned])
        let lines = state.timeline.map { TimelineText.describe($0, in: state).line }
        #expect(lines.contains("closed: resolved") && lines.contains("closed: abandoned"))
        #expect(!lines.contains { $0.contains("in place of") })
    }

    /// One event edited by hand two ways, one on each machine: whichever side's lines
    /// come first, every machine keeps the same version and counts the other.
    @Test func anEventWrittenTwoWaysKeepsTheSameVersionEverywhere() throws {
        let r = Replicas(1)
        let store = r.stores[0]
        _ = try add(store, "hand-edited", at: t0)
        try store.update(1) { f in _ = try f.record(.note("as written"), at: t0 + 60, now: t0 + 60) }
        let text = try String(contentsOfFile: store.path(of: 1), encoding: .utf8)
        let laptop = Data(text.replacingOccurrences(of: "as written", with: "edited on the laptop").utf8)
        let server = Data(text.replacingOccurrences(of: "as written", with: "edited on the server").utf8)
        let ab = try CaseLines.decode(CaseMerge.textUnion(laptop, server))
        let ba = try CaseLines.decode(CaseMerge.textUnion(server, laptop))
        let copied = try CaseLines.decode(laptop, copies: [server])
        #expect(ab == ba && ab == copied)
        #expect(ab.stored.versions == 1 && ba.stored.versions == 1 && ab.stored.untidy)
        let notes = ab.events.compactMap { e -> String? in if case let .note(t) = e.kind { return t }; return nil }
        #expect(notes == ["edited on the server"], "the greater line, byte by byte")
        // The same line twice is only untidy: no second version.
        let twice = try CaseLines.decode(CaseMerge.textUnion(laptop, laptop) + laptop)
        #expect(twice.stored.versions == 0)
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

    /// A merge by hand left unfinished is named by doctor, with how to finish it: until
    /// then git leaves case files as it wrote them, which doctor names too.
    @Test func anUnfinishedMergeIsNamedByDoctor() throws {
        let r = Replicas(1)
        let store = r.stores[0]
        _ = try add(store, "mail bounces", at: t0)
        #expect(try !StoreDoctor(store: store, configPath: nil).examine().findings.contains { $0.path.hasSuffix("/.git") })
        try FileManager.default.createDirectory(atPath: store.directory + "/.git", withIntermediateDirectories: true)
        try "0123456789abcdef0123456789abcdef01234567\n".write(toFile: store.directory + "/.git/MERGE_HEAD", atomically: true, encoding: .utf8)
        let found = try StoreDoctor(store: store, configPath: nil).examine().findings.filter { $0.path.hasSuffix("/.git") }
        #expect(found.count == 1 && found[0].kind == .merge && !found[0].repairable && !found[0].isNote)
        #expect(found[0].fix?.contains("git merge --abort") == true)
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
