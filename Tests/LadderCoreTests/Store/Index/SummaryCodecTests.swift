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

    /// The readers expect each key where the writers write it (`KeyOrder`): a writer
    /// that changed its order would still be read, only more slowly, so the orders are
    /// held to each other here.
    @Test func keysAreWrittenInTheOrderTheyAreExpected() throws {
        func keys(_ bytes: [UInt8]) throws -> [String] {
            let text = String(decoding: bytes, as: UTF8.self)
            let regex = try Regex(#""([A-Za-z]+)":"#)
            return text.matches(of: regex).map { String(text[$0.range].dropFirst().dropLast(2)) }
        }
        var w = JSONLineWriter()
        Self.phone.write(to: &w)
        #expect(try keys(w.bytes) == DatedContact.Key.allCases.map(\.rawValue))
        // A summary with one stint and one pending reply: their keys come in their places.
        let reply = ReplyState(reply: PendingReply(what: "logs", owedBy: .them, due: t("2026-07-20 09:00")),
                               item: 2, raisedAt: t("2026-07-13 09:00"), rung: .callCentre)
        let summary = Self.summary(reached: nil, attempt: nil)
        let full = CaseSummary(id: summary.id, number: summary.number, details: summary.details, startedAt: summary.startedAt,
                               status: summary.status, closedAt: nil, stints: summary.stints, openReplies: [reply],
                               reached: nil, attempt: nil, progress: [], latest: summary.latest, search: "")
        w = JSONLineWriter()
        full.write(to: &w)
        let top = CaseSummary.Key.allCases.map(\.rawValue)
        let stints = top.firstIndex(of: "stints")!, pending = top.firstIndex(of: "pending")!
        let expected = top[...stints] + RungStint.Key.allCases.map(\.rawValue) + [top[pending]]
            + ReplyState.Key.allCases.map(\.rawValue) + top[(pending + 1)...]
        #expect(try keys(w.bytes) == Array(expected))
        // A line: its head in order, the file's stamp inside it, the case last.
        let stamp = FileStamp(modified: 1, size: 2, inode: 3, changed: 4)
        let line = StoreIndex.line(.summary(full, stamp), name: "A.jsonl", folder: nil, top: 12)
        w = JSONLineWriter()
        stamp.write(to: &w)
        let stampKeys = try keys(w.bytes)
        let head = try keys(line).prefix { $0 != "case" }.filter { !stampKeys.contains($0) }
        #expect(head + ["case"] == StoreIndex.LineKey.allCases.prefix { $0 != .unreadable }.map(\.rawValue))
    }

    /// Keys in another order, with spaces, or unknown to ladder are read all the same.
    @Test func keysInAnyOrderAreRead() throws {
        let json = #"{ "took" : null, "held":2416, "extra": {"a": [1, "}"]}, "number":null,"desk":"技術窓口","with":"佐藤さん","rung":null,"failure":null,"direction":"out","channel":"phone","at":"2026-07-10T02:00:00Z"}"#
        let back = try Array(json.utf8).withUnsafeBufferPointer { b in
            var r = JSONLineReader(b, from: 0, to: b.count)
            return try DatedContact(reading: &r)
        }
        #expect(back == Self.phone)
    }
}
