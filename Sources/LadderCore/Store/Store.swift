import Foundation

/// A file the store could not read, and what to do about it.
public struct StoreProblem: Sendable, Equatable, CustomStringConvertible {
    public var path: String
    public var reason: String
    public var hint: String

    public init(path: String, reason: String, hint: String) {
        self.path = path
        self.reason = reason
        self.hint = hint
    }

    public var description: String { L("\(path): \(reason). \(hint)") }
}

public enum StoreError: Error, Sendable, CustomStringConvertible {
    case caseNotFound(Int)
    case damaged(StoreProblem)
    /// The file system refused (permissions, disk full, lock held too long).
    case io(String)
    /// The store, or a file of it, cannot be entered or read: never taken for empty.
    case denied(String)

    public var description: String {
        switch self {
        case let .caseNotFound(n): return L("there is no case \(n)")
        case let .damaged(p): return p.description
        case let .io(message), let .denied(message): return message
        }
    }
}

/// The local JSON store: one file per case under `cases/`, named by its id
/// (`CaseLines`), so a change rewrites one small file, and two machines that each add or
/// change cases while apart never make the same file two ways that git or a sync tool
/// cannot merge. Reads need no lock (renames are atomic); every change holds `lock`.
public struct Store: Sendable {
    public let directory: String
    /// Told what the user should hear of: a store converted to the current format, a
    /// number that now names another case. The command line says it on stderr.
    public var notice: (@Sendable (String) -> Void)?
    /// The command's "now", for notes that last a while (a number moved by a sync).
    public var now: Date?

    public init(directory: String, notice: (@Sendable (String) -> Void)? = nil, now: Date? = nil) {
        self.directory = directory
        self.notice = notice
        self.now = now
    }

    public var casesDirectory: String { directory + "/cases" }
    public func path(ofName name: String) -> String { casesDirectory + "/" + name }
    /// Where a case is written (in the current format).
    public func path(of file: CaseFile) -> String { path(ofName: CaseLines.fileName(file.id)) }

    /// The path of case `number`'s file as it stands, for messages; for a number no
    /// case has, the name an older ladder gave it (`N.json`).
    public func path(of number: Int) -> String {
        (nameFromHeads(number) ?? (try? directoryOfCases().names[number])).map { path(ofName: $0) } ?? path(ofName: "\(number).json")
    }

    /// Reads one case file, format 3 with its sync copies, or an older one.
    func load(name: String, copies: [String]? = nil) throws(StoreError) -> CaseFile {
        try decode(name: name, data: try bytes(name: name), copies: copies)
    }

    /// The bytes of a case file.
    func bytes(name: String) throws(StoreError) -> Data {
        try stampedBytes(name: name).data
    }

    /// The bytes of a case file, and its stamp as it was opened.
    func stampedBytes(name: String) throws(StoreError) -> (data: Data, stamp: FileStamp) {
        let p = path(ofName: name)
        do {
            return try FileSystem.readStamped(p, atMost: Bounds.caseFileBytes)
        } catch let f as FileSystem.Failure where f.code == ENOENT || f.code == EACCES || f.code == ENOTDIR {
            // Looked at only when it cannot be read (every read of a clone reads every
            // file): only a file that is not there is "no case"; a folder we may not
            // enter, or a file we may not read, is said.
            var st = stat()
            if lstat(p, &st) != 0 {
                if errno == ENOENT {
                    try checkReadable()
                    throw .caseNotFound(CaseName(name).flatMap { if case let .older(n) = $0 { n } else { nil } } ?? 0)
                }
                throw .denied(Store.cannot(L("look at"), p, code: errno))
            }
            if f.code == EACCES { throw .denied(Store.cannot(L("read"), p, stat: st)) }
            throw .io("\(f)")
        } catch {
            throw .io("\(error)")
        }
    }

    /// A case file's bytes read as a case (with its sync copies' lines).
    func decode(name: String, data: Data, copies: [String]? = nil, keepingText: Bool = true) throws(StoreError) -> CaseFile {
        let p = path(ofName: name)
        let damaged = { (reason: String) in
            StoreError.damaged(StoreProblem(
                path: p, reason: reason,
                hint: L("ladder will not change this file; fix it by hand or move it out of \(casesDirectory)")))
        }
        switch CaseName(name) {
        case let .older(number)?:
            var file: CaseFile
            do { file = try CaseCodec.decodeCase(data) } catch { throw damaged(error.text) }
            guard file.number == number else {
                throw damaged(L("it says it is case \(file.number), but its name says \(number)"))
            }
            CaseLines.placeInOrder(&file, zone: .current)
            return file
        case let .file(id)?:
            var others: [Data] = []
            for copy in copies ?? copiesOf(name) {
                if let d = try? FileSystem.read(path(ofName: copy), atMost: Bounds.caseFileBytes) { others.append(d) }
            }
            let file: CaseFile
            do { file = try CaseLines.decode(data, copies: others, keepingText: keepingText) } catch { throw damaged(error.text) }
            guard file.id == id else {
                throw damaged(L("it says it is case \(file.id.uuidString), but its name says \(id.uuidString)"))
            }
            return file
        case .copy?, nil:
            throw damaged(L("it is not a case file's name"))
        }
    }

