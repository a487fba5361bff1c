import Foundation
import LadderTestSupport
import Testing
@testable import LadderCore

/// `ladder brief`: most important first, fitted to a form's limit by dropping detail,
/// never cut inside a word or a character, counted as a web form counts.
@Suite struct BriefTests {
    /// An English case a week along: a visit, a failed call, an escalation, two promises
    /// of theirs (one broken, one overdue), and a request.
    static func englishCase() throws -> CaseFile {
        var f = try CaseFile.open(number: 1, details: CaseDetails(title: "Mail from two handsets bounces", organisation: "Example Mobile",
                                                                  product: "Router X", references: ["C-1234", "T-99"]),
                                  rung: .shop, note: nil, at: t("2026-07-15 10:00"), now: t("2026-07-15 10:00"))
        try f.record(.raise(what: "call back with the fix", owedBy: .them, who: nil, due: t("2026-07-16 17:00")), "2026-07-15 10:00")
        try f.record(.log(Contact(channel: .visit, direction: .outgoing, with: "counter")), "2026-07-15 10:30")
        try f.record(.log(Contact(channel: .phone, direction: .failed)), "2026-07-16 11:00")
        try f.record(.escalate(to: nil, reason: "no call back"), "2026-07-17 09:00")
        try f.record(.log(Contact(channel: .phone, direction: .outgoing)), "2026-07-17 09:10")
        try f.record(.log(Contact(channel: .email, direction: .incoming)), "2026-07-17 12:10")
        try f.record(.raise(what: "send logs back", owedBy: .them, who: nil, due: t("2026-07-18 12:00")), "2026-07-17 12:10")
        try f.record(.clear(item: "1", broken: true, note: nil), "2026-07-17 12:20")
        try f.record(.ask("a refund of the two months and a written cause"), "2026-07-18 09:00")
        return f
    }

    static func japaneseCase() throws -> CaseFile {
        var f = try CaseFile.open(number: 2, details: CaseDetails(title: "回線が夜だけ切れる", organisation: "光ネット", references: ["顧客番号12345"]),
                                  rung: .callCentre, note: nil, at: t("2026-07-10 10:00"), now: t("2026-07-10 10:00"))
        try f.record(.raise(what: "折り返し電話", owedBy: .them, who: nil, due: t("2026-07-11 12:00")), "2026-07-10 10:00")
        try f.record(.log(Contact(channel: .phone, direction: .outgoing, with: "受付")), "2026-07-10 11:00")
        try f.record(.ask("工事日の確定と二か月分の返金、そして原因についての書面での説明をお願いします"), "2026-07-12 09:00")
        return f
    }

    let now = t("2026-07-20 15:00")

