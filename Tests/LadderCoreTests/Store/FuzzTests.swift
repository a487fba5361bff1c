import Foundation
import LadderTestSupport
import Testing
@testable import LadderCore

/// Property tests over generated input: the date and duration parser and the case-file
/// decoder never crash or hang, and what they accept behaves. A short run here; the
/// documented run (Docs/Reliability.md) sets LADDER_FUZZ_INPUTS=1000000.
@Suite struct FuzzTests {
    static let inputs = runSize("LADDER_FUZZ_INPUTS", default: 3000)


    /// Pieces of the date language, its neighbours and its enemies.
    static let pieces = ["17:00", "9", ":", "/", "-", "+", ".", "T", "Z", " ", "  ", "in", "ago", "2h", "30m", "1d", "3w", "45s",
                         "mon", "fri", "Sunday", "next", "last", "tomorrow", "yesterday", "today", "now", "noon", "midnight",
                         "2026-07-15", "7/15", "6/2", "12/31", "2/29", "2025-02-29", "24:00", "23:59:60", "am", "pm", "business",
                         "days", "day", "hours", "2 business days", "営業日", "2営業日", "明日", "午後", "１７：００", "٣", "½",
                         "\u{0}", "\u{1B}[31m", "\u{FEFF}", "👍🏽", "e\u{301}", "9999999999999999999", "-0", "1e9", "0x10",
                         "2026-13-40T25:61:61+25:00", "99999-01-01", "in -2h", "--due", "\n", "\t"]

    static func phrase(_ dice: inout Dice) -> String {
        var s = ""
        for _ in 0..<(1 + dice.next(4)) {
            if dice.next(10) == 0 {
                // A raw scalar from anywhere in Unicode, surrogates excepted.
                var v = UInt32(dice.next(0x10FFFF))
                if (0xD800...0xDFFF).contains(v) { v = 0x41 }
                s.unicodeScalars.append(Unicode.Scalar(v)!)
            } else {
                s += dice.pick(pieces)
            }
        }
        return s
    }

    @Test func theDateAndDurationParserTakesAnything() {
        var dice = Dice(state: 1)
        let zones = ["Asia/Tokyo", "Europe/London", "America/St_Johns", "Pacific/Chatham", "UTC"].map { TimeZone(identifier: $0)! }
        let now = t("2026-07-15 15:00")
        var accepted = 0
        for i in 0..<Self.inputs {
            let text = Self.phrase(&dice)
            let parser = WhenParser(now: now.addingTimeInterval(TimeInterval(dice.next(400 * 86_400)) - 200 * 86_400),
                                    zone: zones[i % zones.count])
            for role in [WhenRole.moment, .deadline] {
                if let d = try? parser.parse(text, role: role) {
                    accepted += 1
                    #expect(d.timeIntervalSince1970.isFinite && abs(d.timeIntervalSince(now)) < 400 * 365 * 86_400, "\(text.debugDescription) -> \(d)")
                    // The same words read the same way again.
                    #expect((try? parser.parse(text, role: role)) == d)
                }
            }
            if let seconds = WhenParser.duration(text) {
                #expect(seconds.isFinite, "\(text.debugDescription) -> \(seconds)")
            }
            if let d = try? Clocks.standard().deadline(text, from: now, on: .callCentre, zone: zones[i % zones.count]) {
                #expect(d.timeIntervalSince1970.isFinite)
            }
        }
        #expect(accepted > 0, "some generated phrases are valid")
    }

    /// Valid case files, then broken in every way bytes can break.
    @Test func theCaseDecoderTakesAnything() throws {
        var dice = Dice(state: 2)
        let dir = temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let store = Store(directory: dir)
        try IndexTests.world(store, count: 12, seed: 9)
        let seeds = try store.loadAll().cases.map { try CaseCodec.encoder().encode($0) }
        let junk: [[UInt8]] = ["{", "}", "[", "]", "\"", ",", ":", "null", "true", "-1", "1e999", "\"\\u0000\"", "\\", "\"events\"",
                               "\"type\":\"opened\"", "\"format\":2", "\"at\":\"2026-99-99T00:00:00Z\"", "\u{1B}", "\u{FEFF}"]
            .map { Array($0.utf8) } + [[0xFF], [0xC3], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80]]
        var decoded = 0
        for _ in 0..<Self.inputs {
            var bytes = Array(dice.pick(seeds))
            for _ in 0..<(1 + dice.next(3)) {
                let at = dice.next(bytes.count + 1)
                switch dice.next(6) {
                case 0: bytes.removeSubrange(at..<min(bytes.count, at + 1 + dice.next(40)))     // cut
                case 1: bytes.insert(contentsOf: dice.pick(junk), at: at)                        // insert
                case 2: if at < bytes.count { bytes[at] = UInt8(dice.next(256)) }                // flip
                case 3: bytes = Array(bytes.prefix(at))                                           // truncate
                case 4:                                                                           // repeat a stretch
                    let end = min(bytes.count, at + dice.next(200))
                    bytes.insert(contentsOf: bytes[at..<end], at: at)
                default:                                                                          // swap two digits' worth
                    if at + 1 < bytes.count { bytes.swapAt(at, at + 1) }
                }
            }
            guard let file = try? CaseCodec.decodeCase(Data(bytes)) else { continue }
            decoded += 1
            // What it accepts, it writes back and reads again the same, and can show.
            let again = try CaseCodec.decodeCase(try CaseCodec.encoder().encode(file))
            #expect(again == file)
            let state = CaseState(file)
            _ = state.summary
            for e in state.timeline { _ = TimelineText.describe(e, in: state) }
        }
        #expect(decoded > 0, "some mutations still decode")
    }
}
