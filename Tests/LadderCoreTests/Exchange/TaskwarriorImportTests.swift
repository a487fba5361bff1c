import Foundation
import LadderTestSupport
import Testing
@testable import LadderCore

/// `ladder import --taskwarrior`: how `task export`'s fields become a case.
@Suite struct TaskwarriorImportTests {
    /// As Taskwarrior 2.6 writes it (`task export`), with made-up tasks.
    static let export = """
        [
        {"id":1,"description":"Refund for two months","due":"20260719T150000Z","entry":"20260715T060000Z","modified":"20260715T061000Z","project":"ExampleMobile","status":"pending","uuid":"8e2f4eed-89ef-437b-b454-1230e640a0e5","annotations":[{"entry":"20260715T061000Z","description":"called, they will check"}],"tags":["complaint","executive"],"urgency":14.7},
        {"id":0,"description":"Fix the DNS claim","due":"20260716T090000Z","end":"20260716T080000Z","entry":"20260715T060000Z","modified":"20260716T080000Z","project":"Hikari.Net","status":"completed","uuid":"961d352b-237a-4fce-86ea-eb8aac2cec54","urgency":1},
        {"id":0,"description":"Old complaint","end":"20260716T080000Z","entry":"20260701T060000Z","modified":"20260716T080000Z","status":"deleted","uuid":"0b4f2a4e-4c2f-4a53-9d7c-1f0e1e2d3c4b","urgency":0},
        {"id":0,"description":"Weekly chase","entry":"20260701T060000Z","recur":"weekly","due":"20260720T000000Z","status":"recurring","uuid":"5d1e7f2a-8b3c-4d5e-9f60-718293a4b5c6","urgency":0}
        ]
        """

    static let mapping = TaskwarriorImport(organisation: "Example Mobile", now: t("2026-07-17 09:00"), zone: tokyo)

    @Test func eachFieldMapsAsTheDocsSay() throws {
        let (cases, skipped) = try Self.mapping.cases(from: Data(Self.export.utf8), source: "tasks.json")
        #expect(cases.count == 3 && skipped == 1, "the recurring template is left out")
        let refund = CaseState(cases[0])
        #expect(refund.id == UUID(uuidString: "8e2f4eed-89ef-437b-b454-1230e640a0e5"))
        #expect(refund.details.title == "Refund for two months" && refund.details.organisation == "ExampleMobile")
        #expect(refund.details.tags == ["complaint"] && refund.rung == .executive, "a rung's name among the tags is the rung")
        #expect(refund.startedAt == t("2026-07-15 15:00") && refund.isOpen)
        // A due at midnight in the user's zone is that day: kept as its last second.
        #expect(refund.openReplies.map(\.reply.due) == [t("2026-07-20 23:59:59")])
        #expect(refund.openReplies.first?.reply.owedBy == .me && refund.openReplies.first?.reply.what == "Refund for two months")
        #expect(refund.timeline.contains { $0.kind == .note("called, they will check") && $0.at == t("2026-07-15 15:10") })
        #expect(refund.timeline.allSatisfy { $0.recorded == t("2026-07-17 09:00") })

        let done = CaseState(cases[1])
        #expect(done.status == .resolved && done.closedAt == t("2026-07-16 17:00"))
        #expect(done.replies.first?.outcome == .kept, "cleared when the task was done, before its due")
        #expect(CaseState(cases[2]).status == .abandoned && CaseState(cases[2]).details.organisation == "Example Mobile",
                "deleted: abandoned; no project: the organisation given")
    }

    /// The same export gives the same ids; a later one adds only what is new.
    @Test func aLaterExportAddsOnlyWhatIsNew() throws {
        let first = try Self.mapping.cases(from: Data(Self.export.utf8), source: "a").cases
        let same = try TaskwarriorImport(organisation: "Example Mobile", now: t("2026-07-18 09:00"), zone: tokyo)
            .cases(from: Data(Self.export.utf8), source: "a").cases
        #expect(ImportPlan(existing: first, incoming: same).changesNothing)
        let later = Self.export
            .replacingOccurrences(of: "\"called, they will check\"}]", with: "\"called, they will check\"},{\"entry\":\"20260717T010000Z\",\"description\":\"no answer\"}]")
            .replacingOccurrences(of: "\"project\":\"ExampleMobile\",\"status\":\"pending\"", with: "\"project\":\"ExampleMobile\",\"status\":\"completed\",\"end\":\"20260717T020000Z\"")
        let plan = ImportPlan(existing: first, incoming: try Self.mapping.cases(from: Data(later.utf8), source: "b").cases)
        #expect(plan.newCases.isEmpty && plan.additions.count == 1)
        #expect(plan.additions.first?.events.map(\.kind.storedType) == [.note, .replyCleared, .closed])
    }

    @Test func badTasksAreNamedAndNothingIsMade() {
        func message(_ text: String, org: String? = nil) -> String {
            do {
                _ = try TaskwarriorImport(organisation: org, now: t("2026-07-17 09:00"), zone: tokyo).cases(from: Data(text.utf8), source: "t.json")
                return ""
            } catch { return error.description }
        }
        #expect(message(Self.export).contains("t.json: task 3 (\"Old complaint\") has no project, so no organisation; nothing was imported; give the organisation of such tasks, e.g. --org \"Example Mobile\""))
        #expect(message("[{\"description\": \"x\", \"entry\": \"20260715T060000Z\"}]").contains("task 1: it has no \"uuid\""))
        #expect(message("[{\"uuid\": \"8e2f4eed-89ef-437b-b454-1230e640a0e5\", \"description\": \"x\", \"entry\": \"15 July\"}]", org: "X")
            .contains("\"entry\" is not a Taskwarrior date like 20260720T090000Z"))
        #expect(message("[{\"uuid\": \"8e2f4eed\",\n") .contains("it is not the JSON task export writes: line 2, column 1"))
    }

    /// `task export` before 2.6 wrote one task a line, without the brackets.
    @Test func oneTaskALineIsReadToo() throws {
        let lines = "{\"description\":\"a\",\"entry\":\"20260715T060000Z\",\"status\":\"pending\",\"uuid\":\"8e2f4eed-89ef-437b-b454-1230e640a0e5\"},\n{\"description\":\"b\",\"entry\":\"20260715T060000Z\",\"status\":\"pending\",\"uuid\":\"961d352b-237a-4fce-86ea-eb8aac2cec54\"}\n"
        #expect(try Self.mapping.cases(from: Data(lines.utf8), source: "x").cases.map { CaseState($0).details.title } == ["a", "b"])
    }
}
