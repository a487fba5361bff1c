import Foundation

/// Text in a mail's charset as a string. The labelled charset is read first; when it
/// fails, its superset (what the sending software really wrote) is tried before any
/// text is given up, and what happened is kept as a note (Docs/Mail.md, "Charsets").
enum Charset {
    struct Decoded {
        var text: String
        var notes: [MailNote]
    }

    /// `bytes` labelled `label` (nil: no label) as text; never fails.
    static func decode(_ bytes: some Collection<UInt8>, label: String?) -> Decoded {
        let raw = label.map(cleanLabel) ?? ""
        if bytes.allSatisfy({ $0 < 0x80 && $0 != 0x1B }) {
            // Plain ASCII reads the same in every charset a mail uses (UTF-7 aside).
            if raw.lowercased() != "utf-7" { return Decoded(text: String(decoding: bytes, as: UTF8.self), notes: []) }
        }
        let name = raw.lowercased()
        if name.isEmpty || name == "us-ascii" || name == "ascii" || name == "ansi_x3.4-1968" {
            // Valid UTF-8 without a label is what most software sends today: no note.
            let guess = guessed(bytes)
            return Decoded(text: guess.text, notes: guess.charset == "UTF-8" && guess.notes.isEmpty ? [] : [.unlabelled8Bit(used: guess.charset)] + guess.notes)
        }
        let chain = candidates(for: name)
        if chain.isEmpty || !Iconv.knows(chain[0]) {
            let guess = guessed(bytes)
            return Decoded(text: guess.text, notes: [.unknownCharset(label: raw, used: guess.charset)] + guess.notes)
        }
        for (index, candidate) in chain.enumerated() {
            if let text = strict(bytes, candidate) {
                // The first choice is how the label is read (Shift_JIS as CP932): no note.
                return Decoded(text: text, notes: index == 0 ? [] : [.charsetFallback(label: raw, used: shownName(candidate))])
            }
        }
        let lossy = Iconv.decode(bytes, from: chain.last!, lossy: true)
            ?? Iconv.Result(text: String(decoding: bytes, as: UTF8.self), replaced: 0)
        return Decoded(text: lossy.text, notes: [.undecodableBytes(charset: chain.last!, count: lossy.replaced)])
    }

