import Foundation
import Testing

/// Documents written to a company follow `--lang`, else the organisation's `language`,
/// else the user's (Docs/Language.md), on the real binary.
@Suite struct DocumentLanguageTests {
    let japanese = ["LANG": "ja_JP.UTF-8"]

    func sandbox() throws -> Sandbox {
        let s = Sandbox()
        s.ok("add", "Mail bounces", "--org", "Example Mobile", "--ref", "C-1234", "--at", "-3d")
        s.ok("add", "回線が夜だけ切れる", "--org", "光ネット", "--at", "-2d")
        let folder = s.directory + "/home/.config/ladder"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try Data(#"{"version": 1, "organisations": [{"name": "Example Mobile", "language": "en"}, {"name": "光ネット"}]}"#.utf8)
            .write(to: URL(fileURLWithPath: folder + "/config.json"))
        return s
    }

    @Test func aForeignVendorGetsEnglishAndLangBeatsIt() throws {
        let s = try sandbox()
        // A Japanese user writing to a vendor whose language is English: the brief is English,
        // the note to the user Japanese.
        let vendor = s.run(["brief", "1"], environment: japanese)
        #expect(vendor.status == 0)
        #expect(vendor.out == "Mail bounces (Example Mobile)\nSince 2026-07-12 (3d ago); now with shop since 07-12.\nRefs: C-1234\n")
        #expect(vendor.err.contains("依頼事項がまだありません"))
        // --lang beats the organisation's language.
        let forced = s.run(["brief", "1", "--lang", "ja"], environment: japanese)
        #expect(forced.out.hasPrefix("【件名】Mail bounces（Example Mobile）\n【受付番号】C-1234\n【経緯】7月12日(日)から続いている問題で、3日が経ちました。"))
        // An organisation without a language gets the user's.
        let local = s.run(["brief", "2"], environment: japanese)
        #expect(local.out.hasPrefix("【件名】回線が夜だけ切れる（光ネット）\n【経緯】7月13日(月)から"))
        #expect(local.out.hasSuffix("よろしくお願いいたします。\n"))
        // An English user gets English for the Japanese company too, unless --lang says otherwise.
        #expect(s.ok("brief", "2").out.hasPrefix("回線が夜だけ切れる (光ネット)\nSince 2026-07-13"))
        #expect(s.run(["brief", "2", "--lang", "ja", "--max-chars", "100"]).out.hasPrefix("【件名】回線が夜だけ切れる（光ネット）"))
    }

    @Test func theWriteUpFollowsTooAndJSONStaysEnglish() throws {
        let s = try sandbox()
        let vendor = s.run(["export", "1", "--format", "html"], environment: japanese)
        #expect(vendor.status == 0 && vendor.out.contains("<html lang=\"en\">") && vendor.out.contains("<h2>The ladder</h2>"))
        let local = s.run(["export", "2", "--format", "markdown"], environment: japanese)
        #expect(local.out.hasPrefix("# 案件2：回線が夜だけ切れる\n") && local.out.contains("## 段階ごとの経過"))
        let forced = s.run(["export", "1", "--format", "html", "--lang", "ja"], environment: japanese)
        #expect(forced.out.contains("<html lang=\"ja\">"))
        let json = s.run(["export", "2", "--format", "json"], environment: japanese)
        #expect(json.out.contains("\"rung\" : \"shop\"") && json.out.contains("\"status\" : \"open\""))
        s.ok("await", "2", "折り返し電話", "--due", "1d")
        let ics = s.run(["export", "--ics"], environment: japanese).out.replacingOccurrences(of: "\r\n ", with: "")
        #expect(ics.contains("SUMMARY:回答期限：折り返し電話 - 案件2、光ネット"))
    }
}
