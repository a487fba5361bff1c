import Foundation
@testable import LadderCore
import LadderTestSupport

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
