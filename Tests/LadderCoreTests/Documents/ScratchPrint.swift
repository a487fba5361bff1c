import Foundation
import LadderTestSupport
import Testing
@testable import LadderCore

@Suite struct ScratchPrint {
    @Test func show() throws {
        let s = CaseState(try StoryOneCase.file())
        var out = ""
        Language.$bound.withValue(.ja) {
            out += Brief.make(s, now: StoryOneCase.now, zone: tokyo) + "\n=====\n"
            out += ((try? Brief.fitting(s, now: StoryOneCase.now, zone: tokyo, limit: 400)) ?? "ERR") + "\n=====\n"
            out += ((try? Brief.fitting(s, now: StoryOneCase.now, zone: tokyo, limit: 200)) ?? "ERR") + "\n=====\n"
            for e in s.timeline { out += TimelineText.describe(e, in: s, zone: tokyo).line + "\n" }
            out += (s.settledPromisesText ?? "") + "\n=====\n"
            out += WriteUp(s, now: StoryOneCase.now, zone: tokyo).markdown + "\n=====\n"
            out += CalendarExport.ics([s], now: StoryOneCase.now)
        }
        try out.write(toFile: "/tmp/docs-scratch/out.txt", atomically: true, encoding: .utf8)
    }
}
