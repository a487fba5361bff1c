import Foundation

/// When a place is open in an ordinary week: for each weekday (Monday first), the
/// stretches it is open, in seconds after local midnight. A closed day has none.
///
/// Written as day specs and times, in the config file and on the command line:
/// `mon-fri 09:00-18:00`, `sat 10:00-12:00, 13:00-17:00`, `wed closed`, `daily 24h`.
public struct OpeningHours: Equatable, Sendable {
    public struct Span: Equatable, Sendable {
        public var start: Int
        public var end: Int
    }

    /// Index 0 is Monday, 6 is Sunday.
    public var days: [[Span]]

    public init(days: [[Span]] = Array(repeating: [], count: 7)) {
        precondition(days.count == 7)
        self.days = days
    }

    /// Monday to Friday, 09:00 to 17:00: what business time means when nobody said.
    public static let officeHours: OpeningHours = {
        var h = OpeningHours()
        for d in 0..<5 { h.days[d] = [Span(start: 9 * 3600, end: 17 * 3600)] }
        return h
    }()

    public var isNeverOpen: Bool { days.allSatisfy(\.isEmpty) }

    static let dayNames = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
    static let longNames = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

    /// Hours to write, in the current language's words (each reads back).
    public static var examples: String {
        Language.current == .ja ? "「月〜金 09:00〜18:00」、「土 10:00〜17:00」、「水 定休日」、「毎日 24時間」"
            : "\"mon-fri 09:00-18:00\", \"sat 10:00-17:00\", \"wed closed\", \"daily 24h\""
    }

    /// Day `d` (0 is Monday) in the current language: `wed`, `水曜`.
    static func dayName(_ d: Int) -> String {
        Language.current == .ja ? "\(JapaneseTime.weekdays[d])曜" : dayNames[d]
    }

