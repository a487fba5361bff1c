/// Dates and lengths of time as Japanese is written: `7月15日(水) 15:00`, `4日19時間`,
/// `1年5か月` (か月 as official writing spells it). TimeText calls these when the
/// current language is Japanese; the units are the same as English's.
enum JapaneseTime {
    static let weekdays: [Character] = ["月", "火", "水", "木", "金", "土", "日"]

    /// `7月15日(水) 15:00`; `weekday` counts from Monday = 0.
    static func short(month: Int, day: Int, weekday: Int, second: Int) -> String {
        "\(month)月\(day)日(\(weekdays[weekday])) \(TimeText.pad(second / 3600)):\(TimeText.pad(second % 3600 / 60))"
    }

    /// The two largest units, as `TimeText.duration`: `3週間2日`, `2日5時間`, `3時間20分`,
    /// `45分`, `30秒`, `5か月1週間`, `1年5か月`.
    static func duration(_ total: Int) -> String {
        if total < 60 { return "\(total)秒" }
        if total >= 8 * 604_800 {
            let month = 2_629_746
            let months = total / month
            let (y, mo) = (months / 12, months % 12)
            if y > 0 { return mo > 0 ? "\(y)年\(mo)か月" : "\(y)年" }
            let weeks = (total % month) / 604_800
            return weeks > 0 ? "\(mo)か月\(weeks)週間" : "\(mo)か月"
        }
        let w = total / 604_800, d = (total % 604_800) / 86_400
        let h = (total % 86_400) / 3600, m = (total % 3600) / 60
        if w > 0 { return d > 0 ? "\(w)週間\(d)日" : "\(w)週間" }
        if d > 0 { return h > 0 ? "\(d)日\(h)時間" : "\(d)日" }
        if h > 0 { return m > 0 ? "\(h)時間\(m)分" : "\(h)時間" }
        return "\(m)分"
    }
}
