import Foundation
import LadderTestSupport
import Testing
@testable import LadderCore

@Suite struct StoreTests {
    func withStore(_ body: (Store) throws -> Void) rethrows {
        let dir = temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try body(Store(directory: dir + "/store"))
    }

    func add(_ store: Store, _ title: String = "Mail bounces") throws -> CaseFile {
        try store.create { n in
            try CaseFile.open(number: n, details: CaseDetails(title: title, organisation: "Example Mobile"),
                              rung: .shop, note: nil, at: t("2026-07-15 15:00"), now: t("2026-07-15 15:00"))
        }
    }

    func mode(_ path: String) throws -> Int {
        (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as! NSNumber).intValue
    }

    @Test func theStoreIsCreatedOnFirstWriteAndIsPrivate() throws {
        try withStore { store in
            #expect(try store.loadAll().cases.isEmpty)
            #expect(!FileManager.default.fileExists(atPath: store.directory))
            let file = try add(store)
            #expect(file.number == 1)
            #expect(store.path(of: 1) == store.path(of: file) && StoreFiles.caseFiles(store.directory) == [CaseLines.fileName(file.id)])
            #expect(try mode(store.directory) == 0o700)
            #expect(try mode(store.casesDirectory) == 0o700)
            #expect(try mode(store.path(of: 1)) == 0o600)
            // Rewrites keep the file private.
            try store.update(1) { try $0.record(.note("n"), at: t("2026-07-15 16:00"), now: t("2026-07-15 16:00")) }
            #expect(try mode(store.path(of: 1)) == 0o600)
        }
    }

    @Test func casesRoundTripExactlyIncludingJapanese() throws {
        try withStore { store in
            var file = try store.create { n in
                try CaseFile.open(number: n, details: CaseDetails(title: "迷惑メール判定の誤り 🙇", organisation: "サンプル電気",
                                                                 product: "ウイルス対策", references: ["お客様番号 123"], tags: ["緊急"]),
                                  rung: .callCentre, note: "担当者は「6月2日中に再送」と約束\n二行目", at: t("2026-06-01 10:00"), now: t("2026-06-01 10:05"))
            }
            file = try store.update(file.number) { f in
                try f.record(.log(Contact(channel: .phone, direction: .failed, failure: .lineClosed, with: "お客様相談室",
                                          held: 90, took: 0, note: "18時で終了")), at: t("2026-06-01 18:01"), now: t("2026-06-01 18:05"))
            }
            let loaded = try store.load(file.number)
            #expect(loaded == file)
            // Format 3: a first line naming the case, then one JSON object per line, text unescaped.
            let path = store.path(of: 1)
            #expect(path == store.casesDirectory + "/" + file.id.uuidString + ".jsonl")
            let text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
            #expect(text.hasPrefix("{\"case\":\"\(file.id.uuidString)\",\"format\":\(CaseFile.currentFormat)}\n"))
            #expect(text.contains("\"title\":\"迷惑メール判定の誤り 🙇\""))
            #expect(text.contains("\"at\":\"2026-06-01T18:01:00+09:00\"") || TimeZone.current.identifier != "Asia/Tokyo")
            #expect(text.contains("\"number\":1,") && text.contains("\"type\":\"numbered\""))
            #expect(text.hasSuffix("}\n"))
            let lines = try StoreFiles.lines(path)
            #expect(lines.count == 1 + file.events.count + 1, "header, events, one claim")
            #expect(lines.dropFirst().allSatisfy { $0["clock"] is Int })
        }
    }

    @Test func numbersAreNeverReusedAndSkipDamagedFiles() throws {
        try withStore { store in
            _ = try add(store)
            _ = try add(store)
            // An older store's damaged file holds its number (no case shows under 3).
            #expect(store.path(of: 3) == store.casesDirectory + "/3.json")
            try Data("{ not json".utf8).write(to: URL(fileURLWithPath: store.path(of: 3)))
            #expect(try add(store).number == 4)
            let found = try store.directoryOfCases()
            #expect(found.names.keys.sorted() == [1, 2, 4])
            #expect(try store.loadAll().problems.map(\.path) == [store.casesDirectory + "/3.json"])
            // A case file of format 3 damaged in place: its number is not given again either,
            // even when the index is deleted.
            try Data("{ not json".utf8).write(to: URL(fileURLWithPath: store.path(of: 4)))
            try FileManager.default.removeItem(atPath: store.indexPath)
            #expect(try add(store).number == 5)
            #expect(try store.directoryOfCases().names.keys.sorted() == [1, 2, 5])
            #expect(try store.loadAll().problems.count == 2)
        }
    }

