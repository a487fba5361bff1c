import Foundation
import LadderCore
import LadderTestSupport
import Testing
@testable import LadderTUI

/// `y` cuts the brief to a web form's limit, asked in a one-field form; the limit comes
/// back for the organisation's next copy.
@Suite struct CopyBriefTests {
    @Test func aLimitCutsTheBriefAndIsOfferedAgain() throws {
        var app = try demoApp()
        app.choose(1)
        let s = try #require(app.states[1])
        app.press(.char("y"))
        #expect(app.render().text.contains("Copy the brief of case 1"))
        app.type("200")
        let effects = app.press(.enter)
        let expected = try Brief.fitting(s, now: app.now, zone: tokyo, limit: 200)
        #expect(effects == [.copy(text: expected, what: "the brief of case 1, cut to 200")])
        #expect(Brief.formLength(expected) <= 200 && Brief.formLength(Brief.make(s, now: app.now, zone: tokyo)) > 200)
        #expect(app.mode == .browse)
        // The next copy for the same organisation offers 200 again.
        app.press(.char("y"))
        #expect(app.form?[.limit]?.text == "200")
        // Full-width digits, as a Japanese input method types them, are read too.
        app.press(.ctrl("u"))
        app.type("３００")
        #expect(app.press(.enter) == [.copy(text: try Brief.fitting(s, now: app.now, zone: tokyo, limit: 300), what: "the brief of case 1, cut to 300")])
    }

    @Test func aLimitTooSmallOrNotANumberStaysInTheFormWithTheKeyToPress() throws {
        var app = try demoApp()
        app.choose(1)
        app.press(.char("y"))
        app.type("20")
        #expect(app.press(.enter) == [])
        let error = try #require(app.form?[.limit]?.error)
        #expect(error.contains("the form allows 20") && error.contains("R on the case"), "\(error)")
        #expect(!error.contains("ladder ask"), "a command line is no help in the front end: \(error)")
        app.press(.ctrl("u"))
        app.type("many")
        #expect(app.press(.enter) == [])
        #expect(app.form?[.limit]?.error?.contains("cannot read \"many\"") == true)
        // Nothing was kept for next time.
        app.press(.escape, .escape, .char("y"))
        #expect(app.form?[.limit]?.text == "")
    }

    @Test func japaneseWords() throws {
        try Language.$bound.withValue(.ja) {
            var app = try demoApp()
            app.choose(1)
            app.press(.char("y"))
            let text = app.render().text
            #expect(text.contains("案件1の要約をコピー") && text.contains("文字数の上限") && text.contains("Enter でコピーします。"), "\(text)")
            app.type("200")
            #expect(app.press(.enter).first.map { if case let .copy(_, what) = $0 { return what }; return "" } == "案件1の要約（200文字以内）")
        }
    }
}

/// An organisation's web-form limit from the config file is offered by `y`.
@Suite struct ConfiguredFormLimitTests {
    @Test func theConfigsLimitIsOfferedAndARememberedOneWins() throws {
        let json = #"{"organisations": [{"name": "Kestrel Mobile", "formLimit": 400}]}"#
        let config = try ConfigFile.decode(Data(json.utf8), file: "config.json", userZone: tokyo)
        #expect(config.organisations.first?.formLimit == 400)
        // Written back as it was read.
        let again = try ConfigFile.decode(ConfigFile.encode(config), file: "config.json", userZone: tokyo)
        #expect(again.organisations.first?.formLimit == 400)
        var app = App(width: 120, height: 40, now: demoNow, zone: tokyo, storeLabel: "demo", config: config)
        _ = app.update(.loaded(cases: try SampleCases.files(now: demoNow), problems: []))
        app.choose(1)
        app.press(.char("y"))
        #expect(app.form?[.limit]?.text == "400")
        let s = try #require(app.states[1])
        #expect(app.press(.enter) == [.copy(text: try Brief.fitting(s, now: app.now, zone: tokyo, limit: 400), what: "the brief of case 1, cut to 400")])
        // A limit typed for the organisation is offered over the config's from then on.
        app.press(.char("y"), .ctrl("u"))
        app.type("300")
        app.press(.enter)
        app.press(.char("y"))
        #expect(app.form?[.limit]?.text == "300")
    }

    @Test func aLimitThatIsNotAPositiveWholeNumberIsRefusedWithItsKey() {
        for bad in ["0", "-5", "\"400\"", "true", "12.5"] {
            let json = #"{"organisations": [{"name": "Kestrel Mobile", "formLimit": "# + bad + "}]}"
            #expect(throws: ConfigError.self, "\(bad)") { try ConfigFile.decode(Data(json.utf8), file: "config.json", userZone: tokyo) }
        }
    }
}
