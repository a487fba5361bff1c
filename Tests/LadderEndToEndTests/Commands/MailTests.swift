import Foundation
import LadderTestSupport
import Testing

/// Mail for the built binary: the corpus of Tests/LadderCoreTests/Mail/Corpus (made by
/// Scripts/make-mail-corpus.py) and the configuration ladder mail reads.
enum MailFixture {
    static let corpus = repositoryRoot.appendingPathComponent("Tests/LadderCoreTests/Mail/Corpus").path

    static func path(_ name: String) -> String { corpus + "/" + name + ".eml" }

    /// Minato Mobile as the user configures it: the technical desk answers mail within
    /// 4 business hours on its hours; customer relations by its address only.
    static let config = """
        {
          "version": 1,
          "me": { "addresses": ["ken@sato-home.example"] },
          "organisations": [
            { "name": "Minato Mobile", "aliases": ["ミナトモバイル"], "zone": "Asia/Tokyo", "contactPoints": [
              { "name": "Technical desk", "rung": "technical-desk", "email": "tech-desk@support.minato-mobile.example",
                "domains": ["support.minato-mobile.example"], "replyWithin": "4 business hours",
                "hours": { "mon-fri": "09:00-18:00" } },
              { "name": "Customer relations", "rung": "executive", "email": "soudan@minato-mobile.example",
                "phone": "0570-000-000", "cost": "paid", "hours": { "mon-fri": "09:00-18:00" } }
            ] }
          ]
        }
        """

    static func install(in s: Sandbox) throws {
        let dir = s.directory + "/home/.config/ladder"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        try config.write(toFile: dir + "/config.json", atomically: true, encoding: .utf8)
    }
}

extension Sandbox {
    /// Runs `ladder ARGS` with `input` on standard input (a mail client's pipe).
    func run(_ args: [String], input: Data) -> Result {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: ladderBinary)
        p.arguments = args
        p.environment = environment
        let stdin = Pipe(), out = Pipe(), err = Pipe()
        p.standardInput = stdin
        p.standardOutput = out
        p.standardError = err
        try! p.run()
        stdin.fileHandleForWriting.write(input)
        try? stdin.fileHandleForWriting.close()
        let o = out.fileHandleForReading.readDataToEndOfFile(), e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return Result(status: p.terminationStatus, out: String(decoding: o, as: UTF8.self), err: String(decoding: e, as: UTF8.self))
    }
}

/// `ladder mail`'s promises on the command line: what it says, what it writes, and
/// what it refuses.
@Suite struct MailTests {
    let s = Sandbox(now: "2026-07-16T16:00:00+09:00")

    init() throws {
        try MailFixture.install(in: s)
        s.ok("add", "Mail from two handsets bounces", "--org", "Minato Mobile", "--rung", "technical-desk", "--ref", "C-1234")
    }

    @Test func aMailFromAPipeIsLoggedOnceAndSaysWhichRuleMatched() throws {
        s.now = "2026-07-16T16:45:00+09:00"
        let data = try Data(contentsOf: URL(fileURLWithPath: MailFixture.path("01-user-to-desk")))
        let r = s.run(["mail", "-"], input: data)
        #expect(r.status == 0, "\(r.err)")
        #expect(r.out.contains("Case 1 (Mail from two handsets bounces): matched by tech-desk@support.minato-mobile.example: Technical desk of Minato Mobile"))
        #expect(r.out.contains("Thu 07-16 16:40 email to technical-desk (Technical desk)\n"), "the company's name is no person")
        #expect(r.out.contains("awaiting #1: an answer to my mail \"携帯2機種からのメールが届かない件\" (Technical desk), due Fri 07-17 11:40"))
        let json = try #require(try s.json("show", "1", "--json") as? [String: Any])
        #expect("\(json)".contains("携帯2機種からのメールが届かない件"))
        let file = try String(contentsOfFile: StoreFiles.path(s.store, 1), encoding: .utf8)
        #expect(file.contains("\"messageId\":\"20260716164012.K1@sato-home.example\""), "kept for threading")

        let before = s.snapshot()
        let again = s.run(["mail"], input: data)
        #expect(again.status == 0)
        #expect(again.out == "Already logged on case 1 (Message-ID <20260716164012.K1@sato-home.example>); nothing recorded.\n")
        #expect(s.snapshot() == before)
    }

