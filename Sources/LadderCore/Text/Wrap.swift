/// Breaks text into lines of at most `width` columns without adding or dropping a
/// character, except the spaces where a line breaks: at a space in space-separated
/// text (English), between ideographs and kana where Japanese line breaking allows
/// (`LineBreak`), and anywhere between characters only when there is no such place.
/// Never inside a character.
public enum Wrap {
    /// Lines of `text`; lines after the first are `then` columns wide (for hanging
    /// indents), `width` when nil.
    public static func lines(_ text: String, width: Int, then: Int? = nil) -> [String] {
        let rest = then ?? width
        guard width > 0, rest > 0 else { return [] }
        // No character is wider than its UTF-8 bytes, so short text fits as it is.
        if !text.containsUTF8(0x0A), text.utf8.count <= width || TextWidth.of(text) <= width { return [text] }
        var out: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var room = out.isEmpty ? width : rest
            // A short paragraph fits as it is.
            if paragraph.utf8.count <= room {
                out.append(String(paragraph))
                continue
            }
            var line: [Character] = []
            var used = 0
            var broken = false
            for c in paragraph {
                let w = TextWidth.of(c)
                while used + w > room, !line.isEmpty {
                    if let (at, space) = LineBreak.lastBreak(in: line, before: c) {
                        out.append(String(line[..<at]))
                        line = Array(line[(space ? at + 1 : at)...])
                    } else {
                        out.append(String(line))
                        line = []
                    }
                    room = rest
                    broken = true
                    used = line.reduce(0) { $0 + TextWidth.of($1) }
                }
                // Spaces at the start of a continued line are where it broke.
                if c == " " && line.isEmpty && broken { continue }
                line.append(c)
                used += w
            }
            out.append(String(line))
        }
        return out
    }
}
