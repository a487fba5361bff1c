import Foundation
import LadderTestSupport
import Testing
@testable import LadderCore

/// What the core says to a Japanese user: refusals with their hints, the apology test,
/// the due words, a recurrence. The English of each stays as it was (the other tests).
@Suite struct JapaneseMessagesTests {
    func inJapanese<T>(_ body: () throws -> T) rethrows -> T {
        try Language.$bound.withValue(.ja) { try body() }
    }

    func error(_ body: () throws -> Void) -> LadderError? {
        do { try body() } catch { return error as? LadderError }
        return nil
    }

    @Test func aClosedCaseRefusesWithAHintThatStillNamesTheCommand() throws {
        var file = try openCase()
        try file.record(.close(.partlyResolved, note: nil), "2026-07-16 10:00")
        let e = try #require(inJapanese { error { try file.record(.escalate(to: nil, reason: "返事がない"), at: t("2026-07-16 11:00"), now: t("2026-07-16 11:00")) } })
        #expect(e.message == "案件1はクローズ済み（一部解決）のため、エスカレーションできません。")
        #expect(e.hint == "先に再開してください：ladder reopen 1 --reason \"...\"")
        #expect(e.kind == LadderError.Kind.data && e.field == LadderError.Field.caseNumber)
        #expect(inJapanese { e.description } == "案件1はクローズ済み（一部解決）のため、エスカレーションできません。先に再開してください：ladder reopen 1 --reason \"...\"")
        // The same refusal in English, as before.
        let english = try #require(error { try file.record(.escalate(to: nil, reason: "no reply"), at: t("2026-07-16 11:00"), now: t("2026-07-16 11:00")) })
        #expect(english.message == "case 1 is partly-resolved; cannot escalate it")
    }

    @Test func emptyAndMisplacedInputSaysHowToWriteIt() throws {
        let empty = try #require(inJapanese { error { _ = try CaseFile.open(number: 1, details: CaseDetails(title: " ", organisation: "ケストレル通信"), rung: .shop, note: nil, at: t("2026-07-15 15:00"), now: t("2026-07-15 15:00")) } })
        #expect(empty.message == "件名が空です。" && empty.hint == "例：\"2台の端末からのメールが届かない\"")
        var file = try openCase()
        let future = try #require(inJapanese { error { try file.record(.note("メモ"), at: t("2026-07-16 10:00"), now: t("2026-07-15 16:00")) } })
        #expect(future.message == inJapanese { "\(TimeText.stamp(t("2026-07-16 10:00")))は未来の時刻です。出来事は起きたあとに記録してください。" })
        #expect(future.hint == "過去の時刻を書いてください。例：--at -30m、--at \"昨日 15:00\"")
        try file.record(.raise(what: "折り返しの電話", owedBy: .them, who: nil, due: t("2026-07-16 17:00")), "2026-07-15 15:00")
        try file.record(.raise(what: "ログ", owedBy: .me, who: nil, due: t("2026-07-16 17:00")), "2026-07-15 15:00")
        let which = try #require(inJapanese { error { try file.record(.clear(item: nil, broken: false, note: nil), "2026-07-15 16:00") } })
        #expect(which.message == "案件1には未完了の返事待ちが2件あります：1（折り返しの電話）、2（ログ）")
        #expect(which.hint == "どれか一つを指定してください。例：ladder clear 1 1")
        let top = try openCase(rung: .regulator)
        let topError = try #require(inJapanese { error { _ = try CaseState(top).events(for: .escalate(to: nil, reason: "x"), at: t("2026-07-15 16:00"), clocks: .standard()) } })
        #expect(topError.message == "案件1はすでに最上段（行政・相談機関）にあります。")
        #expect(topError.hint == "戻す先の段階を指定してください。例：--to executive")
    }

    @Test func boundsAndHoursInJapanese() {
        let long = inJapanese { error { try Bounds.check(length: 90_000, .held) } }
        #expect(long?.message == "1日1時間は1日を超えています（最長24時間）。")
        let hours = inJapanese { error { _ = try OpeningHours.parseSpans("18:00-09:00") } }
        #expect(hours?.message == "「18:00-09:00」は始まる前に終わっています。深夜0時をまたぐときは2日に分けて書いてください。")
    }

