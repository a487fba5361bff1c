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

    /// `rung:` takes a rung's Japanese names as Rung(loose:) does, katakana included
    /// (the filter folds it to hiragana), and the start of its name in either language.
    @Test func rungTakesJapaneseNamesAndTheirStart() throws {
        var f = try CaseFile.open(number: 1, details: CaseDetails(title: "光回線", organisation: "ひかりネット"), rung: .callCentre,
                                  note: nil, at: t("2026-07-15 10:00"), now: t("2026-07-15 10:00"))
        let callCentre = SearchText(CaseState(f))
        for word in ["rung:コールセンター", "rung:カスタマーセンター", "rung:ｺｰﾙｾﾝﾀｰ", "rung:コール", "rung：コールセンター",
                     "rung:call-centre", "rung:cc", "rung:call"] {
            #expect(CaseFilter(word).matches(callCentre), "\(word)")
        }
        for word in ["rung:店舗", "rung:技術窓口", "rung:本社", "rung:消費生活センター", "rung:shop"] {
            #expect(!CaseFilter(word).matches(callCentre), "\(word)")
        }
        try f.record(.escalate(to: .executive, reason: "返答なし"), at: t("2026-07-15 11:00"), now: t("2026-07-15 11:00"))
        let executive = SearchText(CaseState(f))
        for word in ["rung:本社", "rung:お客様相談室", "rung:本社・相談室", "rung:役員", "rung:exec"] {
            #expect(CaseFilter(word).matches(executive), "\(word)")
        }
        #expect(!CaseFilter("rung:行政").matches(executive))
    }
}
