import Foundation
import LadderTestSupport
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Text that terminals and Swift measure differently, in the real binary under tmux:
/// every row keeps its columns, and everything shows.
@Suite(.serialized) struct FrontEndWidthTests {
    private func trickyWorld() -> Sandbox {
        let box = Sandbox()
        box.ok("add", WidthFixtures.halfWidthKana, "--org", "ﾄﾞｺﾓ", "--await", "返金", "--due", "1h",
               "--note", WidthFixtures.title + " " + WidthFixtures.family + "の契約")
        box.ok("add", WidthFixtures.family + " 家族割", "--org", "Example Mobile " + WidthFixtures.family, "--await", "call back", "--due", "2h")
        box.ok("add", WidthFixtures.squaredHere + " " + WidthFixtures.hentaigana + " " + WidthFixtures.thermometer + " 請求",
               "--org", WidthFixtures.hentaigana + "電気", "--await", "回答", "--due", "3h")
        box.ok("add", "Plain English title", "--org", "Kestrel", "--await", "refund", "--due", "4h")
        return box
    }

    @Test(arguments: [(80, 24), (200, 50)])
    func everyRowKeepsItsColumns(size: (width: Int, height: Int)) throws {
        let box = trickyWorld()
        let tmux = try TmuxSession(box, width: size.width, height: size.height)
        let screen = try tmux.waitUntil("all four cases") { $0.contains("Plain English") && $0.contains("家族割") && $0.contains("請求") }
        let rows = screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // Both scalars of ﾄﾞ show (ncurses drew nothing for the pair in one cell).
        #expect(screen.contains("ﾄﾞｺﾓ"), "\(screen)")
        #expect(screen.contains(WidthFixtures.squaredHere) && screen.contains("𛀂"))
        for row in rows { #expect(TerminalColumns.of(row) <= size.width, "\(row)") }
        // The top bar's clock ends one column before the right edge.
        #expect(TerminalColumns.of(rows[0].trailingSpacesRemoved) == size.width - 1, "\(rows[0])")
        let header = try #require(rows.firstIndex { $0.contains("NEXT REPLY") })
        let move = try #require(TerminalColumns.column(of: "MOVE", in: rows[header]))
        let caseRows = rows[(header + 1)...].prefix(4)
        for row in caseRows {
            // The MOVE cell (them / me) starts under its heading.
            let word = row.trailingSpacesRemoved.hasSuffix("me") && !row.trailingSpacesRemoved.hasSuffix("them") ? " me" : " them"
            let column = TerminalColumns.lastColumn(of: word, in: String(row.prefix { $0 != "|" }))
            #expect(column.map { $0 + 1 } == move, "\(row)\n\(screen)")
        }
        if size.width >= 200 {
            // The list and the detail pane meet at one column on every row.
            let border = try #require(TerminalColumns.column(of: "|", in: rows[header]))
            for row in rows[1..<(size.height - 1)] where !row.isEmpty {
                #expect(TerminalColumns.column(of: "|", in: row) == border, "\(row)\n\(screen)")
            }
            #expect(screen.contains("👨の契約"), "the joined family stands in as its first emoji: \(screen)")
        }
        try tmux.keys("q")
        #expect(tmux.exitStatus() == 0)
    }

    /// LANG names a locale this machine never generated: setlocale fails, and the
    /// front end falls back to C.UTF-8 so Japanese still draws.
    @Test func aMissingLocaleStillDrawsWideCharacters() throws {
        let box = Sandbox()
        box.lang = "xx_YY.UTF-8"
        box.ok("add", "迷惑メール判定の誤り", "--org", "ﾄﾞｺﾓ")
        let tmux = try TmuxSession(box, width: 80, height: 24)
        let screen = try tmux.waitFor("迷惑メール")
        #expect(screen.contains("ﾄﾞｺﾓ"), "\(screen)")
        try tmux.keys("q")
        #expect(tmux.exitStatus() == 0)
    }
}

/// Columns as tmux counts them: glibc's wcwidth of each scalar under C.UTF-8 (what
/// ncurses and tmux use), independent of ladder's own table.
enum TerminalColumns {
    private typealias WCWidth = @convention(c) (Int32) -> Int32
    private nonisolated(unsafe) static let wcwidth: WCWidth = unsafeBitCast(dlsym(nil, "wcwidth")!, to: WCWidth.self)

    static func of(_ text: String) -> Int {
        let locale = newlocale(LC_CTYPE_MASK, "C.UTF-8", nil)
        let previous = uselocale(locale)
        defer {
            uselocale(previous)
            freelocale(locale)
        }
        return text.unicodeScalars.reduce(0) { $0 + max(0, Int(wcwidth(Int32(bitPattern: $1.value)))) }
    }

    /// The column where `needle` first starts in `line`.
    static func column(of needle: String, in line: String) -> Int? {
        line.range(of: needle).map { of(String(line[..<$0.lowerBound])) }
    }

    static func lastColumn(of needle: String, in line: String) -> Int? {
        line.range(of: needle, options: .backwards).map { of(String(line[..<$0.lowerBound])) }
    }
}
