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
        if let span = bareJapaneseSpan(raw) {
            // `15日` may be meant as the 15th: a date is offered too.
            let hint = span.day.map { L("write \"\(span.text)後\" for that long from now, \"\(span.text)前\" for that long ago, or a date such as 7月\($0)日") }
                ?? L("write \"\(span.text)後\" for that long from now, or \"\(span.text)前\" for that long ago")
            return LadderError(.usage, L("cannot read \"\(raw)\" as a time"), hint: hint)
        }
        return LadderError(.usage, L("cannot read \"\(raw)\" as a time"), hint: examplesHint(for: raw))
    }

    /// `write e.g. …`: the hint a due time's business examples may be added to.
    static func examplesHint(for raw: String) -> String { L("write e.g. \(examples(for: raw))") }

    /// `2日`, `３時間`: a length with no 後 or 前, which says neither when nor which way;
    /// `day` is the number when it is days that could be a day of the month.
    static func bareJapaneseSpan(_ raw: String) -> (text: String, day: Int?)? {
        let text = WhenText.normalised(raw)
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 6, let n = Int(digits) else { return nil }
        let unit = String(text.dropFirst(digits.count))
        guard ["日", "時間", "分", "秒", "週", "週間", "か月", "ヶ月", "カ月"].contains(unit) else { return nil }
        return (text, unit == "日" && (1...31).contains(n) ? n : nil)
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

    /// `in 1M`: a minute to some, a month to others.
    static func capitalM(_ raw: String) -> LadderError {
        LadderError(.usage, L("\"\(raw)\": M could be minutes or months"), hint: L("write 40m for minutes, or 1 month for months"))
    }

    static func tooFar(_ raw: String) -> LadderError {
        LadderError(.usage, L("\"\(raw)\" is more than a century away"), hint: L("write e.g. \(examples(for: raw))"))
    }
}
