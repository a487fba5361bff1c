import Foundation
import LadderCore
import LadderTestSupport
import Testing
@testable import LadderTUI

/// What makes the filter fast at 10,000 cases, checked for giving the same answers: the
/// byte search, typing on narrowing the last result in its order, and the search text
/// folded ahead on the session's thread.
@Suite struct FilterSpeedTests {
    /// The byte search finds exactly what String's own search finds, Japanese included.
    @Test func theByteSearchAgreesWithStringSearch() {
        var random = SystemRandomNumberGenerator()
        let alphabet = Array("abcあいう回線が切れ ab")
        for _ in 0..<2000 {
            let hay = String((0..<Int.random(in: 0...30, using: &random)).map { _ in alphabet.randomElement(using: &random)! })
            let needle = String((0..<Int.random(in: 1...3, using: &random)).map { _ in alphabet.randomElement(using: &random)! })
            #expect(FoldedText(hay).contains(Array(needle.utf8)) == hay.contains(needle), "\(hay) / \(needle)")
        }
        #expect(FoldedText("").contains([]))
        #expect(!FoldedText("ab").contains(Array("abc".utf8)))
    }

    /// The fast path folds as the fold does.
    @Test func theQuickFoldIsTheFold() {
        for text in ["Mail From Two Handsets #12", "ＤＯＣＯＭＯ", "ﾄﾞｺﾓ", "ドコモ", "Café", "回線が切れる", "", "C-1234 shop"] {
            #expect(QuickFold.fold(text) == SearchFold.fold(text), "\(text)")
        }
    }

    /// Many cases, typed letter by letter in every order: each step gives what a full
    /// search and a sort give, though only the first key after an empty filter searched
    /// them all.
    @Test(arguments: [LadderTUI.SortOrder.urgency, .age, .organisation]) func typingOnGivesWhatAFreshSearchGives(sort: LadderTUI.SortOrder) throws {
        var app = App(width: 120, height: 40, now: demoNow, zone: tokyo)
        var files: [CaseFile] = []
        for n in 1...60 {
            let title = n % 3 == 0 ? "回線が切れる \(n)" : "mail bounces \(n)"
            let organisation = ["Kestrel", "サンプル電気", "Acme"][n % 3]
            let at = demoNow.addingTimeInterval(Double(-n) * 3600)
            let due = at.addingTimeInterval(10 * 3600)
            let replies = n % 2 == 0 ? [ReplyRequest(what: "call back", owedBy: .them, due: due)] : []
            files.append(try CaseFile.open(number: n, details: CaseDetails(title: title, organisation: organisation),
                                           rung: Rung.allCases[n % 4], note: nil, replies: replies, at: at, now: demoNow))
        }
        _ = app.update(.loaded(cases: files, problems: []))
        while app.sort != sort { app.press(.char("s")) }
        app.press(.char("/"))
        for word in ["mail bo", "回線が", "org:kes 1"] {
            app.press(.ctrl("u"))
            for c in word {
                // Time passes between keys, and replies fall due: the narrowed list keeps
                // its order, which must still be the order a sort gives now.
                app.update(.tick(app.now.addingTimeInterval(1800)))
                app.type(String(c))
                // The list as a full search and a sort make it, apart from any narrowing.
                let query = CaseFilter(app.filter.text)
                let expected = sort.sorted(app.summaries.values.filter {
                    $0.isWatched && (query.isEmpty || query.matches(SearchText(app.states[$0.number]!), now: app.now))
                }, at: app.now)
                #expect(app.rows == expected, "\(app.filter.text)")
            }
            #expect(!app.rows.isEmpty && app.rows.count < files.count, "\(word)")
        }
    }

    /// The search text that comes with `.searchable` is the one the filter uses: a word
    /// only in it (a note, say) is found without folding anything on the first key.
    @Test func searchTextFoldedAheadIsUsed() throws {
        var app = App(width: 120, height: 40, now: demoNow, zone: tokyo)
        let file = try CaseFile.open(number: 1, details: CaseDetails(title: "Router", organisation: "Acme"), rung: .shop,
                                     note: nil, at: demoNow, now: demoNow)
        let summary = CaseState(file).summary
        _ = app.update(.indexed(summaries: [summary], problems: []))
        #expect(app.search[1] == nil || app.search[1].map { !$0.all.contains(Array("ｈｉｋａｒｉ".utf8)) } == true)
        let prepared = SearchText(summary, all: SearchFold.fold("router acme ＨＩＫＡＲＩ fibre"))
        _ = app.update(.searchable(summaries: [summary], texts: [1: prepared]))
        #expect(app.search[1] != nil)
        app.press(.char("/"))
        app.type("hikari")
        #expect(app.rows == [1])
    }

    /// The session folds each case's search text on its own thread, with the aliases.
    @Test func theSessionFoldsSearchTextAheadWithAliases() throws {
        let folder = temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let store = Store(directory: folder)
        try store.create { n in try CaseFile.open(number: n, details: CaseDetails(title: "ﾙｰﾀｰ", organisation: "NTTドコモ"),
                                                   rung: .shop, note: nil, at: demoNow, now: demoNow) }
        var config = Config(userZone: tokyo)
        config.organisations = [Organisation(name: "NTTドコモ", aliases: ["docomo"])]
        let session = StoreSession(store: store, zone: tokyo, config: config)
        session.readSearchTextInBackground()
        var message: Message?
        for _ in 0..<500 where message == nil {
            message = session.searchTextRead()
            if message == nil { Thread.sleep(forTimeInterval: 0.01) }
        }
        guard case let .searchable(summaries, texts)? = message else { Issue.record("no search text"); return }
        let text = try #require(texts[summaries[0].number])
        #expect(CaseFilter("docomo るーたー").matches(text))
    }
}
