import Foundation

/// Brings a typed time into one spelling before it is read: full-width forms from
/// Japanese input methods made plain (NFKC: `１５：００` is `15:00`), lower case, single
/// spaces, Japanese lengths of time said in the English words (`2時間後` is `in 2h`),
/// and Japanese run-together words split where a time starts (`明日15時` is `明日 15時`).
public enum WhenText {
    public static func normalised(_ raw: String) -> String {
        let plain = raw.precomposedStringWithCompatibilityMapping.lowercased()
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
            // A weekday in parentheses belongs to the date before it: 7/15 (水), 2026-07-15 (wed).
            .replacingOccurrences(of: " (", with: "(")
        guard hasJapanese(plain) else { return plain }
        if let english = japaneseLength(plain.filter { $0 != " " }) { return english }
        return segmented(plain)
    }

    /// Whether the text has kana or kanji in it (then hints give Japanese examples).
    public static func hasJapanese(_ text: String) -> Bool {
        text.unicodeScalars.contains { s in
            (0x3040...0x30FF).contains(s.value) || (0x4E00...0x9FFF).contains(s.value) || (0xFF66...0xFF9F).contains(s.value)
        }
    }

    // MARK: lengths of time

    /// Japanese units and the English unit each stands for.
    private static let units: [(japanese: String, english: String)] = [
        ("時間", "h"), ("週間", "w"), ("か月", "months"), ("ヶ月", "months"), ("カ月", "months"),
        ("ケ月", "months"), ("ヵ月", "months"), ("箇月", "months"), ("秒", "s"), ("分", "m"),
        ("日", "d"), ("週", "w"), ("年", "y"),
    ]

    /// `2時間後` → `in 2h`, `30分前` → `30m ago`, `1時間半後` → `in 1h30m`, `3日以内` →
    /// `in 3d`, `3営業日` and `3営業日後` → `3 business days`; nil for anything else.
    static func japaneseLength(_ text: String) -> String? {
        // (No loop over pairs here: one crashed the release compiler.)
        for marker in ["営業日", "営業時間"] {
            for ending in ["", "後", "以内"] where text.hasSuffix(marker + ending) {
                let number = text.dropLast(marker.count + ending.count)
                guard !number.isEmpty, number.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
                return "\(number) business \(marker == "営業日" ? "days" : "hours")"
            }
        }
        var rest = Substring(text)
        var english = ""
        while true {
            let number = rest.prefix { ($0.isASCII && $0.isNumber) || $0 == "." }
            guard !number.isEmpty else { break }
            rest = rest.dropFirst(number.count)
            guard let unit = units.first(where: { rest.hasPrefix($0.japanese) }) else { return nil }
            rest = rest.dropFirst(unit.japanese.count)
            english += number + unit.english
            // 1時間半: half an hour more.
            if unit.english == "h", rest.hasPrefix("半") {
                rest = rest.dropFirst()
                english += "30m"
            }
        }
        guard !english.isEmpty else { return nil }
        switch rest {
        case "後", "以内": return "in " + english
        case "前": return english + " ago"
        default: return nil
        }
    }

    // MARK: splitting

    /// Characters after which digits go on within the same word: 2026年7月15日, 15時30分.
    private static let joiners: Set<Character> = ["年", "月", "時"]

    /// Puts a space where a date word ends and a time begins: before 午前/午後 and before
    /// digits that follow a word (明日15時, 7月15日15:00, 7月15日(水)15時).
    static func segmented(_ text: String) -> String {
        var out: [Character] = []
        let chars = Array(text)
        for (i, c) in chars.enumerated() {
            if let previous = out.last, previous != " " {
                let startsMeridiem = c == "午" && i + 1 < chars.count && "前後".contains(chars[i + 1])
                let afterMeridiem = i >= 2 && chars[i - 2] == "午" && "前後".contains(previous)
                let digitAfterWord = c.isASCII && c.isNumber && !previous.isASCII && !joiners.contains(previous)
                if startsMeridiem || (digitAfterWord && !afterMeridiem) || (c.isASCII && c.isNumber && previous == ")") {
                    out.append(" ")
                }
            }
            out.append(c)
        }
        return String(out)
    }
}
