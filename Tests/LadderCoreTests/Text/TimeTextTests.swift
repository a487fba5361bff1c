import Foundation
import LadderTestSupport
import Testing
@testable import LadderCore

@Suite struct TimeTextTests {
    @Test func isoCarriesTheLocalOffsetAndWholeSeconds() {
        let d = t("2026-06-02 17:00:05")
        #expect(TimeText.iso(d, zone: tokyo) == "2026-06-02T17:00:05+09:00")
        #expect(TimeText.iso(d.addingTimeInterval(0.7), zone: tokyo) == "2026-06-02T17:00:05+09:00")
        let india = TimeZone(identifier: "Asia/Kolkata")!
        #expect(TimeText.iso(d, zone: india) == "2026-06-02T13:30:05+05:30")
        #expect(TimeText.iso(d, zone: TimeZone(identifier: "America/Sao_Paulo")!) == "2026-06-02T05:00:05-03:00")
    }

    /// A due time a year off must not read as this year's: `in 1 year` said
    /// `due Thu 07-15 15:00`, which is a year early to anyone reading it.
    @Test func aDueTimeInAnotherYearSaysItsYear() {
        let tokyo = TimeZone(identifier: "Asia/Tokyo")!
        let now = TimeText.parseISO("2026-07-15T15:00:00+09:00")!
        let same = TimeText.parseISO("2026-12-31T23:00:00+09:00")!, next = TimeText.parseISO("2027-07-15T15:00:00+09:00")!
        #expect(TimeText.short(same, zone: tokyo, near: now) == "Thu 12-31 23:00")
        #expect(TimeText.short(next, zone: tokyo, near: now) == "Thu 2027-07-15 15:00")
        Language.$bound.withValue(.ja) {
            #expect(TimeText.short(same, zone: tokyo, near: now) == "12月31日(木) 23:00")
            #expect(TimeText.short(next, zone: tokyo, near: now) == "2027年7月15日(木) 15:00")
        }
    }

    @Test func isoRoundTrips() {
        for text in ["2026-06-02T17:00:05+09:00", "2026-01-01T00:00:00Z", "2026-12-31T23:59:59-03:30"] {
            let d = TimeText.parseISO(text, zone: tokyo)!
            #expect(TimeText.parseISO(TimeText.iso(d, zone: tokyo), zone: tokyo) == d)
        }
        #expect(TimeText.parseISO("2026-06-02T08:00:00.250Z") == t("2026-06-02 17:00").addingTimeInterval(0.25))
        #expect(TimeText.parseISO("2026-06-02T17:00+0900") == t("2026-06-02 17:00"))
    }