    /// Hours written the Japanese way, as `text` writes them, in the config's words:
    /// `月〜金` → `mon-fri`, `土・日` → `sat,sun`, `9:00〜18:00` → `9:00-18:00`,
    /// `定休日` → `closed`; full-width digits, colons and spaces as ASCII.
    static func plainWords(_ raw: String) -> String {
        // The config's own words (every config read passes here) need nothing done.
        if raw.utf8.allSatisfy({ $0 < 0x80 }) { return raw }
        var t = raw.precomposedStringWithCompatibilityMapping
        let words = [("〜", "-"), ("~", "-"), ("・", ","), ("、", ","), ("曜日", ""), ("曜", ""), ("毎日", "daily"),
                     ("平日", "weekdays"), ("土日", "sat,sun"), ("定休日", "closed"), ("休業日", "closed"), ("休業", "closed"), ("休み", "closed"),
                     ("24時間", "24h"), ("月", "mon"), ("火", "tue"), ("水", "wed"), ("木", "thu"), ("金", "fri"),
                     ("土", "sat"), ("日", "sun")]
        for (japanese, plain) in words where t.contains(japanese) { t = t.replacingOccurrences(of: japanese, with: plain) }
        // `9時`, `9時半`, `9時30分` as clock times.
        if t.contains("時") {
            for (pattern, clock) in [(#"(\d{1,2})時(\d{1,2})分"#, "$1:$2"), (#"(\d{1,2})時半"#, "$1:30"), (#"(\d{1,2})時"#, "$1:00")] {
                t = t.replacingOccurrences(of: pattern, with: clock, options: .regularExpression)
            }
        }
        return t
    }

    /// Reads `mon-fri`, `sat,sun`, `weekdays`, `weekends`, `daily`: the weekdays named;
    /// in Japanese `月〜金`, `土・日`, `平日`, `毎日`.
    static func parseDays(_ raw: String) -> Set<Int>? {
        var out = Set<Int>()
        for part in plainWords(raw).lowercased().split(separator: ",") {
            let p = part.trimmingCharacters(in: .whitespaces)
            switch p {
            case "daily", "everyday", "every-day", "all": out.formUnion(0..<7); continue
            case "weekdays": out.formUnion(0..<5); continue
            case "weekends", "weekend": out.formUnion([5, 6]); continue
            default: break
            }
            let ends = p.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
            guard (1...2).contains(ends.count), let a = weekday(ends[0]), let b = weekday(ends.last!) else { return nil }
            // A range may wrap round the week: fri-mon.
            var d = a
            while true {
                out.insert(d)
                if d == b { break }
                d = (d + 1) % 7
            }
        }
        return out.isEmpty ? nil : out
    }

    static func weekday(_ word: String) -> Int? {
        let w = word.trimmingCharacters(in: .whitespaces)
        if let i = dayNames.firstIndex(of: w) { return i }
        if let i = longNames.firstIndex(of: w) { return i }
        if w.count >= 3, let i = longNames.firstIndex(where: { $0.hasPrefix(w) }) { return i }
        return nil
    }

    /// Reads `09:00-18:00`, `9:00-12:00, 13:00-17:00`, `closed`, `24h`. `24:00` may end a day.
    static func parseSpans(_ raw: String) throws(LadderError) -> [Span] {
        let text = plainWords(raw).lowercased().trimmingCharacters(in: .whitespaces)
        let bad = { (message: String) in
            LadderError(.usage, field: .hours, message, hint: L("write e.g. 09:00-18:00, 09:00-12:00, 13:00-17:00, closed or 24h"))
        }
        if text == "closed" || text == "off" || text == "-" { return [] }
        if text == "24h" || text == "24 hours" || text == "00:00-24:00" { return [Span(start: 0, end: 86_400)] }
        var spans: [Span] = []
        for part in text.split(separator: ",") {
            let ends = part.split(separator: "-", omittingEmptySubsequences: false)
            guard ends.count == 2, let a = clock(String(ends[0])), let b = clock(String(ends[1])) else {
                throw bad(L("\"\(raw)\" is not a list of opening times"))
            }
            guard a < b else { throw bad(L("\"\(raw)\" closes before it opens; a night across midnight is two days' spans")) }
            guard a < 86_400 else { throw bad(L("\"\(raw)\" opens at 24:00")) }
            spans.append(Span(start: a, end: b))
        }
        guard !spans.isEmpty else { throw bad(L("\"\(raw)\" is empty")) }
        spans.sort { $0.start < $1.start }
        for i in spans.indices.dropFirst() where spans[i].start < spans[i - 1].end {
            throw bad(L("\"\(raw)\" has overlapping times"))
        }
        return spans
    }

    /// `9:00`, `09:30`, `24:00`, or a bare hour `9`: seconds after midnight.
    static func clock(_ raw: String) -> Int? {
        var parts = raw.trimmingCharacters(in: .whitespaces).split(separator: ":", omittingEmptySubsequences: false)
        if parts.count == 1 { parts.append("00") }
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let h = Int(parts[0]), let m = Int(parts[1]), m < 60, h < 24 || (h == 24 && m == 0) else { return nil }
        return h * 3600 + m * 60
    }

    /// Builds hours from (day spec, times) pairs. Ranges such as `mon-fri` are applied
    /// first and single days after, so `{"mon-sat": "10:00-19:00", "wed": "closed"}`
    /// reads as a person means it. Two ranges naming the same day are refused.
    public static func parse(_ entries: [(days: String, times: String)]) throws(LadderError) -> OpeningHours {
        var hours = OpeningHours()
        var setBy: [Int: String] = [:]
        let parsed = try entries.map { (e) throws(LadderError) -> (String, Set<Int>, [Span]) in
            guard let days = parseDays(e.days) else {
                throw LadderError(.usage, field: .hours, L("\"\(e.days)\" does not name days of the week"),
                                  hint: L("write e.g. mon-fri, sat, sat,sun, weekdays or daily"))
            }
            return (e.days, days, try parseSpans(e.times))
        }
        for single in [false, true] {
            for (spec, days, spans) in parsed where (days.count == 1) == single {
                for d in days {
                    if let other = setBy[d], !single || parseDays(other)?.count == 1 {
                        throw LadderError(.usage, field: .hours, L("\"\(other)\" and \"\(spec)\" both set \(dayName(d))"),
                                          hint: L("name each day once; a single day such as \"wed closed\" may override a range"))
                    }
                    setBy[d] = spec
                    hours.days[d] = spans
                }
            }
        }
        return hours
    }

    /// Reads one command-line entry: `mon-fri 09:00-18:00`, `wed closed`.
    public static func parseEntry(_ raw: String) throws(LadderError) -> (days: String, times: String) {
        // Split where the user put the space (full-width too); each part is read in
        // plain words later, and quoted as written when it cannot be.
        let t = raw.precomposedStringWithCompatibilityMapping.trimmingCharacters(in: .whitespaces)
        guard let space = t.firstIndex(of: " ") else {
            throw LadderError(.usage, field: .hours, L("\"\(raw)\" needs days and times"), hint: L("write e.g. \(examples)"))
        }
        return (String(t[..<space]), String(t[space...]).trimmingCharacters(in: .whitespaces))
    }

    /// The shortest entries that say these hours: consecutive days with the same times
    /// share one entry (`mon-fri`); closed days are left out.
    public var entries: [(days: String, times: String)] {
        var out: [(String, String)] = []
        var d = 0
        while d < 7 {
            var e = d
            while e + 1 < 7, days[e + 1] == days[d] { e += 1 }
            if !days[d].isEmpty {
                let name = d == e ? Self.dayNames[d] : (d == 0 && e == 6 ? "daily" : "\(Self.dayNames[d])-\(Self.dayNames[e])")
                out.append((name, Self.describe(days[d])))
            }
            d = e + 1
        }
        return out
    }

    static func describe(_ spans: [Span]) -> String {
        if spans == [Span(start: 0, end: 86_400)] { return "24h" }
        return spans.map { "\(hm($0.start))-\(hm($0.end))" }.joined(separator: ", ")
    }

    static func hm(_ seconds: Int) -> String { "\(TimeText.pad(seconds / 3600)):\(TimeText.pad(seconds % 3600 / 60))" }

    /// The hours in the current language, to read: `summary` in English; in Japanese
    /// `月〜金 09:00〜18:00、土 10:00〜17:00、日 定休日`. The config and `--json` keep
    /// `summary`, the words the config is written in.
    public var text: String {
        guard Language.current == .ja else { return summary }
        let e = entries
        if e.isEmpty { return "定休日" }
        let names = JapaneseTime.weekdays.map { String($0) }
        func day(_ words: String) -> String {
            if words == "daily" { return "毎日" }
            return words.split(separator: "-").compactMap { Self.dayNames.firstIndex(of: String($0)).map { names[$0] } }.joined(separator: "〜")
        }
        func times(_ words: String) -> String {
            words == "24h" ? "24時間" : words.replacingOccurrences(of: "-", with: "〜").replacingOccurrences(of: ", ", with: "・")
        }
        let closed = (0..<7).filter { days[$0].isEmpty }.map { names[$0] }
        return (e.map { day($0.days) + " " + times($0.times) } + (closed.isEmpty ? [] : [closed.joined(separator: "・") + " 定休日"]))
            .joined(separator: "、")
    }

    /// `mon-tue 10:00-19:00; thu-sun 10:00-19:00; wed closed`, or `closed`.
    public var summary: String {
        let e = entries
        if e.isEmpty { return "closed" }
        let closed = (0..<7).filter { days[$0].isEmpty }.map { Self.dayNames[$0] }
        return (e.map { "\($0.days) \($0.times)" } + (closed.isEmpty ? [] : [closed.joined(separator: ",") + " closed"]))
            .joined(separator: "; ")
    }
}
