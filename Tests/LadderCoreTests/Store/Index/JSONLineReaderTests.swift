import Foundation
import LadderTestSupport
import Testing
@testable import LadderCore

/// The index's reader on the shapes it meets: times in the form ladder writes and in
/// other ISO 8601 forms, impossible times refused, and text passed over whatever
/// escapes it holds.
@Suite struct JSONLineReaderTests {
    private func read<T>(_ json: String, _ body: (inout JSONLineReader) throws -> T) throws -> T {
        try Array(json.utf8).withUnsafeBufferPointer { b in
            var r = JSONLineReader(b, from: 0, to: b.count)
            return try body(&r)
        }
    }

    @Test func timesAsWrittenAndInOtherForms() throws {
        let base = Date(timeIntervalSince1970: 1_780_387_200)  // 2026-06-02T08:00:00Z
        let forms: [(String, Date)] = [
            (#""2026-06-02T08:00:00Z""#, base),
            (#""2026-06-02T08:00:00.250Z""#, base.addingTimeInterval(0.25)),
            (#""2026-06-02T08:00:00.007Z""#, base.addingTimeInterval(0.007)),
            (#""2026-06-02T17:00:00+09:00""#, base),
            (#""2024-02-29T23:59:59Z""#, Date(timeIntervalSince1970: 1_709_251_199)),
            (#""1970-01-01T00:00:00Z""#, Date(timeIntervalSince1970: 0)),
        ]
        for (json, date) in forms {
            #expect(try read(json) { try $0.date() } == date, "\(json)")
        }
        // The reader stands after the time: a second value follows.
        #expect(try read(#"["2026-06-02T08:00:00.250Z",7]"#) { r in
            var values: [Int] = []
            try r.array { r in if values.isEmpty { _ = try r.date(); values.append(0) } else { values.append(try r.int()) } }
            return values
        } == [0, 7])
    }

    @Test func impossibleTimesAreRefused() {
        for json in [#""2026-13-02T08:00:00Z""#, #""2026-02-30T08:00:00Z""#, #""2026-06-02T24:00:00Z""#,
                     #""2026-06-02T08:60:00Z""#, #""2026-06-02T08:00:60Z""#, #""2O26-06-02T08:00:00Z""#,
                     #""2026-06-02T08:00:00.2x0Z""#, #""2026-06-02T08:00:00.-25Z""#, #""2026-06-02X08:00:00Z""#,
                     #""2025-02-29T08:00:00Z""#, #""tomorrow""#, "12"] {
            #expect(throws: (any Error).self, "\(json)") { try read(json) { try $0.date() } }
        }
    }

    @Test func textIsPassedOverWhateverItsEscapes() throws {
        let texts = [#""""#, #""plain""#, #""a \"quoted\" word""#, #""ends in a backslash \\""#,
                     #""two \\\\ and a quote \\\"""#, #""\u0022 and 日本語""#, #""\\\\\\""#]
        for text in texts {
            let json = #"{"skip":"# + text + #","after":42}"#
            let after = try read(json) { r in
                var n = 0
                try r.object { r, key in if key.is("after") { n = try r.int() } else { try r.skip() } }
                return n
            }
            #expect(after == 42, "\(text)")
        }
        #expect(throws: (any Error).self) { try read(#""never closed \""#) { try $0.skip() } }
    }
}