    @Test func civilArithmeticAgreesWithTheCalendarOverCenturies() {
        let utc = TimeZone(identifier: "UTC")!
        var day = TimeText.parseISO("1899-12-25T00:00:00Z")!
        let cal = TimeText.calendar(utc)
        while day < TimeText.parseISO("2101-03-05T00:00:00Z")! {
            let p = cal.dateComponents([.year, .month, .day], from: day)
            let text = "\(TimeText.pad(p.year!, 4))-\(TimeText.pad(p.month!))-\(TimeText.pad(p.day!))T13:45:00+09:30"
            let parsed = TimeText.parseISO(text)!
            #expect(TimeText.iso(parsed, zone: TimeZone(secondsFromGMT: 9 * 3600 + 1800)!) == text)
            #expect(parsed == TimeText.makeDate(year: p.year!, month: p.month!, day: p.day!, hour: 13, minute: 45, second: 0,
                                                zone: TimeZone(secondsFromGMT: 9 * 3600 + 1800)!))
            day = day.addingTimeInterval(86_400 * 13)
        }
        #expect(TimeText.parseISO("2024-02-29T00:00:00Z") != nil)
        #expect(TimeText.parseISO("2100-02-29T00:00:00Z") == nil)
        #expect(TimeText.parseISO("2000-02-29T00:00:00Z") != nil)
    }

    @Test(arguments: ["2026-6-2", "2026-06-31T00:00:00Z", "2026-06-02T24:00Z", "2026-06-31", "2026-06-02T24:00", "2026-06-02X", "yesterday", "2026-06-02T17", ""])
    func isoRefusesImpossibleOrMalformedTimes(_ text: String) {
        #expect(TimeText.parseISO(text, zone: tokyo) == nil)
    }

    @Test func durationsShowTheirTwoLargestUnits() {
        #expect(TimeText.duration(30) == "30s")
        #expect(TimeText.duration(45 * 60) == "45m")
        #expect(TimeText.duration(3 * 3600 + 20 * 60 + 5) == "3h 20m")
        #expect(TimeText.duration(2 * 86_400 + 5 * 3600) == "2d 5h")
        #expect(TimeText.duration(23 * 86_400) == "3w 2d")
        #expect(TimeText.duration(-3600) == "1h")
        #expect(TimeText.duration(86_400 + 59) == "1d")
        // Numbers of every length, written digit by digit.
        #expect(TimeText.duration(0) == "0s")
        #expect(TimeText.duration(10 * 60) == "10m")
        #expect(TimeText.duration(6 * 86_400 + 23 * 3600) == "6d 23h")
        #expect(TimeText.duration(120 * 365.2425 * 86_400) == "120y")
        #expect(TimeText.duration(1_000_000 * 365.2425 * 86_400 + 40 * 86_400) == "1000000y 1mo")
    }
    /// Time on hold is a total of calls: in hours however many, never in days, which
    /// read as days of waiting (`2d 1h` for 49 hours of calls).
    @Test func totalsOfMinutesReadInHoursAndMinutes() {
        #expect(TimeText.hoursAndMinutes(0) == "0m")
        #expect(TimeText.hoursAndMinutes(45) == "45m")
        #expect(TimeText.hoursAndMinutes(120) == "2h")
        #expect(TimeText.hoursAndMinutes(2_970) == "49h 30m")
        #expect(TimeText.hoursAndMinutes(140_238) == "2337h 18m")
        Language.$bound.withValue(.ja) {
            #expect(TimeText.hoursAndMinutes(2_970) == "49時間30分")
            #expect(TimeText.hoursAndMinutes(65) == "1時間5分")
        }
    }

    /// `report due --within 30d` said `within 4w 2d` (`4週間2日以内`): a stretch asked
    /// for reads back in the one unit it was most likely written in.
    @Test func aStretchAskedForReadsBackInItsOwnUnit() {
        let day = 86_400.0
        #expect(TimeText.span(30 * day) == "30d")
        #expect(TimeText.span(14 * day) == "2w")
        #expect(TimeText.span(36 * 3600) == "36h")
        #expect(TimeText.span(day) == "1d")
        #expect(TimeText.span(90 * 60) == "90m")
        #expect(TimeText.span(45) == "45s")
        // Mixed units read in their parts (`--within 1d30s` had said `86430s`), and a
        // smaller unit past 99 too; up to 99 of one unit reads as it was likely written.
        #expect(TimeText.span(day + 30) == "1d 30s")
        #expect(TimeText.span(day + 30 * 60) == "1d 30m")
        #expect(TimeText.span(day + 2 * 3600 + 5 * 60 + 7) == "1d 2h 5m 7s")
        #expect(TimeText.span(150 * 60) == "2h 30m")
        #expect(TimeText.span(99 * 60) == "99m")
        #expect(TimeText.span(100 * 3600) == "4d 4h")
        #expect(TimeText.span(0) == "0s")
        Language.$bound.withValue(.ja) {
            #expect(TimeText.span(30 * day) == "30日")
            #expect(TimeText.span(14 * day) == "2週間")
            #expect(TimeText.span(36 * 3600) == "36時間")
            #expect(TimeText.span(90 * 60) == "90分")
            #expect(TimeText.span(day + 30) == "1日30秒")
            #expect(TimeText.span(day + 2 * 3600 + 5 * 60) == "1日2時間5分")
        }
    }


    /// Story 2: eighteen months in, `age 77w` and `OVERDUE 21w 2d` meant nothing at a glance.
    @Test func pastEightWeeksDurationsAreMonthsAndYears() {
        let day = 86_400.0
        #expect(TimeText.duration(8 * 7 * day - 1) == "7w 6d")
        #expect(TimeText.duration(8 * 7 * day) == "1mo 3w")
        #expect(TimeText.duration(21 * 7 * day + 2 * day) == "4mo 3w")
        #expect(TimeText.duration(77 * 7 * day) == "1y 5mo")
        #expect(TimeText.duration(365.2425 * day) == "1y")
        #expect(TimeText.duration(-(160 * day)) == "5mo 1w")
    }

    @Test func countdownSaysLeftOrLate() {
        #expect(TimeText.countdown(to: t("2026-07-15 17:00"), from: t("2026-07-15 15:00")) == "in 2h")
        #expect(TimeText.countdown(to: t("2026-07-15 12:00"), from: t("2026-07-15 15:30")) == "3h 30m late")
    }

    /// Documents' dates: English unchanged; Japanese with the year only when it is not `now`'s.
    @Test func documentDatesSayTheYearWhenItIsNotThisYears() {
        let now = t("2026-07-20 09:00")
        #expect(TimeText.date(t("2025-07-15 15:00"), zone: tokyo, now: now) == "2025-07-15")
        #expect(TimeText.dateTime(t("2025-07-15 15:00"), zone: tokyo, now: now) == "2025-07-15 15:00")
        Language.$bound.withValue(.ja) {
            #expect(TimeText.date(t("2026-07-15 15:00"), zone: tokyo, now: now) == "7月15日(水)")
            #expect(TimeText.date(t("2025-07-15 15:00"), zone: tokyo, now: now) == "2025年7月15日(火)")
            #expect(TimeText.date(t("2027-01-04 15:00"), zone: tokyo, now: now, weekday: false) == "2027年1月4日")
            #expect(TimeText.dateTime(t("2026-07-15 09:05"), zone: tokyo, now: now) == "7月15日(水) 09:05")
            #expect(TimeText.dateTime(t("2025-12-31 23:59"), zone: tokyo, now: t("2026-01-01 00:00")) == "2025年12月31日(水) 23:59")
        }
    }
}
