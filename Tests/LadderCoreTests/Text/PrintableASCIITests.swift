import Testing
@testable import LadderCore

/// `isPrintableASCII` looks at eight bytes at a time: each byte value, at each place in
/// a word and in the bytes after the last whole word, gives the answer a byte-by-byte
/// rule gives.
@Suite struct PrintableASCIITests {
    static func byByte(_ text: String) -> Bool { text.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F } }

    @Test func everyByteAtEveryPlaceIsJudgedAsOneByOne() {
        var wrong: [String] = []
        for length in 1...19 {
            for place in 0..<length {
                for value in UInt32(0)...0x7F {
                    var scalars = String.UnicodeScalarView((0..<length).map { _ in Unicode.Scalar(0x61) })
                    let at = scalars.index(scalars.startIndex, offsetBy: place)
                    scalars.replaceSubrange(at...at, with: [Unicode.Scalar(value)!])
                    let text = String(scalars)
                    if text.isPrintableASCII != Self.byByte(text) { wrong.append("\(length)/\(place)/\(value)") }
                }
            }
        }
        #expect(wrong.isEmpty, "\(wrong.prefix(5))")
    }

    @Test(arguments: ["", "plain text", "~ and space ", "tab\there", "del\u{7F}", "é", "回線が切れる件", "line\nbreak",
                      String(repeating: "x", count: 40) + "\u{1F}", String(repeating: "y", count: 64), "\u{80}"])
    func sentencesAreJudgedAsOneByOne(_ text: String) {
        #expect(text.isPrintableASCII == Self.byByte(text))
    }
}
