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

        let ics = CalendarExport.ics([english, japanese, closed].map(CaseState.init), now: t("2026-07-15 16:00"), zone: tokyo, alarm: 45 * 60)
        // CRLF only, and no physical line over 75 octets.
        #expect(ics.hasSuffix("\r\n") && !ics.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        let physical = ics.components(separatedBy: "\r\n").dropLast()
        #expect(physical.allSatisfy { $0.utf8.count <= 75 }, "\(physical.filter { $0.utf8.count > 75 })")
        #expect(physical.contains { $0.hasPrefix(" ") }, "long lines are folded")
        // Unfolded, the content lines say what they should.
        let lines = ics.replacingOccurrences(of: "\r\n ", with: "").components(separatedBy: "\r\n")
        #expect(lines.first == "BEGIN:VCALENDAR" && lines.dropLast().last == "END:VCALENDAR")
        #expect(lines.filter { $0 == "BEGIN:VEVENT" }.count == 5, "every reply, cleared ones too")
        #expect(lines.filter { $0 == "STATUS:CONFIRMED" }.count == 3 && lines.filter { $0 == "STATUS:CANCELLED" }.count == 2)
        #expect(lines.filter { $0 == "BEGIN:VALARM" }.count == 3 && lines.contains("TRIGGER:-PT45M"), "alarms for open replies only")
        #expect(lines.contains("DTSTART:20260716T080000Z"))  // 17:00 in Tokyo
        #expect(lines.contains("SUMMARY:Reply due: call back\\, with the fix\\; today\\\\now (Sato) - case 1\\, Example Mobile"))
        #expect(lines.contains("SUMMARY:I owe: send the bounce headers - case 1\\, Example Mobile"))
        #expect(lines.contains("SUMMARY:Reply due: 工事日の確定と折り返し電話^[[31m - case 2\\, 光ネット"), "control characters made visible")
        // Folding never splits a character: every physical line is whole UTF-8.
        for line in physical { #expect(String(validating: Array(line.utf8), as: UTF8.self) != nil) }
        // Each event has a stable UID from its reply.
        let uids = lines.filter { $0.hasPrefix("UID:") }
        #expect(Set(uids).count == 5 && uids.allSatisfy { $0.hasSuffix("@ladder") })
    }

    /// A promise not yet due when the case closed is still watched, so still in the calendar.
    @Test func aPromiseWatchedAfterClosingStaysInTheCalendar() throws {
        var closed = try openCase("closed one")
        try closed.record(.raise(what: "refund", owedBy: .them, who: nil, due: t("2026-08-02 10:00")), "2026-07-15 15:00")
        try closed.record(.close(.resolved, note: nil), "2026-07-29 15:10")
        let ics = CalendarExport.ics([CaseState(closed)], now: t("2026-07-30 16:00"), zone: tokyo, alarm: 45 * 60)
        #expect(ics.contains("SUMMARY:Reply due: refund - case 1\\, Example Mobile"))
        #expect(ics.contains("STATUS:CONFIRMED") && ics.contains("BEGIN:VALARM"))
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
            CalendarExport.ics([japanese, english].map(CaseState.init), now: t("2026-07-15 16:00"), zone: tokyo) { $0.details.organisation == "光ネット" ? .ja : .en }
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

    /// The unfolded content lines of one event, found by its summary's text.
    static func event(_ ics: String, containing text: String) -> [String] {
        let lines = ics.replacingOccurrences(of: "\r\n ", with: "").components(separatedBy: "\r\n")
        var events: [[String]] = []
        for line in lines {
            if line == "BEGIN:VEVENT" { events.append([]) }
            if !events.isEmpty { events[events.count - 1].append(line) }
        }
        return events.first { $0.contains { $0.hasPrefix("SUMMARY:") && $0.contains(text) } } ?? []
    }

    /// A reply keeps its UID from export to export; cleared, it comes back cancelled,
    /// without its alarm, with a higher SEQUENCE, so a program updating by UID follows.
    @Test func aClearedReplyKeepsItsUIDAndComesBackCancelledWithAHigherSequence() throws {
        var file = try openCase("Mail bounces")
        try file.record(.raise(what: "call back", owedBy: .them, who: nil, due: t("2026-07-16 17:00")), "2026-07-15 15:00")
        try file.record(.raise(what: "send logs", owedBy: .me, who: nil, due: t("2026-07-16 12:00")), "2026-07-15 15:01")
        let before = CalendarExport.ics([CaseState(file)], now: t("2026-07-15 16:00"), zone: tokyo)
        let again = CalendarExport.ics([CaseState(file)], now: t("2026-07-15 18:00"), zone: tokyo)
        let open = Self.event(before, containing: "call back")
        #expect(open.contains("STATUS:CONFIRMED") && open.contains("SEQUENCE:0") && open.contains("BEGIN:VALARM"))
        // Two exports of the same store differ only in their stamp.
        #expect(before.replacingOccurrences(of: "DTSTAMP:20260715T070000Z", with: "DTSTAMP:20260715T090000Z") == again)

        try file.record(.clear(item: "1", broken: false, note: "they called"), "2026-07-16 16:30")
        let after = CalendarExport.ics([CaseState(file)], now: t("2026-07-16 18:00"), zone: tokyo)
        let cleared = Self.event(after, containing: "call back")
        let uid = try #require(open.first { $0.hasPrefix("UID:") })
        #expect(cleared.contains(uid), "the same UID")
        #expect(cleared.contains("STATUS:CANCELLED") && cleared.contains("SEQUENCE:1"))
        #expect(!cleared.contains("BEGIN:VALARM"), "no alarm for a cleared reply")
        #expect(cleared.contains("SUMMARY:Cleared\\, kept: Reply due: call back - case 1\\, Example Mobile"))
        #expect(cleared.contains { $0.hasPrefix("DESCRIPTION:") && $0.hasSuffix("\\nCleared 2026-07-16 16:30.") })
        #expect(cleared.contains("LAST-MODIFIED:20260716T073000Z"))
        // The other reply, untouched by the clearing, keeps its sequence.
        #expect(Self.event(after, containing: "send logs").contains("SEQUENCE:0"))

        // Undoing the clearing opens it again: confirmed, with its alarm, sequence 2.
        try file.record(.undo(event: nil, note: nil), "2026-07-16 16:40")
        let undone = Self.event(CalendarExport.ics([CaseState(file)], now: t("2026-07-16 18:00"), zone: tokyo), containing: "call back")
        #expect(undone.contains(uid) && undone.contains("STATUS:CONFIRMED") && undone.contains("SEQUENCE:2") && undone.contains("BEGIN:VALARM"))
        // Broken: said in the summary.
        try file.record(.clear(item: "1", broken: true, note: nil), "2026-07-17 10:00")
        let broken = Self.event(CalendarExport.ics([CaseState(file)], now: t("2026-07-17 18:00"), zone: tokyo), containing: "call back")
        #expect(broken.contains("STATUS:CANCELLED") && broken.contains("SEQUENCE:3"))
        #expect(broken.contains("SUMMARY:Cleared\\, broken: Reply due: call back - case 1\\, Example Mobile"))
    }

    /// A due given as a day (kept as 23:59:59 in the user's zone) is an all-day event
    /// on that day, its alarm before the day ends; any other time is a 15-minute event.
    @Test func aDueGivenAsADayIsAnAllDayEvent() throws {
        var file = try openCase("Mail bounces")
        try file.record(.raise(what: "refund", owedBy: .them, who: nil, due: t("2026-07-20 23:59:59")), "2026-07-15 15:00")
        try file.record(.raise(what: "call back", owedBy: .them, who: nil, due: t("2026-07-20 23:59")), "2026-07-15 15:00")
        let ics = CalendarExport.ics([CaseState(file)], now: t("2026-07-15 16:00"), zone: tokyo)
        let day = Self.event(ics, containing: "refund")
        #expect(day.contains("DTSTART;VALUE=DATE:20260720") && day.contains("DTEND;VALUE=DATE:20260721"))
        #expect(day.contains("TRIGGER;RELATED=END:-PT30M"))
        #expect(!day.contains { $0.hasPrefix("DTSTART:") })
        let timed = Self.event(ics, containing: "call back")
        #expect(timed.contains("DTSTART:20260720T145900Z") && timed.contains("DTEND:20260720T151400Z") && timed.contains("TRIGGER:-PT30M"))
        // The day is read in the user's zone: in London the same instant is a time of day.
        let london = CalendarExport.ics([CaseState(file)], now: t("2026-07-15 16:00"), zone: TimeZone(identifier: "Europe/London")!)
        #expect(Self.event(london, containing: "refund").contains("DTSTART:20260720T145959Z"))
        #expect(CalendarExport.dayOnly(t("2026-12-31 23:59:59"), zone: tokyo)?.description == "2026-12-31")
        #expect(CalendarExport.dayOnly(t("2026-12-31 00:00"), zone: tokyo) == nil)
    }

    /// RFC 5545 3.1: a line of 75 octets stays whole, one more folds; a continuation
    /// holds at most 74 after its space; TEXT escapes backslash, semicolon, comma, newline.
    @Test func foldingAndEscapingFollowRFC5545() {
        let exact = "SUMMARY:" + String(repeating: "a", count: 67)
        #expect(exact.utf8.count == 75 && CalendarExport.fold(exact) == exact)
        let over = exact + "b"
        #expect(CalendarExport.fold(over) == exact + "\r\n b")
        let long = String(repeating: "x", count: 75 + 74 + 10)
        let pieces = CalendarExport.fold(long).components(separatedBy: "\r\n")
        #expect(pieces.map(\.utf8.count) == [75, 75, 11] && pieces.dropFirst().allSatisfy { $0.hasPrefix(" ") })
        // A three-octet character that would cross the limit moves whole to the next line.
        let japanese = "SUMMARY:" + String(repeating: "a", count: 66) + "日本"
        #expect(CalendarExport.fold(japanese) == "SUMMARY:" + String(repeating: "a", count: 66) + "\r\n 日本")
        #expect(CalendarExport.text("a\\b;c,d\ne") == "a\\\\b\\;c\\,d\\ne")
        #expect(!CalendarExport.text("e\r\nf\rg\u{7}").unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F }, "no raw control character")
    }

    /// A reply taken back with undo comes back cancelled under its UID.
    @Test func aReplyWhoseRaisingIsUndoneComesBackCancelled() throws {
        var file = try openCase("Mail bounces")
        try file.record(.raise(what: "call back", owedBy: .them, who: nil, due: t("2026-07-16 17:00")), "2026-07-15 15:00")
        let before = Self.event(CalendarExport.ics([CaseState(file)], now: t("2026-07-15 16:00"), zone: tokyo), containing: "call back")
        try file.record(.undo(event: nil, note: nil), "2026-07-15 15:10")
        let after = Self.event(CalendarExport.ics([CaseState(file)], now: t("2026-07-15 16:00"), zone: tokyo), containing: "call back")
        let uid = try #require(before.first { $0.hasPrefix("UID:") })
        #expect(after.contains(uid) && after.contains("STATUS:CANCELLED") && after.contains("SEQUENCE:1") && !after.contains("BEGIN:VALARM"))
        #expect(after.contains("SUMMARY:No longer watched: Reply due: call back - case 1\\, Example Mobile"))
    }
}
