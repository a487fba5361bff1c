import Testing
@testable import LadderCore

/// A search finds text however wide its letters or whichever kana it is typed in.
@Suite struct SearchFoldTests {
    @Test func widthsAndKanaFoldTogether() {
        #expect(SearchFold.fold("ｄｏｃｏｍｏ") == SearchFold.fold("docomo"))
        #expect(SearchFold.fold("ＤＯＣＯＭＯ") == "docomo")
        #expect(SearchFold.fold("ﾄﾞｺﾓ") == SearchFold.fold("ドコモ"))
        #expect(SearchFold.fold("ﾊﾟｹｯﾄ") == SearchFold.fold("パケット"))
        #expect(SearchFold.fold("ドコモ") == SearchFold.fold("どこも"))
        #expect(SearchFold.fold("ｶ)ﾄﾞｺﾓ").contains(SearchFold.fold("ドコモ")))
        #expect(SearchFold.fold("NTTドコモ").contains(SearchFold.fold("ﾄﾞｺﾓ")))
    }
}
