import Foundation
import LadderTestSupport
import Testing

/// The real binary in a real terminal (tmux), driven by keys, checked on screen and in
/// the store.
@Suite(.serialized) struct FrontEndTests {
    @Test func climbFlagsAndContactHoursShowAndReportsRunAlongside() throws {
        let box = reportWorld()
        let tmux = try TmuxSession(box, width: 120, height: 40)
        let screen = try tmux.waitFor("CLIMB")
        let rows = screen.split(separator: "\n")
        #expect(rows.contains { $0.hasPrefix("^") && $0.contains("Mail from two") }, "\(screen)")
        #expect(rows.contains { $0.hasPrefix("!") && $0.contains("Fibre drops") }, "\(screen)")
        // The contact point and its address (wrapped in the pane beside the list).
        #expect(screen.contains("Technical desk,") && screen.contains("tech@kestrel.example"), "\(screen)")
        #expect(screen.contains("closed now; opens Tue 07-21 09:00"))
        #expect(screen.contains("^ CLIMB: climb to executive (reply 1 is 5d"), "\(screen)")
        // A report while the front end is open: the same answer, and nothing written.
        let before = box.snapshot()
        let report = box.run(["report", "overdue"])
        #expect(report.status == 1)
        #expect(report.out == ReportTests.overdueText)
        #expect(box.snapshot() == before)
        // A change to the config from another terminal shows without a restart (today
        // is still the organisation's holiday, so the desk opens at midnight).
        box.ok("org", "edit", "Kestrel", "--point", "Technical desk", "--hours", "daily 24h")
        try tmux.waitFor("closed now; opens Tue 07-21 00:00", timeout: 5)
        try tmux.keys("q")
        #expect(tmux.exitStatus() == 0)
    }

    @Test func dailyTasksWithoutLeavingTheFrontEnd() throws {
        let box = Sandbox()
        let tmux = try TmuxSession(box)
        try tmux.waitFor("No cases yet.")
        // Add a case with a Japanese title through the form.
        try tmux.keys("a")
        try tmux.waitFor("New case")
        try tmux.type("ウイルス対策ソフトの顧客番号")
        try tmux.keys("Tab")
        try tmux.type("シールドソフト")
        try tmux.keys("C-s")
        try tmux.waitFor("Added case 1: ウイルス対策ソフトの顧客番号")
        try tmux.waitFor("S....")
        let stored = try String(contentsOfFile: StoreFiles.path(box.store, 1), encoding: .utf8)
        #expect(stored.contains("\"title\":\"ウイルス対策ソフトの顧客番号\""))

        // Escalate it.
        try tmux.keys("e")
        try tmux.waitFor("Move case 1 from shop")
        try tmux.type("店では受け付けられない")
        try tmux.keys("C-s")
        try tmux.waitFor("Case 1: escalated shop -> call-centre")
        try tmux.waitFor("=C...")

        // Log a call with the timer: on hold, answered, hung up.
        // At least a second of each. The timer ticks each second with the clock: under
        // load the screen may settle (two captures alike) only seconds later, so any
        // second from the first on will do, not the first alone.
        let pastFirstSecond = { (state: String) in try Regex("CALL #1 \(state) 00:(0[1-9]|[1-5][0-9])") }
        try tmux.keys("c")
        try tmux.waitUntil(timeout: 8, "the hold timer past 00:00") { $0.contains(try! pastFirstSecond("hold")) }
        try tmux.keys("c")
        try tmux.waitUntil(timeout: 8, "the talk timer past 00:00") { $0.contains(try! pastFirstSecond("talk")) }
        try tmux.keys("c")
        try tmux.waitFor("Log the call on case 1")
        try tmux.type("fault desk")
        try tmux.keys("C-s")
        try tmux.waitFor("Case 1: phone to call-centre, with fault desk, held")

        let json = try box.json("show", "1", "--json") as! [String: Any]
        let events = json["events"] as! [[String: Any]]
        #expect(events.map { $0["type"] as! String } == ["opened", "escalated", "contact"])
        let contact = events[2]
        #expect(contact["with"] as? String == "fault desk")
        #expect((contact["held"] as? Double ?? 0) >= 1)
        #expect((contact["took"] as? Double ?? 0) >= 1)

        try tmux.keys("q")
        #expect(tmux.exitStatus() == 0)
    }

    @Test func resizingRelaysOutAndATinyTerminalSaysSo() throws {
        let box = Sandbox()
        box.ok("add", "Fibre line drops every evening", "--org", "Northwind Broadband", "--await", "engineer visit", "--due", "2h")
        let tmux = try TmuxSession(box, width: 120, height: 40)
        // Wide: the list and the detail side by side.
        var screen = try tmux.waitFor("Pending (1)")
        #expect(screen.contains("Northwind"))
        try tmux.resize(60, 20)
        screen = try tmux.waitUntil("the narrow layout") { !$0.contains("Pending (1)") && $0.contains("Fibre line") }
        #expect(screen.split(separator: "\n").allSatisfy { $0.count <= 60 })
        try tmux.resize(40, 8)
        try tmux.waitFor("Terminal too small: 40x8.")
        try tmux.resize(120, 40)
        try tmux.waitFor("Pending (1)")
        try tmux.keys("C-c")
        #expect(tmux.exitStatus() == 130)
    }

