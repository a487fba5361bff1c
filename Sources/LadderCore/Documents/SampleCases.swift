import Foundation

/// A few invented cases for `ladder demo`, placed relative to "now" so their clocks and
/// countdowns look alive: one overdue, one due soon, one where I owe a reply, one gone
/// quiet, one closed. Every company and person is made up. A Japanese user gets a set of
/// Japanese cases (SampleCases+Japanese.swift); the English set mixes in two Japanese ones.
public enum SampleCases {
    public static func files(now: Date) throws(LadderError) -> [CaseFile] {
        if Language.current == .ja { return try japaneseFiles(now: now) }
        let h = Seconds.hour, d = Seconds.day, m = Seconds.minute
        func ago(_ s: TimeInterval) -> Date { now.addingTimeInterval(-s) }
        var out: [CaseFile] = []

        var mail = try CaseFile.open(
            number: 1,
            details: CaseDetails(title: "Mail from two handsets bounces with Host unknown", organisation: "Kestrel Mobile",
                                 product: "KM Mail", references: ["KM-20418"], tags: ["mail", "handset"]),
            rung: .shop, note: "Other handsets of the same carrier deliver fine.", at: ago(6 * d), now: now)
        try mail.record(.log(Contact(channel: .visit, direction: .outgoing, with: "counter manager", held: 80 * m, took: 35 * m,
                                     note: "Shop cannot take a fault report. Left with a business card.")), at: ago(6 * d - 2 * h), now: now)
        try mail.record(.raise(what: "say whether it can be fixed", owedBy: .them, who: "counter manager", due: ago(5 * d - 3 * h)), at: ago(6 * d - 2 * h), now: now)
        try mail.record(.clear(item: "1", broken: false, note: "Sent me to the information centre."), at: ago(5 * d - 5 * h), now: now)
        try mail.record(.escalate(to: .callCentre, reason: "shop cannot file a fault"), at: ago(5 * d - 5 * h), now: now)
        try mail.record(.log(Contact(channel: .phone, direction: .outgoing, with: "device specialist", held: 25 * m, took: 20 * m,
                                     note: "\"The network team will call you back.\"")), at: ago(5 * d - 6 * h), now: now)
        try mail.record(.raise(what: "network team calls back", owedBy: .them, who: nil, due: ago(5 * d - 9 * h)), at: ago(5 * d - 6 * h), now: now)
        try mail.record(.clear(item: nil, broken: true, note: "They wrote my number down wrong."), at: ago(5 * d - 11 * h), now: now)
        try mail.record(.escalate(to: .technicalDesk, reason: "told to e-mail the technical desk"), at: ago(5 * d - 12 * h), now: now)
        try mail.record(.log(Contact(channel: .email, direction: .outgoing, with: "technical desk",
                                     note: "Sent headers of both bounces and the server log.")), at: ago(5 * d - 12 * h), now: now)
        try mail.record(.log(Contact(channel: .phone, direction: .failed, failure: .wrongNumber,
                                     note: "The number in their voicemail is out of service.")), at: ago(3 * d), now: now)
        try mail.record(.raise(what: "root cause of the bounces", owedBy: .them, who: "technical desk", due: ago(20 * h)), at: ago(2 * d), now: now)
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
            details: CaseDetails(title: "Fibre line drops every evening at 21:00", organisation: "Northwind Broadband",
                                 references: ["NWB-5521", "ticket 88310"], tags: ["fibre"]),
            rung: .technicalDesk, note: nil, at: ago(12 * d), now: now)
        try fibre.record(.log(Contact(channel: .chat, direction: .outgoing, with: "chat agent", took: 25 * m,
                                      note: "Asked to restart the router. Done twice already.")), at: ago(12 * d - h), now: now)
        try fibre.record(.escalate(to: .executive, reason: "three engineer visits, no change"), at: ago(4 * d), now: now)
        try fibre.record(.log(Contact(channel: .letter, direction: .outgoing, with: "customer relations",
                                      note: "Letter with the drop log for the last 30 days.")), at: ago(4 * d), now: now)
        try fibre.record(.log(Contact(channel: .phone, direction: .incoming, with: "customer relations", took: 10 * m,
                                      note: "They want the router's own log, not mine.")), at: ago(1 * d), now: now)
        try fibre.record(.raise(what: "send the router's event log", owedBy: .me, who: "customer relations", due: now.addingTimeInterval(26 * h)),
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
            details: CaseDetails(title: "Replacement router arrived broken", organisation: "Northwind Broadband", tags: ["hardware"]),
            rung: .callCentre, note: nil, at: ago(30 * d), now: now)
        try router.record(.raise(what: "courier collects the broken router", owedBy: .them, who: nil, due: ago(27 * d)), at: ago(30 * d), now: now)
        try router.record(.clear(item: nil, broken: false, note: "Collected a day late."), at: ago(26 * d), now: now)
        try router.record(.close(.resolved, note: "Working router delivered."), at: ago(25 * d), now: now)
        out.append(router)
        return out
    }
}

extension SampleCases {
    /// The sample cases' organisations, all invented, with contact points and hours,
    /// so the demo shows contact points and climb flags.
    public static func config(zone: TimeZone) -> Config {
        if Language.current == .ja { return japaneseConfig(zone: zone) }
        return englishConfig(zone: zone)
    }

    static func hours(_ entries: [(String, String)]) -> OpeningHours {
        (try? OpeningHours.parse(entries.map { (days: $0.0, times: $0.1) })) ?? .officeHours
    }

    static func englishConfig(zone: TimeZone) -> Config {
        let office = hours([("mon-fri", "09:00-18:00")])
        // A user who climbs after half a day's silence past a promise.
        return Config(climbAfter: ReplyWindow(12, .hours), organisations: [
            Organisation(name: "Kestrel Mobile", aliases: ["Kestrel"],
                         hours: hours([("daily", "10:00-19:00"), ("wed", "closed")]),
                         windows: [.technicalDesk: ReplyWindow(2, .days, business: true)],
                         contactPoints: [
                            ContactPoint(name: "Harbour Street shop", rung: .shop, phone: "03-0000-0101", cost: .paid,
                                         notes: "Closed on Wednesdays; the station shop opens then."),
                            ContactPoint(name: "Information centre", rung: .callCentre, phone: "0120-000-111",
                                         hours: hours([("daily", "09:00-20:00")]), cost: .tollFree),
                            ContactPoint(name: "Technical e-mail desk", rung: .technicalDesk, email: "tech-desk@kestrel.example",
                                         hours: hours([("daily", "24h")]), notes: "Send logs and the exact minute of each test."),
                            ContactPoint(name: "Customer relations, head office", rung: .executive, phone: "0570-000-222",
                                         hours: office, cost: .paid),
                         ]),
            Organisation(name: "シールドソフト", hours: hours([("mon-fri", "10:00-18:00")]), contactPoints: [
                ContactPoint(name: "サポート窓口", rung: .callCentre, phone: "0120-000-333", cost: .tollFree),
                ContactPoint(name: "お客様相談室", rung: .executive, email: "soudan@shieldsoft.example"),
            ]),
            Organisation(name: "Northwind Broadband", hours: office, contactPoints: [
                ContactPoint(name: "Customer relations", rung: .executive, phone: "0570-000-555", cost: .paid),
            ]),
            Organisation(name: "みなと電力", hours: hours([("mon-fri", "09:00-17:00")]), contactPoints: [
                ContactPoint(name: "みなと営業所 窓口", rung: .shop),
                ContactPoint(name: "料金センター", rung: .callCentre, phone: "0120-000-444", cost: .tollFree),
            ]),
        ], userZone: zone)
    }
}
