import Foundation
import LadderCore

/// Tests run in Tokyo time at fixed instants, whatever the machine's zone or clock.
public let tokyo = TimeZone(identifier: "Asia/Tokyo")!

/// An instant in Tokyo: `t("2026-07-15 15:00")`.
public func t(_ text: String) -> Date {
    guard let d = TimeText.parseISO(text, zone: tokyo) else { fatalError("bad fixture time \(text)") }
    return d
}

/// A fresh temporary folder, removed by the caller.
public func temporaryDirectory() -> String {
    let path = NSTemporaryDirectory() + "ladder-test-" + UUID().uuidString
    try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}

/// The checkout's top folder, for tests that hold a document (Docs/…) to the code.
public let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// Text whose width terminals and Swift count differently, for width, wrapping and
/// screen tests: half-width katakana with sound marks (one Swift Character, two
/// columns), a family joined with zero-width joiners, 🈐 and hentaigana (wide in glibc,
/// narrow in ladder's old table), 🌡 (narrow in glibc, wide in the old table).
public enum WidthFixtures {
    public static let halfWidthKana = "ｶ)ﾄﾞｺﾓ ﾊﾟｹｯﾄ"
    public static let family = "👨‍👩‍👧"
    public static let squaredHere = "🈐"
    public static let hentaigana = "𛀂𛀃"
    public static let thermometer = "🌡"
    /// A title holding all of them.
    public static let title = "ｶ)ﾄﾞｺﾓ ﾊﾟｹｯﾄ 👨‍👩‍👧 🈐 𛀂𛀃 🌡 請求"
}
