import Foundation
@testable import LadderCore
import LadderTestSupport
import Testing

/// Lengths of time typed in Japanese for --held, --took, --within and the front end's
/// length fields (a newcomer's `--held 10分` was refused while `--due 2時間後` worked).
@Suite struct LengthWordsTests {
    @Test func japaneseUnitsAndFullWidthDigitsAreLengths() {
        let cases: [(String, TimeInterval?)] = [
            ("40分", 2400), ("10分間", 600), ("1時間30分", 5400), ("1時間半", 5400), ("２時間", 7200),
            ("１日", 86_400), ("3日間", 3 * 86_400), ("2週間", 2 * 604_800), ("30秒", 30),
            ("1h30m", 5400), ("40m", 2400), ("40ふん", nil), ("分", nil), ("", nil),
        ]
        for c in cases { #expect(WhenParser.length(c.0) == c.1, "\(c.0)") }
    }

    /// ISO 8601 lengths, as `--due` takes them: hours, minutes, days and weeks; not
    /// months or years, whose length depends on where they start.
    /// A capital `M` alone is a minute to some and a month to others: refused, in a
    /// length and in a time, where ISO 8601 (`PT1M`, `P1M`) and the words say which.
    @Test func aCapitalMAloneIsNeitherMinutesNorMonths() throws {
        #expect(WhenParser.length("1M") == nil)
        #expect(WhenParser.length("1h 30M") == nil)
        #expect(WhenParser.length("1m") == 60)
        #expect(WhenParser.length("PT1M") == 60)
        #expect(WhenParser.length("10 Min") == 600)
        #expect(WhenParser.hasBareCapitalM("-2M") && WhenParser.hasBareCapitalM("in 1 M"))
        #expect(!WhenParser.hasBareCapitalM("P1M") && !WhenParser.hasBareCapitalM("1 Mon") && !WhenParser.hasBareCapitalM("MON 9:00"))
        let parser = WhenParser(now: t("2026-07-15 15:00"), zone: tokyo)
        #expect(throws: LadderError.self) { try parser.parse("in 1M", role: .deadline) }
        #expect(try parser.parse("in 1m", role: .deadline) == t("2026-07-15 15:01"))
        #expect(try parser.parse("P1M", role: .deadline) > t("2026-08-14 00:00"))
    }

    @Test func isoLengthsAreLengthsWithoutMonthsOrYears() {
        let cases: [(String, TimeInterval?)] = [
            ("PT40M", 2400), ("pt1h30m", 5400), ("P2D", 2 * 86_400), ("P1W", 604_800), ("P1DT2H", 93_600),
            ("PT0.5H", 1800), ("P1M", nil), ("P1Y", nil), ("P", nil), ("PT", nil), ("P1H", nil),
        ]
        for c in cases { #expect(WhenParser.length(c.0) == c.1, "\(c.0)") }
    }

    @Test func aDayOfTheMonthAloneIsStillNotATime() {
        let parser = WhenParser(now: t("2026-07-15 12:00"), zone: tokyo)
        #expect(throws: LadderError.self) { try parser.parse("3日", role: .moment) }
    }
}
