import Foundation
import LadderTestSupport
@testable import LadderCore

/// Story 1 of USER-STORIES.md as a Japanese user records it: mail from two handsets
/// bounces; shop, call centre, technical desk, head office, over two weeks in July.
/// The company, the people and the numbers are invented.
enum StoryOneCase {
    /// The moment the brief is asked for: the morning after head office's promised call.
    static let now = t("2026-07-29 10:00")

    static func file() throws -> CaseFile {
        var f = try CaseFile.open(
            number: 1,
            details: CaseDetails(title: "2機種からのメールが「Host unknown」で届かない", organisation: "ハヤブサモバイル",
                                 product: "ハヤブサメール", references: ["HM-20418"]),
            rung: .shop, note: "同じ会社の他の機種からは届く。", at: t("2026-07-15 15:00"), now: t("2026-07-15 15:00"))
        // Wednesday: the nearest shop is closed; another shop, 80 minutes' wait.
        try f.record(.log(Contact(channel: .visit, direction: .outgoing, with: "窓口責任者", held: 80 * 60, took: 150 * 60,
                                  note: "店舗では故障受付ができない。名刺を渡された。")), "2026-07-15 17:30")
        try f.record(.raise(what: "直せるかどうかの連絡", owedBy: .them, who: "窓口責任者", due: t("2026-07-16 12:00")), "2026-07-15 17:30")
        // Thursday: the shop calls back and sends him on.
        try f.record(.log(Contact(channel: .phone, direction: .incoming, with: "店長 吉岡")), "2026-07-16 11:00")
        try f.record(.clear(item: "1", broken: false, note: "インフォメーションセンターへ案内された。"), "2026-07-16 11:00")
        try f.record(.escalate(to: .callCentre, reason: "店舗では故障受付ができない"), "2026-07-16 11:30")
        try f.record(.log(Contact(channel: .phone, direction: .outgoing, with: "端末担当 木下", held: 25 * 60, took: 40 * 60)), "2026-07-16 11:30")
        try f.record(.raise(what: "ネットワーク担当からの折り返し電話", owedBy: .them, who: nil, due: t("2026-07-16 15:00")), "2026-07-16 12:10")
        try f.record(.clear(item: nil, broken: true, note: "電話番号を書き間違えていた。"), "2026-07-16 17:00")
        try f.record(.log(Contact(channel: .phone, direction: .outgoing)), "2026-07-16 17:00")
        try f.record(.log(Contact(channel: .phone, direction: .incoming, with: "ネットワーク担当")), "2026-07-16 18:00")
        // The technical desk by e-mail: no acknowledgement, then an answer.
        try f.record(.escalate(to: .technicalDesk, reason: "技術窓口へメールするよう言われた"), "2026-07-16 18:30")
        try f.record(.log(Contact(channel: .email, direction: .outgoing)), "2026-07-16 18:30")
        try f.record(.log(Contact(channel: .email, direction: .outgoing)), "2026-07-17 10:30")
        try f.record(.log(Contact(channel: .phone, direction: .outgoing, desk: "故障受付", took: 30 * 60)), "2026-07-17 10:30")
        try f.record(.log(Contact(channel: .email, direction: .incoming)), "2026-07-17 15:00")
        for at in ["2026-07-17 19:00", "2026-07-18 10:00", "2026-07-18 16:00"] {
            try f.record(.log(Contact(channel: .phone, direction: .missed, number: "03-0000-9999")), at)
        }
        try f.record(.log(Contact(channel: .phone, direction: .failed, failure: .outOfService)), "2026-07-18 16:30")
        try f.record(.raise(what: "不達の原因の回答", owedBy: .them, who: "技術窓口", due: t("2026-07-24 18:00")), "2026-07-19 11:00")
        // Monday: head office, a paid line that closes at 18:00.
        try f.record(.escalate(to: .executive, reason: "原因の回答が期限を過ぎた"), "2026-07-27 17:25")
        try f.record(.log(Contact(channel: .phone, direction: .outgoing, with: "お客様相談室")), "2026-07-27 17:25")
        try f.record(.raise(what: "対策の連絡", owedBy: .them, who: "お客様相談室", due: t("2026-07-28 18:00")), "2026-07-27 17:40")
        try f.record(.ask("不達の原因と再発防止策を書面でご回答ください。"), "2026-07-28 09:00")
        return f
    }
}
