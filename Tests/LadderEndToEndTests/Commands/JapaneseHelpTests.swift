import Foundation
import LadderCore
import LadderTestSupport
import Testing

/// `--help` in Japanese: a Japanese user read every command's help in English. The
/// texts are in the catalog (the catalog test holds every one to its translation);
/// argument-parser's own words are put in Japanese, and the lines are wrapped by
/// display width where Japanese may break, since argument-parser wraps at spaces and
/// counts a character as one column.
@Suite struct JapaneseHelpTests {
    static let commands: [[String]] = [
        [], ["add"], ["list"], ["show"], ["log"], ["escalate"], ["await"], ["owe"], ["clear"], ["mail"], ["note"],
        ["edit"], ["close"], ["reopen"], ["ask"], ["brief"], ["export"], ["import"], ["backup"], ["undo"], ["doctor"],
        ["report"], ["report", "overdue"], ["report", "due"], ["report", "stale"], ["report", "scorecard"],
        ["org"], ["org", "list"], ["org", "show"], ["org", "add"], ["org", "edit"], ["config"], ["sync"],
        ["merge-driver"], ["demo"],
    ]

    /// argument-parser's words, which must not be left in English.
    static let itsWords = ["OVERVIEW:", "USAGE:", "ARGUMENTS:", "OPTIONS:", "SUBCOMMANDS:", "Show help information.",
                           "Show the version.", "(default:", "(values:", "for detailed help"]

    @Test(arguments: [30, 60, 80, 132]) func everyCommandsHelpIsJapaneseAndFits(width: Int) {
        let s = Sandbox()
        for command in Self.commands {
            let name = (["ladder"] + command).joined(separator: " ")
            let r = s.run(command + ["--help"], environment: ["LANG": "ja_JP.UTF-8", "COLUMNS": "\(width)"])
            #expect(r.status == 0, "\(name): \(r.err)")
            #expect(r.out.hasPrefix("概要："), "\(name)")
            #expect(r.out.contains("\n使い方：ladder"), "\(name)")
            for word in Self.itsWords { #expect(!r.out.contains(word), "\(name) --help says \(word)") }
            // The overview is written in Japanese.
            let overview = r.out.components(separatedBy: "\n\n").first ?? ""
            #expect(overview.unicodeScalars.contains { $0.value >= 0x3040 && $0.value <= 0x30FF }, "\(name): \(overview)")
            for line in r.out.split(separator: "\n", omittingEmptySubsequences: false) {
                #expect(TextWidth.of(String(line)) <= width, "\(name) at \(width) columns: \(line)")
            }
        }
    }

    /// An option's text continues under where it started, as in English.
    @Test func anOptionsTextContinuesUnderItself() {
        let r = Sandbox().run(["report", "overdue", "--help"], environment: ["LANG": "ja_JP.UTF-8", "COLUMNS": "60"])
        let lines = r.out.split(separator: "\n").map(String.init)
        let store = try? #require(lines.firstIndex { $0.hasPrefix("  --store <dir>") })
        guard let store else { return }
        let text = lines[store].dropFirst(26)
        #expect(!text.hasPrefix(" ") && !text.isEmpty)
        #expect(lines[store + 1].hasPrefix(String(repeating: " ", count: 26)), "\(lines[store + 1])")
        #expect(!lines[store + 1].hasPrefix(String(repeating: " ", count: 27)), "\(lines[store + 1])")
    }

    /// The help dumped for the man page (ladder.1, installed in man1) is English
    /// whatever the locale of whoever installs; completions follow the user's language.
    @Test func theManPagesDumpIsEnglish() {
        let s = Sandbox()
        let dump = s.run(["--experimental-dump-help"], environment: ["LANG": "ja_JP.UTF-8"])
        #expect(dump.out.contains("\"abstract\" : \"Track complaints as they climb a company's escalation ladder.\""))
        let fish = s.run(["--generate-completion-script", "fish"], environment: ["LANG": "ja_JP.UTF-8"])
        #expect(fish.out.contains("新しい案件を登録します"))
        // Scripts are not wrapped as help is: each still parses (a review found them broken).
        for (shell, path) in [("bash", "/bin/bash"), ("zsh", "/usr/bin/zsh"), ("fish", "/usr/bin/fish")]
        where FileManager.default.isExecutableFile(atPath: path) {
            let script = s.run(["--generate-completion-script", shell], environment: ["LANG": "ja_JP.UTF-8", "COLUMNS": "60"]).out
            let file = s.directory + "/completion." + shell
            try? script.write(toFile: file, atomically: true, encoding: .utf8)
            let check = runProcess(path, ["-n", file], environment: ["PATH": "/usr/bin:/bin", "HOME": s.directory])
            #expect(check.status == 0, "\(shell) -n: \(check.err)")
        }
    }

    /// A command line in an example breaks only at its spaces: a review saw `--hours "毎` /
    /// `日 10:00〜19:00"`, which, copied, is another value.
    @Test func examplesBreakAtSpaces() {
        let r = Sandbox().run(["org", "--help"], environment: ["LANG": "ja_JP.UTF-8", "COLUMNS": "80"])
        for line in r.out.split(separator: "\n") where line.trimmingCharacters(in: .whitespaces).hasPrefix("ladder ") {
            #expect(line.filter { $0 == "\"" }.count % 2 == 0, "\(line)")
        }
        #expect(r.out.contains("\"毎日 10:00〜19:00\""), "\(r.out)")
    }

    /// `ladder help report` and English are as before: English help is argument-parser's own.
    @Test func helpAsASubcommandAndEnglishHelp() {
        let s = Sandbox()
        let ja = s.run(["help", "report", "overdue"], environment: ["LANG": "ja_JP.UTF-8", "COLUMNS": "80"])
        #expect(ja.out.hasPrefix("概要："))
        let en = s.run(["report", "overdue", "--help"], environment: ["LANG": "C.UTF-8", "COLUMNS": "80"])
        #expect(en.out.hasPrefix("OVERVIEW: Every overdue reply"))
        #expect(en.out.contains("\nOPTIONS:\n") && en.out.contains("Show help information."))
    }
}
