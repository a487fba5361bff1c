/// An HTML body as plain text, for mail that has no text/plain part: tags dropped,
/// block ends as line breaks, `<br>` as a line break, script, style and head left out,
/// character references decoded. One pass over the text; not a browser.
enum HTMLText {
    static func plain(_ html: String) -> String {
        var out = ""
        out.reserveCapacity(html.utf8.count / 2)
        let s = Array(html.unicodeScalars)
        var i = 0
        var skipUntil: String?  // the closing tag of script, style or head
        var pre = 0
        var blank = false  // a blank is owed before the next character
        func newline() {
            while out.hasSuffix(" ") { out.removeLast() }
            out.append("\n")
            blank = false
        }
        while i < s.count {
            let c = s[i]
            if c == "<" {
                // A comment runs to `-->`.
                if i + 3 < s.count, s[i + 1] == "!", s[i + 2] == "-", s[i + 3] == "-" {
                    var j = i + 4
                    while j + 2 < s.count, !(s[j] == "-" && s[j + 1] == "-" && s[j + 2] == ">") { j += 1 }
                    i = min(s.count, j + 3)
                    continue
                }
                var j = i + 1
                var quote: Unicode.Scalar?
                while j < s.count {
                    if let q = quote { if s[j] == q { quote = nil } } else if s[j] == "\"" || s[j] == "'" { quote = s[j] } else if s[j] == ">" { break }
                    j += 1
                }
                let inside = String(String.UnicodeScalarView(s[(i + 1)..<min(j, s.count)]))
                i = min(s.count, j + 1)
                let name = tagName(inside)
                if let end = skipUntil {
                    if name == end { skipUntil = nil }
                    continue
                }
                switch name {
                case "script", "style", "head", "title": skipUntil = "/" + name
                case "br", "br/": newline()
                case "p", "/p", "div", "/div", "tr", "/tr", "/table", "h1", "h2", "h3", "h4", "h5", "h6",
                     "/h1", "/h2", "/h3", "/h4", "/h5", "/h6", "ul", "/ul", "ol", "/ol", "blockquote", "/blockquote", "hr":
                    if !out.isEmpty, !out.hasSuffix("\n") { newline() }
                case "li":
                    if !out.isEmpty, !out.hasSuffix("\n") { newline() }
                    out += "- "
                case "td", "th":
                    blank = !out.isEmpty && !out.hasSuffix("\n")
                case "pre": pre += 1
                case "/pre": pre = max(0, pre - 1)
                default: break
                }
                continue
            }
            i += 1
            if skipUntil != nil { continue }
            var text: String
            if c == "&" {
                let (decoded, length) = entity(s, at: i - 1)
                text = decoded
                i += length - 1
            } else {
                text = String(c)
            }
            if pre == 0 {
                if c == " " || c == "\t" || c == "\n" || c == "\r" {
                    blank = !out.isEmpty && !out.hasSuffix("\n")
                    continue
                }
            }
            if blank { out.append(" "); blank = false }
            if text == "\u{A0}" { text = " " }
            out += text
        }
        // At most one empty line in a row, none at the ends.
        var lines: [Substring] = []
        for line in out.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.drop { $0 == " " }
            if trimmed.isEmpty, lines.last?.isEmpty ?? true { continue }
            lines.append(trimmed)
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines.joined(separator: "\n")
    }

    /// `p` of `<p class="x">`, `/div` of `</div>`, lower-cased.
    static func tagName(_ inside: String) -> String {
        var name = ""
        for c in inside.unicodeScalars {
            if c == " " || c == "\t" || c == "\n" || c == "\r" || (c == "/" && !name.isEmpty) { break }
            name.unicodeScalars.append(c)
            if name.count > 12 { break }
        }
        return name.lowercased()
    }

    static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}", "copy": "©",
        "reg": "®", "yen": "¥", "hellip": "…", "mdash": "—", "ndash": "–", "laquo": "«", "raquo": "»",
        "times": "×", "middot": "·", "rarr": "→", "larr": "←", "bull": "•", "trade": "™", "euro": "€",
    ]

    /// A character reference at `start` (the `&`): the text and how many scalars it
    /// takes; an unknown one is a plain `&`.
    static func entity(_ s: [Unicode.Scalar], at start: Int) -> (String, Int) {
        var j = start + 1
        var body = ""
        while j < s.count, j - start <= 10, s[j] != ";", s[j].properties.isAlphabetic || s[j] == "#" || ("0"..."9").contains(s[j]) {
            body.unicodeScalars.append(s[j])
            j += 1
        }
        guard j < s.count, s[j] == ";" else { return ("&", 1) }
        let length = j - start + 1
        if body.hasPrefix("#") {
            let digits = body.dropFirst()
            let value = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            if let v = value, let scalar = Unicode.Scalar(v), v != 0 { return (String(scalar), length) }
            return ("\u{FFFD}", length)
        }
        if let text = named[body.lowercased()] { return (text, length) }
        return ("&", 1)
    }
}
