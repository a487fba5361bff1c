import Foundation
import Testing
@testable import LadderCore

/// Case files are named by their ids: ladder's own spelling and parsing must agree with
/// Foundation's exactly, or a file would be taken for another case's copy.
@Suite struct UUIDTextTests {
    @Test func theTextIsFoundationsAndReadsBack() {
        for _ in 0..<2_000 {
            let id = UUID()
            #expect(id.text == id.uuidString)
            #expect(UUID(prefixOf: id.uuidString) == id)
            #expect(UUID(prefixOf: id.uuidString.lowercased()) == id)
            #expect(UUID(prefixOf: id.uuidString + ".jsonl") == id)
        }
        let zero = UUID(uuid: (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0))
        #expect(zero.text == "00000000-0000-0000-0000-000000000000")
        let ones = UUID(uuid: (255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255))
        #expect(ones.text == "FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF")
    }

    @Test(arguments: ["", "0000EC20-93A5-85B2-5636-C260FB8988C", "0000EC20_93A5-85B2-5636-C260FB8988CD",
                      "0000EC20-93A5-85B2-5636-C260FB8988CG", "G000EC20-93A5-85B2-5636-C260FB8988CD",
                      "0000EC2093A5-85B2-5636-C260FB8988CDXX", "案件EC20-93A5-85B2-5636-C260FB8988CD"])
    func notAnId(_ text: String) {
        #expect(UUID(prefixOf: text) == nil)
        #expect(UUID(uuidString: String(text.prefix(36))) == nil)
    }

    @Test func caseNamesKeepTheirMeaning() {
        let id = UUID()
        #expect(CaseName(id.uuidString + ".jsonl") == .file(id))
        #expect(CaseName(id.uuidString.lowercased() + ".jsonl") == .copy(of: id))
        #expect(CaseName(id.uuidString + ".sync-conflict-20261202-101500-ABCDEFG.jsonl") == .copy(of: id))
        #expect(CaseName(id.uuidString + " (ノートPCの競合コピー 2026-12-02).jsonl") == .copy(of: id))
        #expect(CaseName(id.uuidString + "-notes.jsonl") == nil)
        #expect(CaseName("12.json") == .older(12))
        // Hidden files, ids cut short or misspelt, and names too short to hold an id.
        #expect(CaseName("." + id.uuidString + ".jsonl") == nil)
        #expect(CaseName(String(id.uuidString.dropLast()) + ".jsonl") == nil)
        #expect(CaseName(String(id.uuidString.dropLast()) + "G.jsonl") == nil)
        #expect(CaseName(id.uuidString.replacingOccurrences(of: "-", with: "_") + ".jsonl") == nil)
        #expect(CaseName(".jsonl") == nil && CaseName("") == nil && CaseName("12.jsonl") == nil)
        #expect(CaseName("\(Store.formatMarkerNumber).json") == nil)
        // Mixed case is not ladder's spelling: a copy, like all lower case.
        let mixed = String(id.uuidString.prefix(35)).lowercased() + String(id.uuidString.suffix(1))
        #expect(CaseName(mixed + ".jsonl") == (mixed == id.uuidString ? .file(id) : .copy(of: id)))
        #expect(CaseName(id.uuidString + ".JSONL") == nil)
    }
}
