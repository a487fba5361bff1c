import Foundation
import LadderTestSupport
import Testing
@testable import LadderCore

/// The overdue report's grouping and order: organisation texts that differ only in
/// case meet under the name the first case used, the groups come in name order, and
/// each group lists the latest first.
@Suite struct OverdueReportTests {
    private func overdueCase(_ number: Int, org: String, due: String) throws -> CaseFile {
        var f = try openCase("case \(number)", org: org, at: "2026-07-01 10:00", number: number)
        try f.record(.raise(what: "reply \(number)", owedBy: .them, who: nil, due: t(due)), "2026-07-01 10:00")
        return f
    }

    @Test func groupsMeetWithoutCaseAndListTheLatestFirst() throws {
        let files = [
            try overdueCase(1, org: "acme bank", due: "2026-07-10 10:00"),
            try overdueCase(2, org: "Zeta 通信", due: "2026-07-12 10:00"),
            try overdueCase(3, org: "Acme Bank", due: "2026-07-05 10:00"),
            try overdueCase(4, org: "ACME BANK", due: "2026-07-08 10:00"),
            try overdueCase(5, org: "Acme Bank", due: "2026-07-30 10:00"),  // not due yet
        ]
        let config = Config(userZone: tokyo)
        let report = OverdueReport(ReportInput(files: files, config: config, asOf: t("2026-07-15 15:00")))
        #expect(report.groups.map(\.organisation) == ["acme bank", "Zeta 通信"])
        #expect(report.groups[0].items.map(\.number) == [3, 4, 1])
        #expect(report.count == 4)
        // The same in any order of input, and narrowed by the organisation filter.
        let shuffled = OverdueReport(ReportInput(files: files.reversed(), config: config, asOf: t("2026-07-15 15:00")))
        #expect(shuffled.groups.map { $0.items.map(\.number) } == [[3, 4, 1], [2]])
        #expect(shuffled.groups.map(\.organisation) == ["Acme Bank", "Zeta 通信"], "named as the first case read names it")
        let acme = OverdueReport(ReportInput(files: files, config: config, asOf: t("2026-07-15 15:00"), organisation: "ACME"))
        #expect(acme.groups.map(\.organisation) == ["acme bank"] && acme.count == 3)
    }

    /// Thousands of cases are read in parts at once: each case gets the rules of its
    /// text and the name of its group as one pass over them in order gives, with the
    /// first kept case of a group naming it even when it stands in a later part, with
    /// and without a filter, and in any order of input.
    @Test func organisationsAreNamedAsOnePassInOrderNamesThem() throws {
        var config = Config(userZone: tokyo)
        config.organisations = [Organisation(name: "Kestrel Mobile", aliases: ["ケストレル", "KM"])]
        let texts = ["acme bank", "Acme Bank", "ACME BANK", "Zeta 通信", "zeta 通信", "ケストレル", "kestrel mobile", "KM", "Kestrel mobile"]
        var dice = Dice(state: 11)
        var files: [CaseFile] = []
        for n in 1...3_000 {
            // Each text first seen late in the list for some of them.
            let text = n < 1_500 ? texts[dice.next(3) + 3 * dice.next(2)] : dice.pick(texts)
            files.append(try openCase("case \(n)", org: text, at: "2026-07-01 10:00", number: n))
        }
        var shuffled = files
        for i in shuffled.indices.reversed() { shuffled.swapAt(i, dice.next(i + 1)) }
        for input in [files, files.reversed(), shuffled] {
            for filter in [nil, "acme", "mobile", "KM", "nothing"] {
                let made = ReportInput(files: input, config: config, asOf: t("2026-07-15 15:00"), organisation: filter)
                // One pass, in the order given, as the rule says.
                var groupName: [String: String] = [:]
                var expected: [(Int, String)] = []
                for f in input {
                    let s = CaseState(f)
                    let rules = OrganisationRules(s.details.organisation, config: config)
                    if let filter {
                        let names = [rules.name, s.details.organisation] + (rules.organisation?.aliases ?? [])
                        guard names.contains(where: { $0.localizedCaseInsensitiveContains(filter) }) else { continue }
                    }
                    let name = groupName[rules.groupKey] ?? rules.name
                    groupName[rules.groupKey] = name
                    expected.append((s.number, name))
                }
                expected.sort { $0.0 < $1.0 }
                #expect(made.cases.map(\.state.number) == expected.map(\.0), "\(filter ?? "no filter")")
                #expect(made.cases.map(\.organisationName) == expected.map(\.1), "\(filter ?? "no filter")")
            }
        }
    }

