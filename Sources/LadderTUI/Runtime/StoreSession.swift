import Foundation
import LadderCore

/// The front end's side of the store: the first read, noticing changes made by other
/// processes, and saving what forms confirm. It turns each into a `Message`, so the
/// model never touches the disk. Used from the front end's one thread.
public final class StoreSession {
    public let store: Store
    /// Every case file's stamp, by file name.
    private var known: [String: FileStamp] = [:]
    /// The number each case file shows under, to say which case a removed file was.
    private var shown: [String: Int] = [:]
    /// The files that could not be read, by path: kept up to date file by file, so a
    /// change never needs the whole store read again.
    private var problems: [String: StoreProblem] = [:]
    private var folder: FileStamp?
    private var lastSweep = Date.distantPast
    private var searching: BackgroundRead?
    /// The summaries of a quick load, whose search text (details only) is folded first.
    private var quickSummaries: [CaseSummary] = []

    /// The config file to watch, if any, and its stamp when last read.
    private let configPath: String?
    private var configStamp: FileStamp?
    private let zone: TimeZone

    /// The config in force: who is a desk and which numbers are the company's, for a
    /// redacted export. Kept up to date by `pollConfig`.
    private var config: Config

    public init(store: Store, configPath: String? = nil, zone: TimeZone = .current, config: Config? = nil) {
        self.store = store
        self.configPath = configPath
        self.zone = zone
        self.config = config ?? Config(userZone: zone)
        configStamp = configPath.flatMap(FileStamp.of)
    }

    /// The config read again when its file changed (edited by hand or by `ladder org`).
    public func pollConfig() -> Message? {
        guard let path = configPath else { return nil }
        let stamp = FileStamp.of(path)
        guard stamp != configStamp else { return nil }
        configStamp = stamp
        do {
            config = try ConfigFile.load(path, userZone: zone)
            return .configured(config)
        } catch {
            return .configFailed(error.description)
        }
    }

    /// Reads where every case stands from the store's index; the cases themselves are
    /// read one by one as they are selected (`read`). An unreadable store gives an
    /// empty list and one problem.
    /// For a quicker first frame, `quick` reads the index alone, without its search
    /// text: `poll`'s first sweep, due at once, then catches files changed behind
    /// ladder's back, and `readSearchTextInBackground` brings the search text.
    public func load(quick: Bool = false) -> Message {
        folder = quick ? nil : store.folderStamp
        do {
            let snapshot = try quick ? store.indexedSnapshot(search: false) : store.snapshot()
            quickSummaries = quick ? snapshot.summaries : []
            known = snapshot.stamps
            shown = Dictionary(snapshot.summaries.map { (CaseLines.fileName($0.id), $0.number) }) { a, _ in a }
            self.problems = Dictionary(snapshot.problems.map { ($0.path, $0) }) { a, _ in a }
            return .indexed(summaries: snapshot.summaries, problems: snapshot.problems)
        } catch {
            known = [:]
            return .indexed(summaries: [], problems: [StoreProblem(path: store.casesDirectory, reason: "\(error)", hint: "check the folder's permissions")])
        }
    }

    /// Reads the index again with every case's search text on another thread;
    /// `searchTextRead` hands it over when it is done.
    /// Each case's search text is folded there too (width, kana, case: the slow part of
    /// a first filter key at 10,000 cases), with the organisation's aliases. After a quick
    /// load the details' text (title, organisation, tags, references) is folded and handed
    /// over first, in well under the time the index's full text takes to read.
    public func readSearchTextInBackground() {
        let read = BackgroundRead()
        let store = store
        let config = config
        let quick = quickSummaries
        quickSummaries = []
        DispatchQueue.global(qos: .utility).async {
            var aliases: [String: [String]] = [:]
            func fold(_ list: [CaseSummary]) -> [Int: SearchText] {
                var texts: [Int: SearchText] = [:]
                texts.reserveCapacity(list.count)
                for s in list {
                    let org = s.details.organisation
                    let names = aliases[org] ?? config.aliases(of: org)
                    aliases[org] = names
                    texts[s.number] = SearchText(s, aliases: names)
                }
                return texts
            }
            if !quick.isEmpty { read.deliver((quick, fold(quick)), last: false) }
            guard let list = try? store.summaries(search: true).summaries else { return read.deliver(nil, last: true) }
            read.deliver((list, fold(list)), last: true)
        }
        searching = read
    }

