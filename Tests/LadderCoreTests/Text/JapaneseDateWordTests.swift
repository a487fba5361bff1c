import Foundation
import LadderTestSupport
import Testing
@testable import LadderCore

/// Japanese date words, as Docs/Dates.md lists them. "Now" is Wednesday 2026-07-15 15:00.
@Suite struct JapaneseDateWordTests {
    static let rows: [DateWordRow] = [
        DateWordRow("今日", at: "2026-07-15 00:00", due: "2026-07-15 23:59:59"),
        DateWordRow("明日", at: "2026-07-16 00:00", due: "2026-07-16 23:59:59"),
        DateWordRow("明後日", due: "2026-07-17 23:59:59"),
        DateWordRow("昨日", at: "2026-07-14 00:00"),
        DateWordRow("一昨日", at: "2026-07-13 00:00"),
        DateWordRow("今日 15時", at: "2026-07-15 15:00", due: "2026-07-15 15:00"),
        DateWordRow("明日15時", due: "2026-07-16 15:00"),
        DateWordRow("明日 15時", due: "2026-07-16 15:00"),
        DateWordRow("昨日15時", at: "2026-07-14 15:00"),
        DateWordRow("15時", at: "2026-07-15 15:00", due: "2026-07-16 15:00"),
        DateWordRow("15時30分", at: "2026-07-14 15:30", due: "2026-07-15 15:30"),
        DateWordRow("15時半", at: "2026-07-14 15:30", due: "2026-07-15 15:30"),
        DateWordRow("9時", at: "2026-07-15 09:00", due: "2026-07-16 09:00"),
        DateWordRow("午前10時", at: "2026-07-15 10:00", due: "2026-07-16 10:00"),
        DateWordRow("午後3時", at: "2026-07-15 15:00", due: "2026-07-16 15:00"),
        DateWordRow("午後3時半", due: "2026-07-15 15:30"),
        DateWordRow("午後5:30", due: "2026-07-15 17:30"),
        DateWordRow("今日午後5時", due: "2026-07-15 17:00"),
        DateWordRow("正午", due: "2026-07-16 12:00"),
        DateWordRow("7月15日", at: "2026-07-15 00:00", due: "2026-07-15 23:59:59"),
        DateWordRow("7月15日 15:00", at: "2026-07-15 15:00", due: "2027-07-15 15:00"),
        DateWordRow("7月15日15時", at: "2026-07-15 15:00"),
        DateWordRow("7月20日15時", due: "2026-07-20 15:00"),
        DateWordRow("2026年7月15日", at: "2026-07-15 00:00", due: "2026-07-15 23:59:59"),
        DateWordRow("2026年7月20日 10時", due: "2026-07-20 10:00"),
        DateWordRow("7月15日(水)", due: "2026-07-15 23:59:59"),
        DateWordRow("7月15日（水）15時", at: "2026-07-15 15:00"),
        DateWordRow("2026年7月17日(金曜日)", due: "2026-07-17 23:59:59"),
        DateWordRow("7/17 (金)", due: "2026-07-17 23:59:59"),
        DateWordRow("月曜", at: "2026-07-13 00:00", due: "2026-07-20 23:59:59"),
        DateWordRow("月曜日", at: "2026-07-13 00:00", due: "2026-07-20 23:59:59"),
        DateWordRow("金曜 10時", due: "2026-07-17 10:00"),
        DateWordRow("来週月曜", at: "2026-07-20 00:00", due: "2026-07-20 23:59:59"),
        DateWordRow("来週月曜10時", due: "2026-07-20 10:00"),
        DateWordRow("来週金曜日", due: "2026-07-24 23:59:59"),
        DateWordRow("今週金曜", due: "2026-07-17 23:59:59"),
        DateWordRow("先週金曜", at: "2026-07-10 00:00"),
        DateWordRow("今週", at: "2026-07-13 00:00", due: "2026-07-19 23:59:59"),
        DateWordRow("来週", at: "2026-07-20 00:00", due: "2026-07-26 23:59:59"),
        DateWordRow("先週", at: "2026-07-06 00:00", due: "2026-07-12 23:59:59"),
        DateWordRow("今週末", at: "2026-07-19 23:59:59", due: "2026-07-19 23:59:59"),
        DateWordRow("来週末", due: "2026-07-26 23:59:59"),
        DateWordRow("月末", at: "2026-07-31 23:59:59", due: "2026-07-31 23:59:59"),
        DateWordRow("来月末", due: "2026-08-31 23:59:59"),
        DateWordRow("年末", due: "2026-12-31 23:59:59"),
        DateWordRow("本日", at: "2026-07-15 00:00"),
        DateWordRow("再来週水曜", due: "2026-07-29 23:59:59"),
        DateWordRow("週末", due: "2026-07-19 23:59:59"),
        DateWordRow("7月15日 (水) 15:00", at: "2026-07-15 15:00"),
        DateWordRow("2日前", at: "2026-07-13 15:00"),
        DateWordRow("2時間後", due: "2026-07-15 17:00"),
        DateWordRow("30分前", at: "2026-07-15 14:30"),
        DateWordRow("3日後", due: "2026-07-18 15:00"),
        DateWordRow("3日以内", due: "2026-07-18 15:00"),
        DateWordRow("2週間後", due: "2026-07-29 15:00"),
        DateWordRow("1時間半後", due: "2026-07-15 16:30"),
        DateWordRow("1時間30分前", at: "2026-07-15 13:30"),
        DateWordRow("1か月後", due: "2026-08-15 15:00"),
        DateWordRow("2ヶ月前", at: "2026-05-15 15:00"),
        DateWordRow("1年後", due: "2027-07-15 15:00"),
        // Full-width digits, colons, slashes and spaces from Japanese input methods.
        DateWordRow("１５：００", at: "2026-07-15 15:00", due: "2026-07-16 15:00"),
        DateWordRow("７／１５", due: "2026-07-15 23:59:59"),
        DateWordRow("明日　１５時", due: "2026-07-16 15:00"),
        DateWordRow("２時間後", due: "2026-07-15 17:00"),
        DateWordRow("２０２６－０７－２０　１７：００", due: "2026-07-20 17:00"),
        DateWordRow("ｅｏｄ", due: "2026-07-15 23:59:59"),
    ]