    @Test func aDryRunShowsWhatWouldBeRecordedAndWritesNothing() {
        s.now = "2026-07-16T16:45:00+09:00"
        let before = s.snapshot()
        let r = s.ok("mail", "--dry-run", MailFixture.path("01-user-to-desk"))
        #expect(r.out.contains("would record: Thu 07-16 16:40 email to technical-desk (Technical desk)"))
        #expect(r.out.contains("would record: Thu 07-16 16:40 awaiting #1"))
        #expect(r.out.hasSuffix("Dry run: nothing was written.\n"))
        #expect(s.snapshot() == before)
    }

    @Test func aCaseReferenceInTheMailFindsTheCase() throws {
        s.now = "2026-07-20T12:00:00+09:00"
        s.ok("add", "Another case", "--org", "Minato Mobile")
        let mail = """
            From: Sato <sato@elsewhere.example>
            To: ken@sato-home.example
            Subject: =?UTF-8?B?44GK5ZWP44GE5ZCI44KP44Gb55Wq5Y+377ya77yj77yN77yR77yS77yT77yU?=
            Date: Mon, 20 Jul 2026 11:00:00 +0900
            Message-ID: <ref-test@elsewhere.example>

            Hello.
            """
        // The subject is お問い合わせ番号：Ｃ－１２３４, in full-width letters and digits.
        let r = s.run(["mail"], input: Data(mail.utf8))
        #expect(r.status == 0, "\(r.err)")
        #expect(r.out.contains("Case 1 (Mail from two handsets bounces): matched by the reference C-1234 in the mail"))
    }

    @Test func aMailWithoutACaseIsRefusedWithTheCandidatesAndNothingWritten() {
        s.ok("add", "Another case", "--org", "Minato Mobile")
        let before = s.snapshot()
        // The desk's address fits both open cases of Minato Mobile.
        let r = s.run(["mail", MailFixture.path("08-desk-root-cause-alternative")])
        #expect(r.status == 65)
        #expect(r.err.contains("no case for this mail: tech-desk@support.minato-mobile.example is a contact point of Minato Mobile, which has more than one open case; nothing recorded"))
        #expect(r.err.contains("candidates: #1 Mail from two handsets bounces (Minato Mobile), #2 Another case (Minato Mobile); give the case with --case N"))
        #expect(s.snapshot() == before)
        // Told which, it logs it.
        s.now = "2026-07-29T17:00:00+09:00"
        let given = s.ok("mail", "--case", "2", MailFixture.path("08-desk-root-cause-alternative"))
        #expect(given.out.contains("Case 2 (Another case): case given with --case"))
        #expect(s.run(["mail", "--case", "9", MailFixture.path("07-relations-apology-cp932")]).status == 65)
    }

    @Test func aMessageThatIsNotMailIsRefusedNamingTheFile() {
        let before = s.snapshot()
        let path = MailFixture.path("26-malformed-not-mail")
        let r = s.run(["mail", path])
        #expect(r.status == 65)
        #expect(r.err.hasPrefix("ladder: error: \(path): "), "\(r.err)")
        #expect(r.err.contains("nothing was recorded"))
        #expect(s.snapshot() == before)
        let missing = s.run(["mail", s.directory + "/no-such.eml"])
        #expect(missing.status == 64 && missing.err.contains("cannot read"))
    }

    @Test func anAnswerIsNotClearedWithoutATerminalOrAFlagAndSaysSo() {
        s.now = "2026-07-17T16:00:00+09:00"
        s.ok("mail", MailFixture.path("01-user-to-desk"))
        s.ok("await", "1", "call back", "--at", "2026-07-16 17:00", "--due", "2d")
        let before = s.snapshot()
        // Two replies the desk may be answering: --clear must be told which.
        let both = s.run(["mail", "--clear", MailFixture.path("04-desk-late-answer")])
        #expect(both.status == 64)
        #expect(both.err.contains("--reply: this mail may answer #1 (an answer to my mail \"携帯2機種からのメールが届かない件\"), #2 (call back)"))
        #expect(s.snapshot() == before, "nothing written")
        let quiet = s.ok("mail", MailFixture.path("04-desk-late-answer")).out
        #expect(quiet.contains("not cleared, as there is no terminal to ask on: #1"))
        #expect(quiet.contains("ladder clear 1 1 --at \"2026-07-17 15:12\""))
        #expect(s.ok("show", "1").out.contains("Pending\n  #1 OVERDUE"))
    }