    @Test func aDamagedFileIsReportedByNameAndNeverOverwritten() throws {
        try withStore { store in
            _ = try add(store)
            let second = try add(store)
            let path = store.path(of: 2)
            let good = try String(contentsOfFile: path, encoding: .utf8)
            let id = second.id.uuidString
            let claim = #"{"clock":2,"id":"6A1C1F7C-0B4E-4C55-9E0B-1D7A2B3C4D5E","number":2,"recorded":"2026-07-15T15:00:00+09:00","type":"numbered"}"#
            let damaged: [(String, String)] = [
                (String(good.dropLast(20)), "not valid JSON"),
                ("{\"case\":\"\(id)\",\"format\":3}\n{\"clock\":1,\"type\":\"opened\"}\n" + claim + "\n", "line 2"),
                (claim + "\n", "first line"),
                ("{\"case\":\"\(id)\",\"format\":9}\n" + claim + "\n", "newer ladder"),
                ("{\"case\":\"\(id)\",\"format\":\"three\"}\n" + claim + "\n", "line 1"),
                ("{\"case\":\"\(id)\",\"format\":3}\n", "no \"numbered\" line"),
                ("{\"case\":\"\(UUID().uuidString)\",\"format\":3}\n" + claim + "\n", "but its name says \(id)"),
                ("\n", "empty"),
            ]
            for (content, expected) in damaged {
                try Data(content.utf8).write(to: URL(fileURLWithPath: path))
                let (cases, problems) = try store.loadAll()
                #expect(cases.first?.number == 1 && !cases.contains { $0.id == second.id })
                #expect(problems.count == 1)
                #expect(problems.first?.path == path)
                #expect(problems.first?.reason.contains(expected) == true, "\(problems.first?.reason ?? "") for \(content)")
                #expect(throws: StoreError.self) {
                    try store.update(2) { try $0.record(.note("x"), at: t("2026-07-16 10:00"), now: t("2026-07-16 10:00")) }
                }
                _ = try add(store)  // another write: the damaged file is still left alone
                #expect(String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self) == content)
            }
            var bytes = Data("{\"case\":\"\(id)\",\"format\":3}\n{\"title\":\"".utf8)
            bytes.append(contentsOf: [0xFF, 0xFE])
            try bytes.write(to: URL(fileURLWithPath: path))
            #expect(try store.loadAll().problems.first { $0.path == path }?.reason == "it is not valid UTF-8 text")
        }
    }

    /// A store of an older ladder: its damaged files are reported as before, by path,
    /// and never converted nor overwritten when the rest of the store is.
    @Test func aDamagedOlderFileIsReportedAndLeftWhenTheStoreIsConverted() throws {
        try withStore { store in
            try FileManager.default.createDirectory(atPath: store.casesDirectory, withIntermediateDirectories: true)
            let first = try CaseFile.open(number: 1, details: CaseDetails(title: "Older", organisation: "Example Mobile"),
                                          rung: .shop, note: nil, at: t("2026-07-15 15:00"), now: t("2026-07-15 15:00"))
            try StoreFiles.olderText(first).write(to: URL(fileURLWithPath: store.casesDirectory + "/1.json"))
            let path = store.casesDirectory + "/2.json"
            let damaged: [(String, String)] = [
                ("{\"format\": 1, \"id\": \"x\", \"num", "not valid JSON"),
                ("{\"format\": 1, \"number\": 2, \"events\": []}", "\"id\" is missing"),
                ("{\"format\": 9, \"number\": 2}", "newer ladder"),
                ("{\"number\": 2}", "no \"format\""),
                ("{\"format\": \"one\"}", "should be a number"),
            ]
            for (content, expected) in damaged {
                try Data(content.utf8).write(to: URL(fileURLWithPath: path))
                let (cases, problems) = try store.loadAll()
                #expect(cases.map(\.number) == [1])
                #expect(problems.map(\.path) == [path])
                #expect(problems.first?.reason.contains(expected) == true, "\(problems.first?.reason ?? "") for \(content)")
                #expect(throws: StoreError.self) {
                    try store.update(2) { try $0.record(.note("x"), at: t("2026-07-16 10:00"), now: t("2026-07-16 10:00")) }
                }
                #expect(String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self) == content)
            }
            // The first write converted case 1, and left the damaged file as it is.
            #expect(StoreFiles.olderFiles(store.directory) == ["2.json"])
            #expect(StoreFiles.caseFiles(store.directory) == [CaseLines.fileName(first.id)])
            #expect(try store.load(1).id == first.id)
            #expect(try add(store).number == 3, "the damaged file keeps its number")
        }
    }

    @Test func aFileUnderTheWrongNameIsDamaged() throws {
        try withStore { store in
            let first = try add(store)
            // Copied by hand under another case's id.
            let other = StoreFiles.newPath(store.directory)
            try FileManager.default.copyItem(atPath: store.path(of: 1), toPath: other)
            let problems = try store.loadAll().problems
            #expect(problems.map(\.path) == [other])
            #expect(problems.first?.reason.contains("says it is case \(first.id.uuidString)") == true)
            // An older file under another number.
            try FileManager.default.removeItem(atPath: other)
            var older = first
            older.id = UUID()
            try StoreFiles.olderText(older).write(to: URL(fileURLWithPath: store.casesDirectory + "/5.json"))
            #expect(try store.loadAll().problems.first?.reason.contains("says it is case 1") == true)
        }
    }

    @Test func strayTempFilesAndOtherNamesAreIgnored() throws {
        try withStore { store in
            let first = try add(store)
            for name in [".1.json.999.tmp", ".\(first.id.uuidString).jsonl.999.tmp", "notes.txt", "0.json", "x.json", "x.jsonl",
                         "\(first.id.uuidString).json", "\(first.id.uuidString).jsonl~", "\(first.id.uuidString)-old.jsonl"] {
                try Data("junk".utf8).write(to: URL(fileURLWithPath: store.casesDirectory + "/" + name))
            }
            let (cases, problems) = try store.loadAll()
            #expect(cases.count == 1)
            #expect(problems.isEmpty)
            #expect(try add(store).number == 2)
        }
    }

    @Test func aFailingChangeWritesNothing() throws {
        try withStore { store in
            _ = try add(store)
            let before = try Data(contentsOf: URL(fileURLWithPath: store.path(of: 1)))
            #expect(throws: LadderError.self) {
                try store.update(1) { try $0.record(.escalate(to: .shop, reason: "r"), at: t("2026-07-16 10:00"), now: t("2026-07-16 10:00")) }
            }
            #expect(try Data(contentsOf: URL(fileURLWithPath: store.path(of: 1))) == before)
            #expect(throws: StoreError.self) { try store.update(9) { _ in } }
        }
    }

    @Test func concurrentChangesFromManyThreadsAreAllKept() async throws {
        let dir = temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let store = Store(directory: dir)
        _ = try add(store)
        try await withThrowingTaskGroup(of: Void.self) { group in
            for i in 0..<40 {
                group.addTask {
                    if i % 2 == 0 {
                        _ = try self.add(store, "case \(i)")
                    } else {
                        try store.update(1) { try $0.record(.note("note \(i)"), at: t("2026-07-16 10:00"), now: t("2026-07-16 10:00")) }
                    }
                }
            }
            try await group.waitForAll()
        }
        let (cases, problems) = try store.loadAll()
        #expect(problems.isEmpty)
        #expect(cases.map(\.number) == Array(1...21))
        #expect(StoreFiles.caseFiles(dir).count == 21, "one file per case")
        #expect(cases[0].events.count == 21)
    }

    @Test func whereTheStoreLives() {
        #expect(StoreLocation.resolve(flag: "/a", environment: ["LADDER_STORE": "/b", "HOME": "/h"]) == "/a")
        #expect(StoreLocation.resolve(flag: nil, environment: ["LADDER_STORE": "/b", "XDG_DATA_HOME": "/x"]) == "/b")
        #expect(StoreLocation.resolve(flag: nil, environment: ["XDG_DATA_HOME": "/x", "HOME": "/h"]) == "/x/ladder")
        #expect(StoreLocation.resolve(flag: nil, environment: ["XDG_DATA_HOME": "relative", "HOME": "/h"]) == "/h/.local/share/ladder")
        #expect(StoreLocation.resolve(flag: nil, environment: ["HOME": "/h"]) == "/h/.local/share/ladder")
        #expect(StoreLocation.resolve(flag: "~/cases", environment: ["HOME": "/h"]) == "/h/cases")
    }
}

