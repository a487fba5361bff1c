import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file ladder writes for other programs (a subscribed calendar, a backup): replaced
/// whole or not at all, so a reader never sees half of it. The new text goes to a temp
/// file in the same folder (so the rename stays on one file system), is flushed, and is
/// renamed over the old one; the folder is flushed after.
public enum OutputFile {
    /// Writes `data` to `path` atomically. The file keeps the permissions of the one it
    /// replaces; a new one is 0644 less the umask (it is meant to be read by others'
    /// programs). Nothing is left behind on failure.
    /// `private`: a new file is for its owner alone (0600), as the store's own files are:
    /// a backup or an export of the whole store holds everything the user wrote.
    public static func replace(_ path: String, with data: Data, private: Bool = false) throws(StoreError) {
        let dir = PathText.folder(path).isEmpty ? "." : PathText.folder(path)
        let name = PathText.name(path)
        var template = Array("\(dir)/.\(name).XXXXXX".utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw failure(L("create a file in"), dir) }
        let temp = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        var done = false
        defer { if !done { unlink(temp) } }
        do {
            defer { close(fd) }
            var old = stat()
            let mode: mode_t
            if stat(path, &old) == 0 {
                mode = old.st_mode & 0o777
            } else {
                let mask = umask(0)
                umask(mask)
                mode = (`private` ? 0o600 : 0o644) & ~mask
            }
            guard fchmod(fd, mode) == 0 else { throw failure(L("set permissions of"), temp) }
            let written = data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) -> Bool in
                var offset = 0
                while offset < buffer.count {
                    let n = write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                    if n < 0 {
                        if errno == EINTR { continue }
                        return false
                    }
                    offset += n
                }
                return true
            }
            guard written else { throw failure(L("write"), temp) }
            guard fsync(fd) == 0 else { throw failure(L("flush"), temp) }
        }
        guard rename(temp, path) == 0 else { throw failure(L("replace"), path) }
        done = true
        let dfd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if dfd >= 0 {
            _ = fsync(dfd)
            close(dfd)
        }
    }

    /// An input/output failure (exit 74), naming the file and the system's reason.
    private static func failure(_ verb: String, _ path: String) -> StoreError {
        let reason = String(cString: strerror(errno))
        return .io(L("cannot \(verb) \(path): \(reason); nothing was written"))
    }
}
