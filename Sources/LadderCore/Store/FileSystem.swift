import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The few POSIX calls the store needs, with errors that name the path.
enum FileSystem {
    struct Failure: Error, CustomStringConvertible {
        var path: String
        var operation: String
        var code: Int32
        /// Said in full, when no system error says it.
        var said: String?

        init(path: String, operation: String, code: Int32) {
            self.path = path
            self.operation = operation
            self.code = code
        }

        init(description: String) {
            self.init(path: "", operation: "", code: 0)
            said = description
        }

        var description: String { said ?? L("\(operation) \(path): \(String(cString: strerror(code)))") }
    }

    /// "open" as a file operation. The word alone is a case's status in the catalogs,
    /// which Japanese says otherwise, so other languages look it up by a longer key.
    static var openVerb: String { Language.current == .en ? "open" : L("open (a file)") }

    static func fail(_ operation: String, _ path: String) -> Failure {
        Failure(path: path, operation: operation, code: errno)
    }

    /// Creates a folder (and its parents) that only the owner can enter. With
    /// `refusingLink`, a link in its place is refused rather than followed (the store's
    /// own folder may be a link to a synced folder; its backup may not).
    static func makePrivateDirectory(_ path: String, refusingLink: Bool = false) throws {
        var own = stat()
        if refusingLink, lstat(path, &own) == 0, (own.st_mode & S_IFMT) == S_IFLNK {
            throw Failure(description: L("\(path) is a link; ladder keeps its backups in a folder of its own: move the link away"))
        }
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDir) {
            guard isDir.boolValue else { throw Failure(path: path, operation: L("use as a folder"), code: ENOTDIR) }
            return
        }
        var link = stat()
        if lstat(path, &link) == 0, (link.st_mode & S_IFMT) == S_IFLNK {
            throw Failure(description: danglingLink(path))
        }
        let parent = PathText.folder(path)
        if !parent.isEmpty, parent != path { try makePrivateDirectory(parent) }
        if mkdir(path, 0o700) != 0, errno != EEXIST { throw fail(L("create folder"), path) }
        // mkdir's mode is filtered by umask; say it exactly.
        if chmod(path, 0o700) != 0 { throw fail(L("set permissions of"), path) }
    }

    /// Writes `data` so that a crash leaves either the old file or the new one, never
    /// a torn one: a private temp file beside it, flushed, renamed over, folder synced.
    /// `durable: false` skips the flushes, for files that can be made again (the index).
    ///
    /// The temp file is made in the folder's private `.tmp/` (never followed through a
    /// link, never an existing file, under a name no one can guess), so nothing planted
    /// beside the store can be written through; what a killed write leaves there is
    /// removed by the next write (`removeTemporaries`).
    static func writeAtomically(_ data: Data, to path: String, durable: Bool = true) throws {
        try writeAtomically(to: path, durable: durable) { fd, temp in
            try data.withUnsafeBytes { try writeAll(fd, $0, temp) }
        }
    }

    /// The same for bytes made in parts (the packed summaries), written one after
    /// another without first being joined.
    static func writeAtomically(parts: [[UInt8]], to path: String, durable: Bool = true) throws {
        try writeAtomically(to: path, durable: durable) { fd, temp in
            for part in parts { try part.withUnsafeBytes { try writeAll(fd, $0, temp) } }
        }
    }

    /// The same for bytes made as they are written: `fill` is handed a function that
    /// writes the next bytes, so a large file (the whole index, after a copy or a clone)
    /// is never held whole in memory. An error `fill` throws leaves `path` as it was.
    static func writeAtomically(to path: String, durable: Bool = true,
                                streaming fill: (_ write: (UnsafeRawBufferPointer) throws -> Void) throws -> Void) throws {
        try writeAtomically(to: path, durable: durable) { fd, temp in
            try fill { try writeAll(fd, $0, temp) }
        }
    }

    private static func writeAll(_ fd: Int32, _ buffer: UnsafeRawBufferPointer, _ temp: String) throws {
        var offset = 0
        while offset < buffer.count {
            let n = write(fd, buffer.baseAddress! + offset, buffer.count - offset)
            if n < 0 {
                if errno == EINTR { continue }
                throw fail(L("write"), temp)
            }
            offset += n
        }
    }

    private static func writeAtomically(to path: String, durable: Bool, _ fill: (Int32, String) throws -> Void) throws {
        let dir = PathText.folder(path)
        let name = PathText.name(path)
        let temps = try temporaryFolder(in: dir)
        let temp = "\(temps)/\(name).\(String(UInt64.random(in: 0...UInt64.max), radix: 16)).tmp"
        let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw fail(L("create"), temp) }
        var ok = false
        defer { if !ok { unlink(temp) } }
        do {
            defer { close(fd) }
            guard fchmod(fd, 0o600) == 0 else { throw fail(L("set permissions of"), temp) }
            try fill(fd, temp)
            guard !durable || fsync(fd) == 0 else { throw fail(L("flush"), temp) }
        }
        guard rename(temp, path) == 0 else { throw fail(L("replace"), path) }
        ok = true
        guard durable else { return }
        let dfd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if dfd >= 0 {
            _ = fsync(dfd)
            close(dfd)
        }
    }

    /// `X is a link to Y, which does not exist; …`, with the fix.
    static func danglingLink(_ path: String) -> String {
        let target = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? "?"
        return L("\(path) is a link to \(target), which does not exist; create that folder (mkdir -p \(target)) or remove the link")
    }

    /// `dir/.tmp`, made 0700 if missing; refused when it is a link or not ours.
    static func temporaryFolder(in dir: String) throws -> String {
        let path = dir + "/.tmp"
        var st = stat()
        if lstat(path, &st) != 0 {
            guard errno == ENOENT else { throw fail(L("look at"), path) }
            if mkdir(path, 0o700) != 0, errno != EEXIST { throw fail(L("create folder"), path) }
            guard lstat(path, &st) == 0 else { throw fail(L("look at"), path) }
        }
        guard (st.st_mode & S_IFMT) == S_IFDIR, st.st_uid == geteuid() else {
            throw Failure(description: L("\(path) is not a folder of yours; ladder writes its temp files there: move it away"))
        }
        if st.st_mode & 0o777 != 0o700, chmod(path, 0o700) != 0 { throw fail(L("set permissions of"), path) }
        return path
    }

    /// Removes what writes killed mid-way left in `dir/.tmp`; only under the store's
    /// lock, when no write is under way. Unlinking never follows a link.
    static func removeTemporaries(in dir: String) {
        let path = dir + "/.tmp"
        // Only our own real folder: a link planted in its place is never followed.
        var st = stat()
        guard lstat(path, &st) == 0, (st.st_mode & S_IFMT) == S_IFDIR, st.st_uid == geteuid() else { return }
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { return }
        // Listed through the folder just opened, not by its name again.
        guard let d = fdopendir(fd) else { close(fd); return }
        defer { closedir(d) }
        var names: [String] = []
        while let entry = readdir(d) {
            let name = entryName(entry)
            if name != ".", name != ".." { names.append(name) }
        }
        for name in names { unlinkat(dirfd(d), name, 0) }
    }

    /// Linux's `O_NOATIME`, which Swift's Glibc module leaves out (it is the same bit
    /// on x86-64 and ARM64). A file copied or cloned has its access time equal to its
    /// modification time, so the first read of each would write its inode: every case
    /// file after a clone.
    #if os(Linux) && (arch(x86_64) || arch(arm64))
    static let noAccessTime: Int32 = 0o1000000
    #else
    static let noAccessTime: Int32 = 0
    #endif

    /// A regular file's bytes. Opened without blocking (a FIFO in its place cannot hang
    /// the reader), and refused unread when it is not a regular file or is larger than
    /// `limit`.
    static func read(_ path: String, atMost limit: Int? = nil) throws -> Data {
        try readStamped(path, atMost: limit).data
    }

    /// `read`, with the file's stamp as it was opened (before any of it was read).
    static func readStamped(_ path: String, atMost limit: Int? = nil) throws -> (data: Data, stamp: FileStamp) {
        var fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | noAccessTime)
        // Refused to a reader that does not own the file: read it as anyone does.
        if fd < 0, errno == EPERM, noAccessTime != 0 { fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK) }
        guard fd >= 0 else { throw fail(openVerb, path) }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw fail(L("read"), path) }
        guard (st.st_mode & S_IFMT) == S_IFREG else {
            throw Failure(description: L("\(path) is not a regular file"))
        }
        if let limit, Int(st.st_size) > limit {
            throw Failure(description: L("\(path) is \(Int(st.st_size) / 1_048_576) MiB, larger than the \(limit / 1_048_576) MiB a file may be; it was not read"))
        }
        // One read of the size the file has and one byte more, which tells that the end
        // was reached without a second call (every read reads every case file after a
        // clone); a file that grew meanwhile is read on to its end.
        var data = Data(count: Int(st.st_size) + 1)
        var length = 0
        while true {
            if length == data.count { data.count += max(4096, data.count / 2) }
            let n = data.withUnsafeMutableBytes { raw in
                pread(fd, raw.baseAddress! + length, raw.count - length, off_t(length))
            }
            if n < 0 {
                if errno == EINTR { continue }
                throw fail(L("read"), path)
            }
            if n == 0 { break }
            length += n
            // A short read is the end once the size fstat gave is reached.
            if length < data.count, length >= Int(st.st_size) { break }
        }
        data.count = length
        return (data, FileStamp(st))
    }

    /// Fills `buffer` from the open file `fd` at `offset`; false when the file ends
    /// first or cannot be read.
    static func read(_ fd: Int32, into buffer: UnsafeMutableRawBufferPointer, at offset: Int) -> Bool {
        var done = 0
        while done < buffer.count {
            let n = pread(fd, buffer.baseAddress! + done, buffer.count - done, off_t(offset + done))
            if n < 0, errno == EINTR { continue }
            guard n > 0 else { return false }
            done += n
        }
        return true
    }

    static func exists(_ path: String) -> Bool { access(path, F_OK) == 0 }

    /// The names in a folder, or an empty list if it does not exist.
    static func names(in dir: String) throws -> [String] {
        guard let d = opendir(dir) else {
            if errno == ENOENT { return [] }
            throw fail(L("read folder"), dir)
        }
        defer { closedir(d) }
        var out: [String] = []
        while let entry = readdir(d) {
            let name = entryName(entry)
            if name != "." && name != ".." { out.append(name) }
        }
        return out
    }
}