    @Test(arguments: rows) func readsAsDocumented(_ row: DateWordRow) { row.check() }

    /// Business days count on the organisation's calendar, as `3 business days` does:
    /// from Wednesday 15:00 at an office open Monday to Friday 9:00-17:00, Monday's close.
    @Test(arguments: ["3営業日", "3営業日後", "３営業日", "3 business days"])
    func businessDaysCountOnTheOrganisationsCalendar(_ text: String) throws {
        let clocks = Clocks.standard(zone: tokyo)
        #expect(try clocks.deadline(text, from: t("2026-07-15 15:00"), on: .shop, zone: tokyo) == t("2026-07-20 17:00"))
    }

    /// Through the organisation's clocks the Japanese words mean what the English do.
    @Test func dueTimesThroughTheClocksAgreeWithTheEnglishWords() throws {
        let clocks = Clocks.standard(zone: tokyo)
        let event = t("2026-07-15 15:00")
        func due(_ s: String) throws -> Date { try clocks.deadline(s, from: event, on: .shop, zone: tokyo) }
        #expect(try due("3日後") == due("3d"))
        #expect(try due("2時間後") == due("in 2h"))
        #expect(try due("明日15時") == due("tomorrow 15:00"))
        #expect(try due("8営業時間") == due("8 business hours"))
    }

    /// Across the year's end: 1月 words mean next January for a due time, and this one
    /// (already past) for an event, as `1/5` does.
    @Test(arguments: [
        DateWordRow("1月5日", at: "2026-01-05 00:00", due: "2027-01-05 23:59:59"),
        DateWordRow("明日", due: "2027-01-01 23:59:59"),
        DateWordRow("来週月曜", due: "2027-01-04 23:59:59"),
        DateWordRow("月末", due: "2026-12-31 23:59:59"),
        DateWordRow("来月末", due: "2027-01-31 23:59:59"),
        DateWordRow("2027年1月4日(月)", due: "2027-01-04 23:59:59"),
        DateWordRow("3日後", due: "2027-01-03 15:00"),
    ])
    func aroundNewYear(_ row: DateWordRow) { row.check(now: t("2026-12-31 15:00")) }

    /// A date already past this year: a due time means next year's, an event this
    /// year's, exactly as `7/15` (Docs/Dates.md).
    @Test func aPastDateLeansTheRolesWay() {
        DateWordRow("7月15日", at: "2026-07-15 00:00", due: "2027-07-15 23:59:59").check(now: t("2026-07-20 12:00"))
        DateWordRow("7月15日(木)", due: "2027-07-15 23:59:59").check(now: t("2026-07-20 12:00"))
    }
}
