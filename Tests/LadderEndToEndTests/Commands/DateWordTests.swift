import Foundation
import Testing

/// Japanese and Taskwarrior date words through the built binary, at Wednesday
/// 2026-07-15 15:00 in Tokyo.
@Suite struct DateWordTests {
    @Test func japaneseWordsAndEodReachTheStore() throws {
        let s = Sandbox()
        s.ok("add", "迷惑メール判定の誤り", "--org", "サンプル電気", "--at", "昨日15時",
             "--await", "原因の説明", "--due", "明日", "--await", "折り返しの電話", "--due", "eod")
        // A due time counts from its event (yesterday 15:00): 明日 is today, eod that day's end.
        s.ok("await", "1", "資料の送付", "--due", "eod")  // said now: the end of today
        let shown = try s.json("show", "1", "--json") as! [String: Any]
        #expect(shown["opened"] as? String == "2026-07-14T15:00:00+09:00")
        let dues = (shown["pending"] as? [[String: Any]] ?? []).compactMap { $0["due"] as? String }
        #expect(dues.sorted() == ["2026-07-14T23:59:59+09:00", "2026-07-15T23:59:59+09:00", "2026-07-15T23:59:59+09:00"])
    }

    @Test func fullWidthInputAndAWrongWeekdayAreNamed() {
        let s = Sandbox()
        s.ok("add", "T", "--org", "X", "--at", "７月１５日　１０：００")
        let r = s.run(["await", "1", "x", "--due", "7月16日(金)"])
        #expect(r.status == 64)
        #expect(r.err.contains("--due: \"7月16日(金)\": 2026-07-16 is a Thursday (木), not the day written"), "\(r.err)")
    }
}
