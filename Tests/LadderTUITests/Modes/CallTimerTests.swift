import Foundation
import LadderTestSupport
import LadderCore
import Testing
@testable import LadderTUI

@Suite struct CallTimerTests {
    @Test func holdThenTalkThenLog() throws {
        var app = try demoApp()
        app.press(.char("c"))
        #expect(app.call == App.CallTimer(caseNumber: 1, started: demoNow))
        app.update(.tick(demoNow.addingTimeInterval(5 * 60 + 3)))
        #expect(app.render().line(0).contains("CALL #1 hold 05:03"))
        app.press(.char("c"))
        app.update(.tick(demoNow.addingTimeInterval(12 * 60 + 3)))
        #expect(app.render().line(0).contains("CALL #1 talk 07:00"))
        app.press(.char("c"))
        #expect(app.call == nil)
        let form = try #require(app.form)
        #expect(form.kind == .log)
        #expect(form[.held]?.text == "5m 3s")
        #expect(form[.took]?.text == "7m")
        #expect(form[.via]?.text == "phone")
        #expect(form.fields[form.focus].id == .with)
        let effects = app.press(.ctrl("s"))
        let contact = Contact(channel: .phone, direction: .outgoing, held: 303, took: 420)
        #expect(effects == [.save(.record(number: 1, action: .log(contact), at: demoNow, now: demoNow.addingTimeInterval(723), clocks: plainClocks))])
    }

    @Test func hangUpWhileOnHold() throws {
        var app = try demoApp()
        app.press(.char("j"), .char("c"))
        app.update(.tick(demoNow.addingTimeInterval(40 * 60)))
        app.press(.char("C"))
        let form = try #require(app.form)
        #expect(form.caseNumber == 2)
        #expect(form[.held]?.text == "40m")
        #expect(form[.took]?.text == "")
    }
}
