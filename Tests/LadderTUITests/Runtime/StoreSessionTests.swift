import Foundation
import LadderTestSupport
@testable import LadderCore
import Testing
@testable import LadderTUI

/// The runtime between the model and the disk, on a real temporary store.
@Suite struct StoreSessionTests {
    /// Adds a plain case, as another process would.
    func addCase(to store: Store, title: String = "T", organisation: String = "O") throws {
        try store.create { n in try CaseFile.open(number: n, details: CaseDetails(title: title, organisation: organisation),
                                                   rung: .shop, note: nil, at: demoNow, now: demoNow) }
    }

    @Test func savesFormsAndNoticesChangesMadeElsewhere() throws {
        let dir = temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let store = Store(directory: dir)
        let session = StoreSession(store: store)
        guard case let .indexed(summaries, problems) = session.load() else { Issue.record("expected a load"); return }
        #expect(summaries.isEmpty && problems.isEmpty)

        var app = App(width: 80, height: 24, now: demoNow, zone: tokyo)
        app.run(.indexed(summaries: summaries, problems: problems), on: session)
        app.press(.char("a"))
        app.type("回線が切れる")
        app.press(.tab)
        app.type("Northwind")
        for case let .save(request) in app.press(.ctrl("s")) { _ = app.update(session.perform(request)) }
        #expect(app.rows == [1])
        #expect(try store.load(1).events.count == 1)
        // Our own write is not reported back as a change.
        #expect(session.poll(now: Date(), sweep: 3600) == nil)

        // Another process adds a case and changes ours.
        try addCase(to: store, title: "From cron", organisation: "X")
        try store.update(1) { try $0.record(.note("from another terminal"), at: demoNow, now: demoNow) }
        let change = try #require(session.poll(now: Date(), sweep: 3600))
        guard case let .changed(changed, removed, _) = change else { Issue.record("expected a change"); return }
        #expect(changed.map(\.number) == [1, 2] && removed.isEmpty)
        _ = app.update(change)
        #expect(Set(app.rows) == [1, 2])
        #expect(app.states[1]!.timeline.count == 2)
    }

    @Test func aRefusalOnDiskComesBackAsAnErrorInTheForm() throws {
        let dir = temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let store = Store(directory: dir)
        try addCase(to: store)
        let session = StoreSession(store: store)
        var app = App(width: 80, height: 24, now: demoNow, zone: tokyo)
        app.run(session.load(), on: session)
        #expect(app.states[1] != nil, "the selected case is read in full")
        app.press(.char("e"))
        app.type("no answer")
        let effects = app.press(.ctrl("s"))
        // Meanwhile the case is closed from the command line.
        try store.update(1) { try $0.record(.close(.resolved, note: nil), at: demoNow, now: demoNow) }
        for case let .save(request) in effects { _ = app.update(session.perform(request)) }
        #expect(app.form?.error?.contains("case 1 is resolved; cannot escalate it") == true)
        #expect(try store.load(1).events.count == 2)
    }

    @Test func aDamagedFileIsReportedAndTheRestLoads() throws {
        let dir = temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let store = Store(directory: dir)
        try addCase(to: store)
        let damaged = StoreFiles.newPath(dir)
        try Data("{ not json".utf8).write(to: URL(fileURLWithPath: damaged))
        var app = App(width: 80, height: 24, now: demoNow, zone: tokyo)
        _ = app.update(StoreSession(store: store).load())
        #expect(app.rows == [1])
        #expect(app.problems.map(\.path) == [damaged])
        #expect(app.render().line(0).contains("1 unreadable"))
    }

