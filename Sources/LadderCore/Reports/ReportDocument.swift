import Foundation

/// How a report is written out.
public enum ReportFormat: String, CaseIterable, Sendable {
    /// Plain text that fits 80 columns: reads well in a terminal and in a cron mail.
    case text
    case markdown
    /// The documented, stable shape in Docs/JSON.md.
    case json
}

/// A report laid out for people, written as plain text or Markdown. Builders put
/// stored text in as it is; the renderers make it safe (control characters inert,
/// Markdown's marks escaped).
public struct ReportDocument: Sendable {
    public struct Entry: Sendable {
        public var head: String
        public var lines: [String]
        /// How urgent the entry is, for a terminal that shows colour.
        public var tone: Emphasis?

        public init(head: String, lines: [String], tone: Emphasis? = nil) {
            self.head = head
            self.lines = lines
            self.tone = tone
        }
    }

    /// What a line means, for the command line to colour: the words carry the meaning
    /// without colour.
    public enum Emphasis: Sendable {
        case heading, overdue, soon
    }

    /// Wraps a line in the colour of its emphasis (or leaves it as it is).
    public typealias Paint = @Sendable (String, Emphasis) -> String

    public struct Table: Sendable {
        public var header: [String]
        public var rows: [[String]]
        /// Columns aligned right.
        public var numeric: Set<Int>
        /// The column that gives way when the table is too wide.
        public var flexible: Int
    }

    /// Plain text shows a section's entries (a table when it has none); Markdown shows
    /// its table (the entries when it has none): a wide table suits Markdown, not 80 columns.
    public struct Section: Sendable {
        public var heading: String
        public var table: Table?
        /// The entries, made now or when written (`init(heading:count:entry:)`).
        private var made: [Entry]
        private var maker: (count: Int, entry: @Sendable (Int) -> Entry)?
        /// Lays entry `n` out as plain text at the end of a buffer, `width` columns
        /// wide, as `entry` would be (`LaidOutEntry`), when the section can.
        fileprivate(set) var layout: (@Sendable (_ n: Int, _ out: ByteBuffer, _ width: Int) -> Void)?

        public init(heading: String, entries: [Entry] = [], table: Table? = nil) {
            self.heading = heading
            self.table = table
            made = entries
        }

        /// A section whose entries are made as they are written, a part at a time, and
        /// let go once written: a report of 30,000 entries need not hold them all.
        public init(heading: String, count: Int, entry: @escaping @Sendable (Int) -> Entry) {
            self.heading = heading
            made = []
            maker = (count, entry)
        }

        /// As `init(heading:count:entry:)`, with `layout` to write plain text without
        /// colour: each entry laid out straight into the output.
        init(heading: String, count: Int, entry: @escaping @Sendable (Int) -> Entry,
             layout: @escaping @Sendable (_ n: Int, _ out: ByteBuffer, _ width: Int) -> Void) {
            self.init(heading: heading, count: count, entry: entry)
            self.layout = layout
        }

        /// Changed in place (`entries.append`): with only a getter and a setter, each
        /// append copied every entry before it, and a stale report of 10,000 cases
        /// spent nine tenths of its second copying.
        public var entries: [Entry] {
            get { maker.map { m in (0..<m.count).map(m.entry) } ?? made }
            _modify {
                if let m = maker {
                    made = (0..<m.count).map(m.entry)
                    maker = nil
                    layout = nil  // it would lay out the entries as they were made
                }
                yield &made
            }
        }

        public var entryCount: Int { maker?.count ?? made.count }

        func entry(_ i: Int) -> Entry { maker?.entry(i) ?? made[i] }
    }

    public var title: String
    /// The instant and the counts, under the title.
    public var summary: [String]
    public var sections: [Section]
    /// Said when there are no sections.
    public var empty: String

    /// `paint` colours plain text's title, headings and urgent entries.
    public func render(_ format: ReportFormat, width: Int = 80, paint: Paint? = nil) -> String {
        var result: [UInt8] = []
        write(format, width: width, paint: paint) { result.append(contentsOf: $0) }
        return String(decoding: result, as: UTF8.self)
    }

