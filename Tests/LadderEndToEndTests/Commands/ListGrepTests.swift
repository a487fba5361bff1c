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

    /// An alias is shorthand: `add --org KM` files the case under the configured name, and
    /// `list --org` finds a case by its organisation's name or any alias.
    @Test func anAliasFilesTheCaseUnderItsOrganisationAndFindsIt() throws {
        let box = Sandbox()
        let dir = box.directory + "/home/.config/ladder"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        try #"{"version": 1, "organisations": [{"name": "Kestrel Mobile", "aliases": ["KM", "ケストレル"]}]}"#
            .write(toFile: dir + "/config.json", atomically: true, encoding: .utf8)
        #expect(box.ok("add", "Mail bounces", "--org", "km").out.contains("(Kestrel Mobile, shop)"))
        box.ok("add", "Fibre line drops", "--org", "Northwind")
        let list = try #require(try box.json("list", "--json") as? [[String: Any]])
        #expect(list.map { $0["organisation"] as? String } .contains("Kestrel Mobile"))
        for query in ["KM", "ケストレル", "kestrel"] {
            let r = box.ok("list", "--org", query)
            #expect(r.out.contains("Mail bounces") && !r.out.contains("Fibre"), "--org \(query): \(r.out)")
        }
        box.ok("edit", "2", "--org", "ケストレル")
        #expect(box.ok("show", "2").out.contains("Kestrel Mobile"))
    }
}
