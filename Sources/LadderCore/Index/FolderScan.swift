import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Lists `cases/` and stamps every case file on another thread, while the index is
/// read on this one: at ten thousand cases each takes about as long as the other.
/// The stamping is done in chunks that any thread may take: a reader that finishes
/// the index first helps with what is left (`waitSorted`) instead of waiting, so
/// neither core idles while the other works.
final class FolderScan: @unchecked Sendable {
    let directory: String
    let started = Date()
    /// Guards what the listing sets and the count of chunks done.
    private let state = NSCondition()
    // Set once by the listing under `state`, and only read after it.
    private var listed = false
    private var numbers: [Int] = []  // in order
    private var folder: FileStamp?
    private var failure: String?
    private var dir: OpaquePointer?
    /// One slot per number, each written by the chunk that holds it.
    private var results = UnsafeMutableBufferPointer<FileStamp?>(start: nil, count: 0)
    private var chunks = 0
    private var chunksDone = 0
    private let nextChunk = Atomic<Int>(0)
    private static let chunkSize = 256

    init(_ directory: String) {
        self.directory = directory
        let started = Parallel.detach { [self] in
            list()
            stampChunks()
        }
        if !started { list() }  // no thread to be had: the reader stamps it all when it waits
    }

    deinit {
        results.deinitialize()
        results.deallocate()
        if let dir { closedir(dir) }
    }

    /// Every case file's number and stamp, in number order (a file removed since the
    /// listing is left out), and the folder's stamp from before the listing (nil: there
    /// is no folder yet). Stamps what is left on this thread meanwhile.
    func waitSorted() throws(StoreError) -> (files: [(number: Int, stamp: FileStamp)], folder: FileStamp?) {
        state.lock()
        while !listed { state.wait() }
        state.unlock()
        if let failure { throw .io(failure) }
        stampChunks()
        state.lock()
        while chunksDone < chunks { state.wait() }
        state.unlock()
        var files: [(number: Int, stamp: FileStamp)] = []
        files.reserveCapacity(numbers.count)
        for (i, n) in numbers.enumerated() { if let s = results[i] { files.append((n, s)) } }
        return (files, folder)
    }

    /// The same, by number.
    func wait() throws(StoreError) -> (stamps: [Int: FileStamp], folder: FileStamp?) {
        let (files, folder) = try waitSorted()
        return (Self.byNumber(files), folder)
    }

    /// Stamps in number order as a table by number.
    static func byNumber(_ files: [(number: Int, stamp: FileStamp)]) -> [Int: FileStamp] {
        Dictionary(uniqueKeysWithValues: files.lazy.map { ($0.number, $0.stamp) })
    }

    private func list() {
        // The folder's stamp first: a file added during the listing changes it after.
        let folder = FileStamp.of(directory)
        var found: [Int] = []
        var failure: String?
        var dir: OpaquePointer?
        if folder != nil {
            let fd = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            if fd >= 0, let d = fdopendir(fd) {
                dir = d
                found.reserveCapacity(1024)
                while let entry = readdir(d) {
                    // N.json with N a positive number; anything else (temp files) is not a case.
                    let n = withUnsafeBytes(of: entry.pointee.d_name) { Self.caseNumber($0.bindMemory(to: CChar.self)) }
                    if let n { found.append(n) }
                }
                found.sort()
            } else {
                failure = "cannot read folder \(directory): \(String(cString: strerror(errno)))"
                if fd >= 0 { close(fd) }
            }
        }
        let results = UnsafeMutableBufferPointer<FileStamp?>.allocate(capacity: found.count)
        results.initialize(repeating: nil)
        state.lock()
        (self.folder, self.failure, self.dir, self.numbers, self.results) = (folder, failure, dir, found, results)
        chunks = (found.count + Self.chunkSize - 1) / Self.chunkSize
        listed = true
        state.broadcast()
        state.unlock()
    }

    /// Takes chunks of the listing and stamps them until none is left.
    private func stampChunks() {
        guard let dir else { return }
        let fd = dirfd(dir)
        var done = 0
        while true {
            let c = nextChunk.wrappingAdd(1, ordering: .relaxed).oldValue
            guard c < chunks else { break }
            for i in c * Self.chunkSize..<min(numbers.count, (c + 1) * Self.chunkSize) {
                results[i] = Self.stamp(numbers[i], in: fd)
            }
            done += 1
        }
        guard done > 0 else { return }
        state.lock()
        chunksDone += done
        if chunksDone == chunks { state.broadcast() }
        state.unlock()
    }

    /// The stamp of `N.json` in the open folder, the name written without a String.
    private static func stamp(_ number: Int, in dir: Int32) -> FileStamp? {
        withUnsafeTemporaryAllocation(of: CChar.self, capacity: 32) { name -> FileStamp? in
            var digits = 0
            var rest = number
            repeat { digits += 1; rest /= 10 } while rest > 0
            rest = number
            for i in stride(from: digits - 1, through: 0, by: -1) {
                name[i] = CChar(0x30 + rest % 10)
                rest /= 10
            }
            for (i, c) in ".json".utf8.enumerated() { name[digits + i] = CChar(c) }
            name[digits + 5] = 0
            var st = stat()
            guard fstatat(dir, name.baseAddress!, &st, 0) == 0 else { return nil }
            return FileStamp(st)
        }
    }

    /// The number in a name `N.json`, or nil.
    static func caseNumber(_ name: String) -> Int? {
        name.utf8CString.withUnsafeBufferPointer(caseNumber)
    }

    /// The number in a name `N.json`, read from the C string without making a String.
    static func caseNumber(_ name: UnsafeBufferPointer<CChar>) -> Int? {
        var n = 0
        var i = 0
        while i < name.count, name[i] >= 0x30, name[i] <= 0x39 {
            guard i < 12 else { return nil }
            n = n * 10 + Int(name[i] - 0x30)
            i += 1
        }
        guard i > 0, n > 0, name[0] != 0x30, i + 5 < name.count,
              name[i] == 0x2E, name[i + 1] == 0x6A, name[i + 2] == 0x73, name[i + 3] == 0x6F, name[i + 4] == 0x6E,
              name[i + 5] == 0 else { return nil }
        return n
    }
}

extension FolderScan {
    nonisolated(unsafe) private static var early: FolderScan?
    private static let earlyLock = NSLock()

    /// Starts the scan of a store's `cases/` at once, before the command line is even
    /// read, so that it runs on a second core while the process starts: `list` and the
    /// reports need every file's stamp. A read of that folder in the next second takes
    /// it over (`take`); otherwise it is left to finish unused.
    static func startEarly(_ directory: String) {
        let scan = FolderScan(directory)
        earlyLock.withLock { early = scan }
    }

    /// The early scan of `directory`, once, while it is fresh (stamps taken before the
    /// index is read are what a read needs; older ones are not used).
    static func take(_ directory: String) -> FolderScan? {
        earlyLock.withLock {
            defer { early = nil }
            guard let scan = early, scan.directory == directory, Date().timeIntervalSince(scan.started) < 1 else { return nil }
            return scan
        }
    }
}

extension Store {
    /// See `FolderScan.startEarly`: for a command about to read this store's summaries.
    public static func scanEarly(directory: String) {
        FolderScan.startEarly(Store(directory: directory).casesDirectory)
    }
}

