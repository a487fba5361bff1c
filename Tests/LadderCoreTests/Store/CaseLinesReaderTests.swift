import Foundation
import Testing
@testable import LadderCore
import LadderTestSupport

/// The fast reader of case-file lines says exactly what JSONDecoder says, for every
/// kind of line ladder writes, and steps aside (nil) for anything it does not know.
@Suite struct CaseLinesReaderTests {
    /// A case with every kind of event and a number claim, as ladder writes it.
    func everyKind() throws -> CaseFile {
        var f = try CaseFile.open(number: 12, details: CaseDetails(title: "迷惑メール判定の誤り", organisation: "サンプル電気",
                                                                   product: "光回線", references: ["C-1234"], tags: ["mail"]),
                                  rung: .shop, note: "Host unknown \"quoted\"\nsecond line",
                                  replies: [ReplyRequest(what: "an answer", owedBy: .them, who: "Sato", due: t("2026-07-16 12:00"))],
                                  at: t("2026-07-15 15:00"), now: t("2026-07-15 15:10"))
        try f.record(.log(Contact(channel: .phone, direction: .failed, failure: .wrongNumber, with: "counter", desk: "Fault desk",
                                  held: 125.5, took: 30, note: "cut off", messageId: "a@b")), "2026-07-15 16:00")
        try f.record(.log(Contact(channel: .phone, direction: .missed, number: "0120-000-000")), "2026-07-15 16:10")
        try f.record(.log(Contact(channel: .email, direction: .incoming, note: "reply")), "2026-07-15 16:30")
        try f.record(.escalate(to: .technicalDesk, reason: "no answer", leftOpen: .carry), "2026-07-15 17:00")
        try f.record(.clear(item: nil, broken: true, note: "gone"), "2026-07-15 17:30")
        try f.record(.note("a note"), "2026-07-15 18:00")
        try f.record(.edit(CaseEdit(title: "renamed", product: "")), "2026-07-15 18:10")
        try f.record(.ask("a refund"), "2026-07-15 18:20")
        try f.record(.closeJudged(.partlyResolved, note: "done", test: ApologyTest(acknowledgedEvent: true, explainedCause: false,
                                                                                 acknowledgedTrouble: true, promise: "refund"),
                                  due: t("2026-08-01 12:00")), "2026-07-15 18:30")
        try f.record(.reopen(reason: "again"), "2026-07-15 19:00")
        try f.record(.undo(event: nil, note: "oops"), "2026-07-15 19:10")
        return f
    }

    @Test func everyKindOfLineReadsTheSameBothWays() throws {
        var file = try everyKind()
        let data = try CaseLines.encode(&file, zone: TimeZone(identifier: "Asia/Tokyo")!)
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
        var kinds = Set<String>()
        for line in lines {
            let bytes = Array(line.utf8)
            let fast = try #require(bytes.withUnsafeBufferPointer { StoredLine.read($0) }, "\(line)")
            let slow = try CaseCodec.decoder().decode(StoredLine.self, from: Data(line.utf8))
            #expect(describe(fast) == describe(slow), "\(line)")
            if case let .event(e, _) = fast { kinds.insert(e.typeName) }
        }
        #expect(kinds == Set(Event.StoredType.allCases.map(\.rawValue)), "every kind is in the case")
        #expect(try CaseLines.decode(data) == file)
        // Read only to be summarised (the index built after a clone), without the lines' text.
        let bare = try CaseLines.decode(data, keepingText: false)
        #expect(bare == file)
        #expect(CaseState(bare).summary == CaseState(file).summary)
        #expect(bare.stored.text.isEmpty && bare.stored.places.isEmpty)
        // Lines out of order (as a merge leaves them) are put in order either way.
        var shuffled = String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
        shuffled = [shuffled[0]] + shuffled.dropFirst().reversed()
        let merged = Data(shuffled.joined(separator: "\n").utf8)
        #expect(try CaseLines.decode(merged, keepingText: false) == file)
        #expect(try CaseLines.decode(merged).events.map(\.id) == file.events.map(\.id))
    }

