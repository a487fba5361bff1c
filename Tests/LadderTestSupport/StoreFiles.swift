import Foundation
import LadderCore

/// The store's files on disk, for tests that read, damage or make case files by hand.
/// Case files are named by the case's id (`cases/<UUID>.jsonl`, format 3); a store of
/// an older ladder names them by number (`cases/N.json`, formats 1 and 2).
public enum StoreFiles {
    /// The names of the case files of format 3 in the store at `store`, sorted.
    public static func caseFiles(_ store: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: store + "/cases")) ?? []
        return names.filter { !$0.hasPrefix(".") && $0.hasSuffix(CaseLines.fileExtension) }.sorted()
    }

    /// The names of older case files (`N.json`, the marker `9999999.json` left out), sorted.
    public static func olderFiles(_ store: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: store + "/cases")) ?? []
        return names.filter {
            !$0.hasPrefix(".") && $0.hasSuffix(".json") && $0 != "\(Store.formatMarkerNumber).json"
        }.sorted { $0.count != $1.count ? $0.count < $1.count : $0 < $1 }
    }

    /// The path of case `number`'s file as the store finds it (format 3, or an older `N.json`).
    public static func path(_ store: String, _ number: Int) -> String {
        Store(directory: store).path(of: number)
    }

    /// The path for a case file made by hand, under a new case id.
    public static func newPath(_ store: String, id: UUID = UUID()) -> String {
        store + "/cases/" + CaseLines.fileName(id)
    }

    /// A case as an older ladder wrote it, to put at `cases/N.json`: one pretty-printed
    /// JSON object with its format, id, number and events.
    public static func olderText(_ file: CaseFile, format: Int = 2, zone: TimeZone = tokyo) throws -> Data {
        var file = file
        file.format = format
        var data = try CaseCodec.encoder(zone: zone).encode(file)
        data.append(0x0A)
        return data
    }

    /// The lines of a format-3 case file, each a JSON object (the header first).
    public static func lines(_ path: String) throws -> [[String: Any]] {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        return try text.split(separator: "\n").map {
            guard let object = try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] else {
                throw CocoaError(.fileReadCorruptFile)
            }
            return object
        }
    }
}