    @Test func changesFromAnotherTerminalAppearWithinTwoSeconds() throws {
        let box = Sandbox()
        box.ok("add", "First", "--org", "A")
        let tmux = try TmuxSession(box)
        try tmux.waitFor("First")
        box.ok("add", "Quick-added elsewhere", "--org", "Kestrel Mobile")
        try tmux.waitFor("Quick-added", timeout: 2.5)
        try tmux.keys("q")
        #expect(tmux.exitStatus() == 0)
    }

    @Test func sigtermRestoresTheTerminal() throws {
        let box = Sandbox()
        let tmux = try TmuxSession(box)
        try tmux.waitFor("No cases yet.")
        let pid = try #require(tmux.pid)
        kill(pid, SIGTERM)
        #expect(tmux.exitStatus() == 143)
        // Back on the shell's screen: the front end's screen is gone.
        try tmux.waitUntil("the terminal to be restored") { !$0.contains("No cases yet.") }
    }

    @Test func theDemoOpensSampleCasesAndLeavesNothingBehind() throws {
        let box = Sandbox()
        let tmux = try TmuxSession(box, args: ["demo"])
        try tmux.waitFor("ladder [demo]")
        try tmux.waitFor("シールド")
        try tmux.waitFor("OVERDUE")
        try tmux.keys("q")
        #expect(tmux.exitStatus() == 0)
        #expect(!FileManager.default.fileExists(atPath: box.store))
    }

    @Test func withoutATerminalItSaysSoAndSuggestsList() {
        let box = Sandbox()
        let r = box.run([])
        #expect(r.status == 64)
        #expect(r.err.contains("the front end needs a terminal"))
        #expect(r.err.contains("ladder list"))
        #expect(r.out.isEmpty)
    }

    /// Pasting "Dear customer,⏎we apologise. eXtra" into a note saved a cut-off contact,
    /// then ran keys. Pasted text is text: in a field, kept whole; elsewhere, set aside.
    @Test func pastedTextIsNeverReadAsKeys() throws {
        let box = Sandbox()
        box.ok("add", "Mail bounces", "--org", "Kestrel")
        let tmux = try TmuxSession(box, width: 100, height: 30)
        try tmux.waitFor("Mail bounces")
        // In the list: nothing runs (x would close, u undo, q quit).
        try tmux.paste("xuq")
        try tmux.waitFor("pasted text ignored")
        #expect(tmux.exitStatus(timeout: 0.3) == nil, "still running")
        // In a note: both lines, and the form stays open until saved.
        try tmux.keys("n")
        try tmux.waitFor("Note on case 1")
        try tmux.paste("Dear customer,\nwe apologise. eXtra")
        try tmux.waitFor("eXtra")
        #expect(try tmux.screen().contains("Note on case 1"), "still in the form")
        try tmux.keys("C-s")
        try tmux.waitFor("Case 1: note")
        let json = try box.json("show", "1", "--json") as! [String: Any]
        let notes = (json["events"] as! [[String: Any]]).compactMap { $0["type"] as? String == "note" ? $0["note"] as? String : nil }
        #expect(notes == ["Dear customer,\nwe apologise. eXtra"])
        #expect((json["status"] as? String) == "open")
        try tmux.keys("q")
        #expect(tmux.exitStatus() == 0)
    }

    /// y puts the brief on the clipboard through the terminal (tmux keeps it as a buffer).
    @Test func theBriefIsCopiedToTheClipboard() throws {
        let box = Sandbox()
        box.ok("add", "回線が夜だけ切れる", "--org", "光ネット", "--ref", "C-1234")
        box.ok("ask", "1", "a written cause")
        let tmux = try TmuxSession(box, width: 100, height: 30)
        try tmux.tmux(["set-option", "-g", "set-clipboard", "on"], capture: false)
        try tmux.waitFor("回線が夜だけ切れる")
        try tmux.keys("y")
        try tmux.waitFor("Copy the brief of case 1")
        try tmux.keys("Enter")
        try tmux.waitFor("Copied the brief of case 1")
        let copied = try tmux.tmux(["show-buffer"])
        #expect(copied.hasPrefix("回線が夜だけ切れる (光ネット)") && copied.contains("I ask: a written cause"), "\(copied)")
        // Cut to a web form's limit, asked once and offered again.
        try tmux.keys("y")
        try tmux.waitFor("Copy the brief of case 1")
        try tmux.type("80")
        try tmux.keys("Enter")
        try tmux.waitFor("cut to 80")
        let cut = try tmux.tmux(["show-buffer"])
        #expect(cut.hasPrefix("回線が夜だけ切れる") && cut.utf16.count + cut.filter { $0 == "\n" }.count <= 80 && cut.count < copied.count, "\(cut)")
        try tmux.keys("y")
        try tmux.waitFor("Limit  80")
        try tmux.keys("Escape")
        try tmux.keys("q")
        #expect(tmux.exitStatus() == 0)
    }
}