    /// One case file by its name in `cases/`, under the number it claims.
    public func load(fileNamed name: String) throws(StoreError) -> CaseFile { try load(name: name) }

    /// The sync tools' copies of a case file now in the folder.
    func copiesOf(_ name: String) -> [String] {
        guard case let .file(id)? = CaseName(name) else { return [] }
        // A folder trusted whole holds none (a copy's coming would have changed it, and a
        // folder holding one is never trusted): no listing of every name.
        if StoreIndex.trustedFolder(index: indexPath, cases: casesDirectory) != nil { return [] }
        let prefix = id.uuidString
        return ((try? FileSystem.names(in: casesDirectory)) ?? []).filter {
            $0 != name && $0.hasPrefix(String(prefix.prefix(8))) && CaseName($0) == .copy(of: id)
        }.sorted()
    }

    /// Case `number`: the case showing under it, or the one that had it before (the
    /// store says the new number through `notice`).
    public func load(_ number: Int) throws(StoreError) -> CaseFile {
        var file: CaseFile
        // The index's table of contents names the file without reading every line's
        // head (`nameFromHeads`); the slow way knows former numbers and damaged files.
        // It answers only while the folder is trusted whole, which a folder holding a
        // sync tool's copy never is: no listing of 100,000 names to look for copies.
        if let name = nameFromHeads(number), let quick = try? load(name: name, copies: []) {
            file = quick
        } else {
            let found = try directoryOfCases()
            guard let name = found.names[number] else {
                if let now = found.numbering.formerly[number], let name = found.names[now] {
                    notice?(L("case \(number) is now case \(now)"))
                    var file = try load(name: name)
                    file.number = now
                    return file
                }
                // A case whose file cannot be read is named with what is wrong, never "no case".
                if let problem = found.problems.first(where: { claims($0.path, number) }) { throw .damaged(problem) }
                throw .caseNotFound(number)
            }
            file = try load(name: name)
        }
        file.number = number
        // A number this machine's user knew another case by, until a sync moved it.
        if let note = renumberedNote(for: number), note.to != number,
           now.map({ $0.timeIntervalSince(note.at) < Store.renumberedFor }) ?? true {
            notice?(L("case \(number) is now \"\(CaseState(file).details.title)\" (from another machine); your \"\(note.title)\", case \(number) here before the sync, is now case \(note.to)"))
        }
        return file
    }

    /// Whether a file that cannot be read is case `number`'s, as far as can be told: an
    /// older ladder's `N.json`, or a file of format 3 with a `numbered` line for it that
    /// can still be read.
    private func claims(_ path: String, _ number: Int) -> Bool {
        let name = PathText.name(path)
        switch CaseName(name) {
        case let .older(n)?: return n == number
        case .file?:
            guard let data = try? FileSystem.read(path, atMost: Bounds.caseFileBytes) else { return false }
            for line in data.split(separator: 0x0A) {
                if case let .claim(claim)? = try? CaseCodec.decoder().decode(StoredLine.self, from: Data(line)), claim.number == number {
                    return true
                }
            }
            return false
        default: return false
        }
    }

    /// Every case that can be read, in number order, and a problem for each one that
    /// cannot, so one damaged file never hides the rest.
    public func loadAll() throws(StoreError) -> (cases: [CaseFile], problems: [StoreProblem]) {
        // A store that cannot be entered is said, never taken for empty (the scan alone
        // finds no folder there).
        try checkReadable()
        var cases: [CaseFile] = []
        var problems: [StoreProblem] = []
        let scan = try FolderScan(casesDirectory).waitSorted()
        for (name, _) in scan.files {
            do {
                cases.append(try load(name: name, copies: scan.copies[name] ?? []))
            } catch {
                switch error {
                case let .damaged(p): problems.append(p)
                case .caseNotFound: continue  // removed since listing
                case let .io(message):
                    problems.append(StoreProblem(path: path(ofName: name), reason: message, hint: L("check the file's permissions")))
                case .denied:
                    throw error
                }
            }
        }
        let numbering = Numbering(cases.map { Numbering.Claim(id: $0.id, number: $0.number, claimedAt: CaseState($0).claimedAt, former: $0.formerNumbers) })
        for i in cases.indices { cases[i].number = numbering.shown[cases[i].id] ?? cases[i].number }
        cases.sort { $0.number < $1.number }
        return (cases, problems)
    }

