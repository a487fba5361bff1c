/// Header bytes as text. Headers should be ASCII with encoded words, but Japanese
/// mailers also write raw UTF-8, raw JIS or raw Shift_JIS: each is read as what it is.
enum HeaderText {
    static func string(_ bytes: some Collection<UInt8>) -> String {
        if bytes.allSatisfy({ $0 < 0x80 && $0 != 0x1B }) { return String(decoding: bytes, as: UTF8.self) }
        return Charset.guessed(bytes).text
    }

    /// The start of a line for an error message: at most 60 characters, controls shown as `?`.
    static func preview(_ bytes: some Collection<UInt8>) -> String {
        let text = string(bytes.prefix(240))
        let clean = String(text.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? "?" : Character($0) })
        return clean.count > 60 ? String(clean.prefix(60)) + "…" : clean
    }

    /// Runs of blanks and line breaks as one space, the ends trimmed.
    static func collapsed(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var blank = false
        for c in text {
            if c == " " || c == "\t" || c == "\r" || c == "\n" || c == "\r\n" {
                blank = !out.isEmpty
            } else {
                if blank { out.append(" ") }
                blank = false
                out.append(c)
            }
        }
        return out
    }
}
