import Dispatch
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Lists `cases/` and stamps every case file on another thread, while the index is
/// read on this one: at ten thousand cases each takes about as long as the other.
final class FolderScan: @unchecked Sendable {
    /// Set by the scanning thread before it signals, read only after `wait`.
    private var stamps: [Int: FileStamp] = [:]
    private var folder: FileStamp?
    private var failure: String?
    private let done = DispatchSemaphore(value: 0)
    let directory: String
    let started = Date()

    init(_ directory: String) {
        self.directory = directory
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            scan(directory)
            done.signal()
        }
    }

    /// The stamp of each case file by number, and of the folder as it was before the
    /// listing (nil: there is no folder yet).
    func wait() throws(StoreError) -> (stamps: [Int: FileStamp], folder: FileStamp?) {
        done.wait()
        if let failure { throw .io(failure) }
        return (stamps, folder)
    }

    private func scan(_ directory: String) {
        // The folder's stamp first: a file added during the listing changes it after.
        folder = FileStamp.of(directory)
        guard folder != nil else { return }
        let dir = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard dir >= 0, let d = fdopendir(dir) else {
            failure = "cannot read folder \(directory): \(String(cString: strerror(errno)))"
            if dir >= 0 { close(dir) }
            return
        }
        defer { closedir(d) }
        while let entry = readdir(d) {
            // N.json with N a positive number; anything else (temp files) is not a case.
            let found = withUnsafeBytes(of: entry.pointee.d_name) { raw -> (Int, FileStamp)? in
                let name = raw.bindMemory(to: CChar.self)
                guard let n = Self.caseNumber(name) else { return nil }
                var st = stat()
                guard fstatat(dir, name.baseAddress!, &st, 0) == 0 else { return nil }
                return (n, FileStamp(st))
            }
            if let (n, stamp) = found { stamps[n] = stamp }
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