    /// The rendered report given to `sink` a part at a time, in order, as UTF-8, so a
    /// long report is written out as it is made rather than held whole.
    public func write(_ format: ReportFormat, width: Int = 80, paint: Paint? = nil,
                      to sink: (UnsafeBufferPointer<UInt8>) -> Void) {
        if format == .markdown {
            var text = markdown()
            text.withUTF8 { sink($0) }
        } else {
            text(width: width, paint: paint, to: sink)
        }
    }

    // MARK: plain text

    /// Laid out as bytes: a report of thousands of entries spent a third of its time
    /// appending to strings, a few hundred instructions an append.
    func text(width: Int, paint: Paint? = nil, to sink: (UnsafeBufferPointer<UInt8>) -> Void) {
        var result = ""
        Self.wrapped(title, indent: 0, width: width, into: &result)
        if let paint { result = Self.painted(result, .heading, paint) }
        for s in summary { Self.wrapped(s, indent: 0, width: width, into: &result) }
        if sections.isEmpty {
            result += "\n"
            Self.wrapped(empty, indent: 0, width: width, into: &result)
        }
        result.withUTF8 { sink($0) }
        // A report can run to tens of thousands of entries, spread over many sections:
        // they are made and laid out in parts of a few thousand, whichever sections
        // they are in, each part on every core at once, and let go once written.
        let part = 4096
        var pending: [(section: Int, entry: Int)] = []
        pending.reserveCapacity(part)
        var next = 0  // the first section whose heading is not yet written
        func flush() {
            guard let last = pending.last else { return }
            let written = Parallel.ranges(pending.count, minimum: 250) { [pending, next] range -> ByteBuffer in
                let out = ByteBuffer(capacity: range.count * 320)
                // Each entry after the headings of its section and of any section
                // before it not yet headed (one with no entries).
                var headed = range.lowerBound == 0 ? next - 1 : pending[range.lowerBound - 1].section
                for at in pending[range] {
                    while headed < at.section { headed += 1; out.append(heading(headed)) }
                    if paint == nil, let layout = sections[at.section].layout { layout(at.entry, out, width); continue }
                    Self.text(of: sections[at.section].entry(at.entry), width: width, paint: paint, into: out)
                }
                return out
            }
            for bytes in written { sink(UnsafeBufferPointer(start: bytes.base, count: bytes.count)) }
            next = last.section + 1
            pending.removeAll(keepingCapacity: true)
        }
        func heading(_ n: Int) -> String {
            let section = sections[n]
            var out = "\n"
            let heading = TextWidth.clip(TerminalText.line(section.heading), to: width)
            Self.add(paint.map { $0(heading, .heading) } ?? heading, to: &out)
            Self.add(String(repeating: "-", count: min(width, TextWidth.of(heading))), to: &out)
            if section.entryCount == 0, let t = section.table {
                for line in tableLines(t, width: width) { Self.add(line, to: &out) }
            }
            return out
        }
        for (n, section) in sections.enumerated() {
            for i in 0..<section.entryCount {
                pending.append((n, i))
                if pending.count == part { flush() }
            }
        }
        flush()
        var rest = ""
        while next < sections.count { rest += heading(next); next += 1 }
        rest.withUTF8 { sink($0) }
    }

    private static func text(of e: Entry, width: Int, paint: Paint?, into out: ByteBuffer) {
        if let paint, let tone = e.tone {
            var head = ""
            wrapped(e.head, indent: 0, hang: 2, width: width, into: &head)
            out.append(painted(head, tone, paint))
        } else {
            wrapped(e.head, indent: 0, hang: 2, width: width, into: out)
        }
        for l in e.lines { wrapped(l, indent: 2, hang: 2, width: width, into: out) }
    }

    /// Each line of `text` painted on its own, so a pager shows every line in colour.
    private static func painted(_ text: String, _ emphasis: Emphasis, _ paint: Paint) -> String {
        text.split(separator: "\n").map { paint(String($0), emphasis) + "\n" }.joined()
    }

