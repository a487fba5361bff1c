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
