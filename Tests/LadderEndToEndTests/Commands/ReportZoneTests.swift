import Foundation
import Testing

/// A report's header names the time zone whenever TZ does not (cron runs without it),
/// so its times can be read in a mail; with TZ set it is as before.
@Suite struct ReportZoneTests {
    static var label: Regex<AnyRegexOutput> { try! Regex(#" \([A-Za-z_/+-]+, UTC[+-]\d\d:\d\d\)$"#) }

    @Test func withoutTZTheHeaderNamesTheZone() {
        let s = reportWorld()
        for kind in ["overdue", "due", "stale", "scorecard"] {
            for format in ["text", "markdown"] {
                let bare = s.run(["report", kind, "--format", format], removing: ["TZ"])
                let first = bare.out.split(separator: "\n").first.map(String.init) ?? ""
                #expect(first.contains(Self.label), "report \(kind) --format \(format) without TZ: \(first)")
                let empty = s.run(["report", kind, "--format", format], environment: ["TZ": ""])
                #expect((empty.out.split(separator: "\n").first.map(String.init) ?? "").contains(Self.label))
                let zoned = s.run(["report", kind, "--format", format])
                let head = zoned.out.split(separator: "\n").first.map(String.init) ?? ""
                #expect(!head.contains(Self.label) && !head.contains("UTC"), "report \(kind) with TZ: \(head)")
            }
        }
        // The zone named is the one the times are in: here the machine's own.
        let machine = s.run(["report", "overdue"], removing: ["TZ"]).out
        let offset = TimeZone.current.secondsFromGMT() / 3600
        #expect(machine.contains(String(format: ", UTC%@%02d:", offset < 0 ? "-" : "+", abs(offset))), "\(machine)")
    }

    @Test func inJapaneseToo() {
        let s = reportWorld()
        let r = s.run(["report", "due", "--lang", "ja"], removing: ["TZ"])
        let first = r.out.split(separator: "\n").first.map(String.init) ?? ""
        #expect(first.contains(try! Regex(#"（[A-Za-z_/+-]+、UTC[+-]\d\d:\d\d）$"#)), "\(first)")
    }
}
