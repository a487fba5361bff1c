/// Breaks text into lines of at most `width` columns: at a space where there is one
/// (English), anywhere between characters where there is not (Japanese), never
/// inside a character.
public enum Wrap {
    public static func lines(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        // No character is wider than its UTF-8 bytes, so short text fits as it is.
        if !text.containsUTF8(0x0A), text.utf8.count <= width || TextWidth.of(text) <= width { return [text] }
        var out: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            // No character is wider than its UTF-8 bytes, so a short paragraph fits as it is.
            if paragraph.utf8.count <= width, out.isEmpty || paragraph.first != " " {
                out.append(String(paragraph))
                continue
            }
            var line: [Character] = []
            var used = 0
            var lastSpace: Int?  // index in `line` of the last space
            for c in paragraph {
                let w = TextWidth.of(c)
                while used + w > width, !line.isEmpty {
                    if let sp = lastSpace, sp > 0 {
                        out.append(String(line[..<sp]))
                        line = Array(line[(sp + 1)...])
                    } else {
                        out.append(String(line))
                        line = []
                    }
                    used = line.reduce(0) { $0 + TextWidth.of($1) }
                    lastSpace = line.lastIndex(of: " ")
                }
                if c == " " && line.isEmpty && !out.isEmpty { continue }
                if c == " " { lastSpace = line.count }
                line.append(c)
                used += w
            }
            out.append(String(line))
        }
        return out
    }
}
