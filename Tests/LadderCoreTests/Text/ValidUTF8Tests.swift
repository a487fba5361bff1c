import Foundation
import Testing
@testable import LadderCore

/// The quick UTF-8 check agrees with the standard library's slower one on text that
/// is well formed and on every kind of malformed sequence; the index's reader refuses
/// malformed text unless it was told the bytes were checked.
@Suite struct ValidUTF8Tests {
    static let wellFormed: [[UInt8]] = [
        [], Array("plain".utf8), Array("請求書の再発行、ｱｲｳ、é, 🎌".utf8), [0xEF, 0xBF, 0xBD],  // U+FFFD itself
        [0xF4, 0x8F, 0xBF, 0xBF],  // U+10FFFF
    ]
    static let malformed: [[UInt8]] = [
        [0xFF], [0x80], [0xC0, 0x80],  // a stray byte, a lone continuation, an overlong NUL
        [0xE3, 0x81], [0x41, 0xE3],  // cut short
        [0xED, 0xA0, 0x80],  // a surrogate
        [0xF4, 0x90, 0x80, 0x80],  // past U+10FFFF
        [0xF0, 0x9F, 0x98, 0x41],  // three of four bytes, then ASCII
    ]

    @Test func agreesWithTheStandardLibrary() {
        for bytes in Self.wellFormed + Self.malformed {
            let expected = String(validating: bytes, as: UTF8.self)
            #expect(ValidUTF8.string(bytes) == expected, "\(bytes)")
            #expect(ValidUTF8.check(Data(bytes)) == (expected != nil), "\(bytes)")
        }
        #expect(Self.malformed.allSatisfy { !ValidUTF8.check(Data($0)) })
    }

    /// The check passes over ASCII a word at a time and checks the runs between: every
    /// sequence, well formed or not, at every place among ASCII of every length (so at
    /// every alignment, and cut by the end of a word), is judged as the standard
    /// library judges the whole text.
    @Test func runsAmongASCIIAreJudgedAsTheWhole() {
        let pieces = Self.wellFormed.filter { !$0.isEmpty } + Self.malformed
        for piece in pieces {
            for before in 0...17 {
                for after in [0, 1, 7, 8, 9] {
                    let text = Array(repeating: UInt8(ascii: "a"), count: before) + piece + Array(repeating: UInt8(ascii: "{"), count: after)
                    let expected = String(validating: text, as: UTF8.self) != nil
                    #expect(ValidUTF8.check(Data(text)) == expected, "\(piece) after \(before), before \(after)")
                }
            }
        }
        // Two well-formed runs with ASCII between, and a malformed one after them.
        let mixed = Array("請求 ok 再発行 fine ".utf8)
        #expect(ValidUTF8.check(Data(mixed + Array(repeating: 0x20, count: 20) + mixed)))
        #expect(!ValidUTF8.check(Data(mixed + Array(repeating: 0x20, count: 20) + [0xE3, 0x81] + Array("xyz".utf8))))
    }

    @Test func theReaderRefusesMalformedTextInQuotes() throws {
        for bad in Self.malformed {
            let json = [0x22] + bad + [0x22]
            let thrown = json.withUnsafeBufferPointer { b -> Bool in
                var r = JSONLineReader(b, from: 0, to: b.count)
                return (try? r.string()) == nil
            }
            #expect(thrown, "\(bad)")
        }
        let json = Array(#""請求書""#.utf8)
        for known in [false, true] {
            let s = try json.withUnsafeBufferPointer { b in
                var r = JSONLineReader(b, from: 0, to: b.count, knownUTF8: known)
                return try r.string()
            }
            #expect(s == "請求書")
        }
    }

    /// A case file with a malformed byte is named as such, not read with the byte
    /// replaced.
    @Test func aCaseFileThatIsNotUTF8IsRefused() {
        var line = Array(#"{"type":"note","text":"請求"#.utf8)
        line += [0xFF]
        line += Array(#""}"#.utf8)
        do {
            _ = try CaseLines.decode(Data(line))
            Issue.record("a malformed file was read")
        } catch {
            #expect(error.text == "it is not valid UTF-8 text")
        }
    }
}
