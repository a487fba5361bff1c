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

    /// The case files' times (`+09:00`, `-05:30`) are read in place; every form, the
    /// quick one and the others, gives what `TimeText.parseISO` gives, and a time
    /// without an offset is read in the zone given.
    @Test(arguments: ["2026-06-02T17:00:00+09:00", "2026-06-02T03:30:00-05:30", "2026-06-02T08:00:00+00:00",
                      "2026-06-02T08:00:00-00:00", "2026-12-31T23:59:59+14:00", "2024-02-29T00:00:00-12:00",
                      "2026-06-02T08:00:00Z", "2026-06-02T08:00:00.250Z", "2026-06-02T17:00:00+0900",
                      "2026-06-02T17:00+09:00", "2026-06-02T17:00:00.5+09:00", "2026-06-02T17:00:00", "2026-06-02",
                      "2026-06-02T17:00:00+24:00", "2026-06-02T17:00:00+09:60", "2026-02-30T17:00:00+09:00",
                      "2026-06-02T17:00:00+9:00", "2026-06-02T17:00:00+09:0x"])
    func caseFileTimesAreReadAsParseISOReadsThem(_ text: String) throws {
        let zone = TimeZone(identifier: "America/New_York")!
        let expected = TimeText.parseISO(text, zone: zone)
        #expect(try read("\"\(text)\"") { try $0.isoTime(zone: zone) } == expected, "\(text)")
        // And the reader stands after the time when it was one.
        if expected != nil {
            #expect(try read("[\"\(text)\",7]") { r in
                var values: [Int] = []
                try r.array { r in if values.isEmpty { _ = try r.isoTime(zone: zone); values.append(0) } else { values.append(try r.int()) } }
                return values
            } == [0, 7])
        }
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

    /// Objects and arrays are passed over by their brackets, found eight bytes at a
    /// time: brackets and quotes inside text, escapes, and every place a bracket can
    /// fall in a word leave the reader just after the value.
    @Test func valuesArePassedOverToTheirEnd() throws {
        var values = [#"{}"#, #"[]"#, #"{"inode":16230960,"size":2937,"hash":"6d368e3d9729c807"}"#,
                      #"[1,[2,[3,{"a":[]}]],"]}{["]"#, #"{"t":"a \"}\" b","u":"\\","v":"\\\"]"}"#,
                      #"{"日本語":"括弧}]","x":[{"y":null},true,false,-1.5e3]}"#, "12", "-0.25E+2", "null", "true", "false",
                      #""a string""#]
        for pad in 0..<17 {
            let filler = String(repeating: "x", count: pad)
            values.append(#"{"\#(filler)":[{"\#(filler)":"\#(filler)}"}],"k":"\#(filler)\\"}"#)
            values.append("[" + String(repeating: "7,", count: pad) + "\"]\"]")
        }
        for value in values {
            let after = try read(#"{"skip": "# + value + #" ,"after":42}"#) { r in
                var n = 0
                try r.object { r, key in if key.is("after") { n = try r.int() } else { try r.skip() } }
                return n
            }
            #expect(after == 42, "\(value)")
        }
        for broken in [#"{"a":[1,2"#, #"["never closed"#, #"{"a":"b}"#, "nul", "x"] {
            #expect(throws: (any Error).self, "\(broken)") { try read(broken) { try $0.skip() } }
        }
    }

    /// A string is compared with a text in place, or read whole when it has escapes.
    @Test func aStringIsComparedWithATextEitherWay() throws {
        #expect(try read(#""A.jsonl""#) { try $0.string(is: "A.jsonl") })
        #expect(try !read(#""A.jsonl""#) { try $0.string(is: "A.json") })
        #expect(try !read(#""A.jsonl""#) { try $0.string(is: "B.jsonl") })
        #expect(try read(#""""#) { try $0.string(is: "") })
        #expect(try read(#""\u65e9\u3044.jsonl""#) { try $0.string(is: "早い.jsonl") })
        #expect(try read(#""早い.jsonl""#) { try $0.string(is: "早い.jsonl") })
        #expect(throws: (any Error).self) { try read(#""open"#) { try $0.string(is: "open") } }
    }

    /// Keys and short text are read in place byte by byte, longer ones through memchr:
    /// both ways meet the same quotes and refuse the same backslashes, at every length
    /// around the point where one way hands over to the other.
    @Test func keysOfEveryLengthAreReadAlikeEitherWay() throws {
        for n in 0...60 {
            let key = String(repeating: "k", count: n)
            let got = try read(#"{""# + key + #"":1,"after":2}"#) { r in
                var keys: [String] = []
                try r.object { r, k in keys.append(String(decoding: k, as: UTF8.self)); _ = try r.int() }
                return keys
            }
            #expect(got == [key, "after"], "a key of \(n) bytes")
            for at in [0, n / 2, max(0, n - 1)] where n > 0 {
                var escaped = Array(key.utf8)
                escaped[at] = UInt8(ascii: "\\")
                let json = #"{""# + String(decoding: escaped, as: UTF8.self) + #"n":1}"#
                #expect(throws: (any Error).self, "a backslash at \(at) of \(n)") {
                    try read(json) { r in try r.object { r, _ in _ = try r.int() } }
                }
            }
        }
    }

    /// Every rung, channel, direction, party, status and outcome is read back by name,
    /// and a name none of them has (or a near miss) is not taken for one.
    @Test func namedValuesAreReadByTheirBytes() throws {
        func check<E: ReadByName & Equatable>(_: E.Type) throws {
            for value in E.allCases {
                #expect(try read(#""\#(value.rawValue)""#) { try $0.choice(E.self) } == value)
                #expect(try read(#""\#(value.rawValue)x""#) { try $0.choice(E.self) } == nil)
                #expect(try read(#""\#(value.rawValue.dropLast())""#) { try $0.choice(E.self) } == nil)
            }
            #expect(try read(#""""#) { try $0.choice(E.self) } == nil)
        }
        try check(Rung.self); try check(Channel.self); try check(ContactDirection.self); try check(FailureReason.self)
        try check(Party.self); try check(CaseStatus.self); try check(Resolution.self); try check(OpenRepliesAtClose.self)
        // Rungs climb in the order they are listed, without making that list to compare.
        #expect(Rung.allCases.map(\.index) == Array(Rung.allCases.indices))
        #expect(Rung.allCases.sorted() == Rung.allCases)
    }

    /// Ids in either case are read as Foundation reads them; anything else in their
    /// place is refused, whichever of the 32 digits or 4 dashes is wrong (Foundation on
    /// Linux takes a dash for a digit; the index never has one).
    @Test func uuidsAreReadAsFoundationReadsThem() throws {
        for _ in 0..<200 {
            let id = UUID()
            #expect(try read("\"\(id.uuidString)\"") { try $0.uuid() } == id)
            #expect(try read("\"\(id.uuidString.lowercased())\"") { try $0.uuid() } == id)
        }
        let good = Array("87E402E6-98AF-D9CA-2891-A66605EFE1F0".utf8)
        for at in good.indices {
            // Every byte at every place: the digits are read eight at a time, and the
            // bytes either side of 0-9, A-F and a-f must be refused.
            for wrong in UInt8.min...UInt8.max where wrong != good[at] {
                var bad = good
                bad[at] = wrong
                let text = "\"" + String(decoding: bad, as: UTF8.self) + "\""
                let canonical = bad.indices.allSatisfy { i in
                    [8, 13, 18, 23].contains(i) ? bad[i] == UInt8(ascii: "-") : bad[i].isHexDigit
                }
                let expected = canonical ? UUID(uuidString: String(decoding: bad, as: UTF8.self)) : nil
                #expect((try? read(text) { try $0.uuid() }) == expected, "\(text)")
            }
        }
    }
}

private extension UInt8 {
    var isHexDigit: Bool { (0x30...0x39).contains(self) || (0x41...0x46).contains(self) || (0x61...0x66).contains(self) }
}
