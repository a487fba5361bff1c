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
        try Data("{".utf8).write(to: URL(fileURLWithPath: store.path(of: 2)))

        // Made in a Japanese run, read in Japanese, then again in English from the index.
        let japanese = try Language.$bound.withValue(.ja) { try store.summaries().problems }
        #expect(japanese.map(\.reason) == ["正しい JSON ではありません（途中で切れたか、手で編集しましたか？）"])
        let index = try String(contentsOfFile: store.indexPath, encoding: .utf8)
        #expect(index.contains("it is not valid JSON (truncated or hand-edited?)"))
        #expect(!index.contains("正しい"))
        let english = try Language.$bound.withValue(.en) { try store.summaries().problems }
        #expect(english.map(\.description) == [
            "\(store.path(of: 2)): it is not valid JSON (truncated or hand-edited?). "
                + "ladder will not change this file; fix it by hand or move it out of \(store.casesDirectory)",
        ])
        let again = try Language.$bound.withValue(.ja) { try store.summaries().problems }
        #expect(again == japanese)
    }
}
