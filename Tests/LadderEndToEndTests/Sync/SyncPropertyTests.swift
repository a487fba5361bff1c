import Foundation
import Testing
import LadderTestSupport

/// The convergence property with the real git and the built ladder: three machines
/// cloned from one bare remote do random work and sync in random order; after everyone
/// has synced twice, every machine lists the same cases and shows each the same way.
/// The core's ConvergenceTests run hundreds of seeds in-process; these few prove the
/// same through git's own merge, the merge driver and `ladder sync`.
/// `LADDER_SYNC_GIT_SEEDS` runs more.
@Suite struct SyncPropertyTests {
    static let seeds = runSize("LADDER_SYNC_GIT_SEEDS", default: 6)

    @Test func machinesSyncingThroughGitConverge() throws {
        for seed in 0..<Self.seeds { try run(seed: UInt64(seed)) }
    }

    private func run(seed: UInt64) throws {
        var dice = Dice(state: seed &* 7919 &+ 11)
        let root = NSTemporaryDirectory() + "ladder-syncprop-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        let remote = root + "/remote.git"
        #expect(runProcess("/usr/bin/git", ["init", "-q", "--bare", remote], environment: ["PATH": "/usr/bin:/bin", "HOME": root]).status == 0)
        let machines = (0..<3).map { _ in Sandbox(now: "2026-07-15T09:00:00+09:00") }
        for m in machines { try FileManager.default.createDirectory(atPath: m.directory + "/home", withIntermediateDirectories: true) }
        machines[0].ok("add", "first case", "--org", "Example Mobile", "--await", "an answer", "--due", "2h")
        machines[0].ok("sync", "--init", remote)
        for m in machines.dropFirst() { m.ok("sync", "--init", remote) }
        var minutes = 0
        let context = Comment(rawValue: "seed \(seed)")
        for _ in 0..<(10 + dice.next(8)) {
            minutes += 1 + dice.next(120)
            let m = machines[dice.next(3)]
            m.now = Self.time(minutes)
            if dice.next(4) == 0 {
                let r = m.run(["sync"])
                #expect(r.status == 0, "\(context): \(r.err)")
                continue
            }
            let numbers = Self.numbers(m)
            let n = numbers.isEmpty ? "1" : String(dice.pick(numbers))
            let ops: [[String]] = [
                ["add", "case \(dice.next(100))", "--org", dice.pick(["Example Mobile", "Example ISP"])],
                ["log", n, "--via", dice.pick(["phone", "email"]), "--note", "contact \(dice.next(100))"],
                ["await", n, "reply \(dice.next(100))", "--due", "\(1 + dice.next(48))h"],
                ["clear", n], ["escalate", n, "--reason", "no answer"],
                ["close", n, "--outcome", "resolved"], ["reopen", n, "--reason", "it came back"],
                ["undo", n, "--yes"], ["edit", n, "--title", "renamed \(dice.next(100))"], ["note", n, "note \(dice.next(100))"],
            ]
            _ = m.run(dice.pick(ops))  // refusals (closing a closed case) are part of the game
        }
        for _ in 0..<2 {
            for m in machines {
                m.now = Self.time(minutes + 1)
                let r = m.run(["sync"])
                #expect(r.status == 0, "\(context): \(r.err)")
            }
        }
        let list = machines[0].ok("list", "--all", "--json").out
        for m in machines.dropFirst() { #expect(m.ok("list", "--all", "--json").out == list, context) }
        let numbers = Self.numbers(machines[0])
        #expect(Set(numbers).count == numbers.count, "every number once: \(context)")
        for n in numbers {
            let shown = machines[0].ok("show", String(n), "--json").out
            for m in machines.dropFirst() { #expect(m.ok("show", String(n), "--json").out == shown, "case \(n), \(context)") }
        }
    }

    static func time(_ minutes: Int) -> String {
        let base = Date(timeIntervalSince1970: 1_784_073_600)  // 2026-07-15T09:00+09:00
        let f = ISO8601DateFormatter()
        f.timeZone = TimeZone(identifier: "Asia/Tokyo")
        return f.string(from: base.addingTimeInterval(TimeInterval(minutes * 60)))
    }

    static func numbers(_ m: Sandbox) -> [Int] {
        let r = m.run(["list", "--all", "--json"])
        guard r.status == 0, let doc = try? JSONSerialization.jsonObject(with: Data(r.out.utf8)) else { return [] }
        let cases = (doc as? [[String: Any]]) ?? ((doc as? [String: Any])?["cases"] as? [[String: Any]]) ?? []
        return cases.compactMap { $0["number"] as? Int }
    }
}
