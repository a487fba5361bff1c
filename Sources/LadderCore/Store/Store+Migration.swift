import Foundation

/// Bringing case files written by an older ladder up to the current format, one file at a
/// time, as each is next changed.
///
/// Reading never changes a file: an older file reads as it always meant. The first time
/// ladder writes a change to one, it keeps the file as it was, byte for byte, in
/// `backup/format-N/` (N: its old format), then writes it in the current format. Files
/// never changed stay as they are, so an older ladder on another machine still reads them.
extension Store {
    /// Keeps case `number` as it is on disk, in `backup/format-<format>/`, before its
    /// first rewrite in the current format. A copy already kept is not replaced.
    func keepOriginal(_ number: Int, format: Int) throws {
        let folder = directory + "/backup/format-\(format)"
        let target = folder + "/\(number).json"
        guard !FileSystem.exists(target) else { return }
        do {
            let data = try FileSystem.read(path(of: number), atMost: Bounds.caseFileBytes)
            try FileSystem.makePrivateDirectory(directory + "/backup", refusingLink: true)
            try FileSystem.makePrivateDirectory(folder, refusingLink: true)
            try FileSystem.writeAtomically(data, to: target)
        } catch {
            throw StoreError.io(L("cannot keep a copy of \(path(of: number)) before writing it in format \(CaseFile.currentFormat): \(error)"))
        }
    }
}
