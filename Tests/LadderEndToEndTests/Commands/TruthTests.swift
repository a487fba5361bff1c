import Foundation
import LadderTestSupport
import Testing

/// What ladder says must be true: promises at closing, missed calls, the rung of a
/// contact, and an older store brought up to date without changing what it says.
@Suite struct TruthTests {
    @Test func closingOnTheTwentyNinthWatchesThePromiseDueInAugust() throws {
        let s = Sandbox(now: "2026-07-20T10:00:00+09:00")
        s.ok("add", "解約できない", "--org", "光ネット", "--await", "返金", "--due", "2026-08-02 10:00", "--await", "折り返し", "--due", "2h")
        s.now = "2026-07-29T15:00:00+09:00"
        let closed = s.ok("close", "1").out
        #expect(closed.contains("reply 2 was overdue: counted as broken"))
        #expect(!closed.contains("reply 1 was"), "reply 1 is not yet due")
        #expect(closed.contains("their promise is watched as reply 1, due Sun 08-02 10:00"))
        s.now = "2026-07-30T15:00:00+09:00"
        #expect(s.ok("show", "1").out.contains("no contact yet"))
        s.ok("reopen", "1", "--reason", "again")
        s.ok("log", "1", "--via", "phone", "--at", "-2h")
        s.ok("close", "1")
        s.now = "2026-07-31T15:00:00+09:00"
        #expect(s.ok("show", "1").out.contains("last contact 2h before closing"), "the clocks stopped at closing")
        s.now = "2026-08-03T09:00:00+09:00"
        let report = s.run(["report", "overdue"])
        #expect(report.status == 1 && report.out.contains("reopen the case: a promise still watched since it closed is late"))
    }

    @Test func brokenOpenCountsThemBrokenAndAReplyClearedTheSameSecondIsNotNamed() throws {
        let s = Sandbox()
        s.ok("add", "Mail bounces", "--org", "Kestrel", "--await", "answer", "--due", "2026-08-02 10:00", "--await", "headers", "--due", "1h")
        s.ok("clear", "1", "2")
        let closed = s.ok("close", "1", "--broken-open").out
        #expect(closed.contains("reply 1 was still open: counted as broken"))
        #expect(!closed.contains("reply 2"), "cleared before the closing, in the same second")
    }

    @Test func voicemailsAreShownButTheCaseStaysSilent() throws {
        let s = Sandbox(now: "2026-07-17T10:00:00+09:00")
        s.ok("add", "Mail bounces", "--org", "Kestrel", "--rung", "technical-desk")
        s.now = "2026-07-18T15:00:00+09:00"
        s.ok("log", "1", "--via", "phone", "--missed", "--number", "0120-000-000", "--at", "-2h")
        s.ok("log", "1", "--via", "phone", "--failure", "out-of-service")
        s.ok("log", "1", "--via", "fax")
        s.ok("log", "1", "--via", "post", "--in")
        let show = s.ok("show", "1").out
        #expect(show.contains("MISSED phone from technical-desk, left 0120-000-000"))
        #expect(show.contains("phone to technical-desk FAILED (out-of-service)"))
        #expect(show.contains("fax to technical-desk") && show.contains("letter from technical-desk"))
        let refused = s.run(["log", "1", "--via", "phone", "--in", "--number", "03-1234-5678"])
        #expect(refused.status == 64 && refused.err.contains("--number"))
    }

    @Test func aMissedCallDoesNotEndASilence() throws {
        let s = Sandbox(now: "2026-07-01T10:00:00+09:00")
        s.ok("add", "Mail bounces", "--org", "Kestrel")
        s.now = "2026-07-10T10:00:00+09:00"
        s.ok("log", "1", "--via", "phone", "--missed")
        let stale = s.run(["report", "stale", "--days", "7"])
        #expect(stale.out.contains("Mail bounces"), "\(stale.out)")
    }

    @Test func aContactAtAConfiguredDeskIsOnThatDesksRung() throws {
        let s = Sandbox(now: "2026-07-16T10:00:00+09:00")
        s.ok("org", "add", "Kestrel Mobile", "--point", "技術メール窓口", "--rung", "technical-desk", "--email", "tech@example.jp")
        s.ok("add", "Mail bounces", "--org", "Kestrel Mobile", "--rung", "technical-desk")
        s.ok("escalate", "1", "--to", "executive", "--reason", "no answer")
        let email = s.ok("log", "1", "--via", "email", "--in", "--with", "技術メール窓口").out
        #expect(email.contains("email from technical-desk (技術メール窓口)"))
        #expect(email.contains("on technical-desk: 技術メール窓口 is a contact point there"))
        let call = s.ok("log", "1", "--via", "phone", "--in", "--with", "佐藤").out
        #expect(call.contains("phone from executive, with 佐藤") && call.contains("on executive, the case's rung then"))
    }