    /// Creates the store if needed, takes the lock, and runs `body`. A store of an
    /// older format is converted first.
    func locked<T>(repairing: Bool = false, _ body: () throws -> T) throws -> T {
        if repairing { try checkReadable() } else { try checkWritable() }
        do {
            // Creates the store folder too, on the way to cases/, both 0700.
            try FileSystem.makePrivateDirectory(casesDirectory)
        } catch {
            throw StoreError.io("\(error)")
        }
        let lock: StoreLock
        do {
            lock = try StoreLock(path: directory + "/lock")
        } catch let f as FileSystem.Failure where f.code == EWOULDBLOCK || f.code == EINTR {
            throw StoreError.io(L("\(f) (another ladder is writing and did not finish within 10 seconds; try again)"))
        } catch let f as FileSystem.Failure where f.code == EACCES || f.code == EPERM {
            var st = stat()
            stat(directory + "/lock", &st)
            throw StoreError.denied(Store.cannot(FileSystem.openVerb, directory + "/lock", stat: st))
        } catch {
            throw StoreError.io("\(error)")
        }
        return try withExtendedLifetime(lock) {
            // No write is under way: whatever a killed one left goes (doctor's repair
            // keeps it in the backup instead).
            if !repairing {
                FileSystem.removeTemporaries(in: casesDirectory)
                FileSystem.removeTemporaries(in: directory)
                // Listing every file to look for older ones cost a quick-add at 10,000
                // cases a third of its time; a folder the index vouches for holds none.
                if !folderUnchangedSinceLastWrite { try convertIfOlder() }
            }
            return try body()
        }
    }

    /// Writes a case in the current format, and moves away the sync copies it took in.
    func write(_ file: CaseFile, copies: [String] = []) throws {
        let folderBefore = folderStamp
        var file = file
        let data: Data
        do {
            data = try CaseLines.encode(&file)
        } catch {
            throw StoreError.io(L("cannot encode case \(file.number): \(error)"))
        }
        guard data.count <= Bounds.caseFileBytes else {
            throw LadderError(.data, field: .caseNumber,
                              L("case \(file.number) would be \(data.count / 1_048_576) MiB, past the \(Bounds.caseFileBytes / 1_048_576) MiB a case file may be; nothing was written"),
                              hint: L("keep long documents in files of your own and note where they are"))
        }
        do {
            try FileSystem.writeAtomically(data, to: path(of: file))
        } catch {
            throw StoreError.io("\(error)")
        }
        for copy in copies { try keepAside(copy, in: "sync-copies") }
        indexWritten(file, data: data, folderBefore: folderBefore)
    }

    /// Adds a new case under the lock. `make` receives the number to use: one more than
    /// the highest given out or claimed, damaged files included, so no number comes back.
    @discardableResult
    public func create(_ make: (Int) throws -> CaseFile) throws -> CaseFile {
        try locked {
            let number = try nextNumber()
            let file = try make(number)
            precondition(file.number == number, "a new case must take the number it was given")
            try write(file)
            // Not flushed: after a crash, the case file (flushed) still holds the number.
            try? FileSystem.writeAtomically(Data("\(number)\n".utf8), to: lastNumberPath, durable: false)
            return file
        }
    }

    /// Reads a case fresh under the lock, changes it, and writes it back, so changes
    /// made by other processes in between are never lost. Nothing is written if
    /// `change` throws. A case shown under a new number (a clash after a sync) records
    /// that number as its own with the change.
    @discardableResult
    public func update(_ number: Int, _ change: (inout CaseFile) throws -> Void) throws -> CaseFile {
        try locked {
            var file = try load(number)
            let copies = copiesOf(CaseLines.fileName(file.id))
            let before = file
            try change(&file)
            if file != before || file.stored.untidy || file.claimedNumber != file.number || !copies.isEmpty {
                if before.stored.untidy, copies.isEmpty, before.format >= 3 { try keepCopy(CaseLines.fileName(file.id), in: "untidy") }
                try write(file, copies: copies)
            }
            return file
        }
    }

    /// Moves a file of `cases/` into `backup/<folder>/`, keeping it.
    func keepAside(_ name: String, in folder: String) throws {
        let target = directory + "/backup/" + folder
        do {
            try FileSystem.makePrivateDirectory(directory + "/backup", refusingLink: true)
            try FileSystem.makePrivateDirectory(target, refusingLink: true)
            guard rename(path(ofName: name), target + "/" + name) == 0 else { throw FileSystem.fail(L("move"), path(ofName: name)) }
        } catch {
            throw StoreError.io("\(error)")
        }
    }
}
