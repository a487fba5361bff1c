import Foundation
import LadderTestSupport
import Testing

@Suite struct StoreEndToEndTests {
    @Test func japaneseRoundTripsExactlyAndColumnsAlignByDisplayWidth() throws {
        let s = Sandbox()
        let title = "迷惑メール判定の誤り（ウイルス対策）"
        let note = "担当者は「6月2日中に再送する」と約束。\n二行目 🙇"
        s.ok("add", title, "--org", "サンプル電気", "--rung", "call-centre", "--note", note,
             "--await", "正しい顧客番号の再送", "--due", "eod", "--at", "-2h")
        s.ok("add", "Mail bounces", "--org", "Example Mobile", "--owe", "logs", "--due", "2h")
        s.ok("log", "1", "--via", "phone", "--with", "お客様相談室", "--note", "ｶﾀｶﾅ と ＡＢＣ")

        let shown = try s.json("show", "1", "--json") as! [String: Any]
        #expect(shown["title"] as? String == title)
        #expect(shown["organisation"] as? String == "サンプル電気")
        let events = shown["events"] as! [[String: Any]]
        #expect(events[0]["note"] as? String == note)
        #expect(events.last?["with"] as? String == "お客様相談室")
        #expect(events.last?["note"] as? String == "ｶﾀｶﾅ と ＡＢＣ")
        // The file itself keeps the text readable, not \u-escaped.
        let raw = String(decoding: FileManager.default.contents(atPath: StoreFiles.path(s.store, 1))!, as: UTF8.self)
        #expect(raw.contains(title))

        let lines = s.ok("list").out.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        let nextColumn = lines.map { line -> Int in
            let prefix = line.components(separatedBy: line.contains("NEXT") ? "NEXT" : (line.contains("OVERDUE") || line.contains("in ") ? (line.contains("OVERDUE") ? "OVERDUE" : "in ") : "-")).first!
            return displayWidth(prefix)
        }
        #expect(Set(nextColumn).count == 1, "columns: \(nextColumn)\n\(lines.joined(separator: "\n"))")
    }

    @Test func controlCharactersInStoredTextAreInert() {
        let s = Sandbox()
        s.ok("add", "evil \u{1B}[2J\u{1B}[31mtitle", "--org", "X\u{7}", "--note", "line\u{1B}]0;pwned\u{7}")
        let out = s.ok("list").out + s.ok("show", "1").out
        #expect(!out.contains("\u{1B}"))
        #expect(!out.contains("\u{7}"))
        #expect(out.contains("evil ^[[2J^[[31mtitle"))
    }

    @Test func aDamagedCaseIsNamedAndTheRestStaysUsable() throws {
        let s = Sandbox()
        s.ok("add", "one", "--org", "X")
        s.ok("add", "two", "--org", "Y")
        let path = StoreFiles.path(s.store, 1)
        #expect(path.hasSuffix(".jsonl"))
        // An event's line cut short by hand; the line claiming its number is whole.
        var lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map(String.init)
        #expect(lines.count == 3 && lines[2].contains("\"numbered\""))
        lines[1] = String(lines[1].prefix(30))
        let damaged = Data((lines.joined(separator: "\n") + "\n").utf8)
        try damaged.write(to: URL(fileURLWithPath: path))

        let list = s.run(["list"])
        #expect(list.status == 0)
        #expect(list.out.contains("two"))
        #expect(list.err.contains("ladder: warning: \(path): line 2: it is not valid JSON"))

        let show = s.run(["show", "1"])
        #expect(show.status == 65)
        #expect(show.err.contains(path))
        #expect(show.err.contains("ladder will not change this file"))

        #expect(s.run(["note", "1", "x"]).status == 65)
        #expect(FileManager.default.contents(atPath: path) == damaged)
        #expect(s.ok("add", "three", "--org", "Z").out.hasPrefix("Added case 3"))
        s.ok("note", "2", "still fine")
    }

    @Test func theStoreFollowsXDGAndTheFlag() throws {
        let s = Sandbox()
        let xdg = s.directory + "/xdg"
        s.run(["add", "T", "--org", "X"], environment: ["XDG_DATA_HOME": xdg], removing: ["LADDER_STORE"])
        #expect(StoreFiles.caseFiles(xdg + "/ladder").count == 1)
        s.run(["add", "T", "--org", "X"], removing: ["LADDER_STORE"])
        #expect(StoreFiles.caseFiles(s.directory + "/home/.local/share/ladder").count == 1)
        let flag = s.directory + "/elsewhere"
        #expect(s.run(["add", "T", "--org", "X", "--store", flag]).status == 0)
        #expect(StoreFiles.caseFiles(flag).count == 1 && FileManager.default.fileExists(atPath: StoreFiles.path(flag, 1)))
        let perms = try FileManager.default.attributesOfItem(atPath: flag)[.posixPermissions] as! NSNumber
        #expect(perms.intValue == 0o700)
    }