    /// Whether the search text is still being read.
    public var isReadingSearchText: Bool { searching != nil }

    /// The search text as each part is done: the details' first (after a quick load),
    /// then every case's whole text.
    public func searchTextRead() -> Message? {
        guard let read = searching, let (result, last) = read.next() else { return nil }
        if last { searching = nil }
        return result.map { .searchable(summaries: $0.0, texts: $0.1) }
    }

    /// Writes an export of a case to a new private file (0600); an existing file is
    /// never overwritten.
    public func export(_ request: ExportRequest, now: Date, zone: TimeZone) -> Message {
        let path = request.path.hasPrefix("~/") ? (ProcessInfo.processInfo.environment["HOME"] ?? "") + request.path.dropFirst() : request.path
        do {
            let state = CaseState(try store.load(request.number))
            var redacted = 0
            let text: String
            if request.format == .ics {
                text = CalendarExport.ics([state], now: now, zone: zone)
            } else {
                var doc = WriteUp(state, now: now, zone: zone)
                if request.redact {
                    let (r, redactor) = WriteUp.redacted(state, now: now, zone: zone, config: config)
                    doc = r
                    redacted = redactor.replaced.count
                }
                switch request.format {
                case .markdown: text = doc.markdown
                case .html: text = doc.html
                default: text = TerminalText.jsonInert(String(decoding: try CaseCodec.encoder().encode(doc), as: UTF8.self)) + "\n"
                }
            }
            let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
            guard fd >= 0 else {
                return .exportFailed(errno == EEXIST ? L("\(path) exists; give another file name") : L("cannot create \(path): \(String(cString: strerror(errno)))"))
            }
            defer { close(fd) }
            let data = Data(text.utf8)
            let written = data.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            guard written == data.count else { return .exportFailed(L("cannot write \(path): \(String(cString: strerror(errno)))")) }
            return .exported(path: path, redacted: redacted)
        } catch {
            return .exportFailed("\(error)")
        }
    }

    /// One case in full, for the detail pane and the forms.
    public func read(_ number: Int) -> Message {
        do { return .read(try store.load(number)) } catch {
            let path = store.path(of: number)
            switch error {
            case let .damaged(p): return .readFailed(number: number, problem: p)
            case let .io(message), let .denied(message): return .readFailed(number: number, problem: StoreProblem(path: path, reason: message, hint: "check the file's permissions"))
            case .caseNotFound: return .readFailed(number: number, problem: StoreProblem(path: path, reason: L("it is gone"), hint: "it was removed since the list was read"))
            }
        }
    }

    /// What changed on disk since the last look, or nil. Cheap when nothing did: one
    /// stat of the folder, plus a stat of each file every `sweep` seconds to catch
    /// files edited in place by hand.
    public func poll(now: Date = Date(), sweep: TimeInterval = 2) -> Message? {
        let stamp = store.folderStamp
        let sweepDue = now.timeIntervalSince(lastSweep) >= sweep
        guard stamp != folder || sweepDue else { return nil }
        folder = stamp
        lastSweep = now
        guard let current = try? store.stamps() else { return nil }
        let removed = known.keys.filter { current[$0] == nil }
        let changed = current.filter { known[$0.key] != $0.value }.map(\.key).sorted()
        guard !removed.isEmpty || !changed.isEmpty else { return nil }
        known = current
        var cases: [CaseFile] = []
        var gone: [Int] = []
        for name in removed {
            problems[store.path(ofName: name)] = nil
            if case let .older(n)? = CaseName(name) { gone.append(n) } else if let n = shown[name] { gone.append(n) }
            shown[name] = nil
        }
        // The numbers as they stand now: a case from another machine may clash with one here.
        let numbering = changed.isEmpty ? nil : (try? store.directoryOfCases())?.numbering
        for name in changed {
            let path = store.path(ofName: name)
            problems[path] = nil
            do {
                var file = try store.load(fileNamed: name)
                file.number = numbering?.shown[file.id] ?? file.number
                shown[CaseLines.fileName(file.id)] = file.number
                cases.append(file)
            } catch {
                switch error {
                case let .damaged(p): problems[path] = p
                case let .io(message), let .denied(message): problems[path] = StoreProblem(path: path, reason: message, hint: "check the file's permissions")
                case .caseNotFound: break  // removed since the stat
                }
            }
        }
        // In number order, as `removed` is (files are listed by name, which is the case's id).
        cases.sort { $0.number < $1.number }
        // Problems with files that did not change this time still stand.
        return .changed(cases: cases, removed: gone.sorted(), problems: problems.values.sorted { $0.path < $1.path })
    }

