import Foundation
import LadderTestSupport
import Testing
@testable import LadderCore

/// The reports in Japanese: every word of ladder's own is Japanese (the sample's text is
/// Japanese too), and the JSON of a report is the same whatever the language.
@Suite struct JapaneseReportTests {
    let asOf = t("2026-07-20 12:00")

    /// Three cases of two companies: a promise of theirs overdue and a failed call since,
    /// one of mine due soon, a case silent for days, and a closed one for the scorecard.
    func sample() throws -> [CaseFile] {
        var a = try openCase("二台の端末からのメールが届かない", org: "ケストレル通信", rung: .callCentre, at: "2026-07-10 10:00", number: 1)
        try a.record(.log(Contact(channel: .phone, direction: .outgoing, with: "田中", held: 600)), "2026-07-10 10:30")
        try a.record(.raise(what: "原因の調査結果を電話で連絡", owedBy: .them, who: "田中", due: t("2026-07-12 17:00")), "2026-07-10 10:30")
        try a.record(.log(Contact(channel: .phone, direction: .failed, failure: .noAnswer)), "2026-07-15 09:00")
        try a.record(.raise(what: "エラー画面のスクリーンショット", owedBy: .me, who: nil, due: t("2026-07-20 18:00")), "2026-07-15 09:00")

        var b = try openCase("請求額の誤り", org: "ケストレル通信", rung: .shop, at: "2026-07-01 10:00", number: 2)
        try b.record(.log(Contact(channel: .visit, direction: .outgoing, with: "店長")), "2026-07-01 11:00")

        var c = try openCase("解約金の返金", org: "さくら銀行", rung: .technicalDesk, at: "2026-07-02 10:00", number: 3)
        try c.record(.raise(what: "返金の手続き", owedBy: .them, who: nil, due: t("2026-07-05 10:00")), "2026-07-02 10:00")
        try c.record(.clear(item: nil, broken: false, note: nil), "2026-07-06 10:00")
        try c.record(.close(.resolved, note: nil), "2026-07-07 10:00")
        return [a, b, c]
    }

    func input(_ files: [CaseFile], config: Config = Config(userZone: tokyo)) -> ReportInput<CaseState> {
        ReportInput(files: files, config: config, asOf: asOf)
    }

    /// ASCII words of two letters or more that are not ladder's command words.
    func englishWords(_ text: String) -> [String] {
        let allowed: Set<String> = ["ladder", "report", "overdue", "due", "within"]
        var words: [String] = []
        var word = ""
        for ch in text + " " {
            if ch.isASCII && ch.isLetter { word.append(ch); continue }
            if word.count >= 2 && !allowed.contains(word) { words.append(word) }
            word = ""
        }
        return words
    }

    func japanese(_ body: () throws -> String) rethrows -> String {
        try Language.$bound.withValue(.ja) { try body() }
    }

    @Test(arguments: [ReportFormat.text, .markdown])
    func everyReportIsJapanese(_ format: ReportFormat) throws {
        let files = try sample()
        func documents(width: Int) -> String {
            japanese {
                [OverdueReport(input(files)).document, DueReport(input(files), within: 86_400).document,
                 StaleReport(input(files), days: 3).document, Scorecard(input(files)).document]
                    .map { $0.render(format, width: width) }.joined(separator: "\n")
            }
        }
        let mail = documents(width: 80)  // as cron mails it
        #expect(englishWords(mail).isEmpty, "English left in:\n\(mail)")
        let wide = documents(width: 400)
        // And nothing is empty: each report has its entries.
        for phrase in ["期限切れの返事：2026年7月20日(月) 12:00時点", "期限の近い返事", "連絡の途絶えた案件", "各社の対応実績",
                       "次の一手：", "最後の連絡："] {
            #expect(wide.contains(phrase), "\(phrase) missing from:\n\(wide)")
        }
    }

