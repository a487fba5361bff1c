import Foundation
import Testing
@testable import LadderCore

/// The index's writer, written by hand for speed: what it writes is JSON that any
/// parser reads back as the same text and the same instants.
@Suite struct JSONLineWriterTests {
    @Test(arguments: ["", "plain", "案件「迷惑メール」の誤判定", "quote \" back \\ slash", "line\nbreak\ttab\r",
                      "\u{01}\u{1F}\u{7F} controls", "emoji 👨‍👩‍👧 and ﾄﾞｺﾓ", "\\u0041 stays text"])
    func textReadsBackAsWritten(_ text: String) throws {
        var w = JSONLineWriter()
        w.array { $0.string(text); $0.string(text) }
        let parsed = try JSONSerialization.jsonObject(with: Data(w.bytes)) as? [String]
        #expect(parsed == [text, text])
    }

    /// Text is passed over eight bytes at a time while nothing needs an escape: every
    /// byte that does (each control, the quote, the backslash, DEL), at every place
    /// among plain and Japanese text, is escaped and reads back; and the eight-byte test
    /// agrees with the byte-by-byte rule on every byte value at every place in a word.
    @Test func everyByteThatNeedsAnEscapeIsFoundAtEveryPlace() throws {
        let special = (0..<0x20).map { Character(Unicode.Scalar(UInt8($0))) } + ["\"", "\\", "\u{7F}"]
        for c in special {
            for before in 0...17 {
                for tail in ["", "x", "abcdefgh", "日本語"] {
                    let text = String(repeating: "a", count: before) + String(c) + tail + "終"
                    var w = JSONLineWriter()
                    w.array { $0.string(text) }
                    #expect(!w.bytes.contains { $0 < 0x20 || $0 == 0x7F }, "an escape missing at \(before)")
                    #expect(try JSONSerialization.jsonObject(with: Data(w.bytes)) as? [String] == [text])
                }
            }
        }
        // Among plain letters, and among the bytes of Japanese text (all above 0x7F).
        for fill: UInt64 in [0x6161_6161_6161_6161, 0xE383_81E3_8381_E383] {
            for byte in UInt8.min...UInt8.max {
                for place in 0..<8 {
                    var word = fill
                    withUnsafeMutableBytes(of: &word) { $0[place] = byte }
                    let rule = byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x7F
                    #expect(JSONLineWriter.needsEscape(word) == rule, "byte \(byte) at \(place)")
                }
            }
        }
    }

    @Test func timesAreUTCToTheMillisecond() throws {
        let iso = ISO8601DateFormatter()
        iso.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        var dice = SystemRandomNumberGenerator()
        var instants: [Date] = [Date(timeIntervalSince1970: 0), Date(timeIntervalSince1970: 1_784_095_200),
                                Date(timeIntervalSince1970: 1_784_095_200.5), Date(timeIntervalSince1970: -86_400 * 365),
                                Date(timeIntervalSince1970: 253_402_300_799)]
        for _ in 0..<500 { instants.append(Date(timeIntervalSince1970: Double(Int.random(in: 0...4_000_000_000_000, using: &dice)) / 1000)) }
        for d in instants {
            var w = JSONLineWriter()
            w.date(d)
            let text = try #require(try JSONSerialization.jsonObject(with: Data(w.bytes), options: .fragmentsAllowed) as? String)
            let back = try #require(iso.date(from: text) ?? ISO8601DateFormatter().date(from: text), "\(text)")
            #expect(abs(back.timeIntervalSince(d)) < 0.0006, "\(text) for \(d.timeIntervalSince1970)")
            #expect(text.hasSuffix("Z") && text.utf8.count == (text.contains(".") ? 24 : 20), "\(text)")
        }
    }

    @Test func wholeNumbersReadBackAsWritten() throws {
        var numbers = [0, 1, 9, 10, -1, -10, 99, 100, 12_345, Int.max, Int.min, Int.min + 1]
        var dice = SystemRandomNumberGenerator()
        for _ in 0..<500 { numbers.append(Int.random(in: Int.min...Int.max, using: &dice) >> Int.random(in: 0...62, using: &dice)) }
        var w = JSONLineWriter()
        w.array { w in for n in numbers { w.int(n) } }
        #expect(String(decoding: w.bytes, as: UTF8.self) == "[" + numbers.map(String.init).joined(separator: ",") + "]")
    }
}
