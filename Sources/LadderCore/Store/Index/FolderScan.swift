import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Lists `cases/` and stamps every case file, as work for the helper threads
/// (`Parallel.Work`), while the index is read on this one: at ten thousand cases each
/// takes about as long as the other. The stamping is in chunks that any thread may
/// take: a reader that finishes the index first helps with what is left
/// (`waitSorted`), and a helper that finishes the stamping helps with the index.
final class FolderScan: @unchecked Sendable {
    let directory: String
    let started = Date()
    /// The wall clock as the scan began: what its folder stamp's `checked` says.
    private let startedAt = FileStamp.wallClock
    /// The listing, then (from within it) the stamping.
    private var listing: Parallel.Work!
    // Set by the listing, and read only after waiting for it.
    private var names: [String] = []  // in order
    private var copies: [String: [String]] = [:]
    private var folder: FileStamp?
    private var failure: String?
    private var dir: OpaquePointer?
    private var stampingWork: Parallel.Work?
    /// One slot per name, each written by the chunk that holds it.
    private var results = UnsafeMutableBufferPointer<FileStamp?>(start: nil, count: 0)
    private static let chunkSize = 256
    /// Whether each file is stamped (else each is `FileStamp.unknown`).
    let stamping: Bool

    /// `stamping: false` for a store with no index, where every file is read and so
    /// stamped as it is opened: stamping each beforehand was a tenth of the first
    /// read after a clone.
    init(_ directory: String, stamping: Bool = true) {
        self.directory = directory
        self.stamping = stamping
        listing = Parallel.Work(1) { [self] _ in list() }
    }

    deinit {
        results.deinitialize()
        results.deallocate()
        if let dir { closedir(dir) }
    }

    /// What one scan found.
    struct Found {
        /// Every case file's name and stamp, in name order (a file removed since the
        /// listing is left out).
        var files: [(name: String, stamp: FileStamp)]
        /// The folder's stamp from before the listing (nil: there is no folder yet).
        var folder: FileStamp?
        /// Sync tools' copies of case files, by the name of the case file.
        var copies: [String: [String]]
        /// Listed without their stamps (each is `FileStamp.unknown`).
        var unstamped = false
    }

    /// Waits for the scan, stamping what is left on this thread meanwhile.
    func waitSorted() throws(StoreError) -> Found {
        listing.wait()
        if let failure { throw .io(failure) }
        stampingWork?.wait()
        var files: [(name: String, stamp: FileStamp)] = []
        files.reserveCapacity(names.count)
        for (i, n) in names.enumerated() { if let s = results[i] { files.append((n, s)) } }
        return Found(files: files, folder: folder, copies: copies, unstamped: !stamping)
    }

    /// The stamps by name.
    func wait() throws(StoreError) -> (stamps: [String: FileStamp], folder: FileStamp?) {
        let found = try waitSorted()
        return (Self.byName(found.files), found.folder)
    }

    static func byName(_ files: [(name: String, stamp: FileStamp)]) -> [String: FileStamp] {
        Dictionary(files.lazy.map { ($0.name, $0.stamp) }, uniquingKeysWith: { a, _ in a })
    }

    /// Lists the folder and starts stamping what it found.
    private func list() {
        // The folder's stamp first: a file added during the listing changes it after.
        folder = FileStamp.of(directory)
        guard folder != nil else { return }
        folder!.checked = startedAt
        let fd = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0, let d = fdopendir(fd) else {
            failure = L("cannot read folder \(directory): \(String(cString: strerror(errno)))")
            if fd >= 0 { close(fd) }
            return
        }
        dir = d
        names.reserveCapacity(1024)
        while let entry = readdir(d) {
            let name = entryName(entry)
            switch CaseName(name) {
            case .file?, .older?: names.append(name)
            case let .copy(of: id)?: copies[CaseLines.fileName(id), default: []].append(name)
            case nil: continue
            }
        }
        names.sort()
        for k in copies.keys { copies[k]!.sort() }
        results = .allocate(capacity: names.count)
        guard stamping else { return results.initialize(repeating: .unknown) }
        results.initialize(repeating: nil)
        stampingWork = Parallel.Work((names.count + Self.chunkSize - 1) / Self.chunkSize) { [self] in stamp(chunk: $0) }
    }

    private func stamp(chunk: Int) {
        let fd = dirfd(dir!)
        for i in chunk * Self.chunkSize..<min(names.count, (chunk + 1) * Self.chunkSize) {
            results[i] = FileStamp.of(names[i], in: fd)
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
        // Up to seven digits (Store.highestNumber): a longer name is a file to name, not
        // a number to continue from.
        while i < name.count, name[i] >= 0x30, name[i] <= 0x39 {
            guard i < 7 else { return nil }
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
    static func startEarly(_ directory: String, unlessTrusted index: String) {
        // A folder the index can vouch for is not scanned (`FileStamp.isSafelyChecked`).
        if StoreIndex.trustedFolder(index: index, cases: directory) != nil { return }
        let scan = FolderScan(directory, stamping: FileSystem.exists(index))
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
        let store = Store(directory: directory)
        FolderScan.startEarly(store.casesDirectory, unlessTrusted: store.indexPath)
    }
}