/// An exclusive advisory lock on the store's `lock` file. The kernel drops it when the
/// holder exits, so a crashed process never leaves the store locked.
final class StoreLock {
    private let fd: Int32

    /// Waits up to `timeout` seconds for the lock; with 0, fails at once if it is held.
    init(path: String, timeout: TimeInterval = 10) throws {
        var opened = open(path, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o600)
        if opened < 0, errno == EACCES {
            // Made under a restrictive umask (0400) by an earlier ladder: ours, so mended.
            var st = stat()
            if lstat(path, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG, st.st_uid == geteuid(), chmod(path, 0o600) == 0 {
                opened = open(path, O_RDWR | O_NOFOLLOW | O_CLOEXEC)
            }
        }
        fd = opened
        guard fd >= 0 else { throw FileSystem.fail(L("open lock file"), path) }
        // The mode is said exactly: the umask must not take the owner's write away.
        var st = stat()
        if fstat(fd, &st) == 0, st.st_uid == geteuid(), st.st_mode & 0o777 != 0o600 { fchmod(fd, 0o600) }
        let deadline = Date().addingTimeInterval(timeout)
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR, timeout > 0, Date() < deadline else {
                // Not closed here: a class whose init throws once every property is set
                // still runs its deinit, which closes it. Closing twice closed whatever
                // file another thread had just opened under the same number.
                throw FileSystem.Failure(path: path, operation: L("lock"), code: errno)
            }
            usleep(5_000)
        }
    }

