import Foundation
import Testing
@testable import LadderCore

@Suite struct LowerCaseTests {
    /// Every scalar Unicode has, in runs of 256, lower-cased as `lowercased()` does:
    /// the quick path for kana and kanji must never differ from the full one.
    @Test func everyScalarIsLowerCasedAsTheStandardLibraryDoes() {
        var run = String.UnicodeScalarView()
        var differing: [String] = []
        for v in UInt32(0x20)...0x10FFFF {
            guard let s = Unicode.Scalar(v) else { continue }
            run.append(s)
            if run.count == 256 || v == 0x10FFFF {
                let text = String(run)
                // Compared as bytes: String's == would take a decomposed é for é.
                if !LowerCase.joined([text]).utf8.elementsEqual(text.lowercased().utf8) { differing.append(String(format: "%04X", v)) }
                run = String.UnicodeScalarView()
            }
        }
        #expect(differing.isEmpty, "runs ending at \(differing.prefix(5)) differ")
    }

    /// ASCII is lower-cased eight bytes at a time: every letter and sign, at every
    /// place in a word and every length around one, among kana and accented letters.
    @Test func asciiIsLowerCasedAtEveryPlace() {
        let ascii = (0x20...0x7E).map { Character(Unicode.Scalar(UInt8($0))) }
        for length in 0...19 {
            for shift in 0..<ascii.count {
                let piece = String((0..<length).map { ascii[($0 * 7 + shift) % ascii.count] })
                for text in [piece, "ｶﾅ" + piece, piece + "É", "Ä" + piece + "ドコモ" + piece] {
                    #expect(Array(LowerCase.joined([text]).utf8) == Array(text.lowercased().utf8), "\(text)")
                }
            }
        }
    }

    @Test func partsAreJoinedBySpacesWithTheEmptyOnesLeftOut() {
        #expect(Array(LowerCase.joined(["NTTドコモ", "", "İstanbul ΣΑΣ", "ＡＢＣ", "Straße"]).utf8)
                == Array("nttドコモ i\u{307}stanbul σασ ａｂｃ straße".utf8))
        #expect(LowerCase.joined([]) == "")
        #expect(LowerCase.joined(["", ""]) == "")
    }
}
