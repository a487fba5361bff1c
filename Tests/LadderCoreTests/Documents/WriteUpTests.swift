import Foundation
import LadderTestSupport
import Testing
@testable import LadderCore

/// The write-up in Japanese: Japanese headings and words, `lang="ja"`, dates as Japanese
/// writes them; JSON keys and the English write-up unchanged.
@Suite struct WriteUpTests {
    let state = CaseState(try! StoryOneCase.file())

    func doc(_ language: Language) -> WriteUp {
        Language.$bound.withValue(language) { WriteUp(state, now: StoryOneCase.now, zone: tokyo) }
    }

    @Test func markdownInJapanese() {
        let md = Language.$bound.withValue(.ja) { doc(.ja).markdown }
        #expect(md.hasPrefix("""
            # 案件1：2機種からのメールが「Host unknown」で届かない

            - **会社：** ハヤブサモバイル（ハヤブサメール）
            - **受付番号：** HM-20418
            - **開始：** 2026年7月15日(水) 15:00、**状況：** 対応中、**現在の段階：** 本社・相談室
            - **依頼事項：** 不達の原因と再発防止策を書面でご回答ください。
            - **経過：** 1週間6日、**やり取り：** 10、**不通：** 1、**不在着信：** 3、**保留時間：** 1時間45分、**先方の約束（期限内）：** 1、**先方の約束（期限遅れ）：** 0、**先方の約束（不履行）：** 1
            - 2026年7月29日(水) 10:00に ladder で作成しました。

            ## 段階ごとの経過

            | 段階 | 開始 | 終了 | 期間 |
            | --- | --- | --- | ---: |
            | 店舗 | 2026年7月15日(水) 15:00 | 2026年7月16日(木) 11:30 | 20時間30分 |
            """))
        #expect(md.contains("| 本社・相談室 | 2026年7月27日(月) 17:25 | 現在 | 1日16時間 |"))
        #expect(md.contains("## やり取り\n\n| 日時 | 方法 | 段階 | 相手 | 保留 | 所要 | 内容 |"))
        #expect(md.contains("| 2026年7月18日(土) 16:30 | 電話 不通（使われていない番号） | 技術窓口 |  |  |  |  |"))
        #expect(md.contains("| 2 | ネットワーク担当からの折り返し電話 | 先方 |  | 2026年7月16日(木) 12:10 | 2026年7月16日(木) 15:00 | 不履行（2026年7月16日(木) 17:00） |"))
        #expect(md.contains("| 4 | 対策の連絡 | 先方 | お客様相談室 | 2026年7月27日(月) 17:40 | 2026年7月28日(火) 18:00 | 16時間超過 |"))
        #expect(md.contains("## 経過記録\n\n- 2026年7月15日(水) 15:00：店舗で開始："))
        #expect(md.contains("- 2026年7月16日(木) 11:30：店舗からコールセンターへエスカレーション\n  > 店舗では故障受付ができない"))
    }

    @Test func htmlInJapaneseSaysItsLanguage() {
        let html = Language.$bound.withValue(.ja) { doc(.ja).html }
        #expect(html.contains("<html lang=\"ja\">"))
        #expect(html.contains("<title>案件1：2機種からのメールが「Host unknown」で届かない</title>"))
        #expect(html.contains("<dt>相手先</dt><dd>ハヤブサモバイル（ハヤブサメール）</dd>"))
        #expect(html.contains("<dt>開始</dt><dd>2026年7月15日(水) 15:00、状況：対応中、現在の段階：本社・相談室</dd>"))
        #expect(html.contains("<dt>保留時間</dt><dd>1時間45分</dd>"))
        #expect(html.contains("<h2>段階ごとの経過</h2>") && html.contains("<th>段階</th><th>開始</th><th>終了</th><th>期間</th>"))
        #expect(html.contains("<p>2026年7月29日(水) 10:00に ladder で作成しました。</p>"))
        #expect(html.contains("<li>2026年7月16日(木) 11:30：店舗からコールセンターへエスカレーション<blockquote>"))
        #expect(Language.$bound.withValue(.en) { doc(.en).html }.contains("<html lang=\"en\">"))
    }

    /// Every date names its year: a write-up is read long after it is made, by someone
    /// else (a newcomer's export said `12月11日(金) 16:00に ladder で作成しました`, no year).
    @Test func theYearIsAlwaysWritten() throws {
        let f = try openCase("請求額の誤り", org: "みなと電力", at: "2025-12-30 10:00")
        let md = Language.$bound.withValue(.ja) { WriteUp(CaseState(f), now: t("2026-01-05 09:00"), zone: tokyo).markdown }
        #expect(md.contains("- **開始：** 2025年12月30日(火) 10:00、"))
        #expect(md.contains("- 2026年1月5日(月) 09:00に ladder で作成しました。"))
    }

    /// The redacted write-up in Japanese: people become 担当者A, the rungs' Japanese names stay.
    @Test func redactionPlaceholdersAreInTheDocumentsLanguage() throws {
        let config = Config(organisations: [Organisation(name: "ハヤブサモバイル")], userZone: tokyo)
        let (doc, redactor) = Language.$bound.withValue(.ja) {
            WriteUp.redacted(state, now: StoryOneCase.now, zone: tokyo, config: config)
        }
        let md = Language.$bound.withValue(.ja) { doc.markdown }
        #expect(redactor.replaced.map(\.placeholder) == ["担当者A", "担当者B", "[電話番号1]"])
        #expect(!md.contains("吉岡") && !md.contains("木下"))
        #expect(md.contains("担当者A") && md.contains("担当者B"))
        #expect(md.contains("（折り返し先 \\[電話番号1\\]）"))
        #expect(md.contains("技術窓口") && md.contains("本社・相談室"))
    }
}
