import Foundation
import LadderTestSupport
import Testing
@testable import LadderCore

/// "Now" is Wednesday 2026-07-15 15:00 in Tokyo.
@Suite struct WhenParserTests {
    let parser = WhenParser(now: t("2026-07-15 15:00"), zone: tokyo)

    func due(_ s: String) throws -> Date { try parser.parse(s, role: .deadline) }
    func at(_ s: String) throws -> Date { try parser.parse(s, role: .moment) }

    @Test func fullDatesAndTimes() throws {
        #expect(try due("2026-06-02 17:00") == t("2026-06-02 17:00"))
        #expect(try due("2026-06-02T17:00") == t("2026-06-02 17:00"))
        #expect(try due("2026-06-02T17:00:30+00:00") == t("2026-06-03 02:00:30"))
        #expect(try at("2026-07-15T06:00:00Z") == t("2026-07-15 15:00"))
        #expect(try due("2026/8/1") == t("2026-08-01 23:59:59"))
    }

    @Test func aBareDateIsTheEndOfTheDayForDeadlinesAndTheStartForMoments() throws {
        #expect(try due("2026-07-20") == t("2026-07-20 23:59:59"))
        #expect(try at("2026-07-01") == t("2026-07-01 00:00"))
        #expect(try due("today") == t("2026-07-15 23:59:59"))
        #expect(try due("eod") == t("2026-07-15 23:59:59"))
        #expect(try at("today") == t("2026-07-15 00:00"))
        #expect(try due("tomorrow") == t("2026-07-16 23:59:59"))
        #expect(try at("yesterday 15:00") == t("2026-07-14 15:00"))
        #expect(try due("tomorrow 9:30") == t("2026-07-16 09:30"))
        #expect(try due("eow") == t("2026-07-19 23:59:59"))
    }

    @Test func monthSlashDayLeansTheRoleSWay() throws {
        #expect(try due("7/20") == t("2026-07-20 23:59:59"))
        #expect(try at("7/1") == t("2026-07-01 00:00"))
        // June 2 has passed: a deadline means next year's, a moment this year's.
        #expect(try due("6/2") == t("2027-06-02 23:59:59"))
        #expect(try at("6/2 17:00") == t("2026-06-02 17:00"))
        // December is ahead: as a moment it is last year's.
        #expect(try at("12/24") == t("2025-12-24 00:00"))
    }

    @Test func aTimeAloneIsTheNearestSuchTime() throws {
        #expect(try due("17:00") == t("2026-07-15 17:00"))
        #expect(try due("9:00") == t("2026-07-16 09:00"))  // already past today
        #expect(try at("9:00") == t("2026-07-15 09:00"))
        #expect(try at("17:00") == t("2026-07-14 17:00"))  // not yet today
        #expect(try due("5pm") == t("2026-07-15 17:00"))
        #expect(try due("12am") == t("2026-07-16 00:00"))
        #expect(try due("noon") == t("2026-07-16 12:00"))
    }

    @Test func weekdaysAreTheNearestOneOnTheRoleSSide() throws {
        // Today is Wednesday.
        #expect(try due("fri") == t("2026-07-17 23:59:59"))
        #expect(try due("wednesday") == t("2026-07-15 23:59:59"))  // end of today is ahead
        #expect(try due("wed 10:00") == t("2026-07-22 10:00"))  // 10:00 today has passed
        #expect(try at("wed 15:00") == t("2026-07-15 15:00"))
        #expect(try at("wed 16:00") == t("2026-07-08 16:00"))
        #expect(try at("monday") == t("2026-07-13 00:00"))
        #expect(try at("Thu 11:00") == t("2026-07-09 11:00"))
        #expect(try due("10:00 fri") == t("2026-07-17 10:00"))
    }

    @Test func relativeTimes() throws {
        #expect(try due("2h") == t("2026-07-15 17:00"))
        #expect(try due("in 2h") == t("2026-07-15 17:00"))
        #expect(try due("+3d") == t("2026-07-18 15:00"))
        #expect(try due("1w") == t("2026-07-22 15:00"))
        #expect(try at("-30m") == t("2026-07-15 14:30"))
        #expect(try at("2 hours ago") == t("2026-07-15 13:00"))
        #expect(try at("1h30m ago") == t("2026-07-15 13:30"))
        #expect(try at("now") == t("2026-07-15 15:00"))
        #expect(try due("IN 2H") == t("2026-07-15 17:00"))
    }

    @Test(arguments: ["", "tomorow", "25:00", "13pm", "2026-02-30", "2026-13-01", "6/31", "2h later",
                      "fri fri", "2026-07-15T25:00", "0/5", "h", "in", "-", "17:60", "7/15/2026"])
    func nonsenseIsRefusedWithExamples(_ text: String) {
        #expect(throws: LadderError.self) { try parser.parse(text, role: .deadline) }
        do {
            _ = try parser.parse(text, role: .moment)
            Issue.record("\(text) was accepted")
        } catch {
            #expect(error.kind == .usage)
            #expect(error.hint != nil)
        }
    }

    @Test func durations() {
        #expect(WhenParser.duration("40m") == 2400)
        #expect(WhenParser.duration("1h30m") == 5400)
        #expect(WhenParser.duration("1h 30m") == 5400)
        #expect(WhenParser.duration("2 days") == 172_800)
        #expect(WhenParser.duration("1.5h") == 5400)
        #expect(WhenParser.duration("90s") == 90)
        #expect(WhenParser.duration("1w") == 604_800)
        #expect(WhenParser.duration("4") == nil)
        #expect(WhenParser.duration("4 parsecs") == nil)
        #expect(WhenParser.duration("") == nil)
        #expect(WhenParser.duration("m") == nil)
    }

    @Test func daylightSavingZonesKeepTheWallClockTime() throws {
        // New York leaves daylight saving on 2026-11-01.
        let ny = TimeZone(identifier: "America/New_York")!
        let p = WhenParser(now: TimeText.parseISO("2026-10-31T12:00", zone: ny)!, zone: ny)
        let d = try p.parse("tomorrow 17:00", role: .deadline)
        #expect(TimeText.iso(d, zone: ny) == "2026-11-01T17:00:00-05:00")
    }

    /// Found by the fuzzer: huge lengths of time reached a date the store could not write.
    @Test func aCenturyIsTheLongestLengthOfTime() throws {
        #expect(WhenParser.duration("36500d") != nil)
        #expect(WhenParser.duration("36700d") == nil)
        #expect(WhenParser.duration("9999999999999999999days") == nil)
        #expect(WhenParser.duration("1e400h") == nil)
        let parser = WhenParser(now: t("2026-07-15 15:00"), zone: tokyo)
        #expect(throws: LadderError.self) { try parser.parse("in 9999999999h", role: .deadline) }
        #expect(ReplyWindow("99999999 business days") == nil)
    }
}

