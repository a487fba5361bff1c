import Foundation
import LadderTestSupport
import Testing
@testable import LadderCore

/// The words documents share, and the language a document to an organisation is in.
@Suite struct DocumentWordsTests {
    @Test func statusAndOutcomeAreTheStoredWordsInEnglish() {
        for s in CaseStatus.allCases { #expect(s.name == s.rawValue) }
        for o in ReplyOutcome.allCases { #expect(o.name == o.rawValue) }
        Language.$bound.withValue(.ja) {
            #expect(CaseStatus.allCases.map(\.name) == ["対応中", "解決", "一部解決", "断念", "行政・相談機関へ", "取り下げ"])
            #expect(ReplyOutcome.allCases.map(\.name) == ["期限内", "期限遅れ", "不履行"])
        }
    }

    /// A front end asks this: the organisation's own language, else the user's.
    @Test func aDocumentIsInTheOrganisationsLanguageElseTheUsers() {
        var vendor = Organisation(name: "Example Mobile", aliases: ["Example"])
        vendor.language = .en
        let config = Config(organisations: [vendor, Organisation(name: "光ネット")], userZone: tokyo)
        Language.$bound.withValue(.ja) {
            #expect(Organisation.documentLanguage(for: "example", config: config) == .en)
            #expect(Organisation.documentLanguage(for: "光ネット", config: config) == .ja)
            #expect(Organisation.documentLanguage(for: "unknown", config: nil) == .ja)
        }
    }
}
