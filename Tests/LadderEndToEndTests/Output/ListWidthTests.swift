import Foundation
import LadderTestSupport
import Testing

/// `list` on real terminals (tmux) of several widths. A newcomer's pass found rows of
/// about 70 columns on a terminal 40 wide, and at 120 columns a long organisation kept
/// 40 while the title was squeezed to 12.
@Suite(.serialized) struct ListWidthTests {
    static func world() -> Sandbox {
        let s = Sandbox()
        s.ok("add", "Router drops every evening and the support line keeps asking for the same logs",
             "--org", "Northwind Broadband Consumer Services Division")
        s.ok("await", "1", "call back with the root cause analysis of the fault", "--due", "in 2d")
        s.ok("add", "請求額の誤りについての問い合わせが三か月たっても解決しない", "--org", "サンプル光",
             "--at", "-3h", "--await", "返金の連絡", "--due", "1h")
        return s
    }

    func screen(_ s: Sandbox, width: Int, japanese: Bool = false) throws -> [String] {
        s.lang = japanese ? "ja_JP.UTF-8" : "C.UTF-8"
        let tmux = try TmuxSession(s, args: ["list", "--no-pager"], width: width, height: 12)
        try tmux.waitFor(japanese ? "連絡な" : "SILENT")
        #expect(tmux.exitStatus() == 0)
        return try tmux.screen().split(separator: "\n").map(String.init).filter { !$0.isEmpty }
    }

    @Test(arguments: [30, 40, 60, 80, 120])
    func everyRowFitsTheTerminal(_ width: Int) throws {
        let s = Self.world()
        let rows = try screen(s, width: width)
        // A row wider than the terminal would wrap: the table would have more lines.
        #expect(rows.count == 3, "at \(width) columns:\n\(rows.joined(separator: "\n"))")
        #expect(rows.first?.hasPrefix("#") == true)
        #expect(rows.contains { $0.hasPrefix("1 ") } && rows.contains { $0.hasPrefix("2 ") })
    }

    /// A next reply cut to fit keeps how late it is whole: Japanese writes `遅れ` last,
    /// and it was the first thing cut (`2時間遅~`).
    @Test(arguments: [30, 40, 60, 80])
    func aCutNextReplyKeepsHowLateItIs(_ width: Int) throws {
        let s = Self.world()
        let english = try screen(s, width: width)
        #expect(english.contains { $0.hasPrefix("2 ") && $0.contains("OVERDUE 2h") }, "\(english)")
        let japanese = try screen(s, width: width, japanese: true)
        #expect(japanese.count == 3, "at \(width) columns:\n\(japanese.joined(separator: "\n"))")
        #expect(japanese.contains { $0.hasPrefix("2 ") && $0.contains("2時間遅れ") }, "\(japanese)")
    }

    @Test func wideColumnsShareTheRoom() throws {
        let s = Self.world()
        let rows = try screen(s, width: 120)
        let header = try #require(rows.first)
        let org = try #require(header.range(of: "ORG")), title = try #require(header.range(of: "TITLE"))
        let next = try #require(header.range(of: "NEXT REPLY"))
        let orgWidth = header.distance(from: org.lowerBound, to: title.lowerBound)
        let titleWidth = header.distance(from: title.lowerBound, to: next.lowerBound)
        #expect(titleWidth >= 25 && orgWidth <= titleWidth + 2, "organisation \(orgWidth), title \(titleWidth):\n\(rows.joined(separator: "\n"))")
        #expect(rows.contains { $0.contains("Router drops every evening") })
    }

    /// Too narrow for every column: the organisation goes first, and the next reply stays.
    @Test func aNarrowTerminalLeavesOutTheOrganisationFirst() throws {
        let s = Self.world()
        let rows = try screen(s, width: 60)
        #expect(rows[0].contains("ORG") && rows[0].contains("NEXT REPLY"))
        let narrow = try screen(s, width: 40)
        #expect(!narrow[0].contains("ORG") && narrow[0].contains("NEXT REPLY") && narrow[0].contains("TITLE"), "\(narrow)")
    }
}
