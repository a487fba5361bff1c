import Foundation
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

    @Test func isoRoundTrips() {
        for text in ["2026-06-02T17:00:05+09:00", "2026-01-01T00:00:00Z", "2026-12-31T23:59:59-03:30"] {
            let d = TimeText.parseISO(text, zone: tokyo)!
            #expect(TimeText.parseISO(TimeText.iso(d, zone: tokyo), zone: tokyo) == d)
        }
        #expect(TimeText.parseISO("2026-06-02T08:00:00.250Z") == t("2026-06-02 17:00").addingTimeInterval(0.25))
        #expect(TimeText.parseISO("2026-06-02T17:00+0900") == t("2026-06-02 17:00"))
    }

    @Test(arguments: ["2026-6-2", "2026-06-31", "2026-06-02T24:00", "2026-06-02X", "yesterday", "2026-06-02T17", ""])
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
    }

    @Test func countdownSaysLeftOrLate() {
        #expect(TimeText.countdown(to: t("2026-07-15 17:00"), from: t("2026-07-15 15:00")) == "in 2h")
        #expect(TimeText.countdown(to: t("2026-07-15 12:00"), from: t("2026-07-15 15:30")) == "3h 30m late")
    }
}