    @Test func dueWordsApologyAndRecurrence() throws {
        var file = try openCase()
        try file.record(.raise(what: "返金", owedBy: .them, who: nil, due: t("2026-07-16 17:00")), "2026-07-15 15:00")
        let reply = try #require(CaseState(file).openReplies.first)
        #expect(inJapanese { reply.dueText(at: t("2026-07-16 14:00")) } == "あと3時間")
        #expect(inJapanese { reply.dueText(at: t("2026-07-18 17:00")) } == "2日遅れ")
        let test = ApologyTest(acknowledgedEvent: true, explainedCause: false, acknowledgedTrouble: true, promise: "8月1日までに返金")
        #expect(inJapanese { test.summary } == "4項目中3項目：事実を認めた、原因の説明なし、こちらの迷惑を認めた、約束：8月1日までに返金")
        try file.record(.close(.partlyResolved, note: nil), "2026-07-16 10:00")
        try file.record(.reopen(reason: "また届かない"), "2026-07-20 09:00")
        #expect(inJapanese { CaseState(file).recurrenceLines(zone: tokyo) }
            == ["2026-07-16に「一部解決」でクローズし、2026-07-20に再開しました（理由：また届かない）。"])
        #expect(inJapanese { ReplyOutcome.late.name } == "期限遅れ")
    }

    /// ladder's own notes on a cleared reply are stored in English and shown translated.
    @Test func systemNotesAreShownInJapanese() throws {
        var file = try openCase(rung: .technicalDesk)
        try file.record(.raise(what: "回答", owedBy: .them, who: nil, due: t("2026-07-16 11:00")), "2026-07-15 15:00")
        try file.record(.escalate(to: .executive, reason: "回答がない", leftOpen: .carry), "2026-07-17 10:00")
        let stored = try #require(CaseState(file).replies.first?.clearNote)
        #expect(stored == "carried to executive")
        #expect(inJapanese { SystemNote.shown(stored) } == "本社・相談室へ引き継いだ")
        #expect(SystemNote.shown(stored) == stored)
        #expect(inJapanese { SystemNote.shown("overdue when the case was closed") } == "案件のクローズ時に期限切れだった")
        #expect(inJapanese { SystemNote.shown("電話で確認済み") } == "電話で確認済み")
    }

    @Test func climbAdviceInJapanese() throws {
        var file = try openCase(rung: .technicalDesk, at: "2026-07-16 10:00")
        try file.record(.raise(what: "回答", owedBy: .them, who: nil, due: t("2026-07-16 11:00")), "2026-07-16 10:00")
        let now = t("2026-07-20 09:00")
        let advice = try #require(CaseState(file).climbAdvice(at: now, clocks: .standard(), organisation: nil))
        #expect(inJapanese { advice.why(at: now) } == "返事1が3日22時間遅れています")
        #expect(inJapanese { advice.step } == "本社・相談室へエスカレーションしてください")
        let step = ReportCase(CaseState(file), config: Config(userZone: tokyo)).climbStep(at: now, config: Config(userZone: tokyo))
        #expect(inJapanese { step?.text } == "本社・相談室へエスカレーションしてください（返事1が3日22時間遅れています）")
        #expect(inJapanese { step?.headline } == step.map { s in inJapanese { s.text } })
        try file.record(.escalate(to: .executive, reason: "回答がない"), "2026-07-20 10:00")
        let state = CaseState(file)
        let left = try #require(state.openReplies.first)
        #expect(inJapanese { state.leftBehindNote(left) } == "技術窓口が未対応")
        let chase = ReportCase(state, config: Config(userZone: tokyo)).nextStep(for: left, at: t("2026-07-20 11:00"), config: Config(userZone: tokyo))
        #expect(inJapanese { chase.text } == "技術窓口に催促してください（この段階の返事がまだです。案件は現在本社・相談室にあります）")
        #expect(inJapanese { ReplyWindow(2, .days, business: true).text } == "2営業日")
        #expect(ReplyWindow(2, .days, business: true).text == "2 business days")
    }
}