    @Test func theWholeBriefSaysItAllMostImportantFirst() throws {
        let brief = Brief.make(CaseState(try Self.englishCase()), now: now, zone: tokyo)
        #expect(brief == """
            Mail from two handsets bounces (Example Mobile, Router X)
            Since 2026-07-15 (5d 5h ago); now with call centre since 07-17.
            Refs: C-1234, T-99
            Tried:
            - shop 07-15 to 07-17: 1 contact (visit), 1 failed attempt
            - call centre 07-17 on: 2 contacts (email, phone)
            Their promises:
            - "call back with the fix" by 07-16: broken
            - "send logs back" by 07-18: 2d 3h overdue
            I ask: a refund of the two months and a written cause
            """)
        let japanese = Brief.make(CaseState(try Self.japaneseCase()), now: now, zone: tokyo)
        #expect(japanese.hasPrefix("回線が夜だけ切れる (光ネット)\nSince 2026-07-10 (1w 3d ago); now with call centre since 07-10."))
        #expect(japanese.contains("- \"折り返し電話\" by 07-11: 1w 2d overdue"))
        #expect(japanese.hasSuffix("I ask: 工事日の確定と二か月分の返金、そして原因についての書面での説明をお願いします"))
    }

    @Test func everyLimitIsKeptAndTheTitleReferencesAndRequestAlwaysStayWhole() throws {
        for file in [try Self.englishCase(), try Self.japaneseCase()] {
            let state = CaseState(file)
            let full = Brief.make(state, now: now, zone: tokyo)
            let lines = full.split(separator: "\n").map(String.init)
            let essentials = lines.filter { $0 == lines[0] || $0.hasPrefix("Refs: ") || $0.hasPrefix("I ask: ") }
            let least = Brief.formLength(essentials.joined(separator: "\n"))
            var previous = 0
            for limit in 20...(Brief.formLength(full) + 5) {
                guard let brief = try? Brief.fitting(state, now: now, zone: tokyo, limit: limit) else {
                    #expect(limit < least + 2 * 2, "refused at \(limit) though the essentials take \(least)")
                    continue
                }
                #expect(Brief.formLength(brief) <= limit, "limit \(limit): \(brief)")
                #expect(Brief.formLength(brief) >= previous - 120, "no big drop for one more character at \(limit)")
                previous = Brief.formLength(brief)
                for line in essentials { #expect(brief.contains(line), "\(line) is kept whole at \(limit)") }
                #expect(brief.hasPrefix(lines[0]) && !brief.contains("…"))
            }
            #expect(try Brief.fitting(state, now: now, zone: tokyo, limit: Brief.formLength(full)) == full)
        }
    }

    /// Story 1: a web form with a 400-character limit. The request is the last thing to
    /// go, and it never goes: detail of old contacts first, then promises, then history.
    @Test func detailGoesInOrderAndTheRequestLast() throws {
        let state = CaseState(try Self.englishCase())
        let full = Brief.make(state, now: now, zone: tokyo)
        let noContacts = try Brief.fitting(state, now: now, zone: tokyo, limit: Brief.formLength(full) - 1)
        #expect(noContacts.contains("Their promises:\n- \"call back with the fix\""), "promises kept while contacts shrink")
        #expect(!noContacts.contains("(visit)"))
        let tight = try Brief.fitting(state, now: now, zone: tokyo, limit: 150)
        #expect(tight.hasSuffix("I ask: a refund of the two months and a written cause"))
        #expect(!tight.contains("Tried") && tight.contains("Refs: C-1234, T-99"))
        #expect(throws: LadderError.self) { try Brief.fitting(state, now: now, zone: tokyo, limit: 60) }
    }

    @Test func theHeadingSaysWhatIsUnderIt() throws {
        var f = try Self.englishCase()
        try f.record(.raise(what: "root cause", owedBy: .them, who: nil, due: t("2026-08-02 10:00")), "2026-07-19 10:00")
        try f.record(.clear(item: "2", broken: false, note: nil), "2026-07-19 11:00")
        let brief = Brief.make(CaseState(f), now: now, zone: tokyo)
        #expect(brief.contains("""
            Their promises:
            - "call back with the fix" by 07-16: broken
            - "send logs back" by 07-18: came late (07-19)
            - "root cause" by 08-02: not yet due
            """))
        #expect(!brief.contains("Promised and broken"))
    }

    /// A mail from the technical desk after the case went to the executive counts for the
    /// technical desk; their missed calls are not my failed attempts.
    @Test func contactsCountOnTheirOwnRungAndMissedCallsApart() throws {
        var f = try openCase(rung: .technicalDesk, at: "2026-07-16 10:00")
        try f.record(.log(Contact(channel: .phone, direction: .failed, failure: .outOfService)), "2026-07-17 10:00")
        for at in ["2026-07-17 19:00", "2026-07-18 10:00"] { try f.record(.log(Contact(channel: .phone, direction: .missed)), at) }
        try f.record(.escalate(to: .executive, reason: "no answer"), "2026-07-27 17:25")
        try f.record(.log(Contact(channel: .phone, direction: .outgoing)), "2026-07-27 17:25")
        try f.record(.log(Contact(channel: .email, direction: .incoming, rung: .technicalDesk, desk: "技術メール窓口")), "2026-07-29 10:00")
        let brief = Brief.make(CaseState(f), now: t("2026-07-29 12:00"), zone: tokyo)
        #expect(brief.contains("""
            Tried:
            - technical desk 07-16 to 07-27: 1 contact (email), 1 failed attempt, 2 missed calls
            - executive 07-27 on: 1 contact (phone)
            """), "\(brief)")
    }

    /// Detail dropped for room is given back when a later step frees enough: a larger
    /// limit never gives a shorter brief, and the brief at a limit is never shorter than
    /// any whole section that would still have fitted.
    @Test func aLargerLimitNeverGivesLess() throws {
        for file in [try Self.englishCase(), try Self.japaneseCase(), try Self.manyPromises()] {
            let state = CaseState(file)
            var previous = 0
            for limit in 20...(Brief.formLength(Brief.make(state, now: now, zone: tokyo)) + 5) {
                guard let brief = try? Brief.fitting(state, now: now, zone: tokyo, limit: limit) else { continue }
                #expect(Brief.formLength(brief) >= previous, "limit \(limit) gives less than \(limit - 1)")
                previous = Brief.formLength(brief)
                // No section could have kept one more level of detail and still fitted.
                let parts = Brief.fit(Brief.Parts(state, now: now, zone: tokyo), limit: limit)
                for part in [\Brief.Parts.since, \.promises, \.tried] where parts[keyPath: part] > 0 {
                    var more = parts
                    more[keyPath: part] -= 1
                    #expect(Brief.formLength(more.text) > limit, "limit \(limit): \(part) could have kept more")
                }
            }
        }
    }

    /// Story 2: a year of promises broken.
    static func manyPromises() throws -> CaseFile {
        var f = try openCase("Site flagged as malware again", org: "Shield Soft", rung: .callCentre, at: "2025-01-10 10:00")
        for (i, day) in ["2025-02-01", "2025-04-01", "2025-08-01"].enumerated() {
            try f.record(.raise(what: "whitelist the site, attempt \(i + 1)", owedBy: .them, who: nil, due: t(day + " 17:00")), day + " 09:00")
            try f.record(.clear(item: String(i + 1), broken: true, note: nil), day + " 18:00")
            try f.record(.log(Contact(channel: .email, direction: .outgoing, note: "flagged again")), day + " 18:00")
        }
        try f.record(.ask("a root cause and a public correction"), "2025-09-01 10:00")
        return f
    }

    @Test func aFormCountsUTF16AndLineBreaksAsTwo() {
        #expect(Brief.formLength("abc") == 3)
        #expect(Brief.formLength("回線") == 2)
        #expect(Brief.formLength("😀") == 2)
        #expect(Brief.formLength("𠮷") == 2)
        #expect(Brief.formLength("a\nb") == 4)
    }
}
