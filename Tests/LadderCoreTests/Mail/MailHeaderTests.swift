import Foundation
import Testing
@testable import LadderCore

/// Encoded words, parameters, addresses, message ids and dates, one rule at a time.
@Suite struct MailHeaderTests {
    func words(_ s: String) -> String {
        var notes: [MailNote] = []
        return EncodedWords.decode(s, notes: &notes)
    }

    @Test func encodedWords() {
        #expect(words("=?utf-8?q?caf=C3=A9_au_lait?=") == "café au lait")
        #expect(words("=?UTF-8?B?44GC?= =?UTF-8?B?44GE?=") == "あい")          // blanks between words dropped
        #expect(words("=?UTF-8?B?44GC?= x =?UTF-8?B?44GE?=") == "あ x い")     // other text keeps its blanks
        #expect(words("=?UTF-8?B?44E=?=\n =?UTF-8?B?gg==?=") == "あ")             // a character split across words
        #expect(words("=?ISO-2022-JP?B?GyRCJCIbKEI=?=") == "あ")
        #expect(words("=?iso-2022-jp?b?GyRCJCIbKEI?=") == "あ")                // no padding, lower case
        #expect(words("=?UTF-8*ja?Q?=E3=81=82?=") == "あ")                     // RFC 2231 language
        #expect(words("a =?broken?X?zz?= b") == "a =?broken?X?zz?= b")        // not a word: as written
        #expect(words("=?UTF-8?Q?a b?=") == "=?UTF-8?Q?a b?=")
    }

    @Test func parameters() {
        var notes: [MailNote] = []
        let p = HeaderParameters("Attachment; filename*0*=UTF-8''%E8%AB%8B; filename*1*=%E6%B1%82; filename*2=\".pdf\"", notes: &notes)
        #expect(p.value == "attachment")
        #expect(p["filename"] == "請求.pdf")
        let q = HeaderParameters("text/plain; charset=\"ISO-2022-JP\" (comment); format=flowed", notes: &notes)
        #expect(q.value == "text/plain")
        #expect(q["charset"] == "ISO-2022-JP")
        #expect(q["format"] == "flowed")
        let r = HeaderParameters("application/pdf; name=\"=?UTF-8?B?6KuL5rGC?=.pdf\"", notes: &notes)
        #expect(r["name"] == "請求.pdf")
        let s = HeaderParameters("attachment; filename*=iso-2022-jp''%1B%24B%24%22%1B%28B.txt", notes: &notes)
        #expect(s["filename"] == "あ.txt")
    }

