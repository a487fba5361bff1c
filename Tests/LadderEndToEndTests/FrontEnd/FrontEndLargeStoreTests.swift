import Foundation
import LadderTestSupport
import Testing

/// The front end on 10,001 generated cases (Scripts/generate-store), in the real binary
/// under tmux: five-digit case numbers keep every digit, and the filter finds words
/// among them as they are typed. No timing is asserted; Scripts/bench measures it.
@Suite(.serialized) struct FrontEndLargeStoreTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    @Test func tenThousandCasesKeepTheirDigitsAndFilterAsTyped() throws {
        let box = Sandbox()
        let generate = Process()
        generate.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        generate.arguments = ["python3", Self.repository.appendingPathComponent("Scripts/generate-store").path, "10001", box.store,
                              "--now", box.now]
        generate.standardOutput = FileHandle.nullDevice
        try generate.run()
        generate.waitUntilExit()
        try #require(generate.terminationStatus == 0)

        let tmux = try TmuxSession(box, width: 120, height: 40)
        try tmux.waitUntil(timeout: 120, "the list of 10,001 cases") { $0.split(separator: "\n").first?.contains(" open") == true }

        // Item 4: #1000, #10000 and #10001 are three numbers, each whole, apart from the mark.
        try tmux.keys("/")
        try tmux.type("#1000")
        let found = try tmux.waitUntil(timeout: 30, "#1000 and #10000 found") { $0.contains(" 10000 ") && $0.contains(" 10001 ") }
        let rows = found.split(separator: "\n").map(String.init)
        for number in ["1000", "10000", "10001"] {
            let row = rows.first { $0.range(of: #"^[!^ ] +\#(number) "#, options: .regularExpression) != nil }
            #expect(row != nil, "#\(number) whole, after the mark and a space:\n\(found)")
        }
        try tmux.keys("Escape")

        // Item 11: typed key by key, Japanese included, the list narrows to the cases that match.
        try tmux.keys("/")
        for c in "夜だけ切れ" { try tmux.type(String(c)) }
        let narrowed = try tmux.waitUntil(timeout: 30, "the cases with 夜だけ切れ") { screen in
            let lines = screen.split(separator: "\n").map(String.init)
            let cases = lines.dropFirst(2).prefix(37).filter { $0.range(of: #"^[!^ ] +\d+ "#, options: .regularExpression) != nil }
            return !cases.isEmpty && cases.allSatisfy { $0.contains("夜だけ切") } && screen.contains("/夜だけ切れ")
        }
        let narrowedCount = try #require(Self.listed(narrowed), "\(narrowed)")
        // Esc clears it, and every listed case is back.
        try tmux.keys("Escape")
        let all = try tmux.waitUntil(timeout: 30, "all cases again") { (Self.listed($0) ?? 0) > narrowedCount }
        #expect((Self.listed(all) ?? 0) > 1000, "\(all)")
        try tmux.keys("q")
        #expect(tmux.exitStatus() == 0)
    }

    /// How many cases the list holds, from the top bar's `1-37 of 6012`.
    static func listed(_ screen: String) -> Int? {
        guard let top = screen.split(separator: "\n").first,
              let range = top.range(of: #"of \d+"#, options: .regularExpression) else { return nil }
        return Int(top[range].dropFirst(3))
    }
}
