import Foundation
import LadderTestSupport
import Testing
@testable import LadderCore

/// `export --ics`: RFC 5545 as calendar programs read it.
@Suite struct CalendarExportTests {
    @Test func openRepliesBecomeEventsWithAlarmsInValidICS() throws {
        var english = try openCase("Mail bounces, again; really", org: "Example Mobile")
        try english.record(.raise(what: "call back, with the fix; today\\now", owedBy: .them, who: "Sato", due: t("2026-07-16 17:00")), "2026-07-15 15:00")
        try english.record(.raise(what: "send the bounce headers", owedBy: .me, who: nil, due: t("2026-07-17 12:00")), "2026-07-15 15:05")
        try english.record(.raise(what: "kept already", owedBy: .them, who: nil, due: t("2026-07-18 12:00")), "2026-07-15 15:06")
        try english.record(.clear(item: "3", broken: false, note: nil), "2026-07-15 15:07")
        var japanese = try openCase("回線が夜だけ切れる、それも毎晩のように繰り返し起きていて困っている", org: "光ネット", number: 2)
        try japanese.record(.raise(what: "工事日の確定と折り返し電話\u{1B}[31m", owedBy: .them, who: nil, due: t("2026-07-16 10:00")), "2026-07-15 15:00")
        var closed = try openCase("closed one", number: 3)
        try closed.record(.raise(what: "never", owedBy: .them, who: nil, due: t("2026-07-16 10:00")), "2026-07-15 15:00")
        try closed.record(.close(.resolved, note: nil, open: .breakOpen), "2026-07-15 15:10")

        let ics = CalendarExport.ics([english, japanese, closed].map(CaseState.init), now: t("2026-07-15 16:00"), alarm: 45 * 60)
        // CRLF only, and no physical line over 75 octets.
        #expect(ics.hasSuffix("\r\n") && !ics.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        let physical = ics.components(separatedBy: "\r\n").dropLast()
        #expect(physical.allSatisfy { $0.utf8.count <= 75 }, "\(physical.filter { $0.utf8.count > 75 })")
        #expect(physical.contains { $0.hasPrefix(" ") }, "long lines are folded")
        // Unfolded, the content lines say what they should.
        let lines = ics.replacingOccurrences(of: "\r\n ", with: "").components(separatedBy: "\r\n")
        #expect(lines.first == "BEGIN:VCALENDAR" && lines.dropLast().last == "END:VCALENDAR")
        #expect(lines.filter { $0 == "BEGIN:VEVENT" }.count == 3, "open replies only")
        #expect(lines.filter { $0 == "BEGIN:VALARM" }.count == 3 && lines.contains("TRIGGER:-PT45M"))
        #expect(lines.contains("DTSTART:20260716T080000Z"))  // 17:00 in Tokyo
        #expect(lines.contains("SUMMARY:Reply due: call back\\, with the fix\\; today\\\\now (Sato) - case 1\\, Example Mobile"))
        #expect(lines.contains("SUMMARY:I owe: send the bounce headers - case 1\\, Example Mobile"))
        #expect(lines.contains("SUMMARY:Reply due: 工事日の確定と折り返し電話^[[31m - case 2\\, 光ネット"), "control characters made visible")
        // Folding never splits a character: every physical line is whole UTF-8.
        for line in physical { #expect(String(validating: Array(line.utf8), as: UTF8.self) != nil) }
        // Each event has a stable UID from its reply.
        let uids = lines.filter { $0.hasPrefix("UID:") }
        #expect(Set(uids).count == 3 && uids.allSatisfy { $0.hasSuffix("@ladder") })
    }

    /// A promise not yet due when the case closed is still watched, so still in the calendar.
    @Test func aPromiseWatchedAfterClosingStaysInTheCalendar() throws {
        var closed = try openCase("closed one")
        try closed.record(.raise(what: "refund", owedBy: .them, who: nil, due: t("2026-08-02 10:00")), "2026-07-15 15:00")
        try closed.record(.close(.resolved, note: nil), "2026-07-29 15:10")
        let ics = CalendarExport.ics([CaseState(closed)], now: t("2026-07-30 16:00"), alarm: 45 * 60)
        #expect(ics.contains("SUMMARY:Reply due: refund - case 1\\, Example Mobile"))
    }

    /// Each case's entries in the language of documents to its organisation: a Japanese
    /// company's in Japanese, a foreign vendor's in English, in one calendar.
    @Test func eachCaseInItsOrganisationsLanguage() throws {
        var japanese = try openCase("回線が夜だけ切れる", org: "光ネット", rung: .callCentre)
        try japanese.record(.raise(what: "折り返し電話", owedBy: .them, who: "受付", due: t("2026-07-16 10:00")), "2026-07-15 15:00")
        try japanese.record(.raise(what: "ログを送る", owedBy: .me, who: nil, due: t("2026-07-16 12:00")), "2026-07-15 15:00")
        var english = try openCase("Mail bounces", org: "Example Mobile", number: 2)
        try english.record(.raise(what: "call back", owedBy: .them, who: nil, due: t("2026-07-16 17:00")), "2026-07-15 15:00")
        let ics = Language.$bound.withValue(.ja) {
            CalendarExport.ics([japanese, english].map(CaseState.init), now: t("2026-07-15 16:00")) { $0.details.organisation == "光ネット" ? .ja : .en }
        }
        let unfolded = ics.replacingOccurrences(of: "\r\n ", with: "")
        #expect(unfolded.contains("X-WR-CALNAME:ladder 回答期限\r\n"))
        #expect(unfolded.contains("SUMMARY:回答期限：折り返し電話（受付）- 案件1、光ネット\r\n"))
        #expect(unfolded.contains("DESCRIPTION:案件1：回線が夜だけ切れる\\n光ネット（約束したときの窓口：コールセンター）\\n先方が約束した回答です。"))
        #expect(unfolded.contains("SUMMARY:自分の対応期限：ログを送る - 案件1、光ネット\r\n"))
        #expect(unfolded.contains("自分が約束した対応です。"))
        #expect(unfolded.contains("SUMMARY:Reply due: call back - case 2\\, Example Mobile\r\n"))
        #expect(unfolded.contains("PRODID:-//ladder//ladder escalation tracker//EN") && unfolded.contains("CATEGORIES:ladder,awaited"))
    }
}
