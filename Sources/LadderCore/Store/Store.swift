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

/// The local JSON store: one file per case under `cases/`, named by its number, so a
/// change rewrites one small file and two machines syncing the folder rarely touch the
/// same one. Reads need no lock (renames are atomic); every change holds `lock`.
public struct Store: Sendable {
    public let directory: String

    public init(directory: String) {
        self.directory = directory
    }

    public var casesDirectory: String { directory + "/cases" }
    public func path(of number: Int) -> String { "\(casesDirectory)/\(number).json" }

    /// The numbers of every case file, damaged ones included, in order.
    public func numbers() throws(StoreError) -> [Int] {
        try checkReadable()
        do {
            // One rule for what names a case file, shared with the index's folder scan.
            return try FileSystem.names(in: casesDirectory).compactMap(FolderScan.caseNumber).sorted()
        } catch {
            throw .io("\(error)")
        }
    }

    public func load(_ number: Int) throws(StoreError) -> CaseFile {
        let p = path(of: number)
        var st = stat()
        if lstat(p, &st) != 0 {
            // Only a file that is not there is "no case"; a folder we may not enter is said.
            if errno == ENOENT {
                try checkReadable()
                throw .caseNotFound(number)
            }
            throw .denied(Store.cannot(L("look at"), p, code: errno))
        }
        let data: Data
        do {
            data = try FileSystem.read(p, atMost: Bounds.caseFileBytes)
        } catch let f as FileSystem.Failure where f.code == EACCES {
            throw .denied(Store.cannot(L("read"), p, stat: st))
        } catch {
            throw .io("\(error)")
        }
        let damaged = { (reason: String) in
            StoreError.damaged(StoreProblem(
                path: p, reason: reason,
                hint: L("ladder will not change this file; fix it by hand or move it out of \(casesDirectory)")))
        }
        let file: CaseFile
        do { file = try CaseCodec.decodeCase(data) } catch { throw damaged(error.text) }
        guard file.number == number else {
            throw damaged(L("it says it is case \(file.number), but its name says \(number)"))
        }
        return file
    }

    /// Every case that can be read, and a problem for each one that cannot, so one
    /// damaged file never hides the rest.
    public func loadAll() throws(StoreError) -> (cases: [CaseFile], problems: [StoreProblem]) {
        var cases: [CaseFile] = []
        var problems: [StoreProblem] = []
        for n in try numbers() {
            do {
                cases.append(try load(n))
            } catch {
                switch error {
                case let .damaged(p): problems.append(p)
                case .caseNotFound: continue  // removed since listing
                case let .io(message):
                    problems.append(StoreProblem(path: path(of: n), reason: message, hint: L("check the file's permissions")))
                case .denied:
                    throw error
                }
            }
        }
        return (cases, problems)
    }

    /// Creates the store if needed, takes the lock, and runs `body`.
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
            }
            return try body()
        }
    }

    /// Writes a case in the current format (an older file is brought up to it).
    func write(_ file: CaseFile) throws {
        let folderBefore = folderStamp
        var file = file
        file.format = CaseFile.currentFormat
        let data: Data
        do {
            data = try CaseCodec.encoder().encode(file) + Data("\n".utf8)
        } catch {
            throw StoreError.io(L("cannot encode case \(file.number): \(error)"))
        }
        guard data.count <= Bounds.caseFileBytes else {
            throw LadderError(.data, field: .caseNumber,
                              L("case \(file.number) would be \(data.count / 1_048_576) MiB, past the \(Bounds.caseFileBytes / 1_048_576) MiB a case file may be; nothing was written"),
                              hint: L("keep long documents in files of your own and note where they are"))
        }
        do {
            try FileSystem.writeAtomically(data, to: path(of: file.number))
        } catch {
            throw StoreError.io("\(error)")
        }
        indexWritten(data, number: file.number, folderBefore: folderBefore)
    }

    /// Adds a new case under the lock. `make` receives the number to use: one more than
    /// the highest given out or present as a file, damaged ones included, so no file is
    /// ever overwritten and no number comes back.
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
    /// `change` throws.
    @discardableResult
    public func update(_ number: Int, _ change: (inout CaseFile) throws -> Void) throws -> CaseFile {
        try locked {
            var file = try load(number)
            let before = file
            try change(&file)
            if file != before {
                // Its first rewrite in the current format keeps the old file first.
                if before.format < CaseFile.currentFormat { try keepOriginal(number, format: before.format) }
                try write(file)
            }
            return file
        }
    }
}
