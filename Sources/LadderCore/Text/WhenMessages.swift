import Foundation

/// Every message the date words give when they cannot be read, in one place, so a
/// catalog can translate them. Input with Japanese in it gets Japanese examples too.
enum WhenMessages {
    static let japaneseExamples = "明日15時, 7月15日, 来週月曜, 2時間後, 30分前"

    /// The examples for a time, with Japanese ones when the user wrote Japanese.
    static func examples(for raw: String) -> String {
        WhenText.hasJapanese(raw) || Language.current == .ja ? "\(WhenParser.timeExamples), \(japaneseExamples)" : WhenParser.timeExamples
    }

    static func unreadable(_ raw: String) -> LadderError {
        LadderError(.usage, L("cannot read \"\(raw)\" as a time"), hint: L("write e.g. \(examples(for: raw))"))
    }

    static func notTimeOfDay(_ word: String, example: String) -> LadderError {
        LadderError(.usage, L("\"\(word)\" is not a time of day"), hint: L("write e.g. \(example)"))
    }

    /// 午前12時 and 午後12時 are read both ways in Japan (noon or midnight).
    static func ambiguousTwelve(_ word: String) -> LadderError {
        LadderError(.usage, L("\"\(word)\" is read both as noon and as midnight"), hint: L("write 12時 for noon or 0時 for midnight"))
    }

    static func notDate(_ word: String) -> LadderError {
        let japanese = WhenText.hasJapanese(word) || Language.current == .ja ? ", 7月15日, 2026年7月15日" : ""
        return LadderError(.usage, L("\"\(word)\" is not a date"), hint: L("write e.g. 2026-06-02 or 6/2 (month/day)\(japanese)"))
    }

    static var noneNearNow: LadderError { LadderError(.usage, L("no such time near now")) }

    static func unknownWeekday(_ word: String) -> LadderError {
        LadderError(.usage, L("\"\(word)\" is not a day of the week"), hint: L("write e.g. 7月15日(水) or 2026-07-15 (wed)"))
    }

    /// `7月15日(木)` when 15 July is a Wednesday: which of the two was meant is unknown.
    static func weekdayDisagrees(_ word: String, date: Date, actual: Int, zone: TimeZone) -> LadderError {
        let day = TimeText.iso(date, zone: zone).prefix(10)
        let names = WhenWords.weekdayNames[actual - 1]
        return LadderError(.usage, L("\"\(word)\": \(day) is a \(names.english) (\(names.japanese)), not the day written"),
                           hint: L("correct the date or the day of the week, or leave the day out"))
    }

    /// Business time needs an organisation's calendar, which only a due time has.
    static func businessOnlyForDue(_ raw: String) -> LadderError {
        LadderError(.usage, L("\"\(raw)\" is business time, which only a due time counts"),
                    hint: L("write when it happened, e.g. \(examples(for: raw))"))
    }

    /// What a due time may also be, added to the hint by Clocks.
    static func businessHint(for raw: String) -> String {
        WhenText.hasJapanese(raw) || Language.current == .ja ? L(", or business time: 2 business days, 8bh, 3営業日") : ", or business time: 2 business days, 8bh"
    }

    static func tooFar(_ raw: String) -> LadderError {
        LadderError(.usage, L("\"\(raw)\" is more than a century away"), hint: L("write e.g. \(examples(for: raw))"))
    }
}
