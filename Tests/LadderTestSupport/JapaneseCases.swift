import Foundation
import LadderCore

/// A small store of invented Japanese cases for screens in Japanese: every word the user
/// typed is Japanese (numbers as digits), so any ASCII word on screen came from ladder.
/// One overdue, one due soon, one where I owe a reply after a failed call, one closed.
public enum JapaneseCases {
    public static func files(now: Date) throws(LadderError) -> [CaseFile] {
        let h = Seconds.hour, d = Seconds.day, m = Seconds.minute
        func ago(_ s: TimeInterval) -> Date { now.addingTimeInterval(-s) }

        var line = try CaseFile.open(
            number: 1,
            details: CaseDetails(title: "光回線が毎晩21時に切れる", organisation: "ひかりネット",
                                 product: "ひかり光 マンションプラン", references: ["2231-0042"], tags: ["回線", "夜間"]),
            rung: .callCentre, note: "ルーターは交換済み。隣の部屋も同じ症状。", at: ago(6 * d), now: now)
        try line.record(.log(Contact(channel: .phone, direction: .outgoing, with: "田中", held: 40 * m, took: 15 * m,
                                     note: "技術部門に回すと言われた。")), at: ago(6 * d - h), now: now)
        try line.record(.escalate(to: .technicalDesk, reason: "コールセンターでは原因が分からない"), at: ago(5 * d), now: now)
        try line.record(.raise(what: "原因の調査結果を電話で連絡", owedBy: .them, who: "故障受付", due: ago(20 * h)), at: ago(4 * d), now: now)
        try line.record(.ask("原因の書面での説明と、2か月分の料金の返金"), at: ago(3 * d), now: now)

        var mail = try CaseFile.open(
            number: 2,
            details: CaseDetails(title: "存在しない顧客番号がメールで届いた", organisation: "シールドソフト",
                                 references: ["7701-93"], tags: ["請求"]),
            rung: .callCentre, note: "更新案内のメールに、ありえない顧客番号が書かれていた。", at: ago(2 * d), now: now)
        try mail.record(.log(Contact(channel: .phone, direction: .incoming, with: "サポート窓口", took: 15 * m,
                                     note: "誤りを認め、正しい内容で再送すると約束。")), at: ago(3 * h), now: now)
        try mail.record(.raise(what: "正しい顧客番号でメールを再送", owedBy: .them, who: "サポート窓口", due: now.addingTimeInterval(40 * m)),
                        at: ago(3 * h), now: now)

        var bill = try CaseFile.open(
            number: 3,
            details: CaseDetails(title: "電気料金が二重に引き落とされた", organisation: "みなと電力", tags: ["請求"]),
            rung: .shop, note: "10月分が2回引き落とされている。", at: ago(9 * d), now: now)
        try bill.record(.log(Contact(channel: .phone, direction: .failed, failure: .noAnswer, note: "営業所に電話したが出ない。")),
                        at: ago(2 * d), now: now)
        try bill.record(.raise(what: "通帳の写しを送る", owedBy: .me, who: "営業所", due: now.addingTimeInterval(5 * h)), at: ago(1 * d), now: now)

        var router = try CaseFile.open(
            number: 4,
            details: CaseDetails(title: "届いたルーターが壊れていた", organisation: "ひかりネット"),
            rung: .shop, note: nil, at: ago(20 * d), now: now)
        try router.record(.closeJudged(.resolved, note: "新品と交換された。",
                                       test: ApologyTest(acknowledgedEvent: true, explainedCause: false, acknowledgedTrouble: true), due: nil),
                          at: ago(15 * d), now: now)

        return [line, mail, bill, router]
    }
}
