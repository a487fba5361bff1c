import Foundation
import LadderTestSupport
import Testing
@testable import LadderCore

/// A calendar from command-line style entries, in Tokyo unless said.
func calendar(_ entries: [String], holidays: [String] = [], zone: TimeZone = tokyo) throws -> BusinessCalendar {
    let hours = try OpeningHours.parse(entries.map { try OpeningHours.parseEntry($0) })
    return BusinessCalendar(hours: hours, holidays: Set(holidays.map { CivilDay($0)! }), zone: zone)
}

/// 2026-07-17 is a Friday; 2026-07-20, a Monday, is Marine Day (a holiday in Japan).
@Suite struct OpeningHoursTests {
    @Test func aSingleDayOverridesARangeWhateverTheOrder() throws {
        let h = try OpeningHours.parse([("wed", "closed"), ("daily", "10:00-19:00")])
        #expect(h.days[2].isEmpty)
        #expect(h.days[0] == [.init(start: 36_000, end: 68_400)])
        #expect(h.summary == "mon-tue 10:00-19:00; thu-sun 10:00-19:00; wed closed")
    }

    /// `org show` in Japanese wrote `mon-fri 09:00-17:00; sat,sun closed`, the config's
    /// words. It writes the Japanese way now, and what it writes reads back, as do the
    /// hours a Japanese user types (full-width digits, 9時, 18時半).
    @Test func hoursReadAndWriteTheJapaneseWay() throws {
        let typed = try OpeningHours.parse(["月〜金 ９：００〜１２：００・13時〜18時半", "土曜日 10時30分〜17時", "日 定休日"].map {
            try OpeningHours.parseEntry($0)
        })
        #expect(typed.summary == "mon-fri 09:00-12:00, 13:00-18:30; sat 10:30-17:00; sun closed")
        #expect(typed.text == typed.summary)
        Language.$bound.withValue(.ja) {
            #expect(typed.text == "月〜金 09:00〜12:00・13:00〜18:30、土 10:30〜17:00、日 定休日")
        }
        let everyDay = try OpeningHours.parse([OpeningHours.parseEntry("毎日 24時間")])
        #expect(everyDay.summary == "daily 24h")
        #expect(try OpeningHours.parse([OpeningHours.parseEntry("平日 9-17")]).summary == "mon-fri 09:00-17:00; sat,sun closed")
        Language.$bound.withValue(.ja) { #expect(everyDay.text == "毎日 24時間") }
        // Random weeks: the Japanese text, read entry by entry, is the same hours.
        var dice = Dice(state: 21)
        for _ in 0..<300 {
            var days = [[OpeningHours.Span]](repeating: [], count: 7)
            let shapes: [[OpeningHours.Span]] = [[], [.init(start: 0, end: 86_400)], [.init(start: 32_400, end: 64_800)],
                                                 [.init(start: 36_000, end: 43_200), .init(start: 46_800, end: 66_600)]]
            for d in 0..<7 { days[d] = dice.pick(shapes) }
            let hours = OpeningHours(days: days)
            let text = Language.$bound.withValue(.ja) { hours.text }
            let back = try OpeningHours.parse(text.components(separatedBy: "、").map { try OpeningHours.parseEntry($0) })
            #expect(back == hours, "\(text)")
        }
    }

    @Test func twoRangesNamingOneDayAreRefused() {
        #expect(throws: LadderError.self) { try OpeningHours.parse([("mon-fri", "09:00-17:00"), ("fri-sun", "10:00-12:00")]) }
    }

    @Test func timesAreReadAsPeopleWriteThem() throws {
        #expect(try OpeningHours.parseSpans("9-17") == [.init(start: 32_400, end: 61_200)])
        #expect(try OpeningHours.parseSpans("09:00-12:00, 13:00-17:30").count == 2)
        #expect(try OpeningHours.parseSpans("24h") == [.init(start: 0, end: 86_400)])
        #expect(try OpeningHours.parseSpans("closed").isEmpty)
        for bad in ["18:00-09:00", "9:00", "09:00-12:00, 11:00-13:00", "25:00-26:00", "noon-5"] {
            #expect(throws: LadderError.self, "\(bad)") { try OpeningHours.parseSpans(bad) }
        }
        #expect(OpeningHours.parseDays("fri-mon") == [4, 5, 6, 0])
        #expect(OpeningHours.parseDays("weekdays") == [0, 1, 2, 3, 4])
        #expect(OpeningHours.parseDays("funday") == nil)
    }
}

@Suite struct BusinessCalendarTests {
    @Test func openUntilAndClosedUntil() throws {
        let c = try calendar(["mon-fri 09:00-17:00"], holidays: ["2026-07-20"])
        #expect(c.status(at: t("2026-07-17 10:00")) == .open(until: t("2026-07-17 17:00")))
        // Friday after hours, the weekend and the holiday: next open Tuesday 09:00.
        #expect(c.status(at: t("2026-07-17 17:30")) == .closed(opens: t("2026-07-21 09:00")))
        #expect(c.status(at: t("2026-07-18 12:00")) == .closed(opens: t("2026-07-21 09:00")))
        #expect(c.status(at: t("2026-07-20 10:00")) == .closed(opens: t("2026-07-21 09:00")))
        // 17:00 itself is closing time.
        #expect(!c.isOpen(at: t("2026-07-17 17:00")))
    }

