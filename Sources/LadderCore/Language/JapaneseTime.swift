/// Dates and lengths of time as Japanese is written: `7月15日(水) 15:00`, `4日19時間`,
/// `1年5か月` (か月 as official writing spells it). TimeText calls these when the
/// current language is Japanese; the units are the same as English's.
enum JapaneseTime {
    static let weekdays: [Character] = ["月", "火", "水", "木", "金", "土", "日"]

    /// The weekdays as text, for `ShortText`.
    private static let weekdayNames: [String] = weekdays.map { String($0) }

    /// `7月15日(水) 15:00`; `weekday` counts from Monday = 0.
    static func short(month: Int, day: Int, weekday: Int, second: Int) -> String {
        ShortText.make { t in
            t.number(month)
            t.text("月")
            t.number(day)
            t.text("日(")
            t.text(weekdayNames[weekday])
            t.text(") ")
            t.number(second / 3600, width: 2)
            t.text(":")
            t.number(second % 3600 / 60, width: 2)
        }
    }

    /// The two largest units, as `TimeText.duration` chooses them: `3週間2日`, `2日5時間`,
    /// `3時間20分`, `45分`, `30秒`, `5か月1週間`, `1年5か月`.
    static func duration(_ parts: (first: (Int, TimeText.LengthUnit), second: (Int, TimeText.LengthUnit)?)) -> String {
        func write(_ p: (Int, TimeText.LengthUnit), _ t: inout ShortText) {
            t.number(p.0)
            switch p.1 {
            case .year: t.text("年")
            case .month: t.text("か月")
            case .week: t.text("週間")
            case .day: t.text("日")
            case .hour: t.text("時間")
            case .minute: t.text("分")
            case .second: t.text("秒")
            }
        }
        return ShortText.make { t in
            write(parts.first, &t)
            if let second = parts.second { write(second, &t) }
        }
    }
}