    private static func add(_ line: String, to result: inout String) {
        result += line.trailingSpacesRemoved
        result += "\n"
    }

    /// Stored text made inert and wrapped to the width; lines after the first hang
    /// further in by `hang`.
    private static func wrapped(_ raw: String, indent: Int, hang: Int = 0, width: Int, into result: inout String) {
        let bytes = ByteBuffer(capacity: raw.utf8.count + 16)
        wrapped(raw, indent: indent, hang: hang, width: width, into: bytes)
        result += String(decoding: UnsafeBufferPointer(start: bytes.base, count: bytes.count), as: UTF8.self)
    }

    static func wrapped(_ raw: String, indent: Int, hang: Int = 0, width: Int, into out: ByteBuffer) {
        let clean = TerminalText.line(raw)  // no line breaks in it
        let room = max(10, width - indent)
        // Most lines fit as they are (no character is wider than its UTF-8 bytes).
        if clean.utf8.count <= room || TextWidth.of(clean) <= room {
            line(clean, margin: indent, into: out)
            return
        }
        // One wrap with the hanging width after the first line: rewrapping joined
        // lines would put a space between Japanese pieces that had none.
        let lines = Wrap.lines(clean, width: room, then: max(10, width - indent - hang))
        for (i, l) in lines.enumerated() {
            if i > 0 && l.isEmpty { continue }
            line(l, margin: i == 0 ? indent : indent + hang, into: out)
        }
    }

    /// `text` after `margin` spaces, without the spaces padding its end, and a line break.
    private static func line(_ text: String, margin: Int, into out: ByteBuffer) {
        for _ in 0..<margin { out.append(0x20) }
        var text = text
        let whole = text.withUTF8 { bytes -> Bool in
            var end = bytes.count
            while end > 0, bytes[end - 1] == 0x20 { end -= 1 }
            // After a character outside ASCII a space may be part of it (a prepended
            // mark joins what follows): trimmed by characters, as `trailingSpacesRemoved`
            // has it.
            guard end == bytes.count || end == 0 || bytes[end - 1] < 0x80 else { return false }
            out.append(UnsafeBufferPointer(rebasing: bytes[..<end]))
            return true
        }
        if !whole { out.append(text.trailingSpacesRemoved) }
        out.append(0x0A)
    }

    func tableLines(_ t: Table, width: Int) -> [String] {
        let cells = ([t.header] + t.rows).map { $0.map(TerminalText.line) }
        var widths = t.header.indices.map { i in cells.map { TextWidth.of($0[i]) }.max() ?? 0 }
        let total = widths.reduce(2 * (widths.count - 1), +)
        if total > width { widths[t.flexible] = max(6, widths[t.flexible] - (total - width)) }
        return cells.map { row in
            row.indices.map { i in
                t.numeric.contains(i) ? TextWidth.padLeft(row[i], to: widths[i]) : TextWidth.fit(row[i], to: widths[i])
            }.joined(separator: "  ")
        }
    }

    // MARK: Markdown

    /// Escapes the marks Markdown would read, so stored text stays text.
    static func escape(_ raw: String) -> String {
        var out = ""
        for c in TerminalText.line(raw) {
            if "\\`*_[]<>#|!~".contains(c) { out.append("\\") }
            out.append(c)
        }
        return out
    }

    func markdown() -> String {
        var out = ["# " + Self.escape(title), ""]
        for s in summary { out.append(Self.escape(s) + "  ") }
        if sections.isEmpty { out += ["", Self.escape(empty)] }
        for section in sections {
            out += ["", "## " + Self.escape(section.heading), ""]
            if section.table == nil {
                for e in section.entries {
                    out.append("- **" + Self.escape(e.head) + "**")
                    for l in e.lines { out.append("  - " + Self.escape(l)) }
                }
            }
            if let t = section.table {
                out.append("| " + t.header.map(Self.escape).joined(separator: " | ") + " |")
                out.append("|" + t.header.indices.map { t.numeric.contains($0) ? " ---: |" : " --- |" }.joined())
                for row in t.rows { out.append("| " + row.map(Self.escape).joined(separator: " | ") + " |") }
            }
        }
        return out.joined(separator: "\n") + "\n"
    }
}

