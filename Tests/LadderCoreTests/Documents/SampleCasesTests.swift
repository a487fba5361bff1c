import Foundation
import LadderTestSupport
import Testing
@testable import LadderCore

/// `ladder demo`: a Japanese user gets Japanese sample cases; English keeps its own.
@Suite struct SampleCasesTests {
    let now = t("2026-07-20 15:00")

    @Test func aJapaneseUserGetsJapaneseCases() throws {
        let files = try Language.$bound.withValue(.ja) { () throws(LadderError) -> [CaseFile] in try SampleCases.files(now: now) }
        let config = Language.$bound.withValue(.ja) { SampleCases.config(zone: tokyo) }
        let states = files.map(CaseState.init)
        #expect(states.map(\.details.organisation) == ["ハヤブサモバイル", "シールドソフト", "北風ネット", "みなと電力", "北風ネット"])
        // Every case's company has its contact points in the demo's config.
        for s in states { #expect(config.organisation(for: s.details.organisation) != nil, "\(s.details.organisation)") }
        // The same five situations as the English set: overdue, due soon, I owe, quiet, closed.
        #expect(states[0].replies.contains { $0.isOverdue(at: now) })
        #expect(states[1].openReplies.first.map { $0.reply.due > now } == true)
        #expect(states[2].openReplies.first?.reply.owedBy == .me)
        #expect(states[3].openReplies.isEmpty && states[3].isOpen)
        #expect(!states[4].isOpen)
        // Typed as a Japanese user types: Japanese text, ASCII only in codes and names.
        for s in states { #expect(s.details.title.unicodeScalars.contains { $0.value >= 0x3000 }) }
    }

    @Test func englishKeepsItsSamples() throws {
        let states = try SampleCases.files(now: now).map(CaseState.init)
        #expect(states[0].details.title == "Mail from two handsets bounces with Host unknown")
        #expect(SampleCases.config(zone: tokyo).organisations.first?.name == "Kestrel Mobile")
    }
}
