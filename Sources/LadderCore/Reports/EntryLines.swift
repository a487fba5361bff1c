/// Where a report writes an entry, a line at a time: gathered as text
/// (`ReportDocument.Entry`, for Markdown and for colour) or laid out as plain text
/// straight into the output (`LaidOutEntry`). A report's one writer of an entry serves
/// both, so the two cannot drift apart.
protocol EntryLines {
    /// The entry's first line: `#12 Router drops every evening`.
    mutating func head(number: Int, title: String)
    /// A line under the head, in the language the entry is written in.
    mutating func line(_ phrase: Phrase)
}

/// A line of an entry, in the entry's language: `L("next: \(step)", to: &entry)`.
func L<W: EntryLines>(_ phrase: Phrase, to entry: inout W) { entry.line(phrase) }

/// An entry gathered as text.
struct GatheredEntry: EntryLines {
    private(set) var entry: ReportDocument.Entry
    private let language: Language

    init(tone: ReportDocument.Emphasis?, language: Language) {
        entry = ReportDocument.Entry(head: "", lines: [], tone: tone)
        self.language = language
    }

    mutating func head(number: Int, title: String) {
        var head = "#"
        head += String(number)
        head += " "
        head += title
        entry.head = head
    }

    mutating func line(_ phrase: Phrase) { entry.lines.append(phrase.text(in: language)) }
}

/// An entry laid out as plain text at the end of `out`, as `ReportDocument` lays out
/// an `Entry` `width` columns wide: its head hangs by two, its lines are indented by two
/// and hang by two more. A line that fits and has nothing to make inert is written
/// from the phrase's bytes as it is, with no String made (a report at 100,000 cases
/// writes 150,000 such lines); any other goes the long way, made inert and wrapped.
struct LaidOutEntry: EntryLines {
    let out: ByteBuffer
    let width: Int
    let language: Language

    mutating func head(number: Int, title: String) {
        let start = out.count
        out.append(0x23)  // #
        var digits = String(number)
        digits.withUTF8 { out.append($0) }
        out.append(0x20)
        out.append(title)
        settle(from: start, indent: 0, hang: 2)
    }

    mutating func line(_ phrase: Phrase) {
        let start = out.count
        out.append(0x20)
        out.append(0x20)
        phrase.withText(in: language) { out.append($0) }
        settle(from: start, indent: 2, hang: 2)
    }

    /// The line written from `start` on, after its margin of `indent` spaces: kept as
    /// it is, without the spaces padding its end, when it has nothing to make inert and
    /// fits (as `ReportDocument` would keep it); else laid out the long way in its place.
    private func settle(from start: Int, indent: Int, hang: Int) {
        let text = UnsafeBufferPointer(start: out.base + start + indent, count: out.count - start - indent)
        let room = max(10, width - indent)
        // No character is wider than its UTF-8 bytes.
        let fits = text.count <= room ? UTF8Bytes.arePrintableASCII(text) || TerminalText.isInert(bytes: text)
            : TerminalText.isInert(bytes: text) && TextWidth.of(scalars: text).map { $0 <= room } ?? false
        if fits {
            var end = out.count
            while end > start + indent, out.base[end - 1] == 0x20 { end -= 1 }
            // After a character outside ASCII a space may be part of it (a prepended
            // mark joins what follows): that is left to the long way.
            if end == out.count || end == start + indent || out.base[end - 1] < 0x80 {
                out.cut(to: end)
                out.append(0x0A)
                return
            }
        }
        let raw = ValidUTF8.string(known: text)  // the bytes of whole Strings
        out.cut(to: start)
        ReportDocument.wrapped(raw, indent: indent, hang: hang, width: width, into: out)
    }
}
