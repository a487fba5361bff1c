import Foundation
import LadderCore
import LadderTestSupport
import Testing
@testable import LadderTUI

/// Error hints in a form name the form's fields and keys, never command-line flags: a
/// newcomer's Japanese log form said `例：--failed --failure …`.
@Suite struct FormHintTests {
    /// A failure reason on a contact that did not fail.
    private func logWithAFailureReason(_ app: inout App) -> String? {
        app.choose(1)
        app.press(.char("l"), .tab, .tab, .right)  // Failure: the first reason; Direction left as it was
        _ = app.press(.ctrl("s"))
        return app.form?[.failure]?.error
    }

    @Test func aFailureReasonWithoutAFailedAttemptNamesTheFields() throws {
        var app = try demoApp()
        let error = try #require(logWithAFailureReason(&app))
        #expect(error == "a failure reason goes only with a failed attempt; choose failed attempt under Direction, or - under Failure")
        try Language.$bound.withValue(.ja) {
            var ja = try demoApp()
            let error = try #require(logWithAFailureReason(&ja))
            #expect(!error.contains("--"), "\(error)")
            #expect(error.hasSuffix("「種別」で「つながらなかった」を選ぶか、「不通の理由」を「-」にしてください。"), "\(error)")
        }
    }

    @Test func aNumberWithoutAMissedCallNamesTheFields() throws {
        var app = try demoApp()
        app.choose(1)
        app.press(.char("l"))
        for _ in 0..<5 { app.press(.tab) }
        app.type("03-1234-5678")
        _ = app.press(.ctrl("s"))
        let error = try #require(app.form?[.number]?.error)
        #expect(error.hasSuffix("choose missed call under Direction, or empty Number"), "\(error)")
    }

    @Test func aPromiseWithoutItsDueTimeNamesPromiseAndBy() throws {
        var app = try demoApp()
        app.choose(3)
        app.press(.char("x"))
        for _ in 0..<6 { app.press(.tab) }
        app.type("refund")
        _ = app.press(.ctrl("s"))
        let error = try #require(app.form?[.due]?.error)
        #expect(error == "a concrete promise says by when; write the promise under Promise and its due time under By, or empty both")
    }

    /// Other hints keep their example, without its flags, in either language.
    @Test func flagsAreTakenOutOfOtherHints() {
        #expect(Form.withoutFlags("write a later time, e.g. --due 2h or --due tomorrow") == "write a later time, e.g. 2h or tomorrow")
        #expect(Form.withoutFlags("過去の時刻を書いてください。例：--at -30m、--at \"昨日 15:00\"") == "過去の時刻を書いてください。例：-30m、\"昨日 15:00\"")
        #expect(Form.withoutFlags("no flags here: -30m") == "no flags here: -30m")
    }

    /// Every hint a form can show, over every error the core raises with a flag in its
    /// hint, in Japanese: none keeps a flag.
    @Test func noHintShowsAFlagInJapanese() throws {
        try Language.$bound.withValue(.ja) {
            var app = try demoApp()
            app.choose(1)
            app.press(.char("n"))
            _ = app.press(.ctrl("s"))  // an empty note
            let error = try #require(app.form?[.note]?.error)
            #expect(!error.contains("--"), "\(error)")
            app.press(.escape, .escape)
            app.press(.char("w"), .tab, .tab)
            app.type("-2h")
            _ = app.press(.ctrl("s"))
            let due = try #require(app.form?.fields.compactMap(\.error).first)
            #expect(!due.contains("--"), "\(due)")
        }
    }
}