    /// Replies equally late come by case number, then by reply, in any order of input.
    @Test func equallyLateRepliesComeByNumberThenReply() throws {
        var files: [CaseFile] = []
        for n in [7, 2, 9] {
            var f = try openCase("case \(n)", org: "Acme", at: "2026-07-01 10:00", number: n)
            try f.record(.raise(what: "first", owedBy: .them, who: nil, due: t("2026-07-10 10:00")), "2026-07-01 10:00")
            try f.record(.raise(what: "second", owedBy: .them, who: nil, due: t("2026-07-10 10:00")), "2026-07-01 11:00")
            if n == 9 { try f.record(.raise(what: "later", owedBy: .them, who: nil, due: t("2026-07-12 10:00")), "2026-07-01 12:00") }
            files.append(f)
        }
        let config = Config(userZone: tokyo)
        for input in [files, files.reversed()] {
            let items = OverdueReport(ReportInput(files: input, config: config, asOf: t("2026-07-15 15:00"))).groups[0].items
            #expect(items.map { "\($0.number).\($0.reply.item)" } == ["2.1", "2.2", "7.1", "7.2", "9.1", "9.2", "9.3"])
        }
    }

    /// Cases of one configured organisation share its rules, whatever text names it.
    @Test func aConfiguredOrganisationNamesItsGroup() throws {
        var config = Config(userZone: tokyo)
        config.organisations = [Organisation(name: "Kestrel Mobile", aliases: ["ケストレル"])]
        let files = [try overdueCase(1, org: "ケストレル", due: "2026-07-10 10:00"),
                     try overdueCase(2, org: "kestrel mobile", due: "2026-07-11 10:00")]
        let report = OverdueReport(ReportInput(files: files, config: config, asOf: t("2026-07-15 15:00")))
        #expect(report.groups.map(\.organisation) == ["Kestrel Mobile"])
        #expect(report.groups[0].items.map(\.number) == [1, 2])
    }

    /// Organisation texts are looked up by their bytes (cheaply, for thousands of cases),
    /// yet texts that are the same to a reader but spelt in different Unicode (a
    /// composed é and e with a combining accent) still meet in one group.
    @Test func theSameNameInOtherUnicodeMeetsInOneGroup() throws {
        let composed = "Caf\u{E9} Télécom", decomposed = "Cafe\u{301} Te\u{301}le\u{301}com"
        #expect(composed == decomposed && Array(composed.utf8) != Array(decomposed.utf8))
        #expect(UTF8Key(composed) != UTF8Key(decomposed) && UTF8Key(composed) == UTF8Key(String(decoding: Array(composed.utf8), as: UTF8.self)))
        let files = [try overdueCase(1, org: composed, due: "2026-07-10 10:00"),
                     try overdueCase(2, org: decomposed, due: "2026-07-11 10:00"),
                     try overdueCase(3, org: "CAFÉ TÉLÉCOM", due: "2026-07-12 10:00")]
        let report = OverdueReport(ReportInput(files: files, config: Config(userZone: tokyo), asOf: t("2026-07-15 15:00")))
        #expect(report.groups.count == 1 && report.groups[0].items.map(\.number) == [1, 2, 3])
        #expect(Array(report.groups[0].organisation.utf8) == Array(composed.utf8), "named as the first case names it")
    }
}