/// A store of an older ladder (`cases/N.json`, formats 1 and 2) through the core.
@Suite struct OlderStoreTests {
    /// A write skips looking for older files while the index vouches for the folder, so
    /// the index must never vouch for one that holds any: an older ladder's file that a
    /// sync tool brings into a converted store, and a read sees first, is still
    /// converted by the next write.
    @Test func anOlderFileArrivingAfterTheConversionIsConvertedByTheNextWrite() throws {
        let dir = temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let store = Store(directory: dir)
        for n in 1...3 {
            try store.create { try CaseFile.open(number: $0, details: CaseDetails(title: "Case \(n)", organisation: "Example Mobile"),
                                                 rung: .shop, note: nil, at: t("2026-07-15 15:00"), now: t("2026-07-15 15:00")) }
        }
        _ = try store.summaries()
        #expect(store.folderUnchangedSinceLastWrite, "a read of a store with no older file vouches for its folder")
        let older = try CaseFile.open(number: 7, details: CaseDetails(title: "From the old laptop", organisation: "Example Mobile"),
                                      rung: .shop, note: nil, at: t("2026-07-15 15:00"), now: t("2026-07-15 15:00"))
        let data = try StoreFiles.olderText(older, format: 2)
        try data.write(to: URL(fileURLWithPath: store.casesDirectory + "/7.json"))
        for _ in 0..<2 {
            #expect(try store.summaries().summaries.map(\.number) == [1, 2, 3, 7])
            #expect(!store.folderUnchangedSinceLastWrite, "the index vouched for a folder with an older file in it")
        }
        try store.update(2) { try $0.record(.note("a write"), at: t("2026-07-15 16:00"), now: t("2026-07-15 16:00")) }
        #expect(StoreFiles.olderFiles(dir).isEmpty)
        #expect(try Data(contentsOf: URL(fileURLWithPath: dir + "/backup/format-2/7.json")) == data)
        #expect(try store.summaries().summaries.map(\.number) == [1, 2, 3, 7])
        #expect(store.folderUnchangedSinceLastWrite)
    }