    deinit {
        flock(fd, LOCK_UN)
        close(fd)
    }
}

/// When a file last changed and how big it is: enough to notice that another process
/// rewrote it (every write renames a new file into place, so the inode changes too).
public struct FileStamp: Sendable, Equatable {
    public var modified: Int64
    public var size: Int64
    public var inode: UInt64
    /// The inode's change time: moves even when a program puts the old mtime back.
    public var changed: Int64
    /// A hash of the content when it is known (0: not known). Not part of equality:
    /// it lets a reader trust a file that a copy or a clone gave a new inode and times.
    public var hash: UInt64 = 0
    /// For the cases folder in the index: when (wall clock, ns) a reader began a scan
    /// that found every file as the index has it (0: not known). Not part of equality.
    /// See `isSafelyChecked`.
    public var checked: Int64 = 0
    /// For the cases folder in the index: the reader that vouched for it found no two
    /// cases claiming one number (`Numbering.clashes`). Not part of equality.
    public var numbersClear = false

    /// A file listed but not stamped: no file has it, so nothing is trusted by it. A
    /// read of a store with no index at all stamps each file as it opens it, as it must
    /// read every file anyway (`FolderScan`).
    static let unknown = FileStamp(modified: 0, size: 0, inode: 0, changed: 0)

    public static func == (a: FileStamp, b: FileStamp) -> Bool {
        a.modified == b.modified && a.size == b.size && a.inode == b.inode && a.changed == b.changed
    }

