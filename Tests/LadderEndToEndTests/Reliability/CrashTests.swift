import Foundation
import LadderTestSupport
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Nothing lost: ladder killed with SIGKILL at random points while it writes, and four
/// processes writing at once with the front end open. Short runs here; the documented
/// runs (Docs/Reliability.md) set LADDER_CRASH_KILLS=1000 and LADDER_CONCURRENT_OPS=250.
@Suite(.serialized) struct CrashTests {


    /// Every case file's text, by name: format 3, `<id>.jsonl` (an older `N.json` would
    /// be one too, but a store made by this ladder has none).
    static func caseFiles(_ s: Sandbox) throws -> [String: String] {
        let dir = s.store + "/cases"
        var out: [String: String] = [:]
        #expect(StoreFiles.olderFiles(s.store).isEmpty)
        for name in StoreFiles.caseFiles(s.store) {
            out[name] = String(decoding: try Data(contentsOf: URL(fileURLWithPath: dir + "/" + name)), as: UTF8.self)
        }
        return out
    }

    /// The number a case file claims last (its `numbered` line with the highest clock).
    static func claimedNumber(_ text: String) -> Int? {
        var best: (clock: Int, number: Int)?
        for line in text.split(separator: "\n") {
            guard let o = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  o["type"] as? String == "numbered", let clock = o["clock"] as? Int, let n = o["number"] as? Int else { continue }
            if best == nil || clock > best!.clock { best = (clock, n) }
        }
        return best?.number
    }

    /// How often `token` occurs in all the case files.
    static func occurrences(_ token: String, in files: [String: String]) -> Int {
        files.values.reduce(0) { $0 + $1.components(separatedBy: token).count - 1 }
    }