    @Test func escalatingAsksNothingWithoutATerminalAndSaysWhatStaysOpen() throws {
        let s = Sandbox(now: "2026-07-16T10:00:00+09:00")
        s.ok("add", "Mail bounces", "--org", "Kestrel", "--rung", "technical-desk", "--await", "answer", "--due", "1h")
        s.now = "2026-07-20T10:00:00+09:00"
        let up = s.ok("escalate", "1", "--reason", "no answer").out
        #expect(up.contains("still open, owed by technical-desk: #1"))
        s.now = "2026-07-20T11:05:00+09:00"
        s.ok("log", "1", "--via", "phone", "--in")
        let show = s.ok("show", "1").out
        #expect(show.contains("technical-desk still owes it") && !show.contains("CLIMB"))
        let report = s.run(["report", "overdue"]).out
        #expect(report.contains("OVERDUE 4d: due Thu 07-16 11:00, owed by technical-desk\n"), "\(report)")
        #expect(report.contains("next: chase the technical-desk (it still owes this; the case is on executive)"))
    }

    /// A case file as ladder 0.1 wrote it (format 1): its closing has no openReplies key.
    static let formatOne = """
        {
          "events" : [
            {
              "at" : "2026-07-20T10:00:00+09:00",
              "id" : "60E0E43F-FDF7-4B28-B2CF-6A5BAF791244",
              "organisation" : "光ネット",
              "recorded" : "2026-07-20T10:00:00+09:00",
              "references" : [

              ],
              "rung" : "shop",
              "tags" : [

              ],
              "title" : "解約できない",
              "type" : "opened"
            },
            {
              "at" : "2026-07-20T10:00:00+09:00",
              "due" : "2026-08-02T23:59:59+09:00",
              "id" : "F3E60605-F7A3-45AF-9848-3C8B2D3C6432",
              "owedBy" : "them",
              "recorded" : "2026-07-20T10:00:00+09:00",
              "reply" : "7C19B76E-C19A-4354-A1EF-12BD848430CD",
              "rung" : "shop",
              "type" : "reply-raised",
              "what" : "返金"
            },
            {
              "at" : "2026-07-29T15:00:00+09:00",
              "id" : "23FAB3AE-370E-4744-B411-746E8B106E79",
              "recorded" : "2026-07-29T15:00:00+09:00",
              "resolution" : "resolved",
              "type" : "closed"
            }
          ],
          "format" : 1,
          "id" : "48130EA9-74BE-455C-AD50-B00AB43ABDFD",
          "number" : 1
        }

        """

