import Foundation

/// Bringing a store written by an older ladder up to the current case-file format.
///
/// `format` in the store folder holds the format every case file has been brought to.
/// Before its first write, a ladder that finds it missing or lower copies each older
/// case file, byte for byte, into `backup/format-N/` (N: the old format), then rewrites
/// it in the current format. Reading needs none of this: an older file reads as it
/// always meant, so the migration only makes that explicit.
extension Store {
    public var formatPath: String { directory + "/format" }

    /// The format the marker says every case file has; 0 when there is no marker.
    var markedFormat: Int {
        guard let data = try? FileSystem.read(formatPath) else { return 0 }
        return Int(String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
    }

    /// Migrates under the lock when the marker is behind. Returns one line for each file
    /// moved on; damaged files are left alone (doctor names them).
    @discardableResult
    func migrateIfNeeded() throws -> [String] {
        guard markedFormat < CaseFile.currentFormat else { return [] }
        var done: [String] = []
        var backups: [Int: String] = [:]
        for n in try numbers() {
            let p = path(of: n)
            guard let data = try? FileSystem.read(p), let file = try? CaseCodec.decodeCase(data),
                  file.number == n, file.format < CaseFile.currentFormat else { continue }
            let backup = try backups[file.format] ?? makeBackupFolder(for: file.format)
            backups[file.format] = backup
            do {
                try FileSystem.writeAtomically(data, to: backup + "/\(n).json")
            } catch {
                throw StoreError.io("cannot keep a copy of \(p) before migrating it: \(error)")
            }
            try write(file)
            done.append("\(p): format \(file.format) -> \(CaseFile.currentFormat) (the original is in \(backup))")
        }
        do {
            try FileSystem.writeAtomically(Data("\(CaseFile.currentFormat)\n".utf8), to: formatPath)
        } catch {
            throw StoreError.io("\(error)")
        }
        return done
    }

    /// `backup/format-1/`, or `backup/format-1-2/` if that is taken (a store restored
    /// from a copy and migrated again keeps both).
    private func makeBackupFolder(for format: Int) throws -> String {
        do {
            try FileSystem.makePrivateDirectory(directory + "/backup")
            var candidate = directory + "/backup/format-\(format)"
            var i = 2
            while FileSystem.exists(candidate) {
                candidate = directory + "/backup/format-\(format)-\(i)"
                i += 1
            }
            try FileSystem.makePrivateDirectory(candidate)
            return candidate
        } catch {
            throw StoreError.io("\(error)")
        }
    }
}
