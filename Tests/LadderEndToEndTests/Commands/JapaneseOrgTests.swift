import Foundation
import LadderCore
import Testing

/// A Japanese user sets up an organisation's hours and reply windows as they write
/// them, reads them back in `org show` the Japanese way, and types back what it wrote
/// (a newcomer saw `mon-fri 09:00-17:00; sat,sun closed` and `店舗 1 business day`).
@Suite struct JapaneseOrgTests {
    static let ja = ["LANG": "ja_JP.UTF-8"]

    var configPath: (Sandbox) -> String = { $0.directory + "/home/.config/ladder/config.json" }

    @Test func hoursAndWindowsAreWrittenAndReadTheJapaneseWay() throws {
        let s = Sandbox()
        var r = s.run(["org", "add", "サンプル光", "--zone", "Asia/Tokyo", "--hours", "月〜金 ９：００〜１８時半", "--hours", "土・日 定休日",
                       "--window", "店舗＝２営業日", "--window", "本社=3日"], environment: Self.ja)
        #expect(r.status == 0, "\(r.err)")
        r = s.run(["org", "show", "サンプル光"], environment: Self.ja)
        #expect(r.out.contains("営業時間：月〜金 09:00〜18:30、土・日 定休日\n"), "\(r.out)")
        #expect(r.out.contains("返事の期限：店舗 2営業日*、コールセンター 1日、技術窓口 2日、本社・相談室 3日*、行政・相談機関 30日"), "\(r.out)")
        #expect(r.out.contains("1日を超えて遅れたら"), "\(r.out)")
        // The file keeps the config's words.
        let file = try String(contentsOfFile: configPath(s), encoding: .utf8)
        #expect(file.contains("\"hours\" : {\n        \"mon-fri\" : \"09:00-18:30\"\n      }"), "\(file)")
        #expect(file.contains("\"shop\" : \"2 business days\"") && file.contains("\"executive\" : \"3d\""), "\(file)")

        // What org show wrote, typed back on one line, sets the same: nothing changes, and it says so.
        let before = try Data(contentsOf: URL(fileURLWithPath: configPath(s)))
        r = s.run(["org", "edit", "サンプル光", "--hours", "月〜金 09:00〜18:30、土・日 定休日", "--window", "店舗=2営業日"], environment: Self.ja)
        #expect(r.status == 0, "\(r.err)")
        #expect(r.out == "サンプル光はすでにその設定です。変更はありません。\n", "\(r.out)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: configPath(s))) == before)

        // 休業日, the word org show uses for holidays, reads as closed too.
        r = s.run(["org", "edit", "サンプル光", "--hours", "月〜金 09:00〜18:30、水 休業日"], environment: Self.ja)
        #expect(r.status == 0 && r.out.contains("、水・土・日 定休日"), "\(r.out) \(r.err)")

        // Back to the default, in Japanese.
        r = s.run(["org", "edit", "サンプル光", "--window", "本社=既定"], environment: Self.ja)
        #expect(r.status == 0 && r.out.contains("本社・相談室の期限 既定"), "\(r.out) \(r.err)")
        #expect(s.run(["org", "show", "サンプル光"], environment: Self.ja).out.contains("本社・相談室 5日、"))
    }

    @Test func mistakesAreNamedInJapaneseAndNothingIsWritten() throws {
        let s = Sandbox()
        #expect(s.run(["org", "add", "サンプル光", "--point", "お客様相談室", "--rung", "本社"], environment: Self.ja).status == 0)
        let before = try Data(contentsOf: URL(fileURLWithPath: configPath(s)))
        let cases: [([String], String)] = [
            (["--window", "店舗"], "ladder: エラー: --window: 「店舗」には店舗の期限がありません。\n  段階=期限 の形で書いてください。例：--window \"店舗=2日\"。標準に戻すなら --window \"店舗=既定\"\n"),
            (["--window", "foo=2d"], "段階：店舗、コールセンター、技術窓口、本社・相談室、行政・相談機関"),
            (["--window", "店舗=3ヶ月"], "例：2日、36時間、1週間、2営業日、8営業時間（2d、2bd とも）。標準に戻すなら「既定」"),
            (["--point", "お客様相談室", "--reply-within", "今すぐ"], "ladder: エラー: --reply-within: 「今すぐ」"),
            (["--rung", "本社"], "--point"),
            (["--hours", "月 9:00-12:00", "--hours", "月 13:00-18:00"], "月曜を指定しています"),
        ]
        for (flags, says) in cases {
            let r = s.run(["org", "edit", "サンプル光"] + flags, environment: Self.ja)
            #expect(r.status == 64, "\(flags): \(r.status) \(r.err)")
            #expect(r.err.contains(says), "\(flags): \(r.err)")
            #expect(try Data(contentsOf: URL(fileURLWithPath: configPath(s))) == before, "\(flags) wrote the config")
        }
        // No flag at all is still a usage error.
        #expect(s.run(["org", "edit", "サンプル光"], environment: Self.ja).status == 64)
    }

    /// A holiday written the Japanese way, and the organisation's own time named in
    /// Japanese when it differs from the user's, without brackets in brackets (it read
    /// `営業中（08:00（Tokyoでは 17:00）まで）`).
    @Test func holidaysAndTheOrganisationsTimeInJapanese() throws {
        let s = Sandbox(now: "2026-07-15T15:00:00+09:00")
        s.zone = "Europe/London"
        var r = s.run(["org", "add", "サンプル光", "--zone", "Asia/Tokyo", "--hours", "毎日 09:00〜18:00", "--holiday", "２０２６年１２月３１日",
                       "--holiday", "2027/1/2"], environment: Self.ja)
        #expect(r.status == 0, "\(r.err)")
        r = s.run(["org", "show", "サンプル光"], environment: Self.ja)
        #expect(r.out.contains("休業日：2026-12-31、2027-01-02"), "\(r.out)")
        #expect(r.out.contains("営業中、10:00（東京では 18:00）まで"), "\(r.out)")
        #expect(!r.out.contains("Tokyo では") && !r.out.contains("Tokyoでは"), "\(r.out)")
        r = s.run(["org", "edit", "サンプル光", "--holiday", "12月31日"], environment: Self.ja)
        #expect(r.status == 64 && r.err.contains("例：2026-12-31、2026年12月31日"), "\(r.err)")
    }
}
