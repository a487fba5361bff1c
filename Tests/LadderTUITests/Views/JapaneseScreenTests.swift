import Foundation
import LadderCore
import LadderTestSupport
import Testing
@testable import LadderTUI

/// The front end in Japanese: reviewed snapshots of the main screens, and every screen
/// and mode checked for English words left over, the timeline and the brief included. Everything runs on this thread, inside
/// `Language.$bound`, so the task-local language reaches every word drawn.
@Suite struct JapaneseScreenTests {
    static func app(width: Int = 120, height: Int = 40) throws -> App {
        var app = App(width: width, height: height, now: demoNow, zone: tokyo, storeLabel: "")
        _ = app.update(.loaded(cases: try JapaneseCases.files(now: demoNow), problems: []))
        return app
    }

    static func japanese<T>(_ body: () throws -> T) rethrows -> T { try Language.$bound.withValue(.ja, operation: body) }

    // MARK: snapshots (Snapshots/ja-*.txt)

    @Test(arguments: [(80, 24), (120, 40), (200, 50)]) func theListDetailHelpAndAForm(width: Int, height: Int) throws {
        try Self.japanese {
            var app = try Self.app(width: width, height: height)
            try SnapshotTests.check(app.render(), "ja-list-\(width)x\(height)")
            app.press(.enter)
            try SnapshotTests.check(app.render(), "ja-detail-\(width)x\(height)")
            app.press(.tab, .char("?"))
            try SnapshotTests.check(app.render(), "ja-help-\(width)x\(height)")
            app.press(.escape, .char("l"))
            try SnapshotTests.check(app.render(), "ja-log-form-\(width)x\(height)")
        }
    }

    @Test func theKeyBarAt80ColumnsStartsWithHelpAndQuit() throws {
        try Self.japanese {
            let app = try Self.app(width: 80, height: 24)
            let bar = app.render().line(23)
            #expect(bar.hasPrefix(" ? ヘルプ q 終了"), "\(bar)")
        }
    }

    /// At 80 columns the Japanese hint took the whole line and the field showed only the
    /// last character typed (`/ル` for メール).
    @Test func theFilterShowsWhatIsTypedAt80Columns() throws {
        try Self.japanese {
            var app = try Self.app(width: 80, height: 24)
            app.press(.char("/"))
            app.type("rung:コールセンター")
            let bar = app.render().line(23)
            #expect(bar.contains("/rung:コールセンター"), "\(bar)")
            #expect(TextWidth.of(bar) <= 80)
        }
    }

