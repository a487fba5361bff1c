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
        var name = name
        // Over the bytes: every read names all of a store's files, some of them more
        // than once, and comparing through String views cost 4,000 instructions a name.
        switch name.withUTF8({ Self.shape($0) }) {
        case let .file(id, canonical, rest)?:
            if rest.isEmpty {
                // Only the canonical spelling (upper case) names the file; another is a copy.
                self = canonical ? .file(id) : .copy(of: id)
            } else if rest.contains("conflict") || rest.contains("Conflict") || rest.hasPrefix(" (") || rest.hasPrefix(".") {
                self = .copy(of: id)
            } else {
                return nil
            }
        case .notACase?:
            return nil
        case nil:
            guard let n = FolderScan.caseNumber(name), n != Store.formatMarkerNumber else { return nil }
            self = .older(n)
        }
    }

    private static let extensionBytes = Array(CaseLines.fileExtension.utf8)

    private enum Shape {
        /// Hidden (a temporary file), or `.jsonl` without an id before it.
        case notACase
        /// `<id><rest>.jsonl`; `canonical`: the id as ladder spells it (upper case).
        case file(UUID, canonical: Bool, rest: String)
    }

    /// What the name looks like; nil when it may still be a case file of an older
    /// format (`N.json`).
    private static func shape(_ b: UnsafeBufferPointer<UInt8>) -> Shape? {
        if b.first == UInt8(ascii: ".") { return .notACase }
        let n = extensionBytes.count
        guard b.count >= 36 + n, extensionBytes.withUnsafeBufferPointer({ memcmp(b.baseAddress! + b.count - n, $0.baseAddress!, n) }) == 0
        else { return nil }
        guard let id = UUID(text: b) else { return .notACase }
        let canonical = !b[0..<36].contains { $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "f") }
        let rest = String(decoding: UnsafeBufferPointer(rebasing: b[36..<(b.count - n)]), as: UTF8.self)
        return .file(id, canonical: canonical, rest: rest)
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