    /// FNV-1a's constants over eight bytes at a time, each step stirred by a shift:
    /// enough (beside the size) to tell whether a file is the one a line was made from,
    /// and fast over the 15 MB a clone of 10,000 cases brings (a byte at a time was a
    /// tenth of that first read). Kept in the index only, which is per machine: a change
    /// to it needs a new index format, never a new store format.
    public static func hash(_ data: Data) -> UInt64 {
        data.withUnsafeBytes { raw in
            var h: UInt64 = 0xcbf29ce484222325
            var i = 0
            while i + 8 <= raw.count {
                h = (h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0x100000001b3
                h ^= h >> 29
                i += 8
            }
            while i < raw.count {
                h = (h ^ UInt64(raw[i])) &* 0x100000001b3
                i += 1
            }
            return h == 0 ? 1 : h
        }
    }

    public init(modified: Int64, size: Int64, inode: UInt64, changed: Int64) {
        self.modified = modified
        self.size = size
        self.inode = inode
        self.changed = changed
    }

    /// Whether a read may trust the index for the whole folder while the folder's stamp
    /// is this one, without stamping every file in it. Every tool that writes a case
    /// file (ladder itself, git, Syncthing, Dropbox, rsync, most editors) puts a new file
    /// in its place, which changes the folder's times; but the file system keeps those
    /// times by its clock tick (a few ms), so a file replaced within the tick of the
    /// last change leaves them as they were. As git does for its racily clean entries,
    /// the folder is trusted only when the scan that vouched for it began safely after
    /// its last change, so nothing in that tick was unseen.
    var isSafelyChecked: Bool {
        checked != 0 && checked - max(modified, changed) >= racyMargin
    }

    /// How long after the folder's last change a vouching must begin. Times with no
    /// fraction of a second come from a file system that keeps whole seconds (FAT, some
    /// network shares): two seconds. Otherwise a tenth of a second, far beyond the clock
    /// tick Linux keeps file times by (1 to 10 ms), so the first read that much after a
    /// write trusts the folder again.
    var racyMargin: Int64 {
        modified % 1_000_000_000 == 0 && changed % 1_000_000_000 == 0 ? FileStamp.longestRacyMargin : 100_000_000
    }

    /// The longest margin: for whole-second file systems.
    static let longestRacyMargin: Int64 = 2_000_000_000

    /// The wall clock in ns, as file times are kept.
    static var wallClock: Int64 {
        var ts = timespec()
        clock_gettime(CLOCK_REALTIME, &ts)
        return Int64(ts.tv_sec) * 1_000_000_000 + Int64(ts.tv_nsec)
    }

    /// nil when the file is not there.
    public static func of(_ path: String) -> FileStamp? {
        var st = stat()
        guard stat(path, &st) == 0 else { return nil }
        return FileStamp(st)
    }

    /// The stamp of `name` inside the open folder `dir`: no path to build per file.
    static func of(_ name: String, in dir: Int32) -> FileStamp? {
        var st = stat()
        guard fstatat(dir, name, &st, 0) == 0 else { return nil }
        return FileStamp(st)
    }

    init(_ st: stat) {
        self.init(modified: Int64(st.st_mtim.tv_sec) * 1_000_000_000 + Int64(st.st_mtim.tv_nsec),
                  size: Int64(st.st_size), inode: UInt64(st.st_ino),
                  changed: Int64(st.st_ctim.tv_sec) * 1_000_000_000 + Int64(st.st_ctim.tv_nsec))
    }
}

extension Store {
    /// The stamp of every case file, by name.
    public func stamps() throws(StoreError) -> [String: FileStamp] {
        try FolderScan(casesDirectory).wait().stamps
    }

    /// The stamp of the cases folder: it changes whenever a case file is added,
    /// replaced by a rename, or removed.
    public var folderStamp: FileStamp? { FileStamp.of(casesDirectory) }
}
