import Foundation
import LadderTestSupport
import Testing
@testable import LadderCore

/// What cannot be read is refused with a message naming it and a hint showing how to
/// write it; Japanese input gets Japanese examples.
@Suite struct DateWordRefusalTests {
    let parser = WhenParser(now: t("2026-07-15 15:00"), zone: tokyo)

    func refusal(_ text: String, role: WhenRole = .deadline) -> LadderError? {
        do {
            _ = try parser.parse(text, role: role)
            return nil
        } catch {
            return error
        }
    }

    @Test(arguments: ["明日の朝", "7月32日", "2月30日", "25時", "15時60分", "午後13時", "午後12時", "午前12時",
                      "来週火", "(水)", "明日(金)", "7月15日(木)", "7月15日(朝)", "3日", "15日", "2026-W54", "2027-W53",
                      "2026-W30-8", "20260230", "20261301", "P", "PT", "P2H", "PT2D", "P1.5D", "1.5 months",
                      "next", "next week", "eod 17:00", "26年7月15日", "20260720T25"])
    func isRefusedWithAHint(_ text: String) {
        let error = refusal(text)
        #expect(error != nil, "\(text) was accepted")
        #expect(error?.kind == .usage)
        #expect(error?.hint != nil, "\(text): \(String(describing: error))")
    }

    @Test func aWeekdayThatDisagreesWithTheDateSaysWhichDayItIs() throws {
        let error = try #require(refusal("7月15日(木)"))
        #expect(error.message == "\"7月15日(木)\": 2026-07-15 is a Wednesday (水), not the day written")
        #expect(error.hint == "correct the date or the day of the week, or leave the day out")
    }

    @Test func japaneseInputGetsJapaneseExamples() throws {
        let error = try #require(refusal("明日の朝"))
        #expect(error.message == "cannot read \"明日の朝\" as a time")
        #expect(error.hint?.contains("明日15時") == true)
        // English input keeps its message exactly.
        let english = try #require(refusal("tomorow"))
        #expect(english.hint == "write e.g. \(WhenParser.timeExamples)")
    }

    /// `2日` says how long but not which way (nor whether the 2nd was meant).
    @Test func aBareJapaneseLengthIsAskedWhichWay() throws {
        #expect(try #require(refusal("3時間")).hint == "write \"3時間後\" for that long from now, or \"3時間前\" for that long ago")
        #expect(try #require(refusal("２週間")).hint == "write \"2週間後\" for that long from now, or \"2週間前\" for that long ago")
        #expect(try #require(refusal("15日")).hint == "write \"15日後\" for that long from now, \"15日前\" for that long ago, or a date such as 7月15日")
        #expect(try #require(refusal("40日")).hint?.contains("7月") == false)
        Language.$bound.withValue(.ja) {
            #expect(refusal("2日")?.hint == "今からなら「2日後」、さかのぼるなら「2日前」、日付なら「7月2日」のように書いてください")
        }
        // What the hint offers is read.
        #expect(refusal("3時間後") == nil)
        #expect(refusal("15日後") == nil)
        #expect(refusal("7月15日") == nil)
    }

    @Test func noonOrMidnightIsAsked() throws {
        let error = try #require(refusal("午後12時"))
        #expect(error.hint == "write 12時 for noon or 0時 for midnight")
    }

    /// Business time needs an organisation's calendar, which only a due time counts on.
    @Test func businessTimeIsOnlyForDueTimes() throws {
        let error = try #require(refusal("3営業日", role: .moment))
        #expect(error.message == "\"3営業日\" is business time, which only a due time counts")
    }

    /// Through the clocks, the hint adds business time, with 営業日 for Japanese input.
    @Test func theDueHintAddsBusinessTime() {
        let clocks = Clocks.standard(zone: tokyo)
        do {
            _ = try clocks.deadline("来週の頭", from: t("2026-07-15 15:00"), on: .shop, zone: tokyo)
            Issue.record("accepted")
        } catch {
            #expect(error.field == .due)
            #expect(error.hint?.hasSuffix("or business time: 2 business days, 8bh, 3営業日") == true)
        }
        // A bare length keeps its own hint, which is a sentence, not a list to add to.
        do {
            _ = try clocks.deadline("2日", from: t("2026-07-15 15:00"), on: .shop, zone: tokyo)
            Issue.record("accepted")
        } catch {
            #expect(error.hint == "write \"2日後\" for that long from now, \"2日前\" for that long ago, or a date such as 7月2日")
        }
    }

    @Test func aCenturyIsTheLimitForMonthsToo() {
        #expect(refusal("in 1300 years") != nil)
        #expect(refusal("P1300Y") != nil)
    }
}