    @Test func processesWritingAtOnceLoseNothing() throws {
        let s = Sandbox()
        s.ok("add", "shared", "--org", "X", "--at", "-1d")
        // 4 processes at once, each adding cases and logging on the shared case.
        let workers = 4, each = 12
        let group = DispatchGroup()
        let failures = Failures()
        for w in 0..<workers {
            DispatchQueue.global().async(group: group) {
                for i in 0..<each {
                    let args = i % 2 == 0
                        ? ["add", "worker \(w) case \(i)", "--org", "W\(w)"]
                        : ["log", "1", "--via", "phone", "--note", "worker \(w) call \(i)"]
                    let r = s.run(args)
                    if r.status != 0 { failures.add("\(args): \(r.err)") }
                }
            }
        }
        group.wait()
        #expect(failures.all.isEmpty, "\(failures.all)")
        let cases = try s.json("list", "--json") as! [[String: Any]]
        let numbers = cases.compactMap { $0["number"] as? Int }
        #expect(numbers.sorted() == Array(1...(1 + workers * each / 2)))
        #expect(StoreFiles.caseFiles(s.store).count == 1 + workers * each / 2, "one file per case")
        let shared = try s.json("show", "1", "--json") as! [String: Any]
        let notes = (shared["events"] as! [[String: Any]]).compactMap { $0["note"] as? String }
        #expect(notes.count == workers * each / 2)
        #expect(Set(notes).count == notes.count)
    }
}

final class Failures: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [String] = []
    func add(_ s: String) { lock.lock(); items.append(s); lock.unlock() }
    var all: [String] { lock.lock(); defer { lock.unlock() }; return items }
}

/// Columns a string takes: 2 for CJK and fullwidth, 1 otherwise (enough for these tests).
func displayWidth(_ s: String) -> Int {
    s.unicodeScalars.reduce(0) { w, u in
        let v = u.value
        let wide = (0x3000...0x9FFF).contains(v) || (0xFF01...0xFF60).contains(v) || (0xAC00...0xD7A3).contains(v)
        return w + (wide ? 2 : 1)
    }
}

/// `ladder undo` on the real binary.
@Suite struct UndoCommandTests {
    @Test func undoAsksShowsAndRevertsAsANewEvent() throws {
        let s = Sandbox()
        #expect(s.ok("undo").out == "Nothing to undo.\n")
        // A minute apart, as a person types them (changes in the same second count in
        // the order the files were written).
        s.ok("add", "Mail bounces", "--org", "Kestrel Mobile", "--await", "call back", "--due", "2h")
        s.now = "2026-07-15T15:01:00+09:00"
        s.ok("add", "回線が夜だけ切れる", "--org", "光ネット")
        s.now = "2026-07-15T15:02:00+09:00"
        s.ok("log", "1", "--via", "phone", "--note", "explained again")
        s.now = "2026-07-15T15:03:00+09:00"

        // Without a terminal it will not ask, so it refuses and writes nothing.
        let before = s.snapshot()
        let refused = s.run(["undo"])
        #expect(refused.status == 64)
        #expect(refused.out.contains("Undo on case 1 (Mail bounces):") && refused.out.contains("phone to shop"))
        #expect(refused.err.contains("--yes"))
        #expect(s.snapshot() == before)

        let done = s.ok("undo", "--yes", "--note", "wrong case")
        #expect(done.out.hasSuffix("Case 1: undid: phone to shop: explained again\n"))
        let show = s.ok("show", "1").out
        #expect(show.contains("[undone] phone to shop") && show.contains("wrong case"))
        // Then the one before it: case 2's opening, which withdraws it.
        let opening = s.ok("undo", "--yes").out
        #expect(opening.contains("case 2") && opening.contains("withdrawn"))
        #expect(!s.ok("list").out.contains("回線"))
        #expect(s.ok("list", "--all").out.contains("withdrawn"))
        let refusedLog = s.run(["log", "2", "--via", "phone"])
        #expect(refusedLog.status == 65 && refusedLog.err.contains("withdrawn"))
        // One case's own last change.
        #expect(s.ok("undo", "1", "--yes").out.contains("undid: awaiting #1: call back"))
        #expect(s.run(["undo", "7", "--yes"]).status == 65)
    }
}
