import Foundation
import LadderTestSupport
import Testing
@testable import LadderCore

@Suite struct ClimbTests {
    let clocks = Clocks(calendar: BusinessCalendar(hours: .officeHours, zone: tokyo))
    let org = Organisation(name: "Example Mobile", contactPoints: [
        ContactPoint(name: "Customer relations", rung: .executive, phone: "0570-000-000", cost: .paid),
    ])

    func advice(_ file: CaseFile, _ now: String) -> ClimbAdvice? {
        CaseState(file).climbAdvice(at: t(now), clocks: clocks, organisation: org)
    }

    @Test func aReplyLateByMoreThanTheThresholdSaysClimb() throws {
        var file = try openCase(rung: .technicalDesk, at: "2026-07-13 10:00")
        try file.record(.log(Contact(channel: .phone, direction: .outgoing)), "2026-07-13 10:00")
        try file.record(.raise(what: "root cause", owedBy: .them, who: nil, due: t("2026-07-14 17:00")), "2026-07-13 10:00")
        // Late, but by less than a day: chase, do not climb yet.
        #expect(advice(file, "2026-07-15 16:00") == nil)
        let a = try #require(advice(file, "2026-07-15 17:01"))
        #expect(a.reason == .overdue(item: 1, what: "root cause", late: 86_460))
        #expect(a.to == .executive)
        #expect(a.point?.name == "Customer relations")
        #expect(a.why(at: t("2026-07-15 17:01")) == "reply 1 is 1d late")
    }

    @Test func aRungWithNoProgressPastItsWindowSaysClimbAndFailedAttemptsAreNoProgress() throws {
        var file = try openCase(rung: .callCentre, at: "2026-07-13 10:00")
        // The call-centre window is one day.
        #expect(advice(file, "2026-07-14 09:59") == nil)
        try file.record(.log(Contact(channel: .phone, direction: .failed, failure: .wrongNumber)), "2026-07-14 09:00")
        let a = try #require(advice(file, "2026-07-14 10:01"))
        #expect(a.reason == .stuck(since: t("2026-07-13 10:00"), window: ReplyWindow(1, .days)))
        #expect(a.to == .technicalDesk)
        #expect(a.point == nil)
        // A call that got through is progress: the window starts again.
        try file.record(.log(Contact(channel: .phone, direction: .outgoing)), "2026-07-14 10:30")
        #expect(advice(file, "2026-07-15 10:00") == nil)
        #expect(advice(file, "2026-07-15 10:31") != nil)
    }

    @Test func waitingOnAPromiseInTimeOrOnSomethingIOweIsNoReasonToClimb() throws {
        var file = try openCase(rung: .callCentre, at: "2026-07-13 10:00")
        try file.record(.raise(what: "call back", owedBy: .them, who: nil, due: t("2026-07-20 10:00")), "2026-07-13 10:00")
        #expect(advice(file, "2026-07-19 10:00") == nil)
        var mine = try openCase(rung: .callCentre, at: "2026-07-13 10:00")
        try mine.record(.raise(what: "send logs", owedBy: .me, who: nil, due: t("2026-07-14 10:00")), "2026-07-13 10:00")
        #expect(advice(mine, "2026-07-19 10:00") == nil)
    }

    @Test func theTopRungCanOnlyBePressedAndClosedCasesNeverClimb() throws {
        var file = try openCase(rung: .regulator, at: "2026-05-01 10:00")
        let a = try #require(advice(file, "2026-07-01 10:00"))
        #expect(a.to == nil)
        #expect(a.step == "press the regulator (top rung)")
        try file.record(.close(.resolved, note: nil), "2026-07-01 10:00")
        #expect(advice(file, "2026-08-01 10:00") == nil)
    }
}

@Suite struct ConfigFileTests {
    let sample = """
        {
          "version": 1,
          "windows": {"shop": "1 business day"},
          "climbAfter": "2d",
          "organisations": [
            {"name": "Kestrel Mobile", "aliases": ["Kestrel", "ケストレル"], "zone": "Asia/Tokyo",
             "hours": {"daily": "10:00-19:00", "wed": "closed"}, "holidays": ["2026-07-20"],
             "windows": {"technical-desk": "2 business days"},
             "contactPoints": [
               {"name": "Customer relations", "rung": "executive", "phone": "0570-000-222", "cost": "paid",
                "hours": {"mon-fri": "09:00-18:00"}, "notes": "closes at 18:00 sharp"}
             ]}
          ]
        }
        """

