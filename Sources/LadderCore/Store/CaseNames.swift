import Foundation

/// What a name in `cases/` is. One rule, shared by the folder scan, the doctor and the
/// migration.
public enum CaseName: Equatable, Sendable {
    /// `<id>.jsonl`: a case file of format 3.
    case file(UUID)
    /// `N.json`: a case file of format 1 or 2, until the store is converted.
    case older(Int)
    /// Another copy of a case file, made by a file-sync tool when two machines changed
    /// it at once: Syncthing's `<id>.sync-conflict-20261202-101500-ABCDEFG.jsonl`,
    /// Dropbox's `<id> (Laptop's conflicted copy 2026-12-02).jsonl`, and the like.
    /// Its lines are the case's too; the next write to the case takes them in.
    case copy(of: UUID)

    public init?(_ name: String) {
        if name.hasPrefix(".") { return nil }
        if name.hasSuffix(CaseLines.fileExtension), name.utf8.count >= 36 + CaseLines.fileExtension.utf8.count {
            guard let id = UUID(prefixOf: name) else { return nil }
            let rest = name.utf8.dropFirst(36).dropLast(CaseLines.fileExtension.utf8.count)
            if rest.isEmpty {
                // Only the canonical spelling (upper case) names the file; another is a copy.
                self = name.utf8.prefix(36).elementsEqual(id.text.utf8) ? .file(id) : .copy(of: id)
            } else if let rest = String(rest), rest.contains("conflict") || rest.contains("Conflict") || rest.hasPrefix(" (") || rest.hasPrefix(".") {
                self = .copy(of: id)
            } else {
                return nil
            }
            return
        }
        if let n = FolderScan.caseNumber(name), n != Store.formatMarkerNumber {
            self = .older(n)
            return
        }
        return nil
    }
}

extension Store {
    /// `cases/9999999.json` in a store of format 3: an older ladder, which reads only
    /// `N.json` files, reads this one, finds it was written by a newer ladder and says
    /// so, instead of taking the store for empty (and can add no case, the number
    /// being the highest).
    public static let formatMarkerNumber = 9_999_999
    var formatMarkerPath: String { casesDirectory + "/\(Store.formatMarkerNumber).json" }
    static let formatMarker = #"{"format":3,"note":"this store is in format 3: one file per case, named by its id (ladder 0.3 or later)"}"# + "\n"
}
