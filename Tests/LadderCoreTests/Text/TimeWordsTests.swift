import Foundation
import LadderTestSupport
import Testing
@testable import LadderCore

/// `TimeWords`: times and lengths a report puts in its phrases, written as bytes in
/// English. They read as `TimeText` writes them, in both languages, whatever the length,
/// the zone or the year.
@Suite struct TimeWordsTests {
    static let zones = ["Asia/Tokyo", "UTC", "America/St_Johns", "Asia/Kathmandu", "Pacific/Chatham"].map { TimeZone(identifier: $0)! }

    /// Lengths from none to centuries, past and to come; instants across years and
    /// zones, with and without the year that `near` asks for.
    @Test(arguments: [Language.en, .ja])
    func timeWordsInAPhraseReadAsTimeTextWritesThem(_ language: Language) {
        let now = t("2026-07-15 15:00")
        var dice = Dice(state: 7)
        var lengths: [TimeInterval] = [0, 0.5, 59, 60, 3599, 3600, 86_399, 86_400, 604_799, 604_800, 8 * 604_800, 31_556_952 * 3]
        for _ in 0..<300 { lengths.append(TimeInterval(dice.next(400_000_000)) - 200_000_000) }
        Language.speaking(language) {
            for length in lengths {
                let words = TimeWords.duration(length)
                #expect(L("late by \(words)") == L("late by \(TimeText.duration(length))"))
                #expect(words.text == TimeText.duration(length))
            }
            for k in 0..<300 {
                let date = now.addingTimeInterval(TimeInterval(dice.next(2_000_000_000)) - 1_000_000_000 + Double(k) * 0.25)
                let zone = Self.zones[k % Self.zones.count]
                let near = TimeWords.short(date, zone: zone, near: now), plain = TimeWords.short(date, zone: zone, near: nil)
                #expect(L("due \(near)") == L("due \(TimeText.short(date, zone: zone, near: now))"), "\(date) \(zone.identifier)")
                #expect(L("due \(plain)") == L("due \(TimeText.short(date, zone: zone))"), "\(date) \(zone.identifier)")
            }
        }
    }

    /// A due time in another year says it, as `TimeText` does (`Thu 2027-07-15 15:00`).
    @Test func aTimeInAnotherYearSaysItsYearAsBytes() {
        let now = t("2026-07-15 15:00")
        let words = TimeWords.short(t("2027-07-15 15:00"), zone: tokyo, near: now)
        #expect(Language.speaking(.en) { L("due \(words)") } == "due Thu 2027-07-15 15:00")
        #expect(Language.speaking(.en) { L("due \(TimeWords.short(t("2026-07-15 15:00"), zone: tokyo, near: now))") } == "due Wed 07-15 15:00")
    }
}
