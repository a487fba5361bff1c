/// RFC 2047 encoded words (`=?ISO-2022-JP?B?…?=`, `=?utf-8?q?…?=`) in header text.
/// Blanks between two encoded words are dropped, as the RFC says; adjacent words in
/// the same charset are joined before they are decoded, because mailers split a
/// multibyte character (or a JIS escape sequence) across two words.
enum EncodedWords {
    struct Word {
        var charset: String
        var bytes: [UInt8]
        /// Where the word ends in the scalars of the text.
        var end: Int
    }

    static func decode(_ text: String, notes: inout [MailNote]) -> String {
        guard text.contains("=?") else { return text }
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var pending: (charset: String, bytes: [UInt8])?
        var blanks = String.UnicodeScalarView()  // blanks after the last word, dropped if another follows
        var i = 0
        func flush() {
            if let p = pending {
                let decoded = Charset.decode(p.bytes, label: p.charset)
                notes += decoded.notes
                out.append(contentsOf: decoded.text.unicodeScalars)
                pending = nil
            }
        }
        while i < scalars.count {
            if scalars[i] == "=", let word = word(in: scalars, at: i) {
                if let p = pending, p.charset.lowercased() == word.charset.lowercased() {
                    pending!.bytes += word.bytes
                } else {
                    flush()
                    pending = (word.charset, word.bytes)
                }
                blanks = String.UnicodeScalarView()
                i = word.end
                continue
            }
            let s = scalars[i]
            if pending != nil, s == " " || s == "\t" || s == "\r" || s == "\n" {
                blanks.append(s)
            } else {
                flush()
                out.append(contentsOf: blanks)
                blanks = String.UnicodeScalarView()
                out.append(s)
            }
            i += 1
        }
        flush()
        out.append(contentsOf: blanks)
        return String(out)
    }

    /// The encoded word starting at `start` (`=?charset?enc?text?=`), or nil if the text
    /// there is not one: then it is kept as it is written.
    static func word(in s: [Unicode.Scalar], at start: Int) -> Word? {
        guard start + 1 < s.count, s[start + 1] == "?" else { return nil }
        var i = start + 2
        var charset = ""
        while i < s.count, s[i] != "?" {
            guard s[i].isASCII, s[i].value > 0x20, charset.count < 60 else { return nil }
            charset.unicodeScalars.append(s[i])
            i += 1
        }
        guard !charset.isEmpty, i + 2 < s.count, s[i + 2] == "?" else { return nil }
        let encoding = s[i + 1]
        i += 3
        let textStart = i
        // The text runs to the next `?=`; it holds no blanks.
        while i + 1 < s.count, !(s[i] == "?" && s[i + 1] == "=") {
            guard s[i].isASCII, s[i].value > 0x20 else { return nil }
            i += 1
        }
        guard i + 1 < s.count else { return nil }
        let text = s[textStart..<i].map { UInt8($0.value) }
        let bytes: [UInt8]
        switch encoding {
        case "B", "b": bytes = Base64.decodeLenient(text)
        case "Q", "q": bytes = QuotedPrintable.decodeWord(text)
        default: return nil
        }
        return Word(charset: Charset.cleanLabel(charset), bytes: bytes, end: i + 2)
    }
}
