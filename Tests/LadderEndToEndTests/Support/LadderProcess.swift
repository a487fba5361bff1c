import Foundation
import Testing

/// The built `ladder` binary, found beside the test bundle.
let ladderBinary: String = {
    let candidates = [
        Bundle.main.bundleURL.appendingPathComponent("ladder").path,
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("ladder").path,
        Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("ladder").path,
    ]
    guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
        fatalError("cannot find the ladder binary; looked at \(candidates)")
    }
    return found
}()

struct Result {
    var status: Int32
    var out: String
    var err: String
}

/// A temporary store and a fixed clock (Tokyo time) to run `ladder` against.
final class Sandbox: @unchecked Sendable {
    let directory: String
    var now: String
    var zone = "Asia/Tokyo"
    /// The locale ladder runs in; one the machine lacks tests the C.UTF-8 fallback.
    var lang = "C.UTF-8"
    /// More variables for every run (a pager, NO_COLOR), in tmux too.
    var extra: [String: String] = [:]

    init(now: String = "2026-07-15T15:00:00+09:00") {
        directory = NSTemporaryDirectory() + "ladder-e2e-" + UUID().uuidString
        self.now = now
        // Also TMPDIR for the runs: what ladder leaves there (a failed config edit's
        // copy) goes when the sandbox goes.
        try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: directory) }

    var store: String { directory + "/store" }

    var environment: [String: String] {
        // Only what ladder reads: a test never sees the developer's own store.
        [
            "PATH": "/usr/bin:/bin", "HOME": directory + "/home", "LADDER_STORE": store,
            "LADDER_NOW": now, "TZ": zone, "LANG": lang, "TMPDIR": directory,
        ].merging(extra) { $1 }
    }

    /// More variables for every run, the terminal's too (`EDITOR` for a test's editor):
    /// the same as `extra`.
    var extraEnvironment: [String: String] {
        get { extra }
        set { extra = newValue }
    }

    @discardableResult
    func run(_ args: [String], environment extra: [String: String] = [:], removing: [String] = []) -> Result {
        var env = environment.merging(extra) { $1 }
        for key in removing { env.removeValue(forKey: key) }
        return runProcess(ladderBinary, args, environment: env)
    }

    /// Runs and expects success.
    @discardableResult
    func ok(_ args: String..., sourceLocation: SourceLocation = #_sourceLocation) -> Result {
        let r = run(args)
        #expect(r.status == 0, "ladder \(args.joined(separator: " ")) failed: \(r.err)", sourceLocation: sourceLocation)
        return r
    }

    func json(_ args: String...) throws -> Any {
        let r = run(args)
        #expect(r.status == 0, "\(r.err)")
        return try JSONSerialization.jsonObject(with: Data(r.out.utf8))
    }

    /// Every file in the store with its bytes, to prove that nothing was written. The
    /// index and its table of contents are left out unless asked for: they are derived
    /// data that any read may bring up to date.
    func snapshot(includingIndex: Bool = false) -> [String: Data] {
        var out: [String: Data] = [:]
        guard let walker = FileManager.default.enumerator(atPath: store) else { return out }
        while let name = walker.nextObject() as? String {
            let path = store + "/" + name
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDir), !isDir.boolValue,
               includingIndex || !["index.jsonl", "index-heads.jsonl", "index-summaries.bin"].contains(name) {
                out[name] = FileManager.default.contents(atPath: path)
            }
        }
        return out
    }
}

/// Runs a program to its end and gives its status and output. With `seconds`, a program
/// still running then is killed and reported as hung (status -1): a hang is a failure.
func runProcess(_ path: String, _ args: [String], environment: [String: String], seconds: Double? = nil) -> Result {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: path)
    p.arguments = args
    p.environment = environment
    let out = Pipe(), err = Pipe()
    p.standardOutput = out
    p.standardError = err
    p.standardInput = FileHandle.nullDevice
    try! p.run()
    if let seconds {
        let deadline = Date().addingTimeInterval(seconds)
        while p.isRunning, Date() < deadline { usleep(20_000) }
        if p.isRunning { p.terminate(); p.waitUntilExit(); return Result(status: -1, out: "", err: "hung: killed after \(seconds)s") }
    }
    // Read both pipes before waiting, so a large output cannot block the child.
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return Result(status: p.terminationStatus, out: String(decoding: outData, as: UTF8.self), err: String(decoding: errData, as: UTF8.self))
}
