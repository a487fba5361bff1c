import Foundation

/// The demo for a Japanese user: the same five situations as the English set (overdue,
/// due soon, I owe a reply, gone quiet, closed), told as Japanese consumers write them
/// down. Every company, person and number is invented.
extension SampleCases {
    static func japaneseFiles(now: Date) throws(LadderError) -> [CaseFile] {
        let h = Seconds.hour, d = Seconds.day, m = Seconds.minute
        func ago(_ s: TimeInterval) -> Date { now.addingTimeInterval(-s) }
        var out: [CaseFile] = []

        var mail = try CaseFile.open(
            number: 1,
            details: CaseDetails(title: "2機種からのメールが「Host unknown」で届かない", organisation: "ハヤブサモバイル",
                                 product: "ハヤブサメール", references: ["HM-20418"], tags: ["メール", "端末"]),
            rung: .shop, note: "同じ会社の他の機種からは問題なく届く。", at: ago(6 * d), now: now)
        try mail.record(.log(Contact(channel: .visit, direction: .outgoing, with: "窓口責任者", held: 80 * m, took: 35 * m,
                                     note: "店舗では故障受付ができないとのこと。名刺を渡された。")), at: ago(6 * d - 2 * h), now: now)
        try mail.record(.raise(what: "直せるかどうかの連絡", owedBy: .them, who: "窓口責任者", due: ago(5 * d - 3 * h)), at: ago(6 * d - 2 * h), now: now)
        try mail.record(.clear(item: "1", broken: false, note: "インフォメーションセンターへ案内された。"), at: ago(5 * d - 5 * h), now: now)
        try mail.record(.escalate(to: .callCentre, reason: "店舗では故障受付ができない"), at: ago(5 * d - 5 * h), now: now)
        try mail.record(.log(Contact(channel: .phone, direction: .outgoing, with: "端末担当 木下", held: 25 * m, took: 20 * m,
                                     note: "「ネットワーク担当から折り返します」")), at: ago(5 * d - 6 * h), now: now)
        try mail.record(.raise(what: "ネットワーク担当からの折り返し電話", owedBy: .them, who: nil, due: ago(5 * d - 9 * h)), at: ago(5 * d - 6 * h), now: now)
        try mail.record(.clear(item: nil, broken: true, note: "電話番号を書き間違えていた。"), at: ago(5 * d - 11 * h), now: now)
        try mail.record(.escalate(to: .technicalDesk, reason: "技術窓口へメールするよう言われた"), at: ago(5 * d - 12 * h), now: now)
        try mail.record(.log(Contact(channel: .email, direction: .outgoing, with: "技術窓口",
                                     note: "不達メール2通のヘッダーとサーバーのログを送付。")), at: ago(5 * d - 12 * h), now: now)
        try mail.record(.log(Contact(channel: .phone, direction: .failed, failure: .outOfService,
                                     note: "留守電で指定された番号が使われていない。")), at: ago(3 * d), now: now)
        try mail.record(.raise(what: "不達の原因の回答", owedBy: .them, who: "技術窓口", due: ago(20 * h)), at: ago(2 * d), now: now)
        try mail.record(.ask("不達の原因と対策を、書面でご回答ください。"), at: ago(2 * d), now: now)
        out.append(mail)

        var av = try CaseFile.open(
            number: 2,
            details: CaseDetails(title: "存在しない顧客番号がメールで届いた", organisation: "シールドソフト",
                                 product: "セキュリティ対策 年間版", references: ["SS-77-0193"], tags: ["請求"]),
            rung: .callCentre, note: "更新案内のメールに、ありえない顧客番号が書かれていた。", at: ago(2 * d), now: now)
        try av.record(.log(Contact(channel: .phone, direction: .incoming, with: "サポート窓口 担当者", took: 15 * m,
                                   note: "一方的な誤りと認め、正しい内容でメールを再送すると約束。")), at: ago(3 * h), now: now)
        try av.record(.raise(what: "正しい顧客番号でメールを再送", owedBy: .them, who: "サポート窓口", due: now.addingTimeInterval(40 * m)),
                      at: ago(3 * h), now: now)
        out.append(av)

        var fibre = try CaseFile.open(
            number: 3,
            details: CaseDetails(title: "光回線が毎晩21時に切れる", organisation: "北風ネット",
                                 references: ["お客様番号 KN-5521", "故障受付 88310"], tags: ["回線"]),
            rung: .technicalDesk, note: nil, at: ago(12 * d), now: now)
        try fibre.record(.log(Contact(channel: .chat, direction: .outgoing, with: "チャット担当", took: 25 * m,
                                      note: "ルーターの再起動を指示された。すでに2回試している。")), at: ago(12 * d - h), now: now)
        try fibre.record(.escalate(to: .executive, reason: "工事担当が3回来たが変わらない"), at: ago(4 * d), now: now)
        try fibre.record(.log(Contact(channel: .letter, direction: .outgoing, with: "お客様相談室",
                                      note: "過去30日分の切断記録を添えて手紙を送付。")), at: ago(4 * d), now: now)
        try fibre.record(.log(Contact(channel: .phone, direction: .incoming, with: "お客様相談室 森", took: 10 * m,
                                      note: "こちらの記録ではなく、ルーター本体のログがほしいとのこと。")), at: ago(1 * d), now: now)
        try fibre.record(.raise(what: "ルーターのイベントログを送る", owedBy: .me, who: "お客様相談室", due: now.addingTimeInterval(26 * h)),
                         at: ago(1 * d), now: now)
        out.append(fibre)

        var bill = try CaseFile.open(
            number: 4,
            details: CaseDetails(title: "電気料金が二重に引き落とされた", organisation: "みなと電力", tags: ["請求"]),
            rung: .shop, note: "10月分が2回引き落とされている。", at: ago(9 * d), now: now)
        try bill.record(.log(Contact(channel: .visit, direction: .outgoing, with: "営業所 窓口", held: 30 * m, took: 10 * m,
                                     note: "調べて連絡すると言われたが、期限は決めてくれなかった。")), at: ago(8 * d), now: now)
        out.append(bill)

        var router = try CaseFile.open(
            number: 5,
            details: CaseDetails(title: "交換用のルーターが壊れた状態で届いた", organisation: "北風ネット", tags: ["機器"]),
            rung: .callCentre, note: nil, at: ago(30 * d), now: now)
        try router.record(.raise(what: "壊れたルーターの回収", owedBy: .them, who: nil, due: ago(27 * d)), at: ago(30 * d), now: now)
        try router.record(.clear(item: nil, broken: false, note: "1日遅れで回収に来た。"), at: ago(26 * d), now: now)
        try router.record(.close(.resolved, note: "正常なルーターが届いた。"), at: ago(25 * d), now: now)
        out.append(router)
        return out
    }

