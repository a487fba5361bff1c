import Foundation
import LadderTestSupport
import Testing
@testable import LadderCore

/// Phrases: their keys, their values, phrases put in phrases, and their bytes.
@Suite struct PhraseTests {
    @Test func wholeNumbersAreWrittenAsDigits() {
        for n in [0, 7, -42, 1_000_000, Int.max, Int.min] {
            let phrase: Phrase = "reply \(n) is late"
            #expect(phrase.english == "reply \(String(n)) is late")
            #expect(phrase.key == "reply {1} is late")
            #expect(phrase.values == [String(n)])
        }
    }

    /// A phrase put in another is one value, in the language of the moment: the
    /// outer phrase reads as it did when the inner one was made a String first.
    @Test(arguments: [Language.en, .ja])
    func aPhraseInAPhraseIsOneValue(language: Language) {
        Language.$bound.withValue(language) {
            let why = P("reply \(3) is \("2d") late")
            let nested = P("chase the \(Rung.executive.name) (\(why))")
            let flat = L("chase the \(Rung.executive.name) (\(L("reply \(3) is \("2d") late")))")
            #expect(nested.text() == flat)
            #expect(nested.key == "chase the {1} ({2})")
            #expect(L("next: \(nested)") == L("next: \(flat)"))
            if language == .ja { #expect(flat.contains("返事3が2d遅れています")) }
        }
    }

    /// A sentence made already is shown as it is, even when its words are a key.
    @Test func aWrittenSentenceIsNotLookedUpAgain() {
        Language.$bound.withValue(.ja) {
            #expect(L("shop") != "shop")
            #expect(Phrase.written("shop").text() == "shop")
            #expect(Phrase.written("shop").withText(in: .ja) { String(decoding: $0, as: UTF8.self) } == "shop")
            #expect(L("next: \(Phrase.written("shop"))") == L("next: \("shop")"))
        }
    }

    /// The bytes a phrase gives are its text, in English from where they were
    /// gathered (spilled past the room kept in place too).
    @Test func theBytesAreTheText() {
        let long = String(repeating: "回線", count: 100)
        let phrases: [Phrase] = ["none yet", P("last contact: \("phone out")"), P("last contact: \(long)"), P("reply \(2) is \(long) late")]
        for phrase in phrases {
            for language in Language.allCases {
                let bytes = phrase.withText(in: language) { String(decoding: $0, as: UTF8.self) }
                #expect(bytes == phrase.text(in: language))
            }
        }
    }
}

/// The names reports write, found once per language, are the words of the catalog.
@Suite struct NameTableTests {
    @Test func everyNameIsItsWordInEachLanguage() throws {
        let catalog = try #require(Catalog.of(.ja))
        func check<E: CaseIterable & RawRepresentable>(_ type: E.Type, _ name: (E) -> String) where E.RawValue == String {
            for c in E.allCases {
                #expect(Language.$bound.withValue(.en) { name(c) } == c.rawValue)
                #expect(Language.$bound.withValue(.ja) { name(c) } == catalog.translation(of: c.rawValue), "\(c)")
            }
        }
        check(Rung.self) { $0.name }
        check(Channel.self) { $0.name }
        check(ContactDirection.self) { $0.name }
        check(FailureReason.self) { $0.name }
    }

    @Test func rungsClimbInOrderAndHashByPlace() {
        #expect(Rung.allCases.map(\.next) == Array(Rung.allCases.dropFirst()) + [nil])
        let places = Dictionary(uniqueKeysWithValues: Rung.allCases.map { ($0, $0.index) })
        #expect(Rung.allCases.allSatisfy { places[$0] == $0.index })
        #expect(Set(Rung.allCases.map(\.hashValue)).count == Rung.allCases.count)
    }

    /// Bound only when it is not the language already; inside, it is.
    @Test func speakingALanguage() {
        for outer in Language.allCases {
            for inner in Language.allCases {
                Language.$bound.withValue(outer) {
                    #expect(Language.speaking(inner) { Language.current } == inner)
                    #expect(Language.current == outer)
                }
            }
        }
    }
}
