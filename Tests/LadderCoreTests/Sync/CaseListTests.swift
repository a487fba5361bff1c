import Testing
@testable import LadderCore

/// The cases a sync committed, as its output and commit message name them: a few in
/// full, the rest counted, in the language's own punctuation.
@Suite struct CaseListTests {
    @Test func aFewInFullTheRestCounted() {
        #expect(StoreSync.caseList([3, 8, 12]) == "#3, #8, #12")
        #expect(StoreSync.caseList([3, 8, 12], atMost: 2) == "#3, #8 and 1 more")
        #expect(StoreSync.caseList([]) == "")
    }

    @Test func japaneseListsWithItsOwnComma() {
        Language.$bound.withValue(.ja) {
            #expect(StoreSync.caseList([3, 8, 12]) == "#3、#8、#12")
            #expect(StoreSync.caseList([3, 8, 12], atMost: 2) == "#3、#8 ほか1件")
        }
    }
}
