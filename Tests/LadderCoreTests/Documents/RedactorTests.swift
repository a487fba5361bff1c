import Foundation
import LadderTestSupport
import Testing
@testable import LadderCore

@Suite struct RedactorTests {
    @Test func theSamePersonIsAlwaysTheSameAgentAndTheCompanyIsKept() {
        var r = Redactor(names: ["counter", "Sato", "Sato Hanako", "sato", "Suzuki Electric", "田中", "Sato Electric"], keep: "Sato Electric")
        #expect(r.redact("Sato Hanako said Sato would call; SATO never did") == "Agent B said Agent B would call; Agent B never did")
        #expect(r.redact("the counter sent me to Sato Electric's desk") == "the Agent A sent me to Sato Electric's desk")
        #expect(r.redact("田中さんから折り返し") == "Agent Dさんから折り返し")
        #expect(r.redact("Suzuki Electric is another firm") == "Agent C is another firm")
        // Listed by what was replaced (without regard to case), in the order met.
        #expect(r.replaced.map(\.original) == ["Sato Hanako", "Sato", "counter", "田中", "Suzuki Electric"])
        #expect(r.replaced.map(\.placeholder) == ["Agent B", "Agent B", "Agent A", "Agent D", "Agent C"])
        #expect(r.replaced[1].count == 2)
    }

    @Test func addressesAndNumbersButNotDatesOrReferences() {
        var r = Redactor(names: [], keep: "Example Mobile")
        let text = "mail Support@Example-Mobile.co.jp or support@example-mobile.co.jp, call 03-1234-5678 or +44 20 7946 0958 "
            + "or 0120 123 456; seen 2026-07-15, ticket T-99, order 12345"
        #expect(r.redact(text) == "mail [email 1] or [email 1], call [phone 1] or [phone 2] or [phone 3]; seen 2026-07-15, ticket T-99, order 12345")
        #expect(r.redact("again 0312345678") == "again [phone 1]", "the same number, written otherwise, is the same placeholder")
        #expect(r.replaced.map(\.original) == ["Support@Example-Mobile.co.jp", "03-1234-5678", "+44 20 7946 0958", "0120 123 456", "0312345678"])
    }
}
