import Foundation
import LadderTestSupport
import Testing
@testable import LadderCore

/// The words Taskwarrior users type, and ISO 8601's other forms. "Now" is Wednesday
/// 2026-07-15 15:00 in Tokyo.
@Suite struct TaskwarriorDateWordTests {
    static let rows: [DateWordRow] = [
        // Starts and ends of periods: one fixed instant, whatever the flag.
        DateWordRow("sod", at: "2026-07-15 00:00", due: "2026-07-15 00:00"),
        DateWordRow("eod", at: "2026-07-15 23:59:59", due: "2026-07-15 23:59:59"),
        DateWordRow("sow", at: "2026-07-13 00:00", due: "2026-07-13 00:00"),
        DateWordRow("eow", due: "2026-07-19 23:59:59"),
        DateWordRow("som", at: "2026-07-01 00:00", due: "2026-07-01 00:00"),
        DateWordRow("eom", due: "2026-07-31 23:59:59"),
        DateWordRow("soy", at: "2026-01-01 00:00"),
        DateWordRow("eoy", due: "2026-12-31 23:59:59"),
        DateWordRow("EOM", due: "2026-07-31 23:59:59"),
        // next and last: never today.
        DateWordRow("next monday", at: "2026-07-20 00:00", due: "2026-07-20 23:59:59"),
        DateWordRow("next wednesday", due: "2026-07-22 23:59:59"),
        DateWordRow("next fri 10:00", due: "2026-07-17 10:00"),
        DateWordRow("last wednesday", at: "2026-07-08 00:00"),
        DateWordRow("last fri 9:30", at: "2026-07-10 09:30"),
        // ISO 8601 durations: ahead like 2h, behind with a minus like -2h.
        DateWordRow("P2D", due: "2026-07-17 15:00"),
        DateWordRow("PT2H", due: "2026-07-15 17:00"),
        DateWordRow("P1W", due: "2026-07-22 15:00"),
        DateWordRow("P1DT2H", due: "2026-07-16 17:00"),
        DateWordRow("PT1H30M", due: "2026-07-15 16:30"),
        DateWordRow("PT1M", due: "2026-07-15 15:01"),
        DateWordRow("P1M", due: "2026-08-15 15:00"),
        DateWordRow("P1Y", due: "2027-07-15 15:00"),
        DateWordRow("-PT30M", at: "2026-07-15 14:30"),
        DateWordRow("-P1D", at: "2026-07-14 15:00"),
        DateWordRow("in P2D", due: "2026-07-17 15:00"),
        // ISO week dates: week 30 of 2026 runs Monday 20 to Sunday 26 July.
        DateWordRow("2026-W30", at: "2026-07-20 00:00", due: "2026-07-20 23:59:59"),
        DateWordRow("2026-W30-3", due: "2026-07-22 23:59:59"),
        DateWordRow("2026W303", due: "2026-07-22 23:59:59"),
        DateWordRow("2026W30", due: "2026-07-20 23:59:59"),
        DateWordRow("2026-07-15 (wed)", due: "2026-07-15 23:59:59"),
        DateWordRow("2026-W29 10:00", at: "2026-07-13 10:00"),
        DateWordRow("2026-W53", due: "2026-12-28 23:59:59"),
        DateWordRow("2026-W01", at: "2025-12-29 00:00"),
        // Compact ISO.
        DateWordRow("20260720T1500", due: "2026-07-20 15:00"),
        DateWordRow("20260720T150030", due: "2026-07-20 15:00:30"),
        DateWordRow("20260720T0600Z", due: "2026-07-20 15:00"),
        DateWordRow("20260720T1500+0900", due: "2026-07-20 15:00"),
        DateWordRow("20260720", at: "2026-07-20 00:00", due: "2026-07-20 23:59:59"),
        DateWordRow("20260714 9:00", at: "2026-07-14 09:00"),
        // Calendar months and years.
        DateWordRow("1 month", due: "2026-08-15 15:00"),
        DateWordRow("in 2 months", due: "2026-09-15 15:00"),
        DateWordRow("+1mo", due: "2026-08-15 15:00"),
        DateWordRow("1 month ago", at: "2026-06-15 15:00"),
        DateWordRow("-2 months", at: "2026-05-15 15:00"),
        DateWordRow("1 year", due: "2027-07-15 15:00"),
        DateWordRow("1 month 2 days", due: "2026-08-17 15:00"),
    ]

    @Test(arguments: rows) func readsAsDocumented(_ row: DateWordRow) { row.check() }

    /// A month after 31 January is the last day of February; the ends of months know
    /// their lengths, leap years included.
    @Test(arguments: [
        DateWordRow("1 month", due: "2026-02-28 12:00"),
        DateWordRow("P1M", due: "2026-02-28 12:00"),
        DateWordRow("in 3 months", due: "2026-04-30 12:00"),
        DateWordRow("1か月後", due: "2026-02-28 12:00"),
        DateWordRow("eom", due: "2026-01-31 23:59:59"),
        DateWordRow("来月末", due: "2026-02-28 23:59:59"),
        DateWordRow("1 month ago", at: "2025-12-31 12:00"),
    ])
    func monthEnds(_ row: DateWordRow) { row.check(now: t("2026-01-31 12:00")) }

    @Test func aLeapYearsFebruary() {
        DateWordRow("eom", due: "2028-02-29 23:59:59").check(now: t("2028-02-10 12:00"))
        DateWordRow("1 month", due: "2028-02-29 12:00").check(now: t("2028-01-31 12:00"))
    }

    /// New Year's Eve, a Thursday: the week runs into next year, the year's words don't.
    @Test(arguments: [
        DateWordRow("eow", due: "2027-01-03 23:59:59"),
        DateWordRow("eoy", due: "2026-12-31 23:59:59"),
        DateWordRow("soy", at: "2026-01-01 00:00"),
        DateWordRow("next monday", due: "2027-01-04 23:59:59"),
        DateWordRow("2027-W01", due: "2027-01-04 23:59:59"),
        DateWordRow("1 month", due: "2027-01-31 15:00"),
    ])
    func aroundNewYear(_ row: DateWordRow) { row.check(now: t("2026-12-31 15:00")) }
}