    @Test func readAsItWasThenConvertedWholeOnceWithEachFileKept() throws {
        let dir = temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let heard = Heard()
        let store = Store(directory: dir, notice: { heard.add($0) })
        try FileManager.default.createDirectory(atPath: store.casesDirectory, withIntermediateDirectories: true)
        var originals: [String: Data] = [:]
        var files: [CaseFile] = []
        for (n, format) in [(1, 1), (2, 2), (4, 2)] {
            var file = try CaseFile.open(number: n, details: CaseDetails(title: "Case \(n)", organisation: "Example Mobile"),
                                         rung: .shop, note: nil, at: t("2026-07-15 15:00"), now: t("2026-07-15 15:00"))
            try file.record(.note("older note \(n)"), at: t("2026-07-15 16:00"), now: t("2026-07-15 16:00"))
            let data = try StoreFiles.olderText(file, format: format)
            try data.write(to: URL(fileURLWithPath: store.casesDirectory + "/\(n).json"))
            originals["\(n).json"] = data
            files.append(file)
        }
        // Reading changes nothing.
        let before = try store.loadAll()
        #expect(before.problems.isEmpty && before.cases.map(\.number) == [1, 2, 4])
        #expect(before.cases.map(\.events) == files.map(\.events))
        #expect(try store.summaries().summaries.map(\.number) == [1, 2, 4])
        for (name, data) in originals { #expect(try Data(contentsOf: URL(fileURLWithPath: store.casesDirectory + "/" + name)) == data) }
        #expect(!FileManager.default.fileExists(atPath: dir + "/backup"))
        #expect(heard.all.isEmpty)

        // Converted whole, once, each file kept byte for byte under its format.
        #expect(try store.convert() == 3)
        #expect(heard.all.count == 1 && heard.all[0].contains("converted 3 case files from format 1, 2 to format 3"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: dir + "/backup/format-1/1.json")) == originals["1.json"])
        for n in [2, 4] { #expect(try Data(contentsOf: URL(fileURLWithPath: dir + "/backup/format-2/\(n).json")) == originals["\(n).json"]) }
        #expect(StoreFiles.olderFiles(dir).isEmpty)
        #expect(StoreFiles.caseFiles(dir) == files.map { CaseLines.fileName($0.id) }.sorted())
        #expect(FileManager.default.fileExists(atPath: store.casesDirectory + "/9999999.json"))
        let after = try store.loadAll()
        #expect(after.problems.isEmpty && after.cases.map(\.number) == [1, 2, 4])
        #expect(after.cases.map(\.events) == files.map(\.events) && after.cases.allSatisfy { $0.format == 3 })
        #expect(try store.convert() == 0 && heard.all.count == 1)
        // The marker takes no number, and a number an older file had is not given again.
        let added = try store.create { n in
            try CaseFile.open(number: n, details: CaseDetails(title: "New", organisation: "O"), rung: .shop, note: nil,
                              at: t("2026-07-16 10:00"), now: t("2026-07-16 10:00"))
        }
        #expect(added.number == 5)
    }
}

final class Heard: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [String] = []
    func add(_ s: String) { lock.lock(); items.append(s); lock.unlock() }
    var all: [String] { lock.lock(); defer { lock.unlock() }; return items }
}
