import Foundation
import LadderTestSupport
import Testing
@testable import LadderCore

/// One written time and what it means as `--at` and as `--due`, read at Wednesday
/// 2026-07-15 15:00 in Tokyo. An empty expectation is not checked.
struct DateWordRow: CustomStringConvertible, Sendable {
    var text: String
    var at: String
    var due: String
    var description: String { text }

    init(_ text: String, at: String = "", due: String = "") {
        self.text = text
        self.at = at
        self.due = due
    }

    /// Reads the row with a parser at `now` and checks both roles.
    func check(now: Date = t("2026-07-15 15:00")) {
        let parser = WhenParser(now: now, zone: tokyo)
        if !at.isEmpty {
            #expect((try? parser.parse(text, role: .moment)).map { TimeText.iso($0, zone: tokyo) } == TimeText.iso(t(at), zone: tokyo), "--at \(text)")
        }
        if !due.isEmpty {
            #expect((try? parser.parse(text, role: .deadline)).map { TimeText.iso($0, zone: tokyo) } == TimeText.iso(t(due), zone: tokyo), "--due \(text)")
        }
    }
}
