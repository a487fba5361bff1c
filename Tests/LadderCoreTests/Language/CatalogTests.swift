import Foundation
@testable import LadderCore
import LadderTestSupport
import Testing

/// Every sentence the sources show has its translation in every catalog, with the
/// same places for its values, and no catalog keeps sentences the sources dropped.
@Suite struct CatalogTests {
    static let translated = Language.allCases.filter { $0 != .en }

    /// Sentences whose translation leaves a value out on purpose.
    static let mayDropAPlace: Set<String> = [
        // The English weekday's name: Japanese names the day once, as 水曜日.
        "\"{1}\": {2} is a {3} ({4}), not the day written",
    ]

    @Test func everyCatalogReads() throws {
        _ = try Catalog(po: Catalogs.japanese)
    }

    @Test(arguments: translated)
    func everySentenceIsTranslated(_ language: Language) throws {
        let catalog = try #require(Catalog.of(language))
        let uses = try PhraseKeys.all()
        #expect(uses.count >= 20)
        var missing: [String] = []
        for use in uses where catalog.translation(of: use.key) == nil {
            missing.append("\(use.file):\(use.line): \"\(use.key)\"")
        }
        #expect(missing.isEmpty, "not in the \(language) catalog:\n\(Set(missing).sorted().joined(separator: "\n"))")
    }

    @Test(arguments: translated)
    func placesMatch(_ language: Language) throws {
        let catalog = try #require(Catalog.of(language))
        for entry in catalog.entries {
            let source = PhraseKeys.places(entry.source), translation = PhraseKeys.places(entry.translation)
            #expect(translation.isSubset(of: source),
                    "line \(entry.line): \"\(entry.translation)\" uses a place \"\(entry.source)\" does not have")
            #expect(source == translation || Self.mayDropAPlace.contains(entry.source),
                    "line \(entry.line): \"\(entry.translation)\" leaves out a value of \"\(entry.source)\"")
        }
    }

    @Test(arguments: translated)
    func noStaleOrDoubleEntries(_ language: Language) throws {
        let catalog = try #require(Catalog.of(language))
        let keys = Set(try PhraseKeys.all().map(\.key))
        var seen: Set<String> = []
        for entry in catalog.entries {
            #expect(keys.contains(entry.source), "line \(entry.line): \"\(entry.source)\" is no longer in the sources")
            #expect(seen.insert(entry.source).inserted, "line \(entry.line): \"\(entry.source)\" twice")
            #expect(!entry.translation.isEmpty, "line \(entry.line): \"\(entry.source)\" has no translation")
        }
    }

    /// A colon after Japanese is the full-width `：` (`追加するには：ladder org add`), as
    /// Japanese writing has it; only the message's kind after `ladder:` keeps the
    /// command line's `エラー: ` (`ladder: error: `). A newcomer's pass found both kinds
    /// of hint side by side.
    @Test func japaneseWritesItsColonsFullWidth() throws {
        let catalog = try #require(Catalog.of(.ja))
        let kinds = ["エラー", "警告", "お知らせ", "同期", "修復", "対処", "設定ファイル"]
        var wrong: [String] = []
        for entry in catalog.entries {
            let text = Array(entry.translation)
            for (i, c) in text.enumerated() where c == ":" && i > 0 {
                let before = text[i - 1]
                let japanese = before.unicodeScalars.allSatisfy { (0x3040...0x30FF).contains($0.value) || (0x4E00...0x9FFF).contains($0.value) }
                    || before == "）" || before == "」"
                guard japanese else { continue }
                let head = String(text[..<i])
                if kinds.contains(where: { head.hasSuffix($0) }) { continue }
                wrong.append("line \(entry.line): \(entry.translation)")
            }
        }
        #expect(wrong.isEmpty, "an ASCII colon after Japanese:\n\(wrong.joined(separator: "\n"))")
    }

    @Test func catalogSyntaxErrorsNameTheLine() {
        #expect(throws: Catalog.SyntaxError.self) { try Catalog(po: "msgid \"a\"\nmsgstr \"b\" x\n") }
        do {
            _ = try Catalog(po: "msgid \"a\"\nmsgstr \"b\"\n\nmsgstr \"c\"\n")
            Issue.record("a msgstr without msgid was taken")
        } catch {
            #expect(error.line == 4)
        }
        let c = try? Catalog(po: "msgid \"say \\\"hi\\\"\\n\"\n\"more\"\nmsgstr \"x\"\n")
        #expect(c?.translation(of: "say \"hi\"\nmore") == "x")
    }

    /// The catalog is read as bytes; white space is what Foundation calls white space
    /// (an ideographic space too), and each wrong string is told as before.
    @Test func catalogsAreReadAsBytesWithTheSameRules() throws {
        let spaced = try Catalog(po: "\u{3000}msgid \"案件\"\t\n\tmsgstr \"case\"\u{3000}\n  \"d\\\\\"\n")
        #expect(spaced.translation(of: "案件") == "cased\\")
        let wrong: [(String, String)] = [
            ("msgid \"a\\é\"\nmsgstr \"b\"\n", "line 1: unknown escape \\é"),
            ("msgid \"a\"b\"\nmsgstr \"b\"\n", "line 1: a double quote inside a string must be written \\\""),
            ("msgid \"a\"\nmsgstr \"b\\\"\n", "line 2: a string ends in a lone backslash"),
            ("msgid \"a\"\nmsgstr b\n", "line 2: a string must be in double quotes"),
            ("msgid \"a\"\nmsgstr \"\n", "line 2: a string must be in double quotes"),
            ("msgid \"a\"\nx\n", "line 2: expected msgid, msgstr, a quoted line or a # comment"),
        ]
        for (text, message) in wrong {
            #expect(throws: Catalog.SyntaxError.self, "\(text.debugDescription)") { try Catalog(po: text) }
            do { _ = try Catalog(po: text) } catch { #expect(error.description == message, "\(text.debugDescription)") }
        }
    }

    @Test func keysAreReadAsPhraseMakesThem() throws {
        let source = #"""
            let a = L("Case \(number) is closed.")
            let b = L("Now with \(state.rung.name) since \(TimeText.short(x, zone: "(")).")
            let c = Name.L("not a call")
            let d = P("\(n) days late")
            let e = MP("not a phrase")
            """#
        let keys = try PhraseKeys.scan(source, file: "x.swift").map(\.key)
        #expect(keys == ["Case {1} is closed.", "Now with {1} since {2}.", "{1} days late"])
        // What the test could not read is refused, not passed over.
        for unread in ["P(step)", "L(\n    \"climb to \\(r)\")", "P(\n    \"climb to \\(r)\")", "P(#\"raw \\(x)\"#)", "entry.line(\"none yet\")"] {
            #expect(throws: PhraseKeys.Problem.self, "\(unread)") { try PhraseKeys.scan(unread, file: "x.swift") }
        }
        let number = 12
        #expect(Phrase("Case \(number) is closed.").key == "Case {1} is closed.")
        #expect(throws: PhraseKeys.Problem.self) { try PhraseKeys.scan("L(someText)", file: "x.swift") }
    }
}