    /// A store of ladder 0.1 and 0.2 (`cases/N.json`, formats 1 and 2): read as it always
    /// meant and left alone by reads; the first change converts the whole store to format
    /// 3 (one `<id>.jsonl` per case), keeping every old file byte for byte in backup/, and
    /// leaves a marker that tells an older ladder the store is newer than it.
    @Test func anOlderStoreIsReadUnchangedThenConvertedWholeWithBackupsOnTheFirstWrite() throws {
        let s = Sandbox(now: "2026-08-01T10:00:00+09:00")
        try FileManager.default.createDirectory(atPath: s.store + "/cases", withIntermediateDirectories: true)
        // Case 2 in format 2: its closing left the refund watched.
        let second = Self.formatOne.replacingOccurrences(of: "\"number\" : 1", with: "\"number\" : 2")
            .replacingOccurrences(of: "48130EA9", with: "58130EA9")
            .replacingOccurrences(of: "\"format\" : 1", with: "\"format\" : 2")
            .replacingOccurrences(of: "\"resolution\" : \"resolved\",", with: "\"openReplies\" : \"watched\",\n      \"resolution\" : \"resolved\",")
        #expect(second.contains("\"openReplies\" : \"watched\""))
        try Data(Self.formatOne.utf8).write(to: URL(fileURLWithPath: s.store + "/cases/1.json"))
        try Data(second.utf8).write(to: URL(fileURLWithPath: s.store + "/cases/2.json"))
        // Reading changes nothing, and reads it as it always meant: the refund was broken
        // at closing in case 1, and is still watched in case 2.
        let before = try s.json("show", "1", "--json") as! [String: Any]
        #expect(((before["replies"] as? [[String: Any]])?.first?["outcome"] as? String) == "broken")
        let beforeTwo = try s.json("show", "2", "--json") as! [String: Any]
        #expect(((beforeTwo["replies"] as? [[String: Any]])?.first?["outcome"] as? String) != "broken")
        #expect(s.ok("list", "--all").out.contains("resolved"))
        #expect(try String(contentsOfFile: s.store + "/cases/1.json", encoding: .utf8) == Self.formatOne)
        #expect(try String(contentsOfFile: s.store + "/cases/2.json", encoding: .utf8) == second)
        #expect(StoreFiles.caseFiles(s.store).isEmpty)
        // doctor names the older files, and changes nothing without --repair.
        let doctor = s.run(["doctor"])
        #expect(doctor.out.contains("2 case files are of an older format (N.json)"), "\(doctor.out)")
        #expect(StoreFiles.olderFiles(s.store) == ["1.json", "2.json"])

        // A change to case 1 converts the whole store first.
        let note = s.ok("note", "1", "a note after the upgrade")
        #expect(note.err.contains("converted 2 case files"), "\(note.err)")
        #expect(try String(contentsOfFile: s.store + "/backup/format-1/1.json", encoding: .utf8) == Self.formatOne)
        #expect(try String(contentsOfFile: s.store + "/backup/format-2/2.json", encoding: .utf8) == second)
        #expect(StoreFiles.olderFiles(s.store).isEmpty, "the old files are gone from cases/")
        let one = s.store + "/cases/48130EA9-74BE-455C-AD50-B00AB43ABDFD.jsonl"
        let two = s.store + "/cases/58130EA9-74BE-455C-AD50-B00AB43ABDFD.jsonl"
        #expect(StoreFiles.caseFiles(s.store) == [(one as NSString).lastPathComponent, (two as NSString).lastPathComponent])
        let migrated = try String(contentsOfFile: one, encoding: .utf8)
        #expect(migrated.hasPrefix("{\"case\":\"48130EA9-74BE-455C-AD50-B00AB43ABDFD\",\"format\":3}\n"))
        #expect(migrated.contains("\"openReplies\":\"broken\"") && migrated.contains("a note after the upgrade"))
        #expect(try String(contentsOfFile: two, encoding: .utf8).contains("\"openReplies\":\"watched\""))
        for path in [one, two] {
            let lines = try StoreFiles.lines(path)
            #expect(lines.contains { $0["type"] as? String == "numbered" && $0["number"] as? Int == (path == one ? 1 : 2) })
        }
        // The marker: an older ladder reading it learns the store is newer than it.
        let marker = try String(contentsOfFile: s.store + "/cases/9999999.json", encoding: .utf8)
        #expect(marker.contains("\"format\":3"))
        var after = try s.json("show", "1", "--json") as! [String: Any]
        after["events"] = Array((after["events"] as! [Any]).dropLast())
        var was = before
        was["latest"] = nil; after["latest"] = nil
        #expect(NSDictionary(dictionary: was).isEqual(to: after), "the case says the same, with the note added")
        #expect(NSDictionary(dictionary: try s.json("show", "2", "--json") as! [String: Any]).isEqual(to: beforeTwo),
                "case 2 says the same")
        #expect(!s.run(["doctor"]).out.contains("older format"))
        #expect(s.ok("note", "2", "once more").err.isEmpty, "the conversion is told once")
        // A second change converts nothing again and keeps no second copy; numbers go on.
        let again = s.ok("note", "1", "another")
        #expect(!again.err.contains("converted"))
        #expect(try String(contentsOfFile: s.store + "/backup/format-1/1.json", encoding: .utf8) == Self.formatOne)
        #expect(try FileManager.default.contentsOfDirectory(atPath: s.store + "/backup/format-1").filter { !$0.hasPrefix(".") } == ["1.json"])
        s.ok("add", "A new case", "--org", "Example Mobile")
        #expect(((try s.json("list", "--all", "--json") as! [[String: Any]]).compactMap { $0["number"] as? Int }).sorted() == [1, 2, 3])
    }
}