    @Test func aMaildirIsReadInDateOrderOnceAndItsFilesAreLeftAlone() throws {
        s.now = "2026-07-17T16:00:00+09:00"
        let dir = s.directory + "/Maildir/.minato"
        for sub in ["new", "cur", "tmp"] { try FileManager.default.createDirectory(atPath: dir + "/" + sub, withIntermediateDirectories: true) }
        // The bounce's file name sorts first; its Date puts it after the mail that bounced.
        let files = [("03-dsn-bounce", "new/1000.A.host"), ("01-user-to-desk", "cur/2000.B.host:2,S"),
                     ("31-user-resend-wrong-address", "new/3000.C.host")]
        for (name, file) in files {
            try FileManager.default.copyItem(atPath: MailFixture.path(name), toPath: dir + "/" + file)
        }
        let before = s.snapshot()
        let dry = s.run(["mail", "--maildir", dir, "--dry-run"])
        #expect(dry.out.contains("would record: Thu 07-16 16:40 email to technical-desk"))
        #expect(dry.out.contains("3 new messages"))
        #expect(s.snapshot() == before, "no case changed, no seen file")

        let r = s.ok("mail", "--maildir", dir)
        let lines = r.out.split(separator: "\n").map(String.init)
        let order = lines.filter { $0.hasPrefix(dir) }
        #expect(order == [dir + "/cur/2000.B.host:2,S", dir + "/new/3000.C.host", dir + "/new/1000.A.host"], "\(r.out)")
        #expect(r.out.contains("email to technical-desk FAILED (bounced)"))
        #expect(r.out.hasSuffix("3 new messages in \(dir); 0 not recorded.\n"))
        for (_, file) in files { #expect(FileManager.default.fileExists(atPath: dir + "/" + file), "\(file) left where it was") }
        let seen = try FileManager.default.contentsOfDirectory(atPath: s.store).filter { $0.hasPrefix("mail-seen.") }
        #expect(seen.count == 1)

        // The client moves a message to cur and flags it: still known. A new one arrives.
        try FileManager.default.moveItem(atPath: dir + "/new/3000.C.host", toPath: dir + "/cur/3000.C.host:2,RS")
        try FileManager.default.copyItem(atPath: MailFixture.path("02-auto-ack"), toPath: dir + "/new/4000.D.host")
        let next = s.ok("mail", "--maildir", dir)
        #expect(next.out.hasSuffix("1 new messages in \(dir); 0 not recorded.\n"), "\(next.out)")
        #expect(s.ok("mail", "--maildir", dir).out == "0 new messages in \(dir); 0 not recorded.\n")
        #expect(s.run(["mail", "--maildir", s.directory]).status == 64, "not a Maildir")
    }

    @Test func aMaildirMessageThatCannotBeLoggedIsReportedOnceAndTheRestAreLogged() throws {
        s.now = "2026-07-17T16:00:00+09:00"
        let dir = s.directory + "/Maildir"
        for sub in ["new", "cur"] { try FileManager.default.createDirectory(atPath: dir + "/" + sub, withIntermediateDirectories: true) }
        try FileManager.default.copyItem(atPath: MailFixture.path("26-malformed-not-mail"), toPath: dir + "/new/1.bad")
        try FileManager.default.copyItem(atPath: MailFixture.path("17-out-of-office-english"), toPath: dir + "/new/2.elsewhere")
        try FileManager.default.copyItem(atPath: MailFixture.path("01-user-to-desk"), toPath: dir + "/new/3.good")
        let r = s.run(["mail", "--maildir", dir])
        #expect(r.status == 65)
        #expect(r.err.contains(dir + "/new/1.bad: "))
        #expect(r.err.contains(dir + "/new/2.elsewhere: no case for this mail"))
        #expect(r.out.contains("email to technical-desk (Technical desk)"))
        #expect(r.out.hasSuffix("3 new messages in \(dir); 2 not recorded.\n"))
        let again = s.run(["mail", "--maildir", dir])
        #expect(again.status == 0 && again.err.isEmpty, "reported once, not at every cron run")
    }

    @Test func inATerminalItAsksWhetherTheAnswerClearsTheReply() throws {
        s.now = "2026-07-17T16:00:00+09:00"
        s.ok("mail", MailFixture.path("01-user-to-desk"))
        let before = s.snapshot()
        let no = try TmuxSession(s, args: ["mail", MailFixture.path("04-desk-late-answer")], width: 200, height: 30)
        try no.waitFor("Clear #1? [y/N]")
        try no.keys("Enter")
        #expect(no.exitStatus() == 0)
        #expect(try no.screen().contains("left open"))
        #expect(s.snapshot() != before, "the answer is logged all the same")
        #expect(s.ok("show", "1").out.contains("Pending\n  #1 OVERDUE"))

        s.ok("undo", "--yes")
        let yes = try TmuxSession(s, args: ["mail", MailFixture.path("04-desk-late-answer")], width: 200, height: 30)
        let asked = try yes.waitFor("Clear #1? [y/N]")
        #expect(asked.contains("#1 an answer to my mail \"携帯2機種からのメールが届かない件\", due Fri 07-17 11:40: late if cleared now"))
        try yes.type("y")
        try yes.keys("Enter")
        #expect(yes.exitStatus() == 0)
        #expect(try yes.screen().contains("cleared #1 an answer to my mail \"携帯2機種からのメールが届かない件\": late"))
        #expect(s.ok("show", "1").out.contains("Pending: none"))
    }

    @Test func orgAddSetsWhatLadderMailReads() throws {
        let other = Sandbox(now: "2026-07-16T16:00:00+09:00")
        other.ok("org", "add", "Minato Mobile", "--zone", "Asia/Tokyo")
        other.ok("org", "add", "Minato Mobile", "--point", "Technical desk", "--rung", "technical-desk",
                 "--email", "tech-desk@support.minato-mobile.example", "--domain", "support.minato-mobile.example",
                 "--reply-within", "4 business hours", "--hours", "mon-fri 09:00-18:00")
        let shown = other.ok("org", "show", "Minato Mobile").out
        #expect(shown.contains("mail from support.minato-mobile.example; answers mail within 4 business hours"), "\(shown)")
        #expect(other.run(["org", "edit", "Minato Mobile", "--point", "Technical desk", "--reply-within", "soon"]).status == 64)
        #expect(other.run(["org", "edit", "Minato Mobile", "--point", "Technical desk", "--domain", "a@b"]).status == 64)
        other.ok("add", "Mail from two handsets bounces", "--org", "Minato Mobile", "--rung", "technical-desk")
        other.now = "2026-07-16T16:45:00+09:00"
        let r = other.ok("mail", MailFixture.path("02-auto-ack"))
        #expect(r.out.contains("matched by noreply@support.minato-mobile.example: Technical desk of Minato Mobile"), "by the domain")
        // Without me.addresses the user's own mail reads as inbound, from an address no
        // contact point has: refused, naming it.
        let mine = other.run(["mail", MailFixture.path("01-user-to-desk")])
        #expect(mine.status == 65 && mine.err.contains("no contact point for ken@sato-home.example"), "\(mine.err)")
    }

    @Test func inJapanese() {
        s.now = "2026-07-16T16:45:00+09:00"
        let r = s.ok("mail", "--lang", "ja", MailFixture.path("01-user-to-desk"))
        #expect(r.out.contains("案件1（Mail from two handsets bounces）：tech-desk@support.minato-mobile.example で特定：Minato MobileのTechnical desk"), "\(r.out)")
        #expect(s.run(["mail", "--lang", "ja", MailFixture.path("01-user-to-desk")]).out.contains("記録済みです"))
    }
}
