import Foundation
import LadderCore
import Testing

/// What a newcomer's week of use in Japanese found: each case here is one of them.
@Suite struct DailyUseTests {
    static let ja = ["LANG": "ja_JP.UTF-8"]

    /// Case numbers in full-width digits, as a Japanese input method writes them.
    @Test func fullWidthCaseNumbersAreRead() {
        let s = Sandbox()
        s.ok("add", "回線が切れる", "--org", "北風ネット")
        for number in ["＃１", "１", "1　", "#1"] {
            let r = s.run(["show", number], environment: Self.ja)
            #expect(r.status == 0 && r.out.contains("回線が切れる"), "\(number): \(r.err)")
        }
        // Only full-width forms: circled, superscript and signed digits are no case number.
        for number in ["①", "¹", "＋１"] { #expect(s.run(["show", number]).status == 64, "\(number)") }
    }

    /// `close` without `--outcome` says it recorded the case as resolved, and
    /// `--outcome` takes the Japanese names help shows.
    @Test func aCloseSaysWhatItRecorded() {
        let s = Sandbox()
        s.ok("add", "回線が切れる", "--org", "北風ネット")
        s.ok("add", "請求が違う", "--org", "北風ネット")
        var r = s.run(["close", "1"], environment: Self.ja)
        #expect(r.status == 0)
        #expect(r.out == "案件1を終了しました：解決\n  --outcome がないので、解決として記録しました（違うなら、ladder undo で戻してから --outcome を付けて終了し直してください）。\n", "\(r.out)")
        r = s.run(["close", "2", "--outcome", "一部解決"], environment: Self.ja)
        #expect(r.status == 0 && r.out == "案件2を終了しました：一部解決\n", "\(r.out) \(r.err)")
        // The stale report does not claim open cases heard something when there is none.
        r = s.run(["report", "stale"], environment: Self.ja)
        #expect(r.out.contains("対応中の案件はありません。") && !r.out.contains("どれも最近連絡"), "\(r.out)")
    }

    /// An edit that changes nothing says so, exits 0 and records nothing.
    @Test func anEditThatChangesNothingIsNotRecorded() {
        let s = Sandbox()
        s.ok("add", "回線が切れる", "--org", "北風ネット", "--ref", "KN-1")
        let before = s.snapshot()
        for flags in [["--product", ""], ["--title", "回線が切れる"], ["--org", "北風ネット"], ["--add-ref", "KN-1"]] {
            let r = s.run(["edit", "1"] + flags, environment: Self.ja)
            #expect(r.status == 0 && r.out == "案件1はすでにその内容です。変更はありません。\n", "\(flags): \(r.out) \(r.err)")
            #expect(s.snapshot() == before, "\(flags) wrote")
        }
        // A real change is still recorded, and the mistakes are still refused.
        #expect(s.run(["edit", "1", "--title", ""]).status == 64)
        #expect(s.run(["edit", "1", "--drop-ref", "XX"]).status == 65)
        #expect(s.run(["edit", "1", "--product", "光回線"]).status == 0)
        #expect(s.snapshot() != before)
    }

    /// A `--held` that cannot be read is shown lengths a call may have (a day at the most).
    @Test func heldExamplesAreLengthsItTakes() {
        let s = Sandbox()
        s.ok("add", "回線が切れる", "--org", "北風ネット")
        let r = s.run(["log", "1", "--via", "電話", "--held", "40"], environment: Self.ja)
        #expect(r.status == 64 && r.err.contains("例：40m、1h30m、2h、1時間30分"), "\(r.err)")
        for example in ["40m", "1h30m", "2h", "1時間30分"] {
            #expect(s.run(["log", "1", "--via", "電話", "--held", example]).status == 0, "\(example)")
        }
    }
}