    @Test func theCompactLadderTakesTwoColumnsAStep() throws {
        try Self.japanese {
            let app = try Self.app(width: 80, height: 24)
            let screen = app.render()
            #expect(Rung.compactWidth == 10)
            let row = try #require((0..<24).first { screen.line($0).contains("光回線") })
            #expect(screen.line(row).contains("====技...."), "\(screen.line(row))")
            let header = screen.line(1)
            // The compact ladder's heading is its letters, each over its step.
            #expect(header.contains("相手先") && header.contains("件名") && header.contains("店コ技本行") && header.contains("次の返事") && header.contains("次は"), "\(header)")
            for r in 0..<24 { #expect(screen.columns(r) == 80) }
        }
    }

    /// Japanese dates differ in width (7月1日(水), 12月10日(木)): the timeline's text
    /// still starts in one column, and wrapped lines hang under it.
    @Test func theTimelinesTextStartsInOneColumnWhateverTheDatesWidth() throws {
        try Self.japanese {
            let at = { (text: String) in TimeText.parseISO(text)! }
            var file = try CaseFile.open(number: 1, details: CaseDetails(title: "光回線", organisation: "ひかりネット"),
                                         rung: .shop, note: nil, at: at("2026-07-01T10:00:00+09:00"), now: at("2026-07-01T10:00:00+09:00"))
            try file.record(.note(String(repeating: "不達の原因と対策を書面でご回答ください。", count: 3)),
                            at: at("2026-12-10T10:00:00+09:00"), now: at("2026-12-10T10:00:00+09:00"))
            let lines = DetailView.lines(CaseState(file), now: at("2026-12-11T10:00:00+09:00"), width: 50, zone: tokyo,
                                         config: Config(userZone: tokyo), call: nil)
            let start = try #require(lines.firstIndex { $0.text.hasPrefix("12月10日") })
            let hang = lines[start + 1]
            let dateWidth = TextWidth.of("12月10日(木) 10:00")
            #expect(hang.indent == lines[start].indent + dateWidth + 2, "\(lines.map(\.text))")
            let opened = try #require(lines.first { $0.text.hasPrefix("7月1日") })
            // The shorter date is padded: its text starts where the longer one's does.
            #expect(opened.text.hasPrefix(TextWidth.fit("7月1日(水) 10:00", to: dateWidth) + "  "), "\(opened.text)")
        }
    }

    /// An event of last year says its year in the detail pane, as `show` writes it: a
    /// newcomer read `12月5日(金) 09:15` for a date a year back.
    @Test func lastYearsEventsSayTheirYear() throws {
        try Self.japanese {
            let at = { (text: String) in TimeText.parseISO(text)! }
            var file = try CaseFile.open(number: 1, details: CaseDetails(title: "光回線", organisation: "ひかりネット"),
                                         rung: .shop, note: nil, at: at("2025-12-05T09:15:00+09:00"), now: at("2025-12-05T09:15:00+09:00"))
            try file.record(.note("電話した"), at: at("2026-03-10T10:00:00+09:00"), now: at("2026-03-10T10:00:00+09:00"))
            let lines = DetailView.lines(CaseState(file), now: at("2026-07-11T10:00:00+09:00"), width: 80, zone: tokyo,
                                         config: Config(userZone: tokyo), call: nil).map(\.text)
            #expect(lines.contains { $0.hasPrefix("2025年12月5日(金) 09:15") }, "\(lines)")
            #expect(lines.contains { $0.hasPrefix("3月10日(火) 10:00") }, "\(lines)")
            #expect(lines.contains { $0.contains("2025年12月5日(金) 09:15から") }, "the rung's start too: \(lines)")
        }
    }

    @Test func countdownsAndDueTimesReadAsJapanese() throws {
        try Self.japanese {
            var app = try Self.app(width: 120, height: 40)
            let text = app.render().text
            #expect(text.contains("20時間遅れ"), "\(text)")
            #expect(text.contains("あと40分"))
            #expect(text.contains("対応中3件、期限切れ1件"))
            app.press(.char("c"))
            #expect(app.render().line(0).contains("#1 保留中 00:00"))
        }
    }

    // MARK: no English left

    /// Words that are not English prose: key names, the program and its commands, the
    /// filter's field words, file formats and environment variables.
    static let allowed: Set<String> = [
        "Enter", "Esc", "Tab", "Ctrl", "Shift", "Space", "Up", "Down", "Left", "Right", "Home", "End", "PgUp", "PgDn",
        "Backspace", "Delete", "ladder", "demo", "brief", "max", "chars", "EDITOR", "TMPDIR", "OSC", "nano", "fg",
        "markdown", "html", "json", "ics", "md", "FAX", "SNS",
    ]

    /// ASCII words of two letters or more, except the allowed ones and the filter's
    /// field words (`org:`).
    static func englishWords(_ text: String) -> Set<String> {
        var out: Set<String> = []
        let chars = Array(text)
        var i = 0
        while i < chars.count {
            guard chars[i].isASCII, chars[i].isLetter else { i += 1; continue }
            var j = i
            while j < chars.count, chars[j].isASCII, chars[j].isLetter { j += 1 }
            let word = String(chars[i..<j])
            let fieldWord = j < chars.count && chars[j] == ":" && CaseFilter.Scope(rawValue: word) != nil
            if word.count >= 2, !allowed.contains(word), !fieldWord { out.insert(word) }
            i = j
        }
        return out
    }

    /// Every screen and mode, with the notices the keys leave.
    static func everyScreen() throws -> [(String, Screen)] {
        var out: [(String, Screen)] = []
        var app = try app(width: 120, height: 40)
        func shot(_ name: String) { out.append((name, app.render())) }
        shot("list")
        app.press(.char("z"))
        shot("unknown key")
        app.press(.char("s"))
        shot("sorted")
        app.press(.char("A"))
        shot("closed shown")
        app.press(.char("/"))
        app.type("回線")
        shot("filter")
        app.press(.enter)
        shot("filtered")
        app.press(.char("/"), .ctrl("u"))
        app.type("該当なし")
        app.press(.enter)
        shot("nothing matches")
        app.press(.escape)
        app.press(.enter)
        for _ in 0..<6 { shot("detail"); app.press(.pageDown) }
        app.press(.tab, .char("?"))
        for _ in 0..<4 { shot("help"); app.press(.pageDown) }
        app.press(.escape, .char("t"))
        shot("today")
        app.press(.escape, .char("b"))
        for _ in 0..<3 { shot("brief"); app.press(.pageDown) }
        app.press(.escape)
        app.choose(1)
        for key in "aleworn" + "xEuRX" {
            app.press(.char(key))
            shot("form \(key)")
            app.press(.escape, .escape)
        }
        app.choose(4)
        app.press(.char("x"))
        shot("reopen form")
        app.press(.escape)
        app.choose(3)
        app.press(.char("x"))
        shot("close form with a reply open")
        app.press(.escape, .char("w"))
        app.press(.tab, .tab)
        app.type("明日")
        app.press(.tab)
        shot("a due time read back")
        app.press(.escape)
        shot("discard asked")
        app.press(.escape)
        shot("cancelled")
        app.press(.char("l"))
        app.press(.tab, .tab, .tab, .tab, .tab, .tab)
        app.type("あいう")
        app.press(.ctrl("s"))
        shot("a duration that does not read")
        app.press(.escape, .escape, .char("a"))
        for _ in 0..<8 { app.press(.tab) }
        app.type("明日")
        app.press(.ctrl("s"))
        shot("a due time without a reply")
        app.press(.escape, .escape)
        app.update(.paste("貼り付け"))
        shot("paste ignored")
        app.choose(1)
        app.press(.char("c"))
        shot("call on hold")
        app.press(.char("c"))
        shot("call answered")
        app.press(.char("q"))
        shot("quit asked during a call")
        app.press(.char("C"))
        shot("the call's form")
        app.press(.escape, .escape)
        app.update(.exported(path: "~/書類/案件1.md", redacted: 2))
        shot("exported")
        app.update(.copied(what: L("the brief of case \(1)"), characters: 300))
        shot("copied")
        app.update(.configFailed("設定ファイルの3行目"))
        shot("config not used")
        app.press(.char("v"))
        shot("detail hidden")
        app.update(.resize(width: 44, height: 9))
        shot("too small")
        var empty = App(width: 80, height: 24, now: demoNow, zone: tokyo)
        _ = empty.update(.loaded(cases: [], problems: []))
        out.append(("empty store", empty.render()))
        return out
    }

    @Test func noEnglishIsLeftOnAnyScreen() throws {
        try Self.japanese {
            var screens = try Self.everyScreen()
            // Every line of the help and the detail, beyond what one screen shows.
            var lines = HelpView.lines.flatMap { [$0.key, $0.text] }
            let app = try Self.app()
            for s in app.states.values {
                lines += DetailView.lines(s, now: demoNow, width: 60, zone: tokyo, config: app.config).map(\.text)
            }
            var whole = Screen(width: 200, height: lines.count)
            for (i, l) in lines.enumerated() { whole.put(l, row: i, column: 0) }
            screens.append(("every help and detail line", whole))
            // The screens are what their names say.
            let expected = [
                "unknown key": "z はここでは使えません", "sorted": "並び：経過", "closed shown": "+終了済み",
                "filter": "絞り込み /回線", "filtered": "絞り込み：回線", "nothing matches": "「該当なし」に合う案件はありません",
                "today": "今すぐ電話", "brief": "の要約", "reopen form": "案件4を再開",
                "close form with a reply open": "未済の返事", "a due time read back": "= 7月16日(木) 23:59",
                "discard asked": "もう一度 Esc を押すと", "cancelled": "取り消しました。",
                "a duration that does not read": "「あいう」を時間の長さとして読めません。",
                "a due time without a reply": "期限には、待っている返事が必要です。", "paste ignored": "貼り付けた文字は",
                "call on hold": "#1 保留中 00:00", "call answered": "#1 通話中 00:00", "quit asked during a call": "もう一度 q を押すと",
                "the call's form": "案件1の通話を記録", "exported": "に書き出しました（2種類", "copied": "案件1の要約をクリップボードに",
                "config not used": "設定を使えませんでした：", "too small": "端末が小さすぎます", "empty store": "案件はまだありません。",
            ]
            for (name, text) in expected {
                let shown = screens.filter { $0.0 == name }.map { $0.1.text }
                #expect(shown.contains { $0.contains(text) }, "\(name): \(text)\n\(shown.first ?? "no such screen")")
            }
            for (name, screen) in screens {
                // The export's file name is a file name, not a sentence.
                let left = Self.englishWords(screen.text.replacingOccurrences(of: "~/ladder-case-1.md", with: ""))
                #expect(left.isEmpty, "\(name): \(left.sorted())\n\(screen.text)")
                for row in 0..<screen.height { #expect(screen.columns(row) == screen.width, "\(name), row \(row)") }
            }
        }
    }
}
