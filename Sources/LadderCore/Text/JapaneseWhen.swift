import Foundation

/// Japanese times of day and dates as one word (already NFKC-normalised, so digits
/// are ASCII): `15時`, `15時30分`, `15時半`, `午前10時`, `午後3時`, `正午`; `7月15日`,
/// `2026年7月15日`.
enum JapaneseWhen {
    /// (hour, minute), nil if the word is not a Japanese time of day.
    static func timeOfDay(_ word: String) throws(LadderError) -> (Int, Int)? {
        if word == "正午" { return (12, 0) }
        var rest = Substring(word)
        var meridiem: Int?  // hours to add: 0 before noon, 12 after
        if rest.hasPrefix("午前") { meridiem = 0 } else if rest.hasPrefix("午後") { meridiem = 12 }
        if meridiem != nil { rest = rest.dropFirst(2) }
        let hourDigits = rest.prefix { $0.isASCII && $0.isNumber }
        guard !hourDigits.isEmpty, hourDigits.count <= 2, let hour = Int(hourDigits) else { return nil }
        rest = rest.dropFirst(hourDigits.count)
        var minute = 0
        if rest.hasPrefix("時") {
            rest = rest.dropFirst()
            if rest == "半" {
                minute = 30
            } else if !rest.isEmpty {
                let m = rest.hasSuffix("分") ? rest.dropLast() : rest
                guard !m.isEmpty, m.count <= 2, m.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
                minute = Int(m)!
            }
        } else if meridiem != nil {
            // 午後3:30 and 午後3 as well as 午後3時.
            if rest.hasPrefix(":") {
                let m = rest.dropFirst()
                guard m.count == 2, m.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
                minute = Int(m)!
            } else if !rest.isEmpty {
                return nil
            }
        } else {
            return nil
        }
        guard minute < 60 else { throw WhenMessages.notTimeOfDay(word, example: "15時30分 or 15:30") }
        guard let meridiem else {
            guard hour < 24 else { throw WhenMessages.notTimeOfDay(word, example: "15時 or 9時半") }
            return (hour, minute)
        }
        if hour == 12 { throw WhenMessages.ambiguousTwelve(word) }
        guard hour < 12 else { throw WhenMessages.notTimeOfDay(word, example: Language.current == .ja ? "午後3時、15時" : "午後3時 or 15時") }
        return (hour + meridiem, minute)
    }

    /// `7月15日` → `7/15`, `2026年7月15日` → `2026/7/15`: the same day in the spelling the
    /// parser reads, so it leans the same way; nil if the word is not such a date.
    static func slashedDate(_ word: String) -> String? {
        guard word.hasSuffix("日") else { return nil }
        var parts: [Substring] = []
        var rest = Substring(word)
        for marker in ["年", "月", "日"] {
            let digits = rest.prefix { $0.isASCII && $0.isNumber }
            let after = rest.dropFirst(digits.count)
            guard !digits.isEmpty, after.hasPrefix(marker) else {
                if marker == "年" { continue }  // the year may be left out
                return nil
            }
            parts.append(digits)
            rest = after.dropFirst()
        }
        guard rest.isEmpty, parts.count >= 2 else { return nil }
        if parts.count == 3, parts[0].count != 4 { return nil }
        return parts.joined(separator: "/")
    }
}
