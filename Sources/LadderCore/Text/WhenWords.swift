import Foundation

/// The words for days: days counted from today, days of the week, weeks, and the named
/// starts and ends of periods (`eod`, `月末`). Weekday numbers are Calendar's: 1 = Sunday.
enum WhenWords {
    /// Days from today.
    static let days: [String: Int] = [
        "today": 0, "tomorrow": 1, "yesterday": -1,
        "今日": 0, "本日": 0, "明日": 1, "明後日": 2, "あさって": 2, "あした": 1, "きょう": 0,
        "昨日": -1, "きのう": -1, "一昨日": -2, "おととい": -2,
    ]

    static let weekdays: [String: Int] = {
        var all: [String: Int] = [
            "sun": 1, "sunday": 1, "mon": 2, "monday": 2, "tue": 3, "tues": 3, "tuesday": 3,
            "wed": 4, "weds": 4, "wednesday": 4, "thu": 5, "thur": 5, "thurs": 5, "thursday": 5,
            "fri": 6, "friday": 6, "sat": 7, "saturday": 7,
        ]
        for (i, names) in weekdayNames.enumerated() {
            all[names.japanese + "曜"] = i + 1
            all[names.japanese + "曜日"] = i + 1
        }
        return all
    }()

    /// Sunday first, as Calendar counts.
    static let weekdayNames: [(english: String, japanese: String)] = [
        ("Sunday", "日"), ("Monday", "月"), ("Tuesday", "火"), ("Wednesday", "水"),
        ("Thursday", "木"), ("Friday", "金"), ("Saturday", "土"),
    ]

    /// The weekday written in parentheses after a date: `水`, `水曜`, `wed`.
    static func weekdayInParentheses(_ word: String) -> Int? {
        if let i = weekdayNames.firstIndex(where: { $0.japanese == word }) { return i + 1 }
        return weekdays[word]
    }

    /// Weeks from this one (weeks run Monday to Sunday, as `eow` does).
    static let weeks: [String: Int] = ["先週": -1, "今週": 0, "来週": 1, "再来週": 2]

    /// A span of time with a start and an end: `--at` takes its start, `--due` its end.
    enum Period { case day, week, month, year }

    /// Named instants, one fixed instant whatever the flag: `sod` is the start of today,
    /// `eow` the end of this week's Sunday. Offset counts periods from the current one.
    static let named: [String: (period: Period, offset: Int, end: Bool)] = [
        "sod": (.day, 0, false), "eod": (.day, 0, true),
        "sow": (.week, 0, false), "eow": (.week, 0, true),
        "som": (.month, 0, false), "eom": (.month, 0, true),
        "soy": (.year, 0, false), "eoy": (.year, 0, true),
        "月末": (.month, 0, true), "今月末": (.month, 0, true), "来月末": (.month, 1, true),
        "週末": (.week, 0, true), "今週末": (.week, 0, true), "来週末": (.week, 1, true),
        "年末": (.year, 0, true),
    ]
}