extension String {
    /// Without the spaces padding its end (command-line views and text reports).
    /// Cut by its bytes: removing the spaces of a padded row one character at a time
    /// was a tenth of `ladder list`.
    public var trailingSpacesRemoved: String {
        guard utf8.last == 0x20 else { return self }
        var kept = withUTF8Bytes { bytes in
            var end = bytes.count
            while end > 0, bytes[end - 1] == 0x20 { end -= 1 }
            return ValidUTF8.string(known: UnsafeBufferPointer(rebasing: bytes[..<end]))
        }
        // A space is a character of its own, unless a scalar that prefixes what follows
        // (an Arabic number sign) holds the first one: that character is not a space.
        if let last = kept.unicodeScalars.last, last.value >= 0x80, (String(last) + " ").count == 1 { kept.append(" ") }
        return kept
    }
}

/// Shared wording for report lines and other plain-text views.
public enum ReportText {
    /// `MINE, I owe` or `they owe`: mine stand out in a list of theirs.
    static func whose(_ r: ReplyState) -> String { r.reply.owedBy == .me ? L("MINE, I owe") : L("they owe") }

    /// `they owe: call back with the fix (reply 2, Tanaka)`.
    static func promise(_ r: ReplyState) -> Phrase {
        let (whose, what, item) = (whose(r), r.reply.what, r.item)
        guard let who = r.reply.who else { return P("\(whose): \(what) (reply \(item))") }
        return P("\(whose): \(what) (reply \(item), \(who))")
    }

    /// The instant a report is as of: `Wed 2026-07-15 15:00`; in Japanese
    /// `2026年7月15日(水) 15:00`, with the year, as a report may be kept.
    static func stamp(_ date: Date, zone: TimeZone) -> String {
        guard Language.current == .ja else { return "\(TimeText.short(date, zone: zone).prefix(3)) \(TimeText.local(date, zone: zone))" }
        let day = LocalClock(zone: zone).split(date).day
        let (y, m, d) = TimeText.civil(fromDays: day.number)
        return "\(y)年\(m)月\(d)日(\(JapaneseTime.weekdays[day.weekday])) \(TimeText.clockTime(date, zone: zone))"
    }

    /// `email out to technical desk, Thu 07-10 11:00 (3d ago)`.
    static func contact(_ c: (at: Date, contact: Contact)?, now: Date, zone: TimeZone) -> Phrase {
        guard let (at, k) = c else { return P("none yet") }
        let (channel, direction, when, ago) = (k.channel.name, k.direction.name, TimeWords.short(at, zone: zone, near: nil),
                                               TimeWords.duration(now.timeIntervalSince(at)))
        switch (k.failure?.name, k.with) {
        case (nil, nil): return P("\(channel) \(direction), \(when) (\(ago) ago)")
        case let (failure?, nil): return P("\(channel) \(direction) (\(failure)), \(when) (\(ago) ago)")
        case let (nil, with?): return P("\(channel) \(direction), \(with), \(when) (\(ago) ago)")
        case let (failure?, with?): return P("\(channel) \(direction) (\(failure)), \(with), \(when) (\(ago) ago)")
        }
    }

    /// `2 replies overdue: see ladder report overdue`, under another report's summary.
    static func overdueElsewhere(_ n: Int) -> String {
        n == 1 ? L("1 reply overdue: see ladder report overdue") : L("\(n) replies overdue: see ladder report overdue")
    }

    /// `1 case`, `2 cases`, `2 replies`, `3 days`.
    public static func plural(_ n: Int, _ word: String) -> String {
        if n == 1 { return "1 \(word)" }
        // reply -> replies, but day -> days.
        if word.hasSuffix("y"), let before = word.dropLast().last, !"aeiou".contains(before) {
            return "\(n) \(word.dropLast())ies"
        }
        return "\(n) \(word)s"
    }
}
