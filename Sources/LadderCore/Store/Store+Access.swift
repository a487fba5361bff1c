import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A store the user cannot enter must never look empty: a cron job would then stay silent
/// while replies are overdue. Every read checks the store's folders and index first, every
/// write also that no one else can change the store under it.
extension Store {
    /// Refuses a store folder, `cases/` or index that exists but cannot be read, a folder
    /// that is not one, and a store that is a link to nothing. A store not made yet is fine.
    public func checkReadable() throws(StoreError) {
        for (path, folder) in [(directory, true), (casesDirectory, true), (indexPath, false)] {
            var st = stat()
            guard stat(path, &st) == 0 else {
                let code = errno
                var link = stat()
                if code == ENOENT, lstat(path, &link) == 0 { throw .denied(FileSystem.danglingLink(path)) }
                if code == ENOENT { return }  // not made yet: nothing beyond it either
                throw .denied(Store.cannot(L("look at"), path, code: code))
            }
            let isFolder = (st.st_mode & S_IFMT) == S_IFDIR
            if folder, !isFolder { throw .denied(L("\(path) is not a folder; ladder keeps its store in a folder: move it away, or use --store DIR")) }
            if !folder, (st.st_mode & S_IFMT) != S_IFREG { throw .denied(L("\(path) is not a regular file; move it away (the index is made again)")) }
            guard access(path, folder ? R_OK | X_OK : R_OK) == 0 else { throw .denied(Store.cannot(L("read"), path, stat: st)) }
        }
    }

    /// Before a write: the store must be ours to write, and no one else's to change.
    func checkWritable() throws(StoreError) {
        try checkReadable()
        for path in [directory, casesDirectory] {
            var st = stat()
            guard stat(path, &st) == 0 else { continue }
            guard access(path, W_OK | X_OK) == 0 else { throw .denied(Store.cannot(L("write in"), path, stat: st)) }
            if Store.othersCanChange(st) {
                throw .denied(L("\(path) can be changed by other users (mode \(String(st.st_mode & 0o7777, radix: 8))); ladder writes nothing there. To fix it: ladder doctor --repair (or chmod 700 \(path))"))
            }
        }
    }

    /// A folder others can write to lets them plant files where ladder writes: so it is,
    /// unless it is sticky and ours (as /tmp is for its own files).
    static func othersCanChange(_ st: stat) -> Bool {
        st.st_mode & 0o022 != 0 && !(st.st_mode & mode_t(S_ISVTX) != 0 && st.st_uid == geteuid())
    }

    /// `ladder cannot read /s: it belongs to root and is 700, and you are nobody. If the
    /// store is yours, take it back: sudo chown -R nobody /s`.
    static func cannot(_ verb: String, _ path: String, stat st: stat) -> String {
        let owner = Store.userName(st.st_uid)
        let me = Store.userName(geteuid())
        return L("ladder cannot \(verb) \(path): it belongs to \(owner) and is \(String(st.st_mode & 0o777, radix: 8)), and you are \(me). If the store is yours, take it back: sudo chown -R \(me) \(path)")
    }

    static func cannot(_ verb: String, _ path: String, code: Int32) -> String {
        // A folder above it that cannot be entered: named, with its owner.
        if code == EACCES {
            var dir = PathText.folder(path)
            while dir.count > 1 {
                var st = stat()
                if stat(dir, &st) == 0 {
                    if access(dir, X_OK) != 0 { return cannot(verb, path, through: dir, stat: st) }
                    break
                }
                dir = PathText.folder(dir)
            }
        }
        return L("ladder cannot \(verb) \(path): \(String(cString: strerror(code))). Check the folders above it (ls -ld), or use --store DIR")
    }

    static func cannot(_ verb: String, _ path: String, through dir: String, stat st: stat) -> String {
        let me = Store.userName(geteuid())
        return L("ladder cannot \(verb) \(path): the folder \(dir) belongs to \(Store.userName(st.st_uid)) and is \(String(st.st_mode & 0o777, radix: 8)), and you are \(me). If it is yours, take it back: sudo chown -R \(me) \(dir)")
    }

    static func userName(_ uid: uid_t) -> String {
        guard let pw = getpwuid(uid), let name = pw.pointee.pw_name else { return L("user \(uid)") }
        return String(cString: name)
    }
}
