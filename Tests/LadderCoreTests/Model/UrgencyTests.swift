import Foundation
import LadderTestSupport
import Testing
@testable import LadderCore

@Suite struct UrgencyTests {
    @Test func overdueFirstThenSoonestDueThenLongestSilenceThenClosed() throws {
        let now = t("2026-07-20 12:00")
        var quiet = try openCase("quiet for long", at: "2026-07-01 10:00", number: 1)
        try quiet.record(.log(Contact(channel: .phone, direction: .outgoing)), "2026-07-02 10:00")
        let quieter = try openCase("quieter", at: "2026-06-01 10:00", number: 2)
        var dueSoon = try openCase("due soon", at: "2026-07-20 09:00", number: 3)
        try dueSoon.record(.raise(what: "x", owedBy: .me, who: nil, due: t("2026-07-20 13:00")), "2026-07-20 09:00")
        var dueLater = try openCase("due later", at: "2026-07-20 09:00", number: 4)
        try dueLater.record(.raise(what: "x", owedBy: .them, who: nil, due: t("2026-07-25 13:00")), "2026-07-20 09:00")
        var slightlyLate = try openCase("slightly late", at: "2026-07-19 09:00", number: 5)
        try slightlyLate.record(.raise(what: "x", owedBy: .them, who: nil, due: t("2026-07-20 11:00")), "2026-07-19 09:00")
        var veryLate = try openCase("very late", at: "2026-07-10 09:00", number: 6)
        try veryLate.record(.raise(what: "x", owedBy: .them, who: nil, due: t("2026-07-11 09:00")), "2026-07-10 09:00")
        var closed = try openCase("closed", at: "2026-07-10 09:00", number: 7)
        try closed.record(.close(.resolved, note: nil), "2026-07-11 09:00")

        let order = Urgency.sorted([quiet, quieter, dueSoon, dueLater, slightlyLate, veryLate, closed].map(CaseState.init), at: now)
        #expect(order.map(\.number) == [6, 5, 3, 4, 2, 1, 7])
    }
}