    @Test func roundTheClockAndAcrossMidnight() throws {
        #expect(try calendar(["daily 24h"]).status(at: t("2026-07-17 03:00")) == .open(until: nil))
        let night = try calendar(["fri 18:00-24:00", "sat 00:00-02:00"])
        #expect(night.status(at: t("2026-07-17 23:00")) == .open(until: t("2026-07-18 02:00")))
    }

    @Test func twoBusinessDaysFromFridayEvening() throws {
        let desk = try calendar(["mon-fri 09:00-17:00"])
        let two = try #require(ReplyWindow("2 business days"))
        // After closing: counts as received Monday; Tuesday is day 1, Wednesday day 2.
        #expect(two.end(from: t("2026-07-17 17:30"), on: desk) == t("2026-07-22 17:00"))
        // During hours: received Friday; Monday 1, Tuesday 2.
        #expect(two.end(from: t("2026-07-17 10:00"), on: desk) == t("2026-07-21 17:00"))
        // On Saturday, as after Friday's close.
        #expect(two.end(from: t("2026-07-18 11:00"), on: desk) == t("2026-07-22 17:00"))
        // With Monday a holiday, everything moves a day.
        let holiday = try calendar(["mon-fri 09:00-17:00"], holidays: ["2026-07-20"])
        #expect(two.end(from: t("2026-07-17 17:30"), on: holiday) == t("2026-07-23 17:00"))
    }

    @Test func aShopClosedOnWednesdays() throws {
        let shop = try calendar(["daily 10:00-19:00", "wed closed"])
        // Promised on Tuesday evening: "one business day" skips the closed Wednesday.
        #expect(ReplyWindow("1 business day")!.end(from: t("2026-07-14 18:00"), on: shop) == t("2026-07-16 19:00"))
        // Asked on the Wednesday itself: received Thursday, due Friday's close.
        #expect(ReplyWindow("1bd")!.end(from: t("2026-07-15 12:00"), on: shop) == t("2026-07-17 19:00"))
    }

    @Test func businessHoursSkipNightsAndWeekends() throws {
        let desk = try calendar(["mon-fri 09:00-17:00"])
        // One hour on Friday, seven on Monday.
        #expect(ReplyWindow("8 business hours")!.end(from: t("2026-07-17 16:00"), on: desk) == t("2026-07-20 16:00"))
        // Lunch closes the line.
        let lunch = try calendar(["mon-fri 09:00-12:00, 13:00-17:00"])
        #expect(ReplyWindow("2bh")!.end(from: t("2026-07-17 11:00"), on: lunch) == t("2026-07-17 14:00"))
        // Asked before opening: counts from the opening.
        #expect(ReplyWindow("1bh")!.end(from: t("2026-07-17 07:00"), on: desk) == t("2026-07-17 10:00"))
    }

    @Test func calendarDaysKeepTheClockInTheOrganisationsZone() throws {
        let ny = TimeZone(identifier: "America/New_York")!
        let c = try calendar(["mon-fri 09:00-17:00"], zone: ny)
        // Across the change to summer time (2026-03-08): 10:00 stays 10:00, 47 hours later.
        let start = TimeText.parseISO("2026-03-07T10:00:00-05:00")!
        let end = try #require(ReplyWindow("2d")!.end(from: start, on: c))
        #expect(end == TimeText.parseISO("2026-03-09T10:00:00-04:00")!)
        #expect(end.timeIntervalSince(start) == 47 * 3600)
        // Business days close at 17:00 New York time, whatever the user's zone.
        #expect(ReplyWindow("1bd")!.end(from: TimeText.parseISO("2026-07-17T10:00:00-04:00")!, on: c)
                == TimeText.parseISO("2026-07-20T17:00:00-04:00")!)
    }
}

