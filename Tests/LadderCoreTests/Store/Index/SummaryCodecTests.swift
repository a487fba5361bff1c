import Foundation
import LadderTestSupport
import Testing
@testable import LadderCore

/// A case's summary in the index reads back as it was written. Its last attempt is
/// most often its last contact, written the same: that copy is recognised by its
/// bytes, and anything short of an exact copy is read as itself.
@Suite struct SummaryCodecTests {
    static let phone = DatedContact(at: t("2026-07-10 11:00"), contact: Contact(channel: .phone, direction: .outgoing, with: "佐藤さん", desk: "技術窓口", held: 2416))
    static let failed = DatedContact(at: t("2026-07-12 09:30"), contact: Contact(channel: .phone, direction: .failed, failure: .noAnswer))
    static let samePhoneLater = DatedContact(at: t("2026-07-10 11:01"), contact: phone.contact)

    static func summary(reached: DatedContact?, attempt: DatedContact?) -> CaseSummary {
        CaseSummary(id: UUID(uuidString: "00021CA7-073A-992F-2650-AF17602604AE")!, number: 12,
                    details: CaseDetails(title: "迷惑メール判定の誤り", organisation: "Example Mobile", product: nil, references: ["C-1"], tags: ["mail"]),
                    startedAt: t("2026-07-01 10:00"), status: .open, closedAt: nil,
                    stints: [RungStint(rung: .callCentre, from: t("2026-07-01 10:00"), until: nil)], openReplies: [],
                    reached: reached, attempt: attempt, progress: [t("2026-07-10 11:00")], latest: t("2026-07-12 09:30"),
                    search: "迷惑メール")
    }

    static func read(_ json: String) throws -> CaseSummary {
        try Array(json.utf8).withUnsafeBufferPointer { b in
            var r = JSONLineReader(b, from: 0, to: b.count)
            return try CaseSummary(reading: &r)
        }
    }

    @Test(arguments: [(phone, phone), (phone, failed), (nil, failed), (phone, nil), (nil, nil), (phone, samePhoneLater)])
    func aSummaryReadsBackAsWritten(_ reached: DatedContact?, _ attempt: DatedContact?) throws {
        let summary = Self.summary(reached: reached, attempt: attempt)
        var w = JSONLineWriter()
        summary.write(to: &w)
        let back = try Self.read(String(decoding: w.bytes, as: UTF8.self))
        #expect(back == summary)
        #expect(back.reached == reached && back.attempt == attempt)
    }

    /// Written by another hand: the attempt before the contact, or the same contact
    /// spelled with other spaces, is read as what it says.
    @Test func otherSpellingsOfTheAttemptReadAsTheySay() throws {
        var w = JSONLineWriter()
        Self.summary(reached: Self.phone, attempt: Self.phone).write(to: &w)
        let line = String(decoding: w.bytes, as: UTF8.self)
        let reachedStart = try #require(line.range(of: #""reached":"#))
        let attemptStart = try #require(line.range(of: #","attempt":"#))
        let contact = String(line[reachedStart.upperBound..<attemptStart.lowerBound])
        let spaced = line.replacingOccurrences(of: #""attempt":"# + contact, with: #""attempt": "# + contact.replacingOccurrences(of: ",", with: ", "))
        #expect(spaced != line)
        #expect(try Self.read(spaced).attempt == Self.phone)
        let changed = line.replacingOccurrences(of: #""attempt":"# + contact, with: #""attempt":"# + contact.replacingOccurrences(of: "2416", with: "17"))
        #expect(try Self.read(changed).attempt?.contact.held == 17)
        #expect(try Self.read(changed).reached?.contact.held == 2416)
        // The attempt first: nothing read yet to compare it with.
        let moved = line.replacingOccurrences(of: #","attempt":"# + contact, with: "")
            .replacingOccurrences(of: #""reached":"#, with: #""attempt":"# + contact + #","reached":"#)
        #expect(try Self.read(moved) == Self.summary(reached: Self.phone, attempt: Self.phone))
    }
}
