import LadderTestSupport
import Testing
@testable import LadderCore

/// Wrapping adds nothing and drops nothing but the spaces it breaks at; Japanese
/// breaks between characters where line-breaking rules (kinsoku) allow.
@Suite struct WrapTests {
    static let japanese = "更新案内のメールに、ありえない顧客番号が書かれていた。「確認します」と言われ、オペレーターは上司に相談するとのことでした。ｶ)ﾄﾞｺﾓの請求（ﾊﾟｹｯﾄ料金）も確認中です。"

    @Test func japaneseLinesJoinBackIntoTheTextExactly() {
        for width in 2...40 {
            let lines = Wrap.lines(Self.japanese, width: width)
            #expect(lines.joined() == Self.japanese, "width \(width)")
            #expect(lines.allSatisfy { TextWidth.of($0) <= width }, "width \(width): \(lines)")
        }
    }

    @Test func noLineStartsWithClosingPunctuationOrEndsWithAnOpeningBracket() {
        let noStart: Set<Character> = ["。", "、", "」", "）", "ー", "ッ", "っ", "ｯ", "ﾞ", "ﾟ", "！", "？", "・"]
        let noEnd: Set<Character> = ["「", "（", "『"]
        for width in 6...40 {
            let lines = Wrap.lines(Self.japanese, width: width)
            for (i, line) in lines.enumerated() {
                if i > 0 { #expect(!noStart.contains(line.first!), "width \(width): \(lines)") }
                if i < lines.count - 1 { #expect(!noEnd.contains(line.last!), "width \(width): \(lines)") }
            }
        }
        // A full line followed by 。 carries its last character down with it.
        #expect(Wrap.lines("あいうえ。", width: 8) == ["あいう", "え。"])
    }

    @Test func englishStillWrapsAtSpaces() {
        #expect(Wrap.lines("the quick brown fox jumps", width: 10) == ["the quick", "brown fox", "jumps"])
        #expect(Wrap.lines("abcdefghijkl", width: 5) == ["abcde", "fghij", "kl"])  // no space: cut
        #expect(Wrap.lines("docomo-ahamo plan", width: 8) == ["docomo-a", "hamo", "plan"])
        // Between a word and Japanese, a break is allowed.
        #expect(Wrap.lines("Example Mobileに電話した", width: 16) == ["Example Mobileに", "電話した"])
    }

    @Test func laterLinesTakeTheHangingWidth() {
        let lines = Wrap.lines("あいうえおかきくけこさしすせそ", width: 10, then: 6)
        #expect(lines == ["あいうえお", "かきく", "けこさ", "しすせ", "そ"])
        #expect(Wrap.lines("one two three four", width: 9, then: 5) == ["one two", "three", "four"])
    }

    @Test func indentedParagraphsKeepTheirIndent() {
        #expect(Wrap.lines("first line here\n  indented", width: 10) == ["first line", "here", "  indented"])
    }

    @Test func clustersAreNeverSplit() {
        let lines = Wrap.lines(WidthFixtures.title, width: 5)
        #expect(lines.joined(separator: " ").unicodeScalars.filter { $0 != " " }.count
                == WidthFixtures.title.unicodeScalars.filter { $0 != " " }.count)
        #expect(lines.allSatisfy { TextWidth.of($0) <= 5 }, "\(lines)")
        #expect(lines.contains { $0.contains("ﾄﾞ") })
    }

    /// A date or a count is never split from its unit: the detail view broke
    /// `期限 12月3日(木) 02:53` into `期限 12月3` / `日(木) 02:53`.
    @Test func numbersStayWithWhatTheyCount() {
        #expect(Wrap.lines("期限 12月3日(木) 02:53", width: 12) == ["期限", "12月3日(木)", "02:53"])
        #expect(Wrap.lines("あいうえお案件12を登録", width: 12) == ["あいうえお案", "件12を登録"])
    }

    /// The half-width long-vowel mark never starts a line: a newcomer saw `…、ｶ` /
    /// `ｰﾄﾞ会社` (the set held `ｰﾞﾟ` as one character, never `ｰ` alone).
    @Test func theHalfWidthLongVowelMarkStaysWithItsKana() {
        let text = "会社のｶｰﾄﾞとｴﾗｰとﾊﾟｽﾜｰﾄﾞ"
        for width in 4...30 {
            let lines = Wrap.lines(text, width: width)
            #expect(lines.joined() == text, "width \(width)")
            #expect(lines.dropFirst().allSatisfy { !$0.hasPrefix("ｰ") }, "width \(width): \(lines)")
        }
        for scalar in "ｰﾞﾟ｡".unicodeScalars { #expect(LineBreak.noStart.contains(Character(scalar))) }
    }

    /// A length of time keeps its units whole: a newcomer saw `7か月1週` / `間` in the
    /// front end's detail pane.
    @Test func unitsOfTwoCharactersAreNeverParted() {
        let text = "登録から7か月1週間、技術窓口で3週間2日、最後の連絡は1時間5分前、2ヶ月と3カ月"
        // From 16 columns, the widest run that may not break (`ら7か月1週間、`).
        for width in 16...40 {
            let lines = Wrap.lines(text, width: width)
            #expect(lines.joined() == text, "width \(width)")
            for (a, b) in zip(lines, lines.dropFirst()) {
                #expect(!("かヶカ週時".contains(a.last ?? " ") && "月間".contains(b.first ?? " ")), "width \(width): \(lines)")
            }
        }
    }

    /// A date keeps its time: a newcomer saw `期限 3月12日(木)` / `10:00` in the detail
    /// pane, and English wraps `Thu 03-12` / `10:00` alike. The space is still taken
    /// when the line has no other place.
    @Test func aDateKeepsItsTime() {
        let cases = [("期限 3月12日(木) 10:00、技術窓口", "3月12日(木) 10:00"), ("due Thu 03-12 10:00 on the desk", "Thu 03-12 10:00"),
                     ("最後の連絡 12月3日 9:30 電話", "12月3日 9:30")]
        for (text, whole) in cases {
            for width in (TextWidth.of(whole) + 4)...(TextWidth.of(text) - 1) {
                let lines = Wrap.lines(text, width: width)
                #expect(lines.contains { $0.contains(whole) }, "width \(width): \(lines)")
            }
        }
        // Too narrow for the date and its time together: they part at the space.
        #expect(Wrap.lines("12月3日(木) 10:00", width: 12) == ["12月3日(木)", "10:00"])
        #expect(Wrap.lines("03-12 10:00", width: 6) == ["03-12", "10:00"])
        #expect(Wrap.lines("since Sat 07-11 03:00", width: 12) == ["since", "Sat 07-11", "03:00"])
        // A number before another clock time is no date to keep whole.
        #expect(Wrap.lines("reply 2 at 10:00", width: 8) == ["reply 2", "at 10:00"])
    }

    /// A number may start a line after a phrase's end, and a bracket may take what it
    /// holds to the next line: a newcomer saw `連絡先：故障受` / `付、0120-111-111…`
    /// with room for `付、` on the first line.
    @Test func aNumberMayStartALineAfterAPhrasesEnd() {
        #expect(Wrap.lines("連絡先：故障受付、0120-111-111（フリーダイヤル）", width: 22)
                == ["連絡先：故障受付、", "0120-111-111（フリーダ", "イヤル）"])
        #expect(Wrap.lines("電話番号0120-111-111（無料）", width: 22) == ["電話番号0120-111-111", "（無料）"])
        // Numbers still stay with what they count.
        #expect(Wrap.lines("返事を待って3週間、案件12", width: 14) == ["返事を待っ", "て3週間、案", "件12"])
    }

    /// `前` and `後` stay with the length before them: a newcomer saw `最後の連絡は30分19秒` / `前`.
    @Test func beforeAndAfterStayWithTheirLength() {
        let text = "最後の連絡は30分19秒前、次は3日後"
        // From 14 columns, the widest run that may not break (`は30分19秒前、`).
        for width in 14...TextWidth.of(text) {
            let lines = Wrap.lines(text, width: width)
            for line in lines.dropFirst() { #expect(!line.hasPrefix("前") && !line.hasPrefix("後"), "width \(width): \(lines)") }
        }
    }
}