    @Test func anythingUnusualIsLeftToJSONDecoder() throws {
        let line = #"{"at":"2026-07-15T15:00:00+09:00","clock":2,"id":"0139BB65-043E-4F7D-8A90-DFE24F4A7733","note":"x","recorded":"2026-07-15T15:00:00+09:00","type":"note"}"#
        func read(_ text: String) -> StoredLine? { Array(text.utf8).withUnsafeBufferPointer { StoredLine.read($0) } }
        #expect(read(line) != nil)
        for odd in [line.replacingOccurrences(of: #""note":"x""#, with: #""note":"x","future":1"#),  // a key from a newer ladder
                    line.replacingOccurrences(of: #""note":"x""#, with: #""note":null"#),
                    line.replacingOccurrences(of: #""clock":2"#, with: #""clock":"2""#),
                    String(line.dropLast())] {
            #expect(read(odd) == nil, "\(odd)")
        }
        // A time without an offset is the user's local time either way.
        let local = line.replacingOccurrences(of: "+09:00\",\"clock", with: "\",\"clock")
        let slow = try CaseCodec.decoder().decode(StoredLine.self, from: Data(local.utf8))
        #expect(read(local).map(describe) == describe(slow))
        // A file with such a line still reads, through JSONDecoder: unknown keys are ignored.
        let header = #"{"case":"B8D82367-AB4A-47CF-84F9-D743AB357DF5","format":3}"#
        let claim = #"{"clock":3,"id":"1139BB65-043E-4F7D-8A90-DFE24F4A7733","number":4,"recorded":"2026-07-15T15:00:00+09:00","type":"numbered"}"#
        let future = line.replacingOccurrences(of: #""note":"x""#, with: #""note":"x","future":1"#)
        let file = try CaseLines.decode(Data([header, future, claim].joined(separator: "\n").utf8))
        #expect(file.number == 4 && file.events.count == 1)
        #expect(try CaseLines.decode(Data([header, future, claim].joined(separator: "\n").utf8), keepingText: false) == file)
    }

    /// Two machines that each add a step to one action at once can give two events the
    /// same place; every machine must still order them alike, whichever side's lines a
    /// merge put first.
    @Test func eventsInOnePlaceAreOrderedByIdWhicheverCameFirst() throws {
        let header = #"{"case":"B8D82367-AB4A-47CF-84F9-D743AB357DF5","format":3}"#
        let head = "0139BB65-043E-4F7D-8A90-DFE24F4A7733"
        func note(_ id: String, _ text: String) -> String {
            #"{"at":"2026-07-15T15:00:00+09:00","clock":2,"id":"\#(id)","note":"\#(text)","partOf":"\#(head)","recorded":"2026-07-15T15:00:00+09:00","step":1,"type":"note"}"#
        }
        let a = note("F139BB65-043E-4F7D-8A90-DFE24F4A7733", "from A"), b = note("2139BB65-043E-4F7D-8A90-DFE24F4A7733", "from B")
        let claim = #"{"clock":3,"id":"1139BB65-043E-4F7D-8A90-DFE24F4A7733","number":4,"recorded":"2026-07-15T15:00:00+09:00","type":"numbered"}"#
        for keepingText in [true, false] {
            let ab = try CaseLines.decode(Data([header, a, b, claim].joined(separator: "\n").utf8), keepingText: keepingText)
            let ba = try CaseLines.decode(Data([header, b, a, claim].joined(separator: "\n").utf8), keepingText: keepingText)
            #expect(ab.events.map(\.id.uuidString) == ["2139BB65-043E-4F7D-8A90-DFE24F4A7733", "F139BB65-043E-4F7D-8A90-DFE24F4A7733"])
            #expect(ba.events.map(\.id) == ab.events.map(\.id))
        }
    }

    private func describe(_ line: StoredLine) -> String {
        switch line {
        case let .header(id, format): return "header \(id) \(format)"
        case let .event(e, place): return "event \(e) \(place)"
        case let .claim(c): return "claim \(c)"
        }
    }
}
