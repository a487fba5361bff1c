import Foundation
import LadderTestSupport
import Testing
@testable import LadderCore

/// `export --redact`, for a write-up to publish: every form of a person's name, and
/// their numbers and addresses, but never the company, its desks, or a word that only
/// looks like a name.
@Suite struct RedactorTests {
    static func redactor(_ options: Redactor.Options = Redactor.Options()) -> Redactor {
        Redactor(people: ["Tanaka Ichiro", "Sato", "佐藤花子", "田中さん", "山田太郎", "Ms Suzuki", "Will Long"],
                 desks: ["network team", "技術メール窓口", "故障受付", "お客様相談室"], organisation: "Kestrel Mobile",
                 companyAddresses: ["0120-123-456", "support@kestrel.example"], options: options)
    }

    /// Sentence, then what a published write-up says. One redactor for all, so the same
    /// person and the same number keep their placeholder from line to line.
    static let table: [(String, String)] = [
        ("Tanaka said the network team would call", "Agent A said the network team would call"),
        ("Ichiro Tanaka picked up", "Agent A picked up"),
        ("Mr Tanaka promised a fix", "Agent A promised a fix"),
        ("TANAKA ICHIRO was on duty", "Agent A was on duty"),
        ("the Tanakas next door", "the Tanakas next door"),
        ("Sato and Tanaka argued", "Agent B and Agent A argued"),
        ("Ms. Sato called at 10", "Agent B called at 10"),
        ("Satoshi is someone else", "Satoshi is someone else"),
        ("Ms Suzuki will send it", "Agent F will send it"),
        ("Kestrel Mobile's Sato desk", "Kestrel Mobile's Agent B desk"),
        ("Call the network team at 03-1234-5678", "Call the network team at [phone 1]"),
        ("電話番号は090-1234-5678です", "電話番号は[phone 2]です"),
        ("０９０－１２３４－５６７８に折り返し", "[phone 2]に折り返し"),
        ("+81 90 1234 5678 is his mobile", "[phone 2] is his mobile"),
        ("03(1234)5678へ電話", "[phone 1]へ電話"),
        ("フリーダイヤル0120-123-456まで", "フリーダイヤル[phone 3]まで"),
        ("mail tanaka@example.jp today", "mail [email 1] today"),
        ("連絡先：sato@kestrel.example.co.jp", "連絡先：[email 2]"),
        ("seen 2026-07-15 at 15:00, ticket T-99, order 12345", "seen 2026-07-15 at 15:00, ticket T-99, order 12345"),
        ("佐藤花子さんから電話", "Agent Cから電話"),
        ("佐藤さんが担当です", "Agent Cが担当です"),
        ("花子さんにも伝えた", "Agent Cにも伝えた"),
        ("お客様相談室の佐藤", "お客様相談室のAgent C"),
        ("田中角栄ビルの店舗", "田中角栄ビルの店舗"),
        ("担当の田中です", "担当のAgent Dです"),
        ("田中は「調査中」と言った", "Agent Dは「調査中」と言った"),
        ("田中課長に代わった", "Agent D課長に代わった"),
        ("松本市の田中さん", "松本市のAgent D"),
        ("田中さんと佐藤さん", "Agent DとAgent C"),
        ("故障受付すらできない", "故障受付すらできない"),
        ("技術メール窓口から返信", "技術メール窓口から返信"),
        ("山田太郎より回答", "Agent Eより回答"),
        ("山田一郎さんは別人", "山田一郎さんは別人"),
        ("Kestrel Mobileの田中", "Kestrel MobileのAgent D"),
        // Found in review: a name made of ordinary words, and a date after a number.
        ("they will call back before long", "they will call back before long"),
        ("Will Long said so; Long agreed", "Agent G said so; Agent G agreed"),
        ("order 1) 2026-07-01", "order 1) 2026-07-01"),
    ]

    @Test func everySentenceOfTheTable() {
        var r = Self.redactor()
        for (sentence, expected) in Self.table {
            #expect(r.redact(sentence) == expected, "\(sentence)")
        }
        #expect(Self.table.count >= 30)
    }

