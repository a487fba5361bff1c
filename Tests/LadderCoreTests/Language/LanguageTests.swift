import Foundation
@testable import LadderCore
import LadderTestSupport
import Testing

@Suite struct LanguageTests {
    @Test func theLocaleDecidesInPOSIXOrder() {
        #expect(Language.fromLocale([:]) == .en)
        #expect(Language.fromLocale(["LANG": "ja_JP.UTF-8"]) == .ja)
        #expect(Language.fromLocale(["LANG": "ja_JP.UTF-8", "LC_MESSAGES": "C"]) == .en)
        #expect(Language.fromLocale(["LANG": "C.UTF-8", "LC_MESSAGES": "ja_JP.eucJP"]) == .ja)
        #expect(Language.fromLocale(["LANG": "ja_JP.UTF-8", "LC_ALL": "en_GB.UTF-8"]) == .en)
        #expect(Language.fromLocale(["LC_ALL": "", "LANG": "ja"]) == .ja)
    }

    @Test func theFlagBeatsTheConfigWhichBeatsTheLocale() {
        #expect(Language.choose(flag: .en, config: .ja, environment: ["LANG": "ja_JP.UTF-8"]) == .en)
        #expect(Language.choose(flag: nil, config: .ja, environment: ["LANG": "C"]) == .ja)
        #expect(Language.choose(flag: nil, config: nil, environment: ["LANG": "ja_JP.UTF-8"]) == .ja)
    }

    @Test func languagesAreReadAsPeopleWriteThem() {
        for code in ["ja", "JA", "ja_JP", "ja_JP.UTF-8", "ja-JP", "japanese", "日本語", "jpn"] {
            #expect(Language(code: code) == .ja, "\(code)")
        }
        for code in ["en", "en_GB.UTF-8", "en-US", "English", "C", "POSIX", "C.UTF-8"] {
            #expect(Language(code: code) == .en, "\(code)")
        }
        for code in ["fr", "jap", "", "j", "klingon"] {
            #expect(Language(code: code) == nil, "\(code)")
        }
    }

    @Test func placesAreFilledInTheTranslationsOrder() {
        #expect(Phrase.fill("{2}から{1}へ", with: ["a", "b"]) == "bからaへ")
        #expect(Phrase.fill("{x} {3} {1}", with: ["a"]) == "{x} {3} a")
        #expect(Phrase.fill("{1}{1}", with: ["é"]) == "éé")
        #expect(Phrase.fill("{1}", with: ["{2}", "x"]) == "{2}", "a value is put in as it is, never filled again")
        #expect(Phrase.fill("案件{12}{", with: ["a"]) == "案件{12}{")
        #expect(Phrase.fill("{10}", with: (1...10).map(String.init)) == "10")
    }

    /// English is the text as the code interpolates it: a title that looks like a place
    /// stays as the user wrote it, and the key still has the places for a catalog.
    @Test func englishIsTheInterpolatedText() {
        let title = "{1} and {2}"
        let phrase: Phrase = "case \(12) is \"\(title)\""
        #expect(phrase.key == "case {1} is \"{2}\"")
        #expect(phrase.text(in: .en) == "case 12 is \"{1} and {2}\"")
        #expect(phrase.values == ["12", title])
    }

