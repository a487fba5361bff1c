import Foundation
import LadderTestSupport
import Testing
@testable import LadderCore

/// Every kind of event in words, in Japanese: the lines `ladder show`, the front end and
/// the commands' confirmations print. English is held by the existing tests.
@Suite struct TimelineTextTests {
    /// The example of `type` (EventCodingTests) on a case opened by the example opening.
    static func state(with type: Event.StoredType) -> CaseState {
        let opened = Event(at: t("2026-07-15 15:00"), recorded: t("2026-07-15 15:00"), kind: EventCodingTests.example(.opened))
        let event = Event(at: t("2026-07-15 16:00"), recorded: t("2026-07-15 16:00"), kind: EventCodingTests.example(type))
        return CaseState(CaseFile(number: 1, events: type == .opened ? [opened] : [opened, event]))
    }

    static func japanese(_ type: Event.StoredType) -> String {
        switch type {
        case .opened: "技術窓口で開始：迷惑メール判定の誤り（Example Mobile）"
        case .contact: "コールセンターへの電話がつながらず（番号違い）、相手：network team、保留40分、所要20分"
        case .escalated: "技術窓口から本社・相談室へエスカレーション"
        case .replyRaised: "回答待ち #1：call back with the fix（counter manager）、期限 7月16日(木) 17:00"
        case .replyCleared: "回答：結果は不履行"
        case .note: "メモ"
        case .edited: "訂正：件名「Mail bounces」、会社「Kestrel Mobile」、製品名を削除、受付番号［A-1］、タグ［］"
        case .closed: "終了：一部解決"
        case .reopened: "再開"
        case .asked: "依頼事項：a refund of the two months and a written cause"
        // The summary after the colon is the model's own (ApologyTest.summary).
        case .apologyTested: "謝罪の評価："
        case .undone: "記録を取り消し"
        }
    }

    @Test(arguments: Event.StoredType.allCases)
    func everyKindReadsInJapanese(_ type: Event.StoredType) {
        let s = Self.state(with: type)
        let (line, body) = Language.$bound.withValue(.ja) { TimelineText.describe(s.timeline.last!, in: s, zone: tokyo) }
        if type == .apologyTested { #expect(line.hasPrefix(Self.japanese(type))) } else { #expect(line == Self.japanese(type)) }
        // The text the user typed stays as typed.
        let (_, english) = TimelineText.describe(s.timeline.last!, in: s, zone: tokyo)
        #expect(body == english)
    }

    /// A contact in each direction, a reply kept and late, a move back, an undone event.
    @Test func theOtherFormsOfEachLine() throws {
        var f = try openCase(rung: .callCentre, at: "2026-07-15 10:00")
        try f.record(.log(Contact(channel: .phone, direction: .outgoing, with: "田村", desk: "故障受付")), "2026-07-15 10:30")
        try f.record(.log(Contact(channel: .email, direction: .incoming)), "2026-07-15 11:00")
        try f.record(.log(Contact(channel: .phone, direction: .missed, number: "03-0000-1111")), "2026-07-15 12:00")
        try f.record(.log(Contact(channel: .phone, direction: .failed)), "2026-07-15 12:30")
        try f.record(.raise(what: "折り返し電話", owedBy: .them, who: nil, due: t("2026-07-15 17:00")), "2026-07-15 13:00")
        try f.record(.clear(item: "1", broken: false, note: nil), "2026-07-15 16:00")
        try f.record(.raise(what: "ログを送る", owedBy: .me, who: "技術窓口", due: t("2026-07-16 12:00")), "2026-07-15 16:00")
        try f.record(.clear(item: "2", broken: false, note: nil), "2026-07-16 13:00")
        try f.record(.escalate(to: .shop, reason: "店舗で確認するよう言われた"), "2026-07-16 14:00")
        try f.record(.note("書き間違い"), "2026-07-16 15:00")
        try f.record(.undo(event: nil, note: nil), "2026-07-16 15:01")
        let s = CaseState(f)
        let lines = Language.$bound.withValue(.ja) { s.timeline.map { TimelineText.describe($0, in: s, zone: tokyo).line } }
        #expect(Array(lines.dropFirst()) == [
            "コールセンター（故障受付）へ電話、相手：田村",
            "コールセンターからメール",
            "コールセンターからの電話に出られず（折り返し先 03-0000-1111）",
            "コールセンターへの電話がつながらず",
            "回答待ち #1：折り返し電話、期限 7月15日(水) 17:00",
            "#1 折り返し電話：結果は期限内",
            "要対応 #2：ログを送る（技術窓口）、期限 7月16日(木) 12:00",
            "#2 ログを送る：結果は期限遅れ",
            "コールセンターから店舗へ差し戻し",
            "［取消済］メモ",
            "取り消し：メモ：書き間違い",
        ])
        #expect(Language.$bound.withValue(.ja) { s.settledPromisesText } == "先方の約束：期限内1件、期限遅れ0件、不履行0件／自分の約束：期限内0件、期限遅れ1件、不履行0件")
        #expect(s.settledPromisesText == "Their promises: 1 kept, 0 late, 0 broken; mine: 0 kept, 1 late, 0 broken")
        #expect(Language.$bound.withValue(.ja) { TimelineText.glance(s.timeline[10], in: s, zone: tokyo) } == "［取消済］メモ：書き間違い")
    }
}
