import Foundation
import LadderCore
@testable import LadderTUI
import LadderTestSupport

let demoNow = t("2026-07-15 15:00")

/// An app loaded with the sample cases of `ladder demo`.
func demoApp(width: Int = 120, height: Int = 40, now: Date = demoNow) throws -> App {
    var app = App(width: width, height: height, now: now, zone: tokyo, storeLabel: "demo")
    _ = app.update(.loaded(cases: try SampleCases.files(now: now), problems: []))
    return app
}

func emptyApp(width: Int = 80, height: Int = 24) -> App {
    var app = App(width: width, height: height, now: demoNow, zone: tokyo)
    _ = app.update(.loaded(cases: [], problems: []))
    return app
}

extension App {
    /// Sends keys one by one; returns every effect asked for.
    @discardableResult
    mutating func press(_ keys: Key...) -> [Effect] { press(keys) }

    @discardableResult
    mutating func press(_ keys: [Key]) -> [Effect] {
        keys.flatMap { update(.key($0)) }
    }

    /// Applies a message through the runtime that ships: cases asked for are read from
    /// the session's store, saves and exports are written there, and what comes back is
    /// applied too. Returns the terminal's effects (and a quit) that it asked for.
    @discardableResult
    mutating func run(_ message: Message, on session: StoreSession) -> [Effect] {
        let now = self.now
        var other: [Effect] = []
        let runtime = Runtime(session: session, clock: { now }, zone: zone)
        if let status = runtime.run([message], on: &self, terminal: { other.append($0); return nil }) {
            other.append(.quit(status: status))
        }
        return other
    }

    /// Moves the selection to case `number` with the keys a user would press.
    mutating func choose(_ number: Int) {
        press(.char("g"))
        while selected != number, selected != rows.last { press(.char("j")) }
        precondition(selected == number, "case \(number) is not in the list")
    }

    @discardableResult
    mutating func type(_ text: String) -> [Effect] { press(Key.typing(text)) }

    /// Runs a form's save the way the runtime would, against an in-memory copy of the
    /// case, and feeds the result back.
    mutating func saveInMemory(_ effects: [Effect]) throws {
        for case let .save(request) in effects {
            var file: CaseFile
            switch request {
            case .create: file = CaseFile(number: (files.keys.max() ?? 0) + 1, events: [])
            case let .record(number, _, _, _, _): file = files[number]!
            }
            try request.apply(to: &file)
            _ = update(.saved(file))
        }
    }
}

/// The clocks a front end without a config file uses: the defaults in Tokyo.
let plainClocks = Config(userZone: tokyo).clocks(for: "")