@Suite struct ReplyWindowTests {
    @Test func readsAndWritesWindows() {
        #expect(ReplyWindow("2d") == ReplyWindow(2, .days))
        #expect(ReplyWindow("36 hours") == ReplyWindow(36, .hours))
        #expect(ReplyWindow("2 business days") == ReplyWindow(2, .days, business: true))
        #expect(ReplyWindow("2営業日") == ReplyWindow(2, .days, business: true))
        #expect(ReplyWindow("8bh") == ReplyWindow(8, .hours, business: true))
        #expect(ReplyWindow("1 business day")?.description == "1 business day")
        #expect(ReplyWindow("3w")?.description == "3w")
        // As Japanese writes them back (`返事の期限：店舗 2日`), in full-width digits too.
        // Not as a due time, where a bare `2日` is also the second of the month.
        #expect(ReplyWindow(written: "2日") == ReplyWindow(2, .days))
        #expect(ReplyWindow("2日") == nil)
        #expect(ReplyWindow(written: "36時間") == ReplyWindow(36, .hours))
        #expect(ReplyWindow(written: "1週間") == ReplyWindow(1, .weeks))
        #expect(ReplyWindow(written: "９０分") == ReplyWindow(90, .minutes))
        #expect(ReplyWindow(written: "２営業日") == ReplyWindow(2, .days, business: true))
        #expect(ReplyWindow(written: "3 business days") == ReplyWindow(3, .days, business: true))
        for w in [ReplyWindow(2, .days), ReplyWindow(36, .hours), ReplyWindow(1, .weeks), ReplyWindow(90, .minutes),
                  ReplyWindow(2, .days, business: true), ReplyWindow(8, .hours, business: true)] {
            #expect(ReplyWindow(written: Language.$bound.withValue(.ja) { w.text }) == w)
        }
        for bad in ["3ヶ月", "日", "2営業週間", "2 日 日"] { #expect(ReplyWindow(written: bad) == nil, "\(bad)") }
        for bad in ["", "0d", "-2d", "2 business weeks", "2 fortnights", "two days", "1.5d"] {
            #expect(ReplyWindow(bad) == nil, "\(bad)")
        }
    }

    @Test func aReplyWithoutADueTimeGetsItsRungsWindowOnTheOrganisationsClocks() throws {
        var file = try openCase(rung: .shop, at: "2026-07-14 18:00")
        let shop = try calendar(["daily 10:00-19:00", "wed closed"])
        let clocks = Clocks(windows: [.shop: ReplyWindow(1, .days, business: true)], calendar: shop)
        try file.record(.raise(what: "tell me whether it can be fixed", owedBy: .them, who: nil, due: nil),
                        at: t("2026-07-14 18:00"), now: t("2026-07-14 18:00"), clocks: clocks)
        #expect(CaseState(file).replies[0].reply.due == t("2026-07-16 19:00"))
        // Without a config: the documented default, two calendar days on the shop rung.
        var plain = try openCase(rung: .shop, at: "2026-07-14 18:00")
        try plain.record(.raise(what: "x", owedBy: .them, who: nil, due: nil), "2026-07-14 18:00")
        #expect(CaseState(plain).replies[0].reply.due == t("2026-07-16 18:00"))
    }

    @Test func dueTextsTakeBusinessTime() throws {
        let clocks = Clocks(calendar: try calendar(["mon-fri 09:00-17:00"]),
                            rungCalendars: [.shop: try calendar(["daily 10:00-19:00", "wed closed"])])
        #expect(try clocks.deadline("2 business days", from: t("2026-07-17 17:30"), on: .callCentre, zone: tokyo) == t("2026-07-22 17:00"))
        // The shop's own days count for a promise made on the shop rung.
        #expect(try clocks.deadline("1bd", from: t("2026-07-14 18:00"), on: .shop, zone: tokyo) == t("2026-07-16 19:00"))
        #expect(try clocks.deadline("17:00", from: t("2026-07-17 10:00"), on: .shop, zone: tokyo) == t("2026-07-17 17:00"))
        #expect(throws: LadderError.self) { try clocks.deadline("someday", from: t("2026-07-17 10:00"), on: .shop, zone: tokyo) }
    }
}
