/// Dates and lengths of time as Japanese is written: `7月15日(水) 15:00`, `4日19時間`,
/// `1年5か月` (か月 as official writing spells it). TimeText calls these when the
/// current language is Japanese; the units are the same as English's.
enum JapaneseTime {
    static let weekdays: [Character] = ["月", "火", "水", "木", "金", "土", "日"]

    /// `7月15日(水) 15:00`; `weekday` counts from Monday = 0.
    static func short(month: Int, day: Int, weekday: Int, second: Int) -> String {
        "\(month)月\(day)日(\(weekdays[weekday])) \(TimeText.pad(second / 3600)):\(TimeText.pad(second % 3600 / 60))"
    }

    /// The two largest units, as `TimeText.duration` chooses them: `3週間2日`, `2日5時間`,
    /// `3時間20分`, `45分`, `30秒`, `5か月1週間`, `1年5か月`.
    static func duration(_ parts: (first: (Int, TimeText.LengthUnit), second: (Int, TimeText.LengthUnit)?)) -> String {
        func text(_ p: (Int, TimeText.LengthUnit)) -> String {
            switch p.1 {
            case .year: "\(p.0)年"
            case .month: "\(p.0)か月"
            case .week: "\(p.0)週間"
            case .day: "\(p.0)日"
            case .hour: "\(p.0)時間"
            case .minute: "\(p.0)分"
            case .second: "\(p.0)秒"
            }
        }
        return text(parts.first) + (parts.second.map(text) ?? "")
    }
}
