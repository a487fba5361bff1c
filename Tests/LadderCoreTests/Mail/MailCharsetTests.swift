import Foundation
import Testing
@testable import LadderCore

/// The charset fallbacks the notes describe, checked against this machine's iconv.
@Suite struct MailCharsetTests {
    /// ① ㈱ Ⅲ (NEC row 13) and 纊 (NEC-selected IBM row 89) in JIS, as Windows writes
    /// ISO-2022-JP: ESC $ B 2D21 2D6A 2D37 7921 ESC ( B.
    static let necJIS: [UInt8] = [0x1B, 0x24, 0x42, 0x2D, 0x21, 0x2D, 0x6A, 0x2D, 0x37, 0x79, 0x21, 0x1B, 0x28, 0x42]

    @Test func glibcRefusesTheExtensionsAsISO2022JP() {
        #expect(Charset.strict(Self.necJIS, "ISO-2022-JP") == nil)
    }

    @Test func theyAreReadThroughCP932() {
        #expect(Charset.strict(Self.necJIS, Charset.jisAsCP932) == "①㈱Ⅲ纊")
        let decoded = Charset.decode(Self.necJIS, label: "ISO-2022-JP")
        #expect(decoded.text == "①㈱Ⅲ纊")
        #expect(decoded.notes == [.charsetFallback(label: "ISO-2022-JP", used: "CP932")])
        #expect(decoded.notes.first?.description == "Text labelled ISO-2022-JP was read as CP932, its superset.")
    }

    @Test func eucJPMSReadsRow13WithTheHighBitSet() {
        // 0xAD 0xA2 → ②, 0xAD 0xEA → ㈱, as the notes say.
        #expect(Iconv.decode([0xAD, 0xA2, 0xAD, 0xEA], from: "EUC-JP-MS", lossy: false)?.text == "②㈱")
        #expect(Iconv.decode([0xAD, 0xA2], from: "EUC-JP", lossy: false) == nil)
        #expect(Charset.decode([0xAD, 0xA2, 0xAD, 0xEA], label: "euc-jp").text == "②㈱")
        // JIS X 0212 (ESC $ ( D) has no Shift_JIS form: the EUC rewriting reads it (0x2237 is ～).
        #expect(Charset.strict([0x1B, 0x24, 0x28, 0x44, 0x22, 0x37, 0x1B, 0x28, 0x42], Charset.jisAsEUCMS) == "～")
    }

    @Test func shiftJISIsReadAsCP932() {
        let bytes: [UInt8] = [0x87, 0x40, 0x87, 0x8A, 0x81, 0x60, 0x82, 0xA0]  // ①㈱～あ
        #expect(Iconv.decode(bytes, from: "SHIFT_JIS", lossy: false) == nil)
        let decoded = Charset.decode(bytes, label: "Shift_JIS")
        #expect(decoded.text == "①㈱～あ")
        #expect(decoded.notes.isEmpty)
    }

    @Test func latin1IsReadAsWindows1252() {
        #expect(Charset.decode([0x93, 0x61, 0x94, 0x80], label: "iso-8859-1").text == "\u{201C}a\u{201D}€")
        // 0x81 is undefined in Windows-1252: Latin-1 proper takes it.
        let d = Charset.decode([0x61, 0x81], label: "ISO-8859-1")
        #expect(d.text == "a\u{81}")
        #expect(d.notes == [.charsetFallback(label: "ISO-8859-1", used: "ISO-8859-1")])
    }

    @Test func unknownAndMissingLabelsAreGuessed() {
        // お問い合わせ in Shift_JIS and in EUC-JP (Foundation on Linux cannot make these).
        let sjis: [UInt8] = [0x82, 0xA8, 0x96, 0xE2, 0x82, 0xA2, 0x8D, 0x87, 0x82, 0xED, 0x82, 0xB9]
        let unknown = Charset.decode(sjis, label: "x-klingon")
        #expect(unknown.text == "お問い合わせ")
        #expect(unknown.notes == [.unknownCharset(label: "x-klingon", used: "CP932")])
        let euc: [UInt8] = [0xA4, 0xAA, 0xCC, 0xE4, 0xA4, 0xA4, 0xB9, 0xE7, 0xA4, 0xEF, 0xA4, 0xBB]
        #expect(Charset.decode(euc, label: nil).text == "お問い合わせ")
        #expect(Charset.decode(Array("日本".utf8), label: "us-ascii").text == "日本")
        // Labels that could reach iconv's file names are not passed on.
        #expect(Charset.candidates(for: "../../etc/passwd").isEmpty)
    }

    /// Japanese mailers write raw JIS, Shift_JIS or EUC-JP into headers, and a name or a
    /// subject may be all kanji, with no kana to tell the reading by.
    @Test func rawJapaneseHeaderTextIsReadWhateverItsCharset() {
        let jis: [UInt8] = [0x1B, 0x24, 0x42, 0x34, 0x41, 0x3B, 0x7A, 0x37, 0x6F, 0x4C, 0x3E, 0x1B, 0x28, 0x42]  // 漢字件名
        #expect(HeaderText.string(jis) == "漢字件名")
        #expect(Charset.decode(jis, label: nil).text == "漢字件名")
        let sjis: [UInt8] = [0x8E, 0x52, 0x93, 0x63, 0x20, 0x89, 0xD4, 0x8E, 0x71]  // 山田 花子
        #expect(HeaderText.string(sjis) == "山田 花子")
        let euc: [UInt8] = [0xBB, 0xB3, 0xC5, 0xC4, 0x20, 0xB2, 0xD6, 0xBB, 0xD2]  // 山田 花子
        #expect(HeaderText.string(euc) == "山田 花子")
        // An escape that is not JIS's is left to the other readings.
        #expect(HeaderText.string(Array("\u{1B}[31mred".utf8)) == "\u{1B}[31mred")
        // From: with a raw JIS name still gives its address.
        let from = jis + Array(" <yamada@example.jp>".utf8)
        #expect(HeaderText.string(from) == "漢字件名 <yamada@example.jp>")
    }

    @Test func undecodableBytesBecomeReplacementCharactersAndTheRestIsKept() {
        let d = Charset.decode([0x61, 0xFF, 0xFE, 0x62], label: "utf-8")
        #expect(d.text.hasPrefix("a"))
        #expect(d.text.hasSuffix("b"))
        #expect(d.text.contains("\u{FFFD}") || !d.notes.isEmpty)
        let lossy = Iconv.decode([0x61, 0xFF, 0x62], from: "UTF-8", lossy: true)
        #expect(lossy?.text == "a\u{FFFD}b")
        #expect(lossy?.replaced == 1)
    }

    @Test func halfWidthKanaInJISIsNotPassedThrough() {
        let bytes: [UInt8] = [0x1B, 0x28, 0x49, 0x3B, 0x4E, 0x1B, 0x28, 0x42]  // ESC ( I ｻﾎ ESC ( B
        #expect(Charset.strict(bytes, "ISO-2022-JP") == nil)
        #expect(Charset.decode(bytes, label: "iso-2022-jp").text == "ｻﾎ")
    }
}