    @Test func theOverdueReportReadsAsJapanese() throws {
        let text = try japanese { OverdueReport(input(try sample())).document.render(.text, width: 400) }
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.contains("期限切れの返事1件（1社）"))
        #expect(lines.contains("  先方の約束：原因の調査結果を電話で連絡（返事1、田中）"))
        #expect(lines.contains("  期限切れ（1週間遅れ）：期限 7月12日(日) 17:00、コールセンター"))
        #expect(lines.contains("  最後の連絡：電話・発信、相手：田中、7月10日(金) 10:30（1週間3日前）"))
        #expect(lines.contains("  最後の試み：電話・不通（応答なし）、7月15日(水) 09:00（5日3時間前）"))
        #expect(lines.contains { $0.hasPrefix("  次の一手：技術窓口へエスカレーションしてください（返事1が1週間遅れています）") })
    }

    /// Time on hold reads as `show` writes a call's hold, `1時間5分`, not `65分`: a
    /// newcomer's pass found the two side by side.
    @Test func theScorecardWritesHoldTimeAsShowDoes() throws {
        var files = try sample()
        try files[1].record(.log(Contact(channel: .phone, direction: .outgoing, with: "店長", held: 55 * 60)), "2026-07-02 11:00")
        let card = japanese { Scorecard(input(files)).document.render(.text, width: 400) }
        #expect(card.contains("返事までの中央値：-、保留の合計：1時間5分"), "\(card)")
        #expect(japanese { TimeText.duration(65 * 60) } == "1時間5分")  // as `show` writes a call's hold
    }

    @Test func dueStaleAndScorecardLines() throws {
        let files = try sample()
        let due = japanese { DueReport(input(files), within: 86_400).document.render(.text, width: 400) }
        #expect(due.contains("【要対応】自分が送るもの：エラー画面のスクリーンショット（返事2、あと6時間、コールセンター）"))
        #expect(due.contains("次の一手：送ってください（こちらが送る番です）"))
        #expect(due.contains("1件の返事がすでに期限切れです。ladder report overdue で確認してください。"))
        let stale = japanese { StaleReport(input(files), days: 3).document.render(.text, width: 400) }
        #expect(stale.contains("3日以上連絡なし"))
        #expect(stale.contains("#2 ケストレル通信：請求額の誤り"))
        #expect(stale.contains("2週間5日連絡なし、店舗"))
        let card = japanese { Scorecard(input(files)).document.render(.text, width: 400) }
        #expect(card.contains("案件2件（対応中2件）、最上段：コールセンター"))
        #expect(card.contains("先方の約束：期限内0、期限遅れ0、不履行0、返事待ち1（うち期限切れ1）"))
        #expect(card.contains("返事までの中央値：-、保留の合計：10分"))
        #expect(card.contains("案件1件（対応中0件）、最上段：技術窓口"))
        #expect(card.contains("先方の約束：期限内0、期限遅れ1、不履行0、返事待ち0（うち期限切れ0）"))
        #expect(card.contains("返事までの中央値：4日、保留の合計：なし"))
        let table = japanese { Scorecard(input(files)).document.render(.markdown) }
        #expect(table.contains("| 相手先 | 案件 | 対応中 | 期限内 | 期限遅れ | 不履行 | 期限切れ | 返事の中央値 | 最上段 | 保留(分) |"))
    }

    @Test func emptyReportsSayItInJapanese() throws {
        let none: [CaseFile] = []
        let text = japanese {
            [OverdueReport(input(none)).document, DueReport(input(none), within: 3600).document,
             StaleReport(input(none), days: 1).document, Scorecard(input(none)).document].map { $0.render(.text) }.joined()
        }
        for line in ["期限切れの返事はありません。", "どの約束も期限内です。", "1時間以内に期限を迎える返事はありません。",
                     "1日以上連絡の途絶えた対応中の案件はありません。", "案件はまだありません。",
                     // With nothing due, where to look next, not the same news twice.
                     "もっと先を見るには：ladder report due --within 1w", "対応中の案件はありません。"] {
            #expect(text.contains(line), "\(line) missing from:\n\(text)")
        }
        #expect(englishWords(text).isEmpty)
    }

    /// Cron mails the text report at 80 columns: a long Japanese line wraps between
    /// characters, and the wrapped lines put together are the text, with nothing added.
    @Test func wrappingAddsNothingToJapanese() throws {
        let title = "請求額の誤りについて、先月分と今月分の二か月にわたって二重に請求されている件で、店舗では対応できないと言われた"
        let file = try openCase(title, org: "ケストレル通信", at: "2026-07-01 10:00", number: 7)
        let text = japanese { StaleReport(input([file]), days: 3).document.render(.text) }
        let lines = text.split(separator: "\n")
        #expect(lines.allSatisfy { TextWidth.of(String($0)) <= 80 })
        let joined = lines.map { $0.drop { $0 == " " } }.joined()
        #expect(joined.contains(title), "\(text)")
    }

    /// `--json` is English in any language: the next steps' words are written when the
    /// JSON is made, not when the report is.
    @Test func reportJSONDoesNotDependOnTheLanguage() throws {
        var config = Config(userZone: tokyo)
        config.organisations = [Organisation(name: "ケストレル通信", contactPoints: [
            ContactPoint(name: "お客様相談室", rung: .technicalDesk, phone: "0570-000-000"),
            ContactPoint(name: "サポートセンター", rung: .callCentre, phone: "0120-000-000"),
        ])]
        let files = try sample()
        func json(_ language: Language) throws -> [String] {
            try Language.$bound.withValue(language) {
                let i = input(files, config: config)
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.sortedKeys]
                encoder.dateEncodingStrategy = .iso8601
                return [try encoder.encode(OverdueReport(i).json), try encoder.encode(DueReport(i, within: 86_400).json),
                        try encoder.encode(StaleReport(i, days: 3).json), try encoder.encode(Scorecard(i).json)]
                    .map { String(decoding: $0, as: UTF8.self) }
            }
        }
        let english = try json(.en)
        #expect(try json(.ja) == english)
        #expect(english[0].contains(#""text":"climb to technical-desk (reply 1 is 1w late): お客様相談室, 0570-000-000"#))
        #expect(english[0].contains(#""why":"reply 1 is 1w late""#))
        // The same report's text in Japanese names the point in Japanese words.
        let text = japanese { OverdueReport(input(files, config: config)).document.render(.text, width: 400) }
        #expect(text.contains("技術窓口へエスカレーションしてください（返事1が1週間遅れています）。連絡先：お客様相談室、"))
    }

    /// Thousands of entries are written on helper threads, which must write them in the
    /// language of the task that asked.
    @Test func aLargeReportIsJapaneseThroughout() throws {
        var files: [CaseFile] = []
        for n in 1...600 {
            var f = try openCase("件名\(n)", org: "会社\(n % 7)", at: "2026-07-01 10:00", number: n)
            try f.record(.raise(what: "連絡", owedBy: .them, who: nil, due: t("2026-07-10 10:00")), "2026-07-01 10:00")
            files.append(f)
        }
        let text = japanese { OverdueReport(input(files)).document.render(.text) }
        #expect(englishWords(text).isEmpty)
        #expect(text.components(separatedBy: "次の一手：").count == 601)
    }
}
