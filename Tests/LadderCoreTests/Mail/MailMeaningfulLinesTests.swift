import Testing
@testable import LadderCore

/// What counts as the sender's own words (Docs/Mail.md, "Meaningful lines").
@Suite struct MailMeaningfulLinesTests {
    func lines(_ text: String, limit: Int = 10) -> [String] { MeaningfulLines.of(text, limit: limit) }

    @Test func quotesAndAttributionsGo() {
        #expect(lines("Yes.\n\nOn Wed, Jul 15, 2026 at 3:00 PM Ken <k@x> wrote:\n> Is it fixed?\n") == ["Yes."])
        #expect(lines("はい。\n\n山田様 wrote:\n＞ 直りましたか\n") == ["はい。"])
        #expect(lines("> q1\nanswer 1\n> q2\nanswer 2\n") == ["answer 1", "answer 2"])
        #expect(lines("了解です。\n\n----- 元のメッセージ -----\n差出人: 高橋\n件名: 件\n\n本文\n") == ["了解です。"])
        #expect(lines("OK\n\n-----Original Message-----\nFrom: a\nSent: b\n\nold text\n") == ["OK"])
        #expect(lines("OK\n\n________________________________\n差出人: 高橋\n送信日時: 2026年7月15日\n件名: x\n\nold\n") == ["OK"])
    }

    @Test func signaturesGo() {
        #expect(lines("Body.\n-- \nKen Sato\n+81 3 0000 0000\n") == ["Body."])
        let framed = "本文です。\n\n━━━━━━━━━━\nサンプル株式会社\n技術窓口\n━━━━━━━━━━\n"
        #expect(lines(framed) == ["本文です。"])
        // A framed block with sentences is content, not a signature.
        let content = "以下の通りです。\n━━━━━━━━━━\n受付番号：123\n担当者よりご連絡いたします。\n━━━━━━━━━━\n"
        #expect(lines(content) == ["以下の通りです。", "受付番号：123", "担当者よりご連絡いたします。"])
        // A rule far from the end starts no signature.
        let long = "冒頭\n＊＊＊＊＊＊\n" + (1...15).map { "行\($0)" }.joined(separator: "\n")
        #expect(lines(long, limit: 20).count == 16)
        // Nothing but a signature: kept, rather than nothing at all.
        #expect(lines("――――――――\nサンプル株式会社\n――――――――\n") == ["サンプル株式会社"])
    }

    @Test func greetingFormulaeGo() {
        #expect(lines("佐藤様\n\nいつも大変お世話になっております。\n調査結果です。") == ["調査結果です。"])
        #expect(lines("ご担当者様\nお世話になっております。佐藤です。\n届きません。") == ["佐藤です。", "届きません。"])
        #expect(lines("Dear Mr Sato,\n\nThe fix is in.") == ["The fix is in."])
        // The apology is the matter, not a formula.
        #expect(lines("この度はご迷惑をおかけし申し訳ございません。") == ["この度はご迷惑をおかけし申し訳ございません。"])
    }

    @Test func aForwardWithNothingOfItsOwnShowsTheForwardedText() {
        let text = "\n-------- Forwarded Message --------\nSubject: x\nDate: y\nFrom: z\n\nThe root cause.\n"
        #expect(lines(text) == ["The root cause."])
        #expect(lines("See below.\n\n-------- 転送メッセージ --------\n件名: x\n\nold\n") == ["See below."])
        #expect(lines("anything", limit: 0) == [])
    }
}