    @Test func killedAtRandomPointsItLosesNoAcknowledgedWrite() throws {
        let kills = runSize("LADDER_CRASH_KILLS", default: 40)
        let s = Sandbox()
        for title in ["Mail bounces", "回線が夜だけ切れる", "Refund never arrived"] { s.ok("add", title, "--org", "Acme") }
        s.ok("list")  // with an index, as a store in use has

        // How long one write takes here, so the kills spread over a whole run.
        var lengths: [Double] = []
        var acknowledged: Set<String> = []
        var attempted: [String] = []
        for i in 0..<5 {
            let token = "K\(String(format: "%06d", 900_000 + i))Z"
            let start = Date()
            s.ok("note", "1", token)
            lengths.append(Date().timeIntervalSince(start))
            acknowledged.insert(token)
            attempted.append(token)
        }
        let typical = lengths.sorted()[2]

        var dice = Dice(state: 20261122)
        var landed = 0, runs = 0
        while landed < kills {
            let token = "K\(String(format: "%06d", runs))Z"
            let n = "\(1 + dice.next(3))"
            let args: [String]
            switch dice.next(4) {
            case 0: args = ["add", "crash case \(token)", "--org", "Acme", "--await", "reply", "--due", "2h"]
            case 1: args = ["log", n, "--via", "phone", "--note", token]
            case 2: args = ["note", n, token]
            default: args = ["await", n, token, "--due", "2h"]
            }
            let p = Process()
            p.executableURL = URL(fileURLWithPath: ladderBinary)
            p.arguments = args
            p.environment = s.environment
            p.standardOutput = FileHandle.nullDevice
            p.standardError = FileHandle.nullDevice
            p.standardInput = FileHandle.nullDevice
            try p.run()
            // Mostly in the second half of a run, where the write is, until just after it ends.
            usleep(useconds_t(typical * 1_000_000 * (0.5 + Double(dice.next(600)) / 1000)))
            kill(p.processIdentifier, SIGKILL)
            p.waitUntilExit()
            runs += 1
            attempted.append(token)
            if p.terminationReason == .exit {
                #expect(p.terminationStatus == 0, "\(args) failed on its own")
                if p.terminationStatus == 0 { acknowledged.insert(token) }
            } else {
                landed += 1
            }
        }

        // Every case file parses, line by line as JSON and as a case, under its own number.
        let files = try Self.caseFiles(s)
        var numbers: [Int] = []
        for (name, text) in files {
            #expect(text.hasSuffix("}\n") && text.split(separator: "\n").allSatisfy {
                (try? JSONSerialization.jsonObject(with: Data($0.utf8))) != nil
            }, "\(name) is not JSON lines after the kills")
            let number = Self.claimedNumber(text)
            #expect(number != nil, "\(name) claims no number")
            if let number {
                numbers.append(number)
                #expect(s.run(["show", "\(number)"]).status == 0, "\(name) does not read as a case")
            }
        }
        #expect(Set(numbers).count == numbers.count, "no number claimed twice: \(numbers.sorted())")
        // Every acknowledged write is there once; the others at most once.
        for token in attempted {
            let found = Self.occurrences(token, in: files)
            if acknowledged.contains(token) {
                #expect(found == 1, "acknowledged \(token) found \(found) times")
            } else {
                #expect(found <= 1, "\(token) found \(found) times")
            }
        }
        // The index agrees with the files, and doctor clears what the kills left.
        let listed = try s.json("list", "--all", "--json") as! [[String: Any]]
        #expect(listed.count == files.count)
        let leftovers = ((try? FileManager.default.contentsOfDirectory(atPath: s.store + "/cases/.tmp")) ?? []).count
        s.run(["doctor", "--repair"])
        #expect(s.ok("doctor").out.contains("Nothing wrong."))
        print("crash: \(landed) kills landed among \(runs) runs; \(acknowledged.count) acknowledged writes all present once; "
              + "\(files.count) case files all parse; \(leftovers) temp files left by kills mid-write")
    }

    @Test func fourProcessesAtOnceWithTheFrontEndOpen() throws {
        let each = runSize("LADDER_CONCURRENT_OPS", default: 25)
        let workers = 4
        let s = Sandbox()
        s.ok("add", "shared", "--org", "Acme", "--at", "-1d")
        let tmux = try TmuxSession(s, width: 120, height: 40)
        try tmux.waitFor("1 open")

        let failures = Failures()
        let escalations = Counter()
        let group = DispatchGroup()
        for w in 0..<workers {
            DispatchQueue.global().async(group: group) {
                for i in 0..<each {
                    let token = "W\(w)N\(String(format: "%04d", i))Z"
                    let args: [String]
                    switch i % 3 {
                    case 0: args = ["add", "case \(token)", "--org", "Org \(w)"]
                    case 1: args = ["log", "1", "--via", "phone", "--note", token]
                    default: args = ["escalate", "1", "--to", i % 2 == 0 ? "executive" : "shop", "--reason", token]
                    }
                    let r = s.run(args)
                    if r.status == 0 {
                        if args[0] == "escalate" { escalations.add() }
                    } else if !(args[0] == "escalate" && r.err.contains("already on")) {
                        failures.add("\(args): \(r.err)")
                    }
                }
            }
        }
        group.wait()
        #expect(failures.all.isEmpty, "\(failures.all)")

        let files = try Self.caseFiles(s)
        let adds = (0..<each).filter { $0 % 3 == 0 }.count * workers
        // Case numbers unique and without gaps: one file per add.
        #expect(files.count == 1 + adds)
        #expect(files.values.compactMap(Self.claimedNumber).sorted() == Array(1...(1 + adds)))
        let listed = (try s.json("list", "--all", "--json") as! [[String: Any]]).compactMap { $0["number"] as? Int }
        #expect(listed.sorted() == Array(1...(1 + adds)))
        for w in 0..<workers {
            for i in 0..<each where i % 3 != 2 {
                let token = "W\(w)N\(String(format: "%04d", i))Z"
                #expect(Self.occurrences(token, in: files) == 1, "\(token)")
            }
        }
        let shared = try s.json("show", "1", "--json") as! [String: Any]
        let moves = (shared["events"] as! [[String: Any]]).filter { ($0["type"] as? String) == "escalated" }.count
        #expect(moves == escalations.value, "every escalation that succeeded is there once")
        // The front end, open throughout, shows the final state.
        try tmux.waitFor("\(1 + adds) open", timeout: 15)
        try tmux.keys("q")
        print("concurrency: \(workers) processes x \(each) operations, \(adds) adds, \(escalations.value) escalations; "
              + "every operation present once, numbers 1...\(1 + adds), front end showing \(1 + adds) open")
    }
}

final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var n = 0
    func add() { lock.lock(); n += 1; lock.unlock() }
    var value: Int { lock.lock(); defer { lock.unlock() }; return n }
}
