import Foundation
@testable import LadderCore

/// Tests run in Tokyo time at fixed instants, whatever the machine's zone or clock.
let tokyo = TimeZone(identifier: "Asia/Tokyo")!

/// An instant in Tokyo: `t("2026-07-15 15:00")`.
func t(_ text: String) -> Date {
    guard let d = TimeText.parseISO(text, zone: tokyo) else { fatalError("bad fixture time \(text)") }
    return d
}

/// A new case opened at `at` on `rung`.
func openCase(_ title: String = "Mail from two handsets bounces", org: String = "Example Mobile",
              rung: Rung = .shop, at: String = "2026-07-15 15:00", number: Int = 1) throws -> CaseFile {
    try CaseFile.open(number: number, details: CaseDetails(title: title, organisation: org),
                      rung: rung, note: nil, at: t(at), now: t(at))
}

extension CaseFile {
    /// Records an action happening and recorded at the same instant.
    mutating func record(_ action: CaseAction, _ at: String) throws {
        try record(action, at: t(at), now: t(at))
    }
}

/// A fresh temporary folder, removed by the caller.
func temporaryDirectory() -> String {
    let path = NSTemporaryDirectory() + "ladder-test-" + UUID().uuidString
    try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}
