import Foundation
import Testing

/// `ladder list --grep` reads words as the front end's `/` filter does: widths and
/// kana folded, so a card statement's spelling finds the case.
@Suite struct ListGrepTests {
    @Test func halfWidthAndFullWidthSpellingsFindTheCase() {
        let box = Sandbox()
        box.ok("add", "ドコモの請求が二重", "--org", "docomo")
        box.ok("add", "Fibre line drops", "--org", "Northwind")
        for words in ["ﾄﾞｺﾓ", "ｄｏｃｏｍｏ", "どこも 請求", "ＤＯＣＯＭＯ"] {
            let r = box.ok("list", "--grep", words)
            #expect(r.out.contains("ドコモの請求") && !r.out.contains("Fibre"), "--grep \(words): \(r.out)")
        }
        #expect(box.ok("list", "--org", "ｄｏｃｏｍｏ").out.contains("ドコモの請求"))
        #expect(box.ok("list", "--grep", "ﾄﾞｺﾓ ｆｉｂｒｅ").out.contains("No cases match."))
    }
}
