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
            let text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: store.path(of: 1))), as: UTF8.self)
            #expect(text.contains("\"title\" : \"迷惑メール判定の誤り 🙇\""))
            #expect(text.contains("\"format\" : \(CaseFile.currentFormat)"))
            #expect(text.contains("\"at\" : \"2026-06-01T18:01:00+09:00\"") || TimeZone.current.identifier != "Asia/Tokyo")
            #expect(text.hasSuffix("}\n"))
        }
    }

    @Test func numbersAreNeverReusedAndSkipDamagedFiles() throws {
        try withStore { store in
            _ = try add(store)
            _ = try add(store)
            try Data("{ not json".utf8).write(to: URL(fileURLWithPath: store.path(of: 3)))
            #expect(try add(store).number == 4)
            #expect(try store.numbers() == [1, 2, 3, 4])
        }
    }

    @Test func aDamagedFileIsReportedByNameAndNeverOverwritten() throws {
        try withStore { store in
            _ = try add(store)
            _ = try add(store)
            let path = store.path(of: 2)
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
                #expect(problems.count == 1)
                #expect(problems.first?.path == path)
                #expect(problems.first?.reason.contains(expected) == true, "\(problems.first?.reason ?? "") for \(content)")
                #expect(throws: StoreError.self) {
                    try store.update(2) { try $0.record(.note("x"), at: t("2026-07-16 10:00"), now: t("2026-07-16 10:00")) }
                }
                #expect(String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self) == content)
            }
            var bytes = Data("{\"format\": 1, \"title\": \"".utf8)
            bytes.append(contentsOf: [0xFF, 0xFE])
            try bytes.write(to: URL(fileURLWithPath: path))
            #expect(try store.loadAll().problems.first?.reason == "it is not valid UTF-8 text")
        }
    }

    @Test func aFileUnderTheWrongNameIsDamaged() throws {
        try withStore { store in
            _ = try add(store)
            try FileManager.default.copyItem(atPath: store.path(of: 1), toPath: store.path(of: 5))
            #expect(try store.loadAll().problems.first?.reason.contains("says it is case 1") == true)
        }
    }

    @Test func strayTempFilesAndOtherNamesAreIgnored() throws {
        try withStore { store in
            _ = try add(store)
            for name in [".1.json.999.tmp", "notes.txt", "0.json", "x.json"] {
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