    /// The iconv names to try for a lower-cased label, the label's own reading first.
    /// ISO-2022-JP's fallbacks are byte rewritings (JIS to Shift_JIS or EUC) read by
    /// CP932 and EUC-JP-MS: `strict` knows the two pseudo-names.
    static func candidates(for name: String) -> [String] {
        switch name {
        case "utf-8", "utf8", "unicode-1-1-utf-8":
            return ["UTF-8"]
        case "iso-2022-jp", "csiso2022jp", "jis", "iso-2022-jp-1":
            return ["ISO-2022-JP", jisAsCP932, jisAsEUCMS]
        case "iso-2022-jp-ms", "cp50220", "cp50221", "cp50222", "iso-2022-jp-3", "iso-2022-jp-2004":
            return [jisAsCP932, jisAsEUCMS, "ISO-2022-JP-3"]
        case "iso-2022-jp-2", "csiso2022jp2":
            return ["ISO-2022-JP-2", jisAsCP932, jisAsEUCMS]
        case "shift_jis", "shift-jis", "sjis", "x-sjis", "ms_kanji", "csshiftjis", "windows-31j", "cswindows31j",
             "cp932", "ms932", "x-ms-cp932", "shift_jisx0213":
            // CP932 reads every Shift_JIS byte and the NEC and IBM extensions as well.
            return ["CP932", "SHIFT_JISX0213"]
        case "euc-jp", "eucjp", "x-euc-jp", "cseucpkdfmtjapanese", "ujis", "x-eucjp":
            return ["EUC-JP", "EUC-JP-MS", "EUC-JISX0213"]
        case "eucjp-ms", "euc-jp-ms", "eucjp-win", "eucjp-open":
            return ["EUC-JP-MS"]
        case "iso-8859-1", "latin1", "l1", "iso_8859-1", "iso8859-1", "cp819", "windows-1252", "cp1252", "x-cp1252":
            // As browsers do: Latin-1 labels are Windows-1252 (curly quotes, the euro sign).
            return ["WINDOWS-1252", "ISO-8859-1"]
        case "gb2312", "gbk", "x-gbk", "cp936", "euc-cn":
            return ["GBK", "GB18030"]
        case "euc-kr", "ks_c_5601-1987", "ks_c_5601", "cp949":
            return ["CP949"]
        case "big5", "x-big5", "cp950":
            return ["BIG5", "BIG5-HKSCS"]
        case "tis-620", "iso-8859-11":
            return ["CP874"]
        default:
            // Let iconv judge any other name (ISO-8859-x, KOI8-R, windows-125x, UTF-16).
            let plain = name.count <= 40 && name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "-_.:+".contains($0)) }
            return plain && Iconv.knows(name) ? [name.uppercased()] : []
        }
    }

    static let jisAsCP932 = "ISO-2022-JP→CP932"
    static let jisAsEUCMS = "ISO-2022-JP→EUC-JP-MS"

    /// The charset a note names: the table that read the text.
    static func shownName(_ candidate: String) -> String {
        switch candidate {
        case jisAsCP932: "CP932"
        case jisAsEUCMS: "EUC-JP-MS"
        default: candidate
        }
    }

    /// The whole of `bytes` as `charset`, or nil at the first byte that does not fit.
    static func strict(_ bytes: some Collection<UInt8>, _ charset: String) -> String? {
        switch charset {
        case "UTF-8":
            return String(validating: bytes, as: UTF8.self)
        case jisAsCP932:
            return JIS.asShiftJIS(Array(bytes)).flatMap { Iconv.decode($0, from: "CP932", lossy: false)?.text }
        case jisAsEUCMS:
            return Iconv.decode(JIS.asEUC(Array(bytes)), from: "EUC-JP-MS", lossy: false)?.text
        case "ISO-2022-JP", "ISO-2022-JP-2", "ISO-2022-JP-3":
            // glibc passes an escape sequence it does not know (ESC ( I, half-width
            // kana) through as text: that is a failure too.
            guard let text = Iconv.decode(bytes, from: charset, lossy: false)?.text, !text.unicodeScalars.contains("\u{1B}") else { return nil }
            return text
        default:
            return Iconv.decode(bytes, from: charset, lossy: false)?.text
        }
    }

    struct Guess {
        var text: String
        var charset: String
        var notes: [MailNote]
    }

    /// Unlabelled or mislabelled 8-bit text: UTF-8 if it is valid UTF-8, JIS if it has
    /// escape sequences, else whichever of CP932 and EUC-JP reads it with more kana.
    static func guessed(_ bytes: some Collection<UInt8>) -> Guess {
        // Raw JIS is seven bits, so valid UTF-8 as well: its escapes are tried first (an
        // escape that is not JIS's makes the strict reading fail).
        if bytes.contains(0x1B) {
            for candidate in candidates(for: "iso-2022-jp") {
                if let text = strict(bytes, candidate) { return Guess(text: text, charset: shownName(candidate), notes: []) }
            }
        }
        if let text = String(validating: bytes, as: UTF8.self) { return Guess(text: text, charset: "UTF-8", notes: []) }
        let readings = ["CP932", "EUC-JP-MS"].compactMap { name in strict(bytes, name).map { (name, $0) } }
        if let best = readings.max(by: { japanese(in: $0.1) < japanese(in: $1.1) }), japanese(in: best.1) > 0 {
            return Guess(text: best.1, charset: best.0, notes: [])
        }
        if let text = strict(bytes, "WINDOWS-1252") { return Guess(text: text, charset: "WINDOWS-1252", notes: []) }
        let lossy = Iconv.decode(bytes, from: "UTF-8", lossy: true)
            ?? Iconv.Result(text: String(decoding: bytes, as: UTF8.self), replaced: 0)
        return Guess(text: lossy.text, charset: "UTF-8", notes: [.undecodableBytes(charset: "UTF-8", count: lossy.replaced)])
    }

    /// How Japanese a reading looks: kana and kanji count for it (a name or a subject
    /// may be all kanji), half-width katakana against it, as EUC-JP read as Shift_JIS
    /// comes out mostly in them.
    static func japanese(in text: String) -> Int {
        var n = 0
        for s in text.unicodeScalars {
            switch s.value {
            case 0x3041...0x30FF, 0x4E00...0x9FFF: n += 2
            case 0xFF61...0xFF9F: n -= 1
            default: break
            }
        }
        return n
    }

    /// A label as written, without quotes, spaces or an RFC 2231 language (`utf-8*ja`).
    static func cleanLabel(_ label: String) -> String {
        var s = label.trimmingCharacters(in: .whitespaces)
        s = s.trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
        if let star = s.firstIndex(of: "*") { s = String(s[..<star]) }
        return s
    }
}