    /// The Japanese set's organisations, with contact points and hours as Japanese
    /// companies list them: toll-free 0120, paid navi-dial 0570, a shop closed one day a week.
    static func japaneseConfig(zone: TimeZone) -> Config {
        let office = hours([("mon-fri", "09:00-18:00")])
        return Config(climbAfter: ReplyWindow(12, .hours), organisations: [
            Organisation(name: "ハヤブサモバイル", aliases: ["ハヤブサ"],
                         hours: hours([("daily", "10:00-19:00"), ("wed", "closed")]),
                         windows: [.technicalDesk: ReplyWindow(2, .days, business: true)],
                         contactPoints: [
                            ContactPoint(name: "みなと通り店", rung: .shop, phone: "03-0000-0101", cost: .paid,
                                         notes: "水曜定休。駅前店は水曜も営業。"),
                            ContactPoint(name: "インフォメーションセンター", rung: .callCentre, phone: "0120-000-111",
                                         hours: hours([("daily", "09:00-20:00")]), cost: .tollFree),
                            ContactPoint(name: "技術メール窓口", rung: .technicalDesk, email: "tech-desk@hayabusa.example",
                                         hours: hours([("daily", "24h")]), notes: "ログと、試した時刻を分単位で送る。"),
                            ContactPoint(name: "本社 お客様相談室", rung: .executive, phone: "0570-000-222",
                                         hours: office, cost: .paid),
                         ]),
            Organisation(name: "シールドソフト", hours: hours([("mon-fri", "10:00-18:00")]), contactPoints: [
                ContactPoint(name: "サポート窓口", rung: .callCentre, phone: "0120-000-333", cost: .tollFree),
                ContactPoint(name: "お客様相談室", rung: .executive, email: "soudan@shieldsoft.example"),
            ]),
            Organisation(name: "北風ネット", hours: office, contactPoints: [
                ContactPoint(name: "お客様相談室", rung: .executive, phone: "0570-000-555", cost: .paid),
            ]),
            Organisation(name: "みなと電力", hours: hours([("mon-fri", "09:00-17:00")]), contactPoints: [
                ContactPoint(name: "みなと営業所 窓口", rung: .shop),
                ContactPoint(name: "料金センター", rung: .callCentre, phone: "0120-000-444", cost: .tollFree),
            ]),
        ], userZone: zone)
    }
}
