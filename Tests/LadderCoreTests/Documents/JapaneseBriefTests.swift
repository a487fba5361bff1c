import Foundation
import LadderTestSupport
import Testing
@testable import LadderCore

/// The brief in Japanese: a complaint as a Japanese reader expects it (件名, 経緯, whom I
/// asked, what they promised, ご依頼事項), polite throughout, within a form's limit.
@Suite struct JapaneseBriefTests {
    let state = CaseState(try! StoryOneCase.file())
    let now = StoryOneCase.now

    func brief(limit: Int? = nil) throws -> String {
        try Language.$bound.withValue(.ja) { () throws(LadderError) -> String in
            guard let limit else { return Brief.make(state, now: now, zone: tokyo) }
            return try Brief.fitting(state, now: now, zone: tokyo, limit: limit)
        }
    }

    /// ASCII words left once what the user typed is taken out: none.
    static func englishWords(_ text: String, typed: [String]) -> [String] {
        var rest = text
        for t in typed { rest = rest.replacingOccurrences(of: t, with: "") }
        return rest.split { !($0.isASCII && $0.isLetter) }.map(String.init)
    }

    var typed: [String] {
        [state.details.title, state.details.organisation, state.details.product!, state.ask!]
            + state.details.references + state.replies.map(\.reply.what)
    }

    @Test func theWholeBriefInTheOrderOfAJapaneseComplaint() throws {
        #expect(try brief() == """
            【件名】2機種からのメールが「Host unknown」で届かない（ハヤブサモバイル／ハヤブサメール）
            【受付番号】HM-20418
            【経緯】7月15日(水)から続いている問題で、13日が経ちました。7月27日(月)から本社・相談室にご相談しています。
            【これまでのお問い合わせ】
            ・店舗（7月15日〜16日）：2回やり取りしました（来店、電話）。
            ・コールセンター（7月16日）：3回やり取りしました（電話3回）。
            ・技術窓口（7月16日〜27日）：4回やり取りしました（メール3回、電話）。ほかに1回、つながりませんでした。御社からの着信に出られなかったことが3回ありました。
            ・本社・相談室（7月27日から）：1回やり取りしました（電話）。
            【お約束いただいた件】
            ・「ネットワーク担当からの折り返し電話」（7月16日(木)まで）：守られませんでした。
            ・「不達の原因の回答」（7月24日(金)まで）：期限を4日16時間過ぎても、ご回答がありません。
            ・「対策の連絡」（7月28日(火)まで）：期限を16時間過ぎても、ご回答がありません。
            【ご依頼事項】不達の原因と再発防止策を書面でご回答ください。
            よろしくお願いいたします。
            """)
    }

    /// The sample in Docs/Language.md is what `ladder brief 1 --lang ja --max-chars 400` prints.
    @Test func fourHundredCharactersNameEveryRungAndTheDocsShowIt() throws {
        let text = try brief(limit: 400)
        #expect(Brief.formLength(text) <= 400)
        for rung in Rung.allCases where rung != .regulator {
            #expect(text.contains(Language.$bound.withValue(.ja) { rung.name }), "\(rung) named")
        }
        #expect(text.contains("店舗、コールセンター、技術窓口、本社・相談室の順にご相談しました"))
        #expect(Self.englishWords(text, typed: typed).isEmpty, "\(Self.englishWords(text, typed: typed))")
        let docs = try String(contentsOf: repositoryRoot.appendingPathComponent("Docs/Language.md"), encoding: .utf8)
        #expect(docs.contains("```\n" + text + "\n```"), "Docs/Language.md shows the brief as it is now:\n\(text)")
    }

    /// At every limit: within it, whole sentences only, polite, no English of ladder's own,
    /// and the subject, the numbers, the request and the closing always whole.
    @Test func everyLimitGivesACompletePoliteText() throws {
        let full = try brief()
        let essentials = full.split(separator: "\n").filter { $0.hasPrefix("【件名】") || $0.hasPrefix("【受付番号】") || $0.hasPrefix("【ご依頼事項】") || $0.hasPrefix("よろしく") }
        let least = Brief.formLength(essentials.joined(separator: "\n"))
        for limit in stride(from: least, through: Brief.formLength(full) + 3, by: 1) {
            let text = try brief(limit: limit)
            #expect(Brief.formLength(text) <= limit)
            #expect(text.contains("です") || text.contains("ます"))
            #expect(Self.englishWords(text, typed: typed).isEmpty)
            #expect(text.hasPrefix("【件名】2機種から") && text.contains("【受付番号】HM-20418\n"))
            #expect(text.hasSuffix("【ご依頼事項】不達の原因と再発防止策を書面でご回答ください。\nよろしくお願いいたします。"))
            for line in text.split(separator: "\n") {
                // Each line a sentence, a labelled item or a heading; never cut.
                #expect(line.hasSuffix("。") || line.hasSuffix("】") || line.hasPrefix("【件名】") || line.hasPrefix("【受付番号】"), "\(line)")
            }
        }
        #expect(throws: LadderError.self) { try brief(limit: least - 1) }
    }

    @Test func theRefusalSaysSoInJapanese() {
        do {
            _ = try brief(limit: 40)
            Issue.record("a brief over its limit was given")
        } catch {
            let e = error as! LadderError
            #expect(e.message.hasPrefix("件名・受付番号・ご依頼事項だけで") && e.message.hasSuffix("文字になり、フォームの上限40文字に収まりません"))
            #expect(e.hint == "依頼事項を短くする（ladder ask 1 \"...\"）か、上限を大きくしてください")
        }
    }

    /// A case of last year, closed, reopened, with an apology test: the year is written,
    /// and what their answer lacked is said.
    @Test func lastYearsCaseSaysTheYearAndWhatTheAnswerLacked() throws {
        var f = try openCase("請求額の誤り", org: "みなと電力", rung: .callCentre, at: "2025-11-20 10:00")
        try f.record(.log(Contact(channel: .phone, direction: .outgoing)), "2025-11-20 10:30")
        try f.record(.close(.resolved, note: nil), "2025-12-01 10:00")
        try f.record(.reopen(reason: "翌月も同じ誤り"), "2026-01-10 10:00")
        try f.record(.testApology(ApologyTest(acknowledgedEvent: true, explainedCause: false, acknowledgedTrouble: true), due: nil), "2026-01-12 10:00")
        let text = Language.$bound.withValue(.ja) { Brief.make(CaseState(f), now: t("2026-01-20 10:00"), zone: tokyo) }
        #expect(text.contains("【経緯】2025年11月20日(木)から続いている問題で、2か月が経ちました。"))
        #expect(text.contains("2025年12月1日(月)に「解決」として一度終了しましたが、1月10日(土)に再開しました（翌月も同じ誤り）。"))
        #expect(text.contains("これまでのご回答には、原因のご説明、具体的な改善のお約束がありませんでした。"))
        #expect(text.contains("・コールセンター（2025年11月20日から）：1回やり取りしました（電話）。"))
    }
}
