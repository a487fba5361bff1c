import Foundation
import LadderTestSupport
import Testing
@testable import LadderCore

/// The index is shared by runs in every language: what it keeps about a damaged case
/// file is English, and each run says it in its own language.
@Suite struct IndexLanguageTests {
    @Test func aDamagedFilesReasonIsKeptInEnglishAndSaidInTheRunsLanguage() throws {
        let dir = temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let store = Store(directory: dir + "/store")
        try store.create { n in
            try CaseFile.open(number: n, details: CaseDetails(title: "請求額が違う", organisation: "楽天"),
                              rung: .shop, note: nil, at: t("2026-07-15 15:00"), now: t("2026-07-15 15:00"))
        }
        let damaged = StoreFiles.newPath(store.directory)
        try Data("{".utf8).write(to: URL(fileURLWithPath: damaged))

        // Made in a Japanese run, read in Japanese, then again in English from the index.
        let japanese = try Language.$bound.withValue(.ja) { try store.summaries().problems }
        #expect(japanese.count == 1 && japanese[0].reason.hasSuffix("正しい JSON ではありません（途中で切れたか、手で編集しましたか？）"))
        let index = try String(contentsOfFile: store.indexPath, encoding: .utf8)
        #expect(index.contains("it is not valid JSON (truncated or hand-edited?)"))
        #expect(!index.contains("正しい"))
        let english = try Language.$bound.withValue(.en) { try store.summaries().problems }
        #expect(english.map(\.description) == [
            "\(damaged): line 1: it is not valid JSON (truncated or hand-edited?). "
                + "ladder will not change this file; fix it by hand or move it out of \(store.casesDirectory)",
        ])
        let again = try Language.$bound.withValue(.ja) { try store.summaries().problems }
        #expect(again == japanese)
    }
}
