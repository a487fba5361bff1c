import Foundation

/// Bringing a store written by an older ladder up to the current format.
///
/// Reading never changes a file: an older store reads as it always meant. The first
/// write converts it whole, under the lock: each `N.json` is kept as it was, byte for
/// byte, in `backup/format-K/` (K: its format), written again as `<id>.jsonl`, and
/// removed; the marker `cases/9999999.json` then tells an older ladder that the store is
/// newer than it. A damaged file is left where it is, reported as before. The
/// conversion depends only on each file's content, so two machines converting the
/// same synced store write the same files.
extension Store {
    /// The older case files in `cases/` (not the marker).
    func olderFiles() -> [(name: String, number: Int)] {
        ((try? FileSystem.names(in: casesDirectory)) ?? []).compactMap { name in
            if case let .older(n)? = CaseName(name) { return (name, n) }
            return nil
        }.sorted { $0.number < $1.number }
    }

    /// Whether `cases/` is as the index's last line vouches for it: then no file has
    /// come or gone since, and none needs converting (the index vouches for a folder
    /// only when it holds no older file: a read that finds one, or a write that converts,
    /// leaves the folder unvouched, so the next write looks).
    var folderUnchangedSinceLastWrite: Bool {
        guard let tail = StoreIndex.tail(indexPath), let folder = tail.folder else { return false }
        return folder == folderStamp
    }

    /// Converts the store if it holds older files: called under the lock by every write
    /// that finds the folder changed since the last one.
    /// Says once, through `notice`, what it did.
    @discardableResult
    func convertIfOlder() throws -> Int {
        let older = olderFiles()
        guard !older.isEmpty else { return 0 }
        var converted = 0
        var formats = Set<Int>()
        for (name, _) in older {
            guard let file = try? load(name: name) else { continue }  // damaged: left as it is, and reported
            try keepOriginal(name, format: file.format)
            formats.insert(file.format)
            var merged = file
            // The same case twice (a copy made by hand): one file of both timelines.
            if let existing = try? load(name: CaseLines.fileName(file.id)) {
                merged = existing
                for e in file.events where !existing.events.contains(where: { $0.id == e.id }) { merged.events.append(e) }
            }
            try write(merged)
            guard unlink(path(ofName: name)) == 0 else {
                throw StoreError.io(L("cannot remove \(path(ofName: name)) after converting it: \(String(cString: strerror(errno)))"))
            }
            converted += 1
        }
        if !FileSystem.exists(formatMarkerPath) {
            try? FileSystem.writeAtomically(Data(Store.formatMarker.utf8), to: formatMarkerPath)
        }
        if converted > 0 {
            let from = formats.sorted().map(String.init).joined(separator: L(", "))
            let kept = formats.sorted().map { "\(directory)/backup/format-\($0)" }.joined(separator: L(", "))
            notice?(L("converted \(converted) case files from format \(from) to format \(CaseFile.currentFormat) (one file per case, named by its id, for syncing); the old files are in \(kept)"))
        }
        return converted
    }

    /// Keeps a case file as it is on disk, in `backup/format-<format>/`, before it is
    /// converted. A copy already kept is not replaced.
    func keepOriginal(_ name: String, format: Int) throws {
        do {
            try keepCopy(name, in: "format-\(format)", once: true)
        } catch {
            throw StoreError.io(L("cannot keep a copy of \(path(ofName: name)) before writing it in format \(CaseFile.currentFormat): \(error)"))
        }
    }

    /// `ladder doctor --migrate`: converts now, under the lock. The number of files converted.
    public func convert() throws -> Int {
        let before = olderFiles().count
        guard before > 0 else { return 0 }
        try locked { try convertIfOlder() }
        return before - olderFiles().count
    }
}
