import Foundation

extension Store {
    /// The last change recorded in the store that still counts (not undone, not an
    /// undo itself): what `ladder undo` reverts. Case files are read newest first, and
    /// the search stops at a file older than the best change found so far: a change is
    /// written to its file when it is recorded, so an older file holds no later one.
    /// Files that cannot be read are passed over.
    public func lastChange() throws(StoreError) -> (file: CaseFile, event: Event)? {
        let (stamps, _) = try FolderScan(casesDirectory).wait()
        let newestFirst = stamps.sorted { ($0.value.modified, $0.key) > ($1.value.modified, $1.key) }
        var best: (file: CaseFile, event: Event)?
        var shown: [UUID: Int]?
        for (name, stamp) in newestFirst {
            if let b = best, Double(stamp.modified) / 1e9 < b.event.recorded.timeIntervalSince1970 { break }
            guard var file = try? load(name: name), let change = CaseState(file).lastChange else { continue }
            // Under the number it shows (a clash after a sync shows one under another).
            if shown == nil { shown = (try? directoryOfCases()).map { d in d.numbering.shown } ?? [:] }
            file.number = shown?[file.id] ?? file.number
            // Ties in recording time go to the file written later, met first.
            if best == nil || change.recorded > best!.event.recorded { best = (file, change) }
        }
        return best
    }
}