    /// A phrase gathers its bytes in place until they outgrow it, and its places in
    /// place up to eight values: past either, the English, the key and the values are
    /// the same as they would be in place.
    @Test func longPhrasesAndManyValuesReadTheSame() {
        for length in [0, 1, 100, 191, 192, 193, 400, 70_000] {
            let long = String(repeating: "é", count: length / 2) + String(repeating: "x", count: length % 2)
            let phrase: Phrase = "a \(long) b \(3) c \(long) d"
            #expect(phrase.text(in: .en) == "a \(long) b 3 c \(long) d", "\(length)")
            #expect(phrase.key == "a {1} b {2} c {3} d")
            #expect(phrase.values == [long, "3", long])
        }
        let (a, b, c, d, e, f, g, h, i, j) = (1, "二", 3, "", 5, "six", 7, "八", 9, "ten")
        let many: Phrase = "\(a)-\(b)-\(c)-\(d)-\(e)-\(f)-\(g)-\(h)-\(i)-\(j)"
        #expect(many.text(in: .en) == "1-二-3--5-six-7-八-9-ten")
        #expect(many.key == "{1}-{2}-{3}-{4}-{5}-{6}-{7}-{8}-{9}-{10}")
        #expect(many.values == ["1", "二", "3", "", "5", "six", "7", "八", "9", "ten"])
        // One value of every length about the bytes held in place: 191, 192, 193.
        for length in 188...196 {
            let text = String(repeating: "a", count: length)
            let phrase: Phrase = "\(text)"
            #expect(phrase.text(in: .en) == text && phrase.values == [text] && phrase.key == "{1}", "\(length)")
            let framed: Phrase = "<\(String(text.dropFirst(2)))>"
            #expect(framed.text(in: .en) == "<" + text.dropFirst(2) + ">", "\(length)")
        }
        // Eight values fill the places held in place exactly.
        let eight: Phrase = "\(a)\(b)\(c)\(d)\(e)\(f)\(g)\(h)"
        #expect(eight.text(in: .en) == "1二35six7八" && eight.values == ["1", "二", "3", "", "5", "six", "7", "八"])
        #expect(eight.key == "{1}{2}{3}{4}{5}{6}{7}{8}")
        // Pieces of every length from none to past two words, each copied whole.
        for n in 0...40 {
            let piece = String((0..<n).map { Character(Unicode.Scalar(UInt8(0x41 + $0 % 26))) })
            let phrase: Phrase = "<\(piece)|\(piece)>"
            #expect(phrase.text(in: .en) == "<" + piece + "|" + piece + ">", "\(n)")
        }
        let plain: Phrase = "no values at all"
        #expect(plain.key == "no values at all" && plain.values.isEmpty)
    }

    @Test func englishIsTheSourceAndJapaneseComesFromTheCatalog() {
        #expect(Language.$bound.withValue(.en) { Rung.callCentre.name } == "call-centre")
        #expect(Language.$bound.withValue(.ja) { Rung.callCentre.name } == "コールセンター")
        #expect(Language.$bound.withValue(.ja) { Channel.phone.name } == "電話")
    }

    @Test func japaneseRungNamesAreTakenWhereRungsAre() {
        #expect(Rung(loose: "コールセンター") == .callCentre)
        #expect(Rung(loose: "お客様相談室") == .executive)
        #expect(Rung(loose: "技術窓口") == .technicalDesk)
        #expect(Rung(loose: "消費生活センター") == .regulator)
        #expect(Rung(loose: "店舗") == .shop)
    }
}

/// A Japanese user types the names ladder shows them (`--via 電話`).
@Suite struct JapaneseInputNamesTests {
    @Test func channelsAndFailuresAreTakenInJapanese() {
        #expect(Channel(loose: "電話") == .phone)
        #expect(Channel(loose: "ＦＡＸ") == .fax)
        #expect(Channel(loose: "来店") == .visit)
        #expect(Channel(loose: "post") == .letter)
        #expect(Channel(loose: "Email") == .email)
        #expect(Channel(loose: "伝書鳩") == nil)
        #expect(FailureReason(loose: "番号違い") == .wrongNumber)
        #expect(FailureReason(loose: "no-answer") == .noAnswer)
        #expect(FailureReason(loose: "話し中") == nil)
        // What ladder shows in Japanese is read back as the same value.
        for c in Channel.allCases { #expect(Language.$bound.withValue(.ja) { Channel(loose: c.name) } == c, "\(c)") }
        for f in FailureReason.allCases { #expect(Language.$bound.withValue(.ja) { FailureReason(loose: f.name) } == f, "\(f)") }
    }
}
