import Foundation
import LadderCore

/// A view of lines that the movement keys scroll: the help screen and the brief.
struct Pager: Sendable, Equatable {
    var scroll = 0

    /// Scrolls for a movement action, within `0...maxScroll`; false for any other action.
    mutating func move(_ action: KeyAction?, page: Int, total: Int, maxScroll: Int) -> Bool {
        guard let delta = action?.movement(page: page, total: total) else { return false }
        scroll = max(0, min(maxScroll, scroll + delta))
        return true
    }
}

extension App {
    /// `?`: movement keys scroll the help; any other key closes it.
    mutating func helpKey(_ key: Key) {
        let page = max(1, layout.bodyHeight - 1)
        let action = KeyTable.action(for: key, in: .help)
        if !help.move(action, page: page, total: HelpView.lines(width: layout.width).count, maxScroll: HelpView.maxScroll(layout)) {
            mode = .browse
        }
    }

    /// `b`: movement keys scroll the brief, `R` writes the request, any other key goes back.
    mutating func briefKey(_ key: Key, _ number: Int) {
        let visible = layout.bodyHeight - 2
        let lines = briefLines(number).count
        let action = KeyTable.action(for: key, in: .brief)
        if brief.move(action, page: max(1, visible), total: lines, maxScroll: max(0, lines - visible)) { return }
        if action == .editAsk {
            if let s = states[number] { mode = .form(Form.ask(s)) }
        } else {
            mode = .browse
        }
    }

    /// The brief of case `number` wrapped to the screen, with a line counting it.
    func briefLines(_ number: Int) -> [String] {
        guard let s = states[number] else { return [L("Reading case \(number)...")] }
        let text = Brief.make(s, now: now, zone: zone)
        var out = [L("\(Brief.formLength(text)) characters as a web form counts them (ladder brief \(number) --max-chars N fits a limit)"), ""]
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            out += Wrap.lines(String(line), width: max(10, width - 4))
        }
        if s.ask == nil { out += ["", L("(No request yet: press R to write what you ask for.)")] }
        return out
    }
}