    @Test func problemsAreTrackedFileByFile() throws {
        let dir = temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let store = Store(directory: dir)
        try addCase(to: store)
        let (a, b) = (UUID(), UUID())
        for id in [a, b] { try Data("{ not json".utf8).write(to: URL(fileURLWithPath: StoreFiles.newPath(dir, id: id))) }
        let session = StoreSession(store: store)
        guard case let .indexed(_, problems) = session.load() else { Issue.record("expected a load"); return }
        #expect(problems.count == 2)
        // The first is mended by hand (as case 2); the second stays damaged and must still be reported.
        var mended = try store.load(1)
        mended.id = a
        mended.number = 2
        mended.claims = []
        mended.stored = StoredLines()
        try CaseLines.encode(&mended).write(to: URL(fileURLWithPath: StoreFiles.newPath(dir, id: a)))
        guard case let .changed(cases, _, after) = try #require(session.poll(now: Date(), sweep: 0)) else {
            Issue.record("expected a change"); return
        }
        #expect(cases.map(\.number) == [2])
        #expect(after.map(\.path) == [StoreFiles.newPath(dir, id: b)])
    }

    @Test func theConfigFileIsWatched() throws {
        let dir = temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/ladder/config.json"
        let session = StoreSession(store: Store(directory: dir + "/store"), configPath: path, zone: tokyo)
        #expect(session.pollConfig() == nil)
        try ConfigFile.update(path, userZone: tokyo) { $0.organisations.append(Organisation(name: "Kestrel Mobile")) }
        guard case let .configured(config)? = session.pollConfig() else { Issue.record("no reload"); return }
        #expect(config.organisations.map(\.name) == ["Kestrel Mobile"])
        #expect(session.pollConfig() == nil)
        try #"{"windws": {}}"#.write(toFile: path, atomically: false, encoding: .utf8)
        guard case let .configFailed(text)? = session.pollConfig() else { Issue.record("no failure"); return }
        #expect(text.contains("windws: is not a known key"))
    }

    /// The first frame comes from the index alone, without search text; the search
    /// text follows from another thread, and a file changed behind ladder's back is
    /// caught by the first sweep.
    @Test func theQuickFirstReadIsCompletedAfterwards() throws {
        let dir = temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let store = Store(directory: dir)
        try addCase(to: store, title: "Router", organisation: "Northwind")
        try store.update(1) { try $0.record(.note("explained everything twice"), at: demoNow, now: demoNow) }
        try addCase(to: store, title: "回線", organisation: "光ネット")
        try store.update(2) { try $0.record(.note("三度目の説明"), at: demoNow, now: demoNow) }
        _ = try store.summaries()  // the index, as any earlier command leaves it

        let session = StoreSession(store: store)
        var app = App(width: 100, height: 24, now: demoNow, zone: tokyo)
        app.run(session.load(quick: true), on: session)
        #expect(Set(app.rows) == [1, 2])
        // The selected case was read in full; the other is known by its summary only.
        let other = app.selected == 1 ? 2 : 1
        app.press(.char("/"))
        app.type(other == 1 ? "explained" : "三度目")
        #expect(app.rows.isEmpty, "no search text yet")
        session.readSearchTextInBackground()
        // The details' text first (after the quick load), then the whole text.
        var parts = 0
        for _ in 0..<500 where session.isReadingSearchText {
            if let searchable = session.searchTextRead() {
                _ = app.update(searchable)
                parts += 1
            } else {
                Thread.sleep(forTimeInterval: 0.01)
            }
        }
        #expect(!session.isReadingSearchText && parts == 2)
        #expect(app.rows == [other], "found in a note once the search text is there")

        // Removed behind ladder's back before the quick read: the first sweep says so.
        try FileManager.default.removeItem(atPath: store.path(of: 2))
        let change = try #require(session.poll(now: Date(), sweep: 3600))
        guard case let .changed(_, removed, _) = change else { Issue.record("expected a change"); return }
        #expect(removed == [2])
        _ = app.update(change)
        #expect(!app.summaries.keys.contains(2))
    }

    /// Search text read before a case changed does not replace the newer summary.
    @Test func searchTextForACaseThatChangedSinceIsLeftOut() throws {
        let dir = temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let store = Store(directory: dir)
        try addCase(to: store, title: "Old title")
        let before = try store.summaries(search: true).summaries
        try store.update(1) { try $0.record(.edit(CaseEdit(title: "New title")), at: demoNow.addingTimeInterval(60),
                                            now: demoNow.addingTimeInterval(60)) }
        let session = StoreSession(store: store)
        var app = App(width: 100, height: 24, now: demoNow, zone: tokyo)
        _ = app.update(session.load(quick: true))
        _ = app.update(.searchable(summaries: before))
        #expect(app.summaries[1]?.details.title == "New title")
    }

    /// `X` in the front end: the export form asks for a file, and the session writes it.
    @Test func theFrontEndExportsToANewPrivateFile() throws {
        let dir = temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let store = Store(directory: dir)
        try addCase(to: store, title: "回線", organisation: "光ネット")
        try store.update(1) { try $0.record(.log(Contact(channel: .phone, direction: .outgoing, with: "田中", note: "田中さん: 03-1234-5678")),
                                            at: demoNow, now: demoNow) }
        let session = StoreSession(store: store)
        var app = App(width: 100, height: 30, now: demoNow, zone: tokyo)
        app.run(session.load(), on: session)
        app.press(.char("X"))
        #expect(app.form?.kind == .export)
        app.press(.right)  // html
        app.press(.tab)
        app.press(.right)  // redact: yes
        app.press(.tab)
        app.press(.ctrl("u"))
        app.type(dir + "/case-1.html")
        let effects = app.press(.ctrl("s"))
        let request = ExportRequest(number: 1, format: .html, redact: true, path: dir + "/case-1.html")
        #expect(effects == [.export(request)])
        _ = app.update(session.export(request, now: demoNow, zone: tokyo))
        #expect(app.notice?.text.hasPrefix("Written to \(dir)/case-1.html") == true)
        let html = try String(contentsOfFile: dir + "/case-1.html", encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>") && html.contains("光ネット") && !html.contains("田中") && !html.contains("03-1234-5678"))
        var st = stat()
        stat(dir + "/case-1.html", &st)
        #expect(st.st_mode & 0o777 == 0o600)
        // Never over an existing file.
        _ = app.update(session.export(request, now: demoNow, zone: tokyo))
        #expect(app.notice?.isError == true && app.notice?.text.contains("exists") == true)
        #expect(try String(contentsOfFile: dir + "/case-1.html", encoding: .utf8) == html)
        let ics = ExportRequest(number: 1, format: .ics, redact: false, path: dir + "/case-1.ics")
        _ = app.update(session.export(ics, now: demoNow, zone: tokyo))
        #expect(try String(contentsOfFile: dir + "/case-1.ics", encoding: .utf8).hasPrefix("BEGIN:VCALENDAR"))
    }

    /// The front end's sync key (S): what it sent by case number, and when the remote
    /// cannot be reached, what became of the work first (the status line is cut at the
    /// screen's edge, and a newcomer saw only git's words, cut off).
    @Test func theSyncKeyNamesWhatWasSentAndKeepsWorkWhenOffline() throws {
        let dir = temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let (gitPath, store, sync) = try syncedStore(in: dir)
        let storeDir = store.directory
        _ = try sync.sync(now: demoNow, host: "laptop")
        let session = StoreSession(store: store)

        try store.update(1) { try $0.record(.note("one more call"), at: demoNow, now: demoNow) }
        guard case let .synced(lines) = session.sync(now: demoNow) else { Issue.record("expected a sync"); return }
        #expect(lines == ["sent changes to #1"])

        try store.update(1) { try $0.record(.note("written offline"), at: demoNow, now: demoNow) }
        #expect(Git(executable: gitPath, directory: storeDir).run(["remote", "set-url", "origin", dir + "/gone.git"]).ok)
        guard case let .syncFailed(text) = session.sync(now: demoNow) else { Issue.record("expected a failure"); return }
        #expect(text.hasPrefix("kept here, sent with the next S; cannot reach") && !text.contains("\n"), "\(text)")
        var app = App(width: 60, height: 16, now: demoNow, zone: tokyo)
        _ = app.update(.syncFailed(text))
        #expect(app.notice?.text == "not synced: " + text)
        let screen = app.render()
        #expect((0..<16).contains { screen.line($0).contains("not synced: kept here, sent with the next S; cannot") })
    }

    /// Two syncs of one store at once (the nightly job and `S`) raced over git's own
    /// locks, and the loser said it could not reach the remote. The second waits for
    /// the first; one that is not done in time is named, and nothing is done here.
    @Test func aSyncWaitsForAnotherAndSaysSoWhenItGivesUp() throws {
        let dir = temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var (gitPath, store, sync) = try syncedStore(in: dir)
        let storeDir = store.directory
        try store.update(1) { try $0.record(.note("one more call"), at: demoNow, now: demoNow) }
        sync.waitForOtherSync = 0
        do {
            let other = try StoreLock(path: storeDir + "/.git/ladder-sync.lock", timeout: 0)
            #expect(throws: StoreSync.Failure.self) { _ = try sync.sync(now: demoNow, host: "laptop") }
            do { _ = try sync.sync(now: demoNow, host: "laptop") } catch {
                #expect(error.description == "another ladder sync is running in \(storeDir) and did not finish within 0 seconds; nothing was done here")
            }
            #expect(Git(executable: gitPath, directory: storeDir).run(["status", "--porcelain"]).output != "", "nothing committed")
            withExtendedLifetime(other) {}
        }
        // Once the other has finished, the sync goes ahead.
        #expect(try sync.sync(now: demoNow, host: "laptop").delivered == [1])
    }

    /// A store with case 1 in `dir`, made a repository whose remote is a bare one beside
    /// it (`sync --init`); with the git it found and its sync.
    private func syncedStore(in dir: String) throws -> (git: String, store: Store, sync: StoreSync) {
        let gitPath = try #require(Git.find(environment: ProcessInfo.processInfo.environment), "git is on PATH")
        let remote = dir + "/remote.git"
        #expect(Git(executable: gitPath, directory: dir).run(["init", "-q", "--bare", remote]).ok)
        let store = Store(directory: dir + "/store")
        try addCase(to: store)
        let sync = StoreSync(store: store, git: Git(executable: gitPath, directory: store.directory), ladder: "/bin/true")
        _ = try sync.initialise(remote: remote, now: demoNow)
        return (gitPath, store, sync)
    }
}
