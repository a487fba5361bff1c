import Foundation
@testable import LadderCore
import LadderTestSupport
import Testing

/// Dates and durations as a Japanese reader expects them (JAPANESE-NOTES.md).
@Suite struct JapaneseTimeTests {
    func ja<T>(_ body: () -> T) -> T { Language.$bound.withValue(.ja, operation: body) }

    @Test func shortDatesHaveTheWeekdayInParentheses() {
        let wednesday = t("2026-07-15T15:00:00+09:00")
        #expect(ja { TimeText.short(wednesday, zone: tokyo) } == "7月15日(水) 15:00")
        #expect(TimeText.short(wednesday, zone: tokyo) == "Wed 07-15 15:00")
        #expect(ja { TimeText.short(t("2026-12-06T09:05:00+09:00"), zone: tokyo) } == "12月6日(日) 09:05")
    }

    @Test func durationsUseJapaneseUnits() {
        let cases: [(TimeInterval, String)] = [
            (30, "30秒"), (45 * 60, "45分"), (3 * 3600 + 5 * 60, "3時間5分"), (3 * 3600, "3時間"),
            (4 * 86_400 + 19 * 3600, "4日19時間"), (2 * 604_800, "2週間"), (3 * 604_800 + 2 * 86_400, "3週間2日"),
            (Double(5 * 2_629_746 + 604_800), "5か月1週間"), (Double(17 * 2_629_746), "1年5か月"), (Double(12 * 2_629_746), "1年"),
        ]
        for c in cases { #expect(ja { TimeText.duration(c.0) } == c.1) }
    }

    @Test func countdownsSayHowLongIsLeftOrHowLate() {
        let now = t("2026-07-15T12:00:00+09:00")
        #expect(ja { TimeText.countdown(to: now.addingTimeInterval(3 * 3600), from: now) } == "あと3時間")
        #expect(ja { TimeText.countdown(to: now.addingTimeInterval(-2 * 86_400), from: now) } == "2日遅れ")
        #expect(TimeText.countdown(to: now.addingTimeInterval(3 * 3600), from: now) == "in 3h")
    }

    /// Written as bytes, the times read as interpolation wrote them (with
    /// `TimeText.pad`), for every month, day and weekday, every minute of a day, a few
    /// seconds outside it, and lengths from zero to the largest number.
    @Test func timesWrittenAsBytesReadAsInterpolated() {
        let weekdays = ["月", "火", "水", "木", "金", "土", "日"]
        func interpolated(_ month: Int, _ day: Int, _ weekday: Int, _ second: Int) -> String {
            "\(month)月\(day)日(\(weekdays[weekday])) \(TimeText.pad(second / 3600)):\(TimeText.pad(second % 3600 / 60))"
        }
        for month in 1...12 {
            for day in 1...31 {
                let weekday = (month + day) % 7
                #expect(JapaneseTime.short(month: month, day: day, weekday: weekday, second: 54_000)
                        == interpolated(month, day, weekday, 54_000))
            }
        }
        for second in Array(stride(from: 0, to: 86_400, by: 60)) + [59, 86_399, -1, -60, -3_600, -86_400, 90_000, 1_000_000] {
            #expect(JapaneseTime.short(month: 7, day: 15, weekday: 2, second: second) == interpolated(7, 15, 2, second), "\(second)")
        }
        let units: [(TimeText.LengthUnit, String)] = [(.year, "年"), (.month, "か月"), (.week, "週間"), (.day, "日"), (.hour, "時間"), (.minute, "分"), (.second, "秒")]
        for n in [0, 1, 9, 10, 99, 12_345, -3, Int.max, Int.min] {
            for (unit, word) in units {
                #expect(JapaneseTime.duration(((n, unit), nil)) == "\(n)\(word)")
                #expect(JapaneseTime.duration(((n, unit), (n, .second))) == "\(n)\(word)\(n)秒")
            }
        }
    }
}
