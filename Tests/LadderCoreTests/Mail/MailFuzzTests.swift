import Foundation
import LadderTestSupport
import Testing
@testable import LadderCore

/// The corpus mutated by a seeded generator: whatever comes in, the parser returns a
/// message or a MailError, and every field of what it returns can be read. A short
/// run here; LADDER_MAIL_FUZZ_INPUTS=100000 for the long run (Docs/Mail.md).
@Suite struct MailFuzzTests {
    static let inputs = runSize("LADDER_MAIL_FUZZ_INPUTS", default: 2000)

    /// Pieces that steer a mutation into the parser's corners.
    static let pieces: [[UInt8]] = [
        "=?", "?=", "=?ISO-2022-JP?B?", "=?UTF-8?Q?=E3=81", "?B?GyRC", "\u{1B}$B", "\u{1B}(B", "\u{1B}(I", "\u{1B}$(D",
        "--", "\r\n", "\n\n", "\n ", "=\n", "=", "=3D", "boundary=", "boundary=\"\"",
        "Content-Type: multipart/mixed; boundary=\"x\"\n", "Content-Type: message/rfc822\n",
        "Content-Transfer-Encoding: base64\n", "Content-Transfer-Encoding: quoted-printable\n",
        "charset=iso-2022-jp", "charset=x-unknown", "charset=utf-7", "filename*0*=UTF-8''%E3%", "filename*1*=%",
        "<", ">", "&#x", "&#99999999;", "<!--", "<script>", "(", ")", "\"", "\\", ",", ":", ";",
        "Date: ", "99 Foo 99999 99:99:99 +9999", "On x wrote:", "> ", "-- \n", "━━━━━━", "-----Original Message-----",
        "From: ", "\u{0}", "\u{FF}\u{FE}", "①㈱",
    ].map { Array($0.utf8) }

    static func mutate(_ input: [UInt8], _ dice: inout Dice, corpus: [[UInt8]]) -> [UInt8] {
        var b = input
        for _ in 0..<(1 + dice.next(5)) {
            let at = dice.next(b.count + 1)
            switch dice.next(8) {
            case 0 where !b.isEmpty:
                b[min(at, b.count - 1)] = UInt8(dice.next(256))
            case 1:
                b.insert(contentsOf: pieces[dice.next(pieces.count)], at: at)
            case 2 where !b.isEmpty:
                b.removeSubrange(at..<min(b.count, at + 1 + dice.next(200)))
            case 3 where at < b.count:
                let piece = b[at..<min(b.count, at + 1 + dice.next(300))]
                b.insert(contentsOf: piece, at: dice.next(b.count + 1))
            case 4:
                b = Array(b.prefix(at))
            case 5:
                let other = corpus[dice.next(corpus.count)]
                let from = dice.next(other.count + 1)
                b.insert(contentsOf: other[from..<min(other.count, from + dice.next(2000))], at: at)
            case 6:
                b.insert(contentsOf: (0..<dice.next(64)).map { _ in UInt8(dice.next(256)) }, at: at)
            default:
                // Repeat a piece many times: long lines, deep nesting, many words.
                let piece = pieces[dice.next(pieces.count)]
                b.insert(contentsOf: Array((0..<(1 + dice.next(400))).map { _ in piece }.joined()), at: at)
            }
        }
        return b
    }

    @Test func mutatedMailNeverCrashesOrHangs() throws {
        let corpus = try MailCorpusTests.names.map(MailCorpusTests.bytes)
        #expect(corpus.count >= 25)
        var dice = Dice(state: 23)
        var read = 0
        var refused: [String: Int] = [:]
        for i in 0..<Self.inputs {
            let input = Self.mutate(corpus[i % corpus.count], &dice, corpus: corpus)
            do {
                let m = try MailMessage.parse(bytes: input)
                read += 1
                // Everything a caller reads can be read.
                _ = m.meaningfulLines(limit: 5)
                _ = (m.subject.count, m.text.count, m.attachments.count, m.notes.map(\.description).count)
                _ = (m.from?.domain, m.to.map(\.description), m.bounce?.isFailure, m.autoReply, m.header("X-Mailer"))
                #expect(m.date.map { $0.timeIntervalSince1970.isFinite } ?? true)
            } catch {
                refused[error.kindName, default: 0] += 1
                #expect(!error.description.isEmpty)
            }
        }
        #expect(read > Self.inputs / 4, "most mutations still read: \(read) of \(Self.inputs), refused \(refused)")
    }

    @Test func hostileShapesAreRefusedOrReadQuickly() throws {
        func parse(_ text: String) -> Result<MailMessage, MailError> {
            Result { () throws(MailError) in try MailMessage.parse(bytes: Array(text.utf8)) }
        }
        // Nesting beyond the limit.
        var nested = "From: a@b.example\nContent-Type: multipart/mixed; boundary=b0\n\n"
        for level in 1...30 { nested += "--b\(level - 1)\nContent-Type: multipart/mixed; boundary=b\(level)\n\n" }
        if case .failure(let e) = parse(nested) { #expect(e.kindName == "tooDeep") } else { Issue.record("deep nesting read") }
        // Too many parts.
        let many = "From: a@b.example\nContent-Type: multipart/mixed; boundary=z\n\n" + String(repeating: "--z\n\nx\n", count: 1500) + "--z--\n"
        if case .failure(let e) = parse(many) { #expect(e.kindName == "tooManyParts") } else { Issue.record("1500 parts read") }
        // Too large, refused before any work.
        let large = [UInt8](repeating: 0x41, count: MailMessage.sizeLimit + 1)
        #expect(throws: MailError.tooLarge(bytes: large.count, limit: MailMessage.sizeLimit)) { try MailMessage.parse(bytes: large) }
        // A line of two megabytes.
        if case .failure(let e) = parse("From: a@b.example\n\n" + String(repeating: "x", count: 2_000_000)) {
            #expect(e.kindName == "lineTooLong")
        } else { Issue.record("a 2 MB line read") }
        // A header line of 20 kB.
        if case .failure(let e) = parse("Subject: " + String(repeating: "=?", count: 10_000) + "\n\nx") {
            #expect(e.kindName == "lineTooLong")
        } else { Issue.record("a 20 kB header line read") }
        // Many short encoded words, tags and quote markers: read, and in one piece.
        let words = String(repeating: "=?UTF-8?B?44GC?= ", count: 5000)
        let body = String(repeating: "<p>a &amp; b<br>", count: 10_000) + String(repeating: "> q\nOn x wrote:\n", count: 5_000)
        let m = try MailMessage.parse(bytes: Array(("From: a@b.example\nSubject:" + words.split(separator: " ").joined(separator: "\n ")
                                                    + "\nContent-Type: text/html\n\n" + body).utf8))
        #expect(m.subject == String(repeating: "あ", count: 5000))
        #expect(m.text.hasPrefix("a & b\na & b"))
        #expect(m.meaningfulLines(limit: 2) == ["a & b", "a & b"])
    }
}