    @Test func readsEverythingAndWritesItBackTheSame() throws {
        let config = try ConfigFile.decode(Data(sample.utf8), file: "config.json", userZone: tokyo)
        let k = try #require(config.organisation(for: " kestrel "))
        #expect(config.organisation(for: "ケストレル")?.name == "Kestrel Mobile")
        #expect(k.contactPoints[0].cost == .paid)
        #expect(k.holidays == [CivilDay("2026-07-20")!])
        let clocks = config.clocks(of: k)
        #expect(clocks.window(on: .shop) == ReplyWindow(1, .days, business: true))
        #expect(clocks.window(on: .technicalDesk) == ReplyWindow(2, .days, business: true))
        #expect(clocks.window(on: .executive) == ReplyWindow(5, .days))
        #expect(clocks.climbAfter == ReplyWindow(2, .days))
        #expect(clocks.calendar(on: .executive).hours.days[5].isEmpty)  // the point's own hours: closed Saturday
        #expect(!clocks.calendar(on: .shop).hours.days[5].isEmpty)      // the organisation's: open Saturday
        let again = try ConfigFile.decode(ConfigFile.encode(config), file: "config.json", userZone: tokyo)
        #expect(again == config)
    }

    @Test(arguments: [
        (#"{"organisations": [{"name": "X", "hours": {"mon": "9-5pm"}}]}"#, "organisations[0].hours"),
        (#"{"windws": {}}"#, "windws"),
        (#"{"organisations": [{"name": "X", "contactPoints": [{"name": "Y", "rung": "ceo"}]}]}"#, "organisations[0].contactPoints[0].rung"),
        (#"{"organisations": [{"name": "X", "zone": "Mars/Base"}]}"#, "organisations[0].zone"),
        (#"{"organisations": [{"name": "X", "holidays": ["20/07/2026"]}]}"#, "organisations[0].holidays[0]"),
        (#"{"organisations": [{"name": "X"}, {"name": "x"}]}"#, "organisations[1]"),
        (#"{"windows": {"shop": "soon"}}"#, "windows.shop"),
        (#"{"version": 9}"#, "version"),
        (#"{"hours": {"daily": "closed"}}"#, "hours"),
    ])
    func badFilesNameTheKeyAndTheFix(json: String, key: String) {
        do {
            _ = try ConfigFile.decode(Data(json.utf8), file: "config.json")
            Issue.record("\(json) was accepted")
        } catch {
            #expect(error.key == key)
            #expect(error.description.hasPrefix("config.json: \(key): "))
        }
    }

    @Test func noFileMeansTheDefaultsAndNotJSONIsAnError() throws {
        let dir = temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        #expect(try ConfigFile.load(dir + "/none.json") == Config())
        try "{ not json".write(toFile: dir + "/bad.json", atomically: true, encoding: .utf8)
        #expect(throws: ConfigError.self) { try ConfigFile.load(dir + "/bad.json") }
        #expect(ConfigFile.path(environment: ["XDG_CONFIG_HOME": "/x", "HOME": "/h"]) == "/x/ladder/config.json")
        #expect(ConfigFile.path(environment: ["HOME": "/h"]) == "/h/.config/ladder/config.json")
    }

    @Test func updatesAreWrittenPrivatelyAndKeepOtherChanges() throws {
        let dir = temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/ladder/config.json"
        try ConfigFile.update(path) { $0.organisations.append(Organisation(name: "A")) }
        try ConfigFile.update(path) { $0.organisations.append(Organisation(name: "B")) }
        #expect(try ConfigFile.load(path).organisations.map(\.name) == ["A", "B"])
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        // A failing change writes nothing.
        struct Refused: Error {}
        #expect(throws: Refused.self) { try ConfigFile.update(path) { _ in throw Refused() } }
        #expect(try ConfigFile.load(path).organisations.count == 2)
    }
}