    @Test func addresses() {
        var notes: [MailNote] = []
        func parse(_ s: String) -> [MailAddress] { AddressList.parse(s, notes: &notes) }
        #expect(parse("\"Yamada, Taro\" <taro@example.jp>, hanako@example.jp (Hanako)")
            == [MailAddress(name: "Yamada, Taro", address: "taro@example.jp"), MailAddress(name: "Hanako", address: "hanako@example.jp")])
        #expect(parse("undisclosed-recipients:;") == [])
        #expect(parse("Team: a@x.example, b@x.example;, c@x.example").map(\.address) == ["a@x.example", "b@x.example", "c@x.example"])
        #expect(parse("<@relay.example:user@host.example>") == [MailAddress(address: "user@host.example")])
        #expect(parse("=?UTF-8?B?5bGx55Sw?= <yamada@example.jp").first?.name == "山田")
        #expect(MailAddress(address: "Taro@Example.JP").domain == "example.jp")
        #expect(MessageIDs.parse("<a@b> (comment) <c@d>") == ["a@b", "c@d"])
        #expect(MessageIDs.parse("  bare@id.example ") == ["bare@id.example"])
    }

    func date(_ s: String) -> String? {
        MailDate.parse(s).map { ISO8601DateFormatter().string(from: $0) }
    }

    @Test func datesInEveryForm() {
        #expect(date("Wed, 15 Jul 2026 15:00:00 +0900") == "2026-07-15T06:00:00Z")
        #expect(date("15 Jul 2026 15:00 +0900") == "2026-07-15T06:00:00Z")           // no day, no seconds
        #expect(date("Wed, 15 Jul 26 15:00:00 JST") == "2026-07-15T06:00:00Z")        // two-digit year, JST
        #expect(date("Tue, 1 Jan 99 00:00:00 GMT") == "1999-01-01T00:00:00Z")
        #expect(date("Fri, 1 Jan 100 00:00:00 GMT") == "2000-01-01T00:00:00Z")       // three-digit year
        #expect(date("Wed, 15 Jul 2026 02:00:00 EDT") == "2026-07-15T06:00:00Z")
        #expect(date("Wed,15 Jul 2026 06:00:00 (UTC) -0000 (unknown zone)") == "2026-07-15T06:00:00Z")
        #expect(date("Wed Jul 15 06:00:00 2026") == "2026-07-15T06:00:00Z")           // asctime
        #expect(date("Wed, 15 Jul 2026 06:00:00.123 +00:00") == "2026-07-15T06:00:00Z")
        #expect(date("Wed, 15 Jul 2026 06:00:00 Z") == "2026-07-15T06:00:00Z")
        #expect(date("Sat, 31 Dec 2016 23:59:60 +0000") == "2016-12-31T23:59:59Z")   // leap second
        #expect(date("Thu, 29 Feb 2024 12:00:00 +0000") == "2024-02-29T12:00:00Z")
        for bad in ["", "yesterday", "31 Feb 2026 10:00 +0900", "15 Jul 2026", "15 Jul 2026 25:00 +0900",
                    "15 Foo 2026 10:00 +0900", "15 Jul 2026 10:00 +0960", "2026-07-15T10:00:00+09:00"] {
            #expect(date(bad) == nil, "\(bad) was read")
        }
    }

    @Test func headerUnfoldingAndErrors() throws {
        let m = try MailMessage.parse(bytes: Array("Subject: one\r\n\ttwo\r\n  three\r\nX-Ticket: =?UTF-8?B?44GC?=\r\n\r\nbody".utf8))
        #expect(m.subject == "one two three")
        #expect(m.header("x-ticket") == "あ")
        #expect(m.header("X-None") == nil)
        #expect(m.text == "body")
        #expect(throws: MailError.empty) { try MailMessage.parse(bytes: Array(" \r\n\n".utf8)) }
        #expect(throws: MailError.badHeaderLine(line: 2, text: "this is not a header")) {
            try MailMessage.parse(bytes: Array("From: a@b.example\nthis is not a header\n\nbody".utf8))
        }
        #expect(throws: MailError.binaryHeader(line: 1)) { try MailMessage.parse(bytes: Array("From: a\u{0}b\n\nx".utf8)) }
        #expect(throws: MailError.boundaryNotFound(part: "", boundary: "zz")) {
            try MailMessage.parse(bytes: Array("Content-Type: multipart/mixed; boundary=zz\n\n--other\n\nx\n".utf8))
        }
        let unclosed = try MailMessage.parse(bytes: Array("Content-Type: multipart/mixed; boundary=zz\n\n--zz\n\nhello\n".utf8))
        #expect(unclosed.text == "hello\n")
        #expect(unclosed.notes == [.unclosedMultipart(part: "")])
    }

    @Test func errorsReadAsSentences() {
        #expect(MailError.missingBoundary(part: "1.2").description == "The multipart body of part 1.2 has no boundary parameter.")
        #expect(MailError.boundaryNotFound(part: "", boundary: "zz").description == "The multipart body of the message never uses its boundary \"zz\".")
        #expect(MailError.badBase64(part: "").description == "The base64 of the message is damaged.")
        #expect(MailError.tooLarge(bytes: 3, limit: 2).ladderError.kind == .data)
    }
}