    @Test func whatWasReplacedAndWhatWasKeptIsSaid() {
        var r = Self.redactor()
        for (sentence, _) in Self.table { _ = r.redact(sentence) }
        let replaced = Dictionary(r.replaced.map { ($0.original, $0.placeholder) }) { a, _ in a }
        #expect(replaced["Tanaka"] == "Agent A" && replaced["佐藤"] == "Agent C" && replaced["090-1234-5678"] == "[phone 2]")
        // Words that looked like names where they need not be: kept, and named.
        let possible = r.possibleNames.map { "\($0.form) in \($0.context)" }
        #expect(possible.contains { $0.hasPrefix("田中 in 田中角栄ビル") }, "\(possible)")
        #expect(possible.contains { $0.hasPrefix("山田 in 山田一郎さ") }, "\(possible)")
    }

    @Test func theUserDecidesWhatIsKeptAndWhatElseGoes() {
        var r = Self.redactor(Redactor.Options(redactAlso: ["角栄"], keep: ["田中角栄ビル", "Sato"], keepCompanyNumbers: true))
        // Sato is kept, so the people are Agent A to Agent F, and 角栄 the seventh.
        #expect(r.redact("田中角栄ビルの店舗、角栄さんの件") == "田中角栄ビルの店舗、Agent Gの件")
        #expect(r.possibleNames.isEmpty, "kept on purpose is not reported")
        #expect(r.redact("Sato called") == "Sato called")
        #expect(r.redact("call 0120-123-456 or mail support@kestrel.example") == "call 0120-123-456 or mail support@kestrel.example")
        #expect(r.redact("or 090-1234-5678") == "or [phone 1]")
    }

    /// Story 2: an executive officer took charge. His title, and the rung names, name no one.
    @Test func titlesAndRungsAreNeverTakenForAName() {
        var r = Redactor(people: ["Executive Officer Kenji Mori", "店員", "Vice-President"], organisation: "Shield Soft")
        #expect(r.redact("escalated technical-desk -> executive") == "escalated technical-desk -> executive")
        #expect(r.redact("email from executive, with Executive Officer Kenji Mori") == "email from executive, with Executive Officer Agent A")
        #expect(r.redact("Mori wrote to the executive officer") == "Agent A wrote to the executive officer")
        #expect(r.redact("店員さんに聞いた、Vice-President が署名") == "店員さんに聞いた、Vice-President が署名")
        #expect(PersonNames.isDesk("店員") && PersonNames.isDesk("Vice-President") && !PersonNames.isDesk("信長"))
    }

    @Test func aDeskIsNotAPerson() {
        #expect(PersonNames.isDesk("network team") && PersonNames.isDesk("counter manager") && PersonNames.isDesk("fault desk"))
        #expect(PersonNames.isDesk("技術メール窓口") && PersonNames.isDesk("故障受付") && PersonNames.isDesk("サポート窓口 担当者"))
        #expect(!PersonNames.isDesk("Tanaka Ichiro") && !PersonNames.isDesk("田中") && !PersonNames.isDesk("佐藤花子"))
        #expect(!PersonNames.isDesk("田中さん") && !PersonNames.isDesk("Tanaka (manager)"))
    }

    /// Story 1: customer relations asked for staff names to be removed from the write-up.
    @Test func theStoryOneWriteUpKeepsTheDesksAndLosesThePeople() throws {
        var f = try openCase(org: "Kestrel Mobile", rung: .callCentre)
        try f.record(.log(Contact(channel: .phone, direction: .outgoing, with: "Tanaka Ichiro",
                                  note: "Tanaka said the network team would call")), "2026-07-15 16:00")
        try f.record(.log(Contact(channel: .phone, direction: .incoming, with: "network team", note: "e-mail the technical desk")), "2026-07-15 17:00")
        try f.record(.log(Contact(channel: .email, direction: .incoming, with: "佐藤花子", desk: "技術メール窓口",
                                  note: "佐藤です。電話番号は090-1234-5678です")), "2026-07-16 10:00")
        try f.record(.raise(what: "佐藤から再送", owedBy: .them, who: "佐藤", due: nil), "2026-07-16 10:00")
        let (doc, redactor) = WriteUp.redacted(CaseState(f), now: t("2026-07-20 10:00"), zone: tokyo, config: Config(userZone: tokyo))
        let md = doc.markdown
        #expect(md.contains("Agent A said the network team would call"))
        #expect(md.contains("技術メール窓口") && md.contains("Agent Bです。電話番号は\\[phone 1\\]です"))
        for secret in ["Tanaka", "Ichiro", "佐藤", "090-1234"] { #expect(!md.contains(secret), "\(secret)") }
        #expect(redactor.replaced.map(\.placeholder).contains("Agent B") && !redactor.replaced.map(\.placeholder).contains("Agent C"),
                "佐藤 and 佐藤花子 are one person")
    }
}