    /// `ladder sync`, as the command line runs it: commit, fetch, merge, push.
    public func sync(now: Date) -> Message {
        let environment = ProcessInfo.processInfo.environment
        guard let git = Git.find(environment: environment) else {
            return .syncFailed(L("sync needs git, and there is no git on PATH"))
        }
        let ladder = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        let sync = StoreSync(store: store, git: Git(executable: git, directory: store.directory), ladder: ladder)
        do {
            let report = try sync.sync(now: now, host: ProcessInfo.processInfo.hostName)
            var lines: [String] = []
            if !report.delivered.isEmpty { lines.append(L("sent changes to \(StoreSync.caseList(report.delivered, atMost: 8))")) }
            if let (here, there) = report.joined { lines.append(L("joined two stores started separately: \(here) cases here, \(there) there")) }
            if !report.received.isEmpty { lines.append(L("received changes to \(StoreSync.caseList(report.received, atMost: 8))")) }
            lines += report.renumbered.map(\.description)
            if report.remote == nil { lines.append(L("committed here; no remote yet (ladder sync --init REMOTE)")) }
            else if report.sent.isEmpty && report.received.isEmpty { lines.append(L("up to date")) }
            return .synced(lines)
        } catch {
            // What became of the work first, in the front end's words (its key is S):
            // the status line is cut at the screen's edge, and git's words can be long.
            if case let .later(problem, waiting?, _) = error {
                return .syncFailed(waiting != .nothing ? L("kept here, sent with the next S; \(problem)")
                                                       : L("nothing was waiting to be sent; \(problem)"))
            }
            return .syncFailed(error.description)
        }
    }

    /// Saves a confirmed form under the store's lock, against the case as it is on
    /// disk now, so a change made elsewhere in the meantime is never lost.
    public func perform(_ request: SaveRequest) -> Message {
        do {
            let file: CaseFile
            switch request {
            case .create:
                file = try store.create { number in
                    var f = CaseFile(number: number, events: [])
                    try request.apply(to: &f)
                    return f
                }
            case let .record(number, _, _, _, _):
                file = try store.update(number) { try request.apply(to: &$0) }
            }
            let name = CaseLines.fileName(file.id)
            known[name] = FileStamp.of(store.path(ofName: name))
            shown[name] = file.number
            folder = store.folderStamp
            return .saved(file)
        } catch let e as LadderError {
            return .saveFailed(.invalid(e))
        } catch {
            return .saveFailed(.store("\(error)"))
        }
    }
}

/// The result of a read on another thread, handed over under a lock.
private final class BackgroundRead: @unchecked Sendable {
    private let lock = NSLock()
    private var ready: [([CaseSummary], [Int: SearchText])?] = []
    private var finished = false

    /// Hands over one part (nil: the read failed); `last` after the final one.
    func deliver(_ part: ([CaseSummary], [Int: SearchText])?, last: Bool) {
        lock.withLock {
            ready.append(part)
            if last { finished = true }
        }
    }

    /// The next part handed over, and whether it is the last; nil while none is waiting.
    func next() -> (([CaseSummary], [Int: SearchText])?, Bool)? {
        lock.withLock {
            guard !ready.isEmpty else { return nil }
            let part = ready.removeFirst()
            return (part, finished && ready.isEmpty)
        }
    }
}
