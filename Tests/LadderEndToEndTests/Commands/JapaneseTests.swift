import Foundation
import LadderCore
import Testing

/// Every command run under `LANG=ja_JP.UTF-8` on a small Japanese store: what it prints
/// (standard output and error) holds no English word, apart from the words ladder takes
/// on its command line and a few names (Docs/Language.md).
@Suite struct JapaneseTests {
    /// ASCII words that may stand in Japanese output: the program's name, abbreviations
    /// Japanese writes in Latin letters, and the words and values the command line takes,
    /// which stay as typed inside Japanese sentences (`--rung shop`, `ladder list --all`).
    static let allowed: Set<String> = [
        "ladder", "ISO", "UTF", "JSON", "ICS", "FAX", "SNS", "URL", "MiB", "README", "md", "tz",
        // commands
        "add", "list", "show", "log", "escalate", "await", "owe", "clear", "note", "edit", "close",
        "reopen", "ask", "undo", "doctor", "org", "report", "brief", "export", "demo",
        "overdue", "due", "stale", "scorecard",
        // values and argument names the command line takes
        "shop", "call", "centre", "technical", "desk", "executive", "regulator",
        "phone", "email", "web", "visit", "letter", "fax", "chat", "social",
        "no", "answer", "wrong", "number", "bounced", "line", "closed", "out", "of", "service", "other",
        "toll", "free", "paid", "ja", "en", "markdown", "html", "json", "text",
        "mon", "tue", "wed", "thu", "fri", "sat", "sun", "case", "name", "title", "item", "what", "file",
        // the config file's keys, named in its errors, and the document they are in
        "organisations", "name", "aliases", "language", "zone", "hours", "holidays", "windows",
        "contactPoints", "formLimit", "Docs", "Config",
        // the man page that documents them (man 5 ladder-store)
        "man", "store",
        // time zone names
        "Asia", "Tokyo", "Europe", "London",
    ]

    /// Text typed in this test that ladder repeats as typed.
    static let typed: Set<String> = ["fr", "docomo", "Mars", "Base", "colour"]

    /// English still printed by areas translated on other branches, by area. The
    /// coordinator empties this after merging them; from then on every word is held to
    /// `allowed`.
    static let pendingAreas: [String: Set<String>] = [:]

    static var pending: Set<String> { pendingAreas.values.reduce(into: Set<String>()) { $0.formUnion($1) } }

