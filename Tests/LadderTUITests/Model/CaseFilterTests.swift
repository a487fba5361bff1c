import LadderCore
import LadderTestSupport
import Testing
@testable import LadderTUI

/// The `/` filter folds widths and kana: what a card statement says (ﾄﾞｺﾓ) finds what
/// the user typed (ドコモ), and the other way round.
@Suite struct CaseFilterTests {
    private func text(title: String, org: String) throws -> SearchText {
        let f = try CaseFile.open(number: 1, details: CaseDetails(title: title, organisation: org), rung: .shop,
                                  note: nil, at: t("2026-07-15 10:00"), now: t("2026-07-15 10:00"))
        return SearchText(CaseState(f))
    }

    @Test func fullWidthAndHalfWidthSpellingsFindEachOther() throws {
        let docomo = try text(title: "ドコモの請求", org: "docomo")
        #expect(CaseFilter("ｄｏｃｏｍｏ").matches(docomo))
        #expect(CaseFilter("org:ＤＯＣＯＭＯ").matches(docomo))
        #expect(CaseFilter("ﾄﾞｺﾓ").matches(docomo))
        #expect(CaseFilter("title:ﾄﾞｺﾓ").matches(docomo))
        let statement = try text(title: "ｶ)ﾄﾞｺﾓ ﾊﾟｹｯﾄ料金", org: "カード会社")
        #expect(CaseFilter("ドコモ パケット").matches(statement))
        #expect(!CaseFilter("ドコモ ａｕ").matches(statement))
    }
}