    /// The English words in `text`: runs of two or more ASCII letters, after taking out
    /// flags (`--due`), paths and the sandbox's folder.
    static func englishWords(_ text: String, sandbox: Sandbox) -> [String] {
        var t = text.replacingOccurrences(of: sandbox.directory, with: "<dir>")
        t = t.replacingOccurrences(of: #"--[a-z][a-z-]*"#, with: " ", options: .regularExpression)
        t = t.replacingOccurrences(of: #"<dir>[^\s（）:：、。]*"#, with: " ", options: .regularExpression)
        var words: [String] = []
        var current = ""
        for ch in t.unicodeScalars {
            if ch.isASCII, CharacterSet.letters.contains(ch) { current.unicodeScalars.append(ch); continue }
            if current.count >= 2 { words.append(current) }
            current = ""
        }
        if current.count >= 2 { words.append(current) }
        return words
    }

    /// Runs one command in Japanese and records every English word it printed.
    final class Run {
        let s: Sandbox
        var found: [String: [String]] = [:]
        init(_ s: Sandbox) { self.s = s }

        @discardableResult
        func ja(_ args: String..., status: Int32? = 0, sourceLocation: SourceLocation = #_sourceLocation) -> Result {
            let r = s.run(args, environment: ["LANG": "ja_JP.UTF-8"])
            if let status {
                #expect(r.status == status, "ladder \(args.joined(separator: " ")): \(r.status) \(r.err)", sourceLocation: sourceLocation)
            }
            for line in (r.out + r.err).split(separator: "\n") {
                let left = JapaneseTests.englishWords(String(line), sandbox: s)
                    .filter { !JapaneseTests.allowed.contains($0) && !JapaneseTests.typed.contains($0) && !JapaneseTests.pending.contains($0) }
                if !left.isEmpty { found["ladder " + args.joined(separator: " ") + " | " + line, default: []] += left }
            }
            return r
        }
    }

    func writeConfig(_ s: Sandbox, _ json: String) throws {
        let dir = s.directory + "/home/.config/ladder"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        try json.write(toFile: dir + "/config.json", atomically: true, encoding: .utf8)
    }

    @Test func everyCommandSpeaksJapanese() throws {
        let s = Sandbox(now: "2026-07-15T15:00:00+09:00")
        let run = Run(s)
        run.ja("org", "list")
        run.ja("org", "add", "ドコモ", "--alias", "docomo", "--hours", "mon-fri 09:00-18:00", "--window", "shop=3d")
        run.ja("org", "add", "ドコモ", "--point", "お客様相談室", "--rung", "executive", "--phone", "0120-000-000", "--toll-free")
        run.ja("org", "edit", "ドコモ", "--point", "お客様相談室", "--note", "平日のみ")
        run.ja("org", "edit", "ドコモ", "--zone", "Asia/Tokyo")
        run.ja("org", "list")
        run.ja("org", "show", "ドコモ")

        let added = run.ja("add", "光回線がつながらない", "--org", "ドコモ", "--ref", "受付12345", "--tag", "回線",
                           "--note", "先週から", "--await", "折り返しの電話", "--due", "17:00", "--owe", "ログを送る")
        #expect(added.out.hasPrefix("案件1を登録しました：光回線がつながらない（ドコモ、店舗）"))
        run.ja("add", "請求額が違う", "--org", "楽天", "--rung", "call-centre")
        run.ja("list")
        run.ja("list", "--all")
        run.ja("list", "--org", "存在しない")
        run.ja("show", "1")
        run.ja("log", "1", "--via", "phone", "--with", "田中", "--held", "40m", "--note", "再起動を案内された")
        run.ja("log", "1", "--via", "phone", "--failed", "--failure", "no-answer")
        run.ja("log", "1", "--via", "phone", "--missed", "--number", "03-1234-5678")
        run.ja("await", "1", "調査結果の連絡", "--due", "2h", "--who", "田中")
        run.ja("owe", "1", "スクリーンショットを送る", "--due", "tomorrow")
        run.ja("clear", "1", "1", "--note", "電話が来た")
        run.ja("note", "1", "ルーターを交換した")
        run.ja("edit", "1", "--title", "光回線が毎晩切れる", "--add-tag", "夜間")
        run.ja("ask", "1", "原因の説明と2か月分の返金")
        run.ja("brief", "1")
        run.ja("brief", "1", "--max-chars", "200")
        run.ja("brief", "2")
        run.ja("escalate", "1", "--reason", "二日間返事がない")
        run.ja("show", "1")
        run.ja("close", "2", "--outcome", "partly-resolved", "--acknowledged-event", "--promise", "返金", "--by", "in 2w")
        run.ja("show", "2")
        run.ja("reopen", "2", "--reason", "また請求が違った")
        run.ja("close", "2", "--abandoned")
        run.ja("undo", "2", status: 64)
        run.ja("undo", "2", "--yes")
        run.ja("doctor")

        s.now = "2026-07-20T09:00:00+09:00"
        run.ja("list")
        run.ja("report", "overdue", status: nil)
        run.ja("report", "due", "--within", "1w", status: nil)
        run.ja("report", "stale", "--days", "1", status: nil)
        run.ja("report", "scorecard", status: nil)

        // Bad input: the messages and their hints are Japanese too.
        let missing = run.ja("show", "9", status: 65)
        #expect(missing.err.hasPrefix("ladder: エラー: <case-number>: 案件9はありません。"))
        run.ja("add", "テスト", "--due", "17:00", "--await", "返事", status: 64)
        run.ja("log", "1", "--via", "phone", "--held", "-5m", status: 64)
        run.ja("log", "1", "--via", "phone", "--held", "30時間半", status: 64)
        run.ja("brief", "1", "--max-chars", "5", status: 64)
        run.ja("org", "show", "存在しない", status: 65)
        run.ja("org", "add", "ドコモ", status: 65)
        run.ja("org", "edit", "ドコモ", "--zone", "Mars/Base", status: 64)
        run.ja("report", "due", "--within", "0m", status: 64)
        run.ja("export", "1", "--format", "html", "--ics", status: 64)
        run.ja("--lang", "fr", "list", status: 64)
        try writeConfig(s, #"{"organisations": [{"name": "ドコモ", "colour": "red"}]}"#)
        let config = run.ja("org", "list", status: 78)
        #expect(config.err.hasPrefix("ladder: エラー: 設定ファイル: "))

        let report = run.found.map { "\($0.key)\n    English: \($0.value.joined(separator: ", "))" }.sorted().joined(separator: "\n")
        #expect(run.found.isEmpty, "English left in Japanese output:\n\(report)")
    }

    /// The list's columns line up on screen: Japanese headings and cells are measured in
    /// display columns (two for a kanji), not in characters.
    @Test func theListsColumnsLineUpInJapanese() {
        let s = Sandbox()
        s.ok("add", "光回線がつながらない", "--org", "ドコモ", "--rung", "technical-desk", "--await", "折り返し", "--due", "17:00")
        s.ok("add", "Mail bounces", "--org", "Example Mobile")
        let lines = s.run(["list"], environment: ["LANG": "ja_JP.UTF-8"]).out.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        #expect(lines[0].hasPrefix("#  段階"))
        // Where each heading starts, in display columns, is where its cells start.
        func column(of text: String, in line: String) -> Int? {
            line.range(of: text, options: .backwards).map { TextWidth.of(String(line[..<$0.lowerBound])) }
        }
        let headings = ["段階", "相手先", "件名", "次の返事", "連絡なし"].compactMap { column(of: $0, in: lines[0]) }
        let first = ["技術窓口", "ドコモ", "光回線がつながらない", "0秒"].compactMap { column(of: $0, in: lines[1]) }
        let second = ["店舗", "Example Mobile", "Mail bounces", "-", "0秒"].compactMap { column(of: $0, in: lines[2]) }
        #expect(headings.count == 5)
        #expect(first == [headings[0], headings[1], headings[2], headings[4]])
        #expect(second == headings)
    }

    @Test func errorsKeepTheirFormAndExitCodes() {
        let s = Sandbox()
        let en = s.run(["add", "x", "--due", "17:00"])
        let ja = s.run(["add", "x", "--due", "17:00"], environment: ["LANG": "ja_JP.UTF-8"])
        #expect(en.status == 64 && ja.status == 64)
        #expect(en.err == "ladder: error: --due: --due must follow the --await or --owe it belongs to\n  write e.g. --await \"call back\" --due 2h\n")
        #expect(ja.err == "ladder: エラー: --due: --due は、対応する --await か --owe のすぐ後に書いてください。\n  例：--await \"折り返しの電話\" --due 2h\n")
    }

    /// argument-parser's own errors ("Error: The value '受付' is invalid…") are said again
    /// in ladder's form and in Japanese (and in English in ladder's form too).
    @Test func argumentErrorsAreInJapaneseToo() {
        let s = Sandbox()
        s.run(["add", "光回線", "--org", "ドコモ"])
        let ja = ["LANG": "ja_JP.UTF-8"]
        let value = s.run(["escalate", "1", "--to", "受付", "--reason", "x"], environment: ja)
        #expect(value.status == 64)
        #expect(value.err.hasPrefix("ladder: エラー: --to: 「受付」は使えない値です。\n  次のどれかを書いてください：店舗、コールセンター、技術窓口"), "\(value.err)")
        #expect(value.err.contains("  使い方：ladder escalate") && value.err.contains("詳しくは ladder escalate --help"))
        let missing = s.run(["log", "1"], environment: ja)
        #expect(missing.status == 64 && missing.err.hasPrefix("ladder: エラー: --via <via> がありません。"), "\(missing.err)")
        let unknown = s.run(["list", "--frob"], environment: ja)
        #expect(unknown.status == 64 && unknown.err.hasPrefix("ladder: エラー: --frob というオプションはありません。"), "\(unknown.err)")
        let extra = s.run(["show", "1", "2"], environment: ja)
        #expect(extra.status == 64 && extra.err.hasPrefix("ladder: エラー: 「2」は余分な引数です。"), "\(extra.err)")
        for r in [value, missing, unknown, extra] { #expect(Self.englishWords(r.err, sandbox: s).filter { !Self.allowed.contains($0) }.allSatisfy { ["dir", "lang", "case", "number", "options", "via", "to", "reason", "at", "carry", "break", "open", "store", "all", "grep", "rung", "tag", "overdue", "json", "frob", "color", "when", "no", "pager"].contains($0) }, "\(r.err)") }
        #expect(s.run(["list", "--frob"]).err.hasPrefix("ladder: error: there is no option --frob; did you mean --org?\n  usage: ladder list"))
        // Help and version are not errors: unchanged.
        #expect(s.run(["--version"], environment: ja).status == 0)
    }

    @Test func eachWayOfChoosingTheLanguageSwitches() throws {
        let s = Sandbox()
        s.ok("add", "Mail bounces", "--org", "Example Mobile")
        let english = "#  RUNG"
        let japanese = "#  段階"
        #expect(s.run(["list"]).out.hasPrefix(english))
        #expect(s.run(["list", "--lang", "ja"]).out.hasPrefix(japanese))
        #expect(s.run(["--lang=ja", "list"]).out.hasPrefix(japanese))
        #expect(s.run(["list"], environment: ["LANG": "ja_JP.UTF-8"]).out.hasPrefix(japanese))
        #expect(s.run(["list"], environment: ["LANG": "ja_JP.UTF-8", "LC_MESSAGES": "en_GB.UTF-8"]).out.hasPrefix(english))
        // LC_ALL beats LANG.
        #expect(s.run(["list"], environment: ["LANG": "ja_JP.UTF-8", "LC_ALL": "C"]).out.hasPrefix(english))
        #expect(s.run(["list", "--lang", "en"], environment: ["LANG": "ja_JP.UTF-8"]).out.hasPrefix(english))

        try writeConfig(s, #"{"language": "ja"}"#)
        #expect(s.run(["list"]).out.hasPrefix(japanese))
        #expect(s.run(["list", "--lang", "en"]).out.hasPrefix(english))
    }

    @Test func jsonIsTheSameInBothLanguages() {
        let s = Sandbox()
        s.ok("add", "光回線がつながらない", "--org", "ドコモ", "--await", "折り返し", "--due", "17:00")
        s.ok("log", "1", "--via", "phone", "--held", "40m")
        let runs: [[String]] = [["list", "--json"], ["show", "1", "--json"], ["report", "overdue", "--format", "json"],
                                ["report", "due", "--format", "json"], ["report", "scorecard", "--format", "json"]]
        for args in runs {
            let en = s.run(args)
            let ja = s.run(args, environment: ["LANG": "ja_JP.UTF-8"])
            let jaFlag = s.run(args + ["--lang", "ja"])
            #expect(!en.out.isEmpty)
            #expect(en.out == ja.out, "\(args) differs under LANG=ja_JP.UTF-8")
            #expect(en.out == jaFlag.out, "\(args) differs with --lang ja")
            #expect(en.status == ja.status && en.status == jaFlag.status)
        }
    }

    @Test func anUnknownLanguageIsRefusedClearly() {
        let s = Sandbox()
        let r = s.run(["list", "--lang", "fr"])
        #expect(r.status == 64)
        #expect(r.out.isEmpty)
        #expect(r.err == "ladder: error: --lang: \"fr\" is not a language ladder speaks; write --lang ja or --lang en\n")
        let ja = s.run(["list", "--lang", "fr"], environment: ["LANG": "ja_JP.UTF-8"])
        #expect(ja.status == 64)
        #expect(ja.err.contains("「fr」は ladder が扱える言語ではありません"))
    }
}
