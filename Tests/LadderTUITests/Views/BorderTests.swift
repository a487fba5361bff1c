import Foundation
import LadderCore
import LadderTestSupport
import Testing
@testable import LadderTUI

/// Wide characters must never push a border: the list and the detail pane meet at one
/// column on every row, and every row ends at the screen's right edge, in English and
/// in Japanese, at the split view's sizes.
@Suite struct BorderTests {
    @Test(arguments: [(120, 40), (200, 50)], [Language.en, .ja])
    func theDividerAndTheRightEdgeAreTheSameOnEveryRow(size: (Int, Int), language: Language) throws {
        try Language.$bound.withValue(language) {
            var app = App(width: size.0, height: size.1, now: demoNow, zone: tokyo)
            let files = language == .ja ? try JapaneseCases.files(now: demoNow) : try SampleCases.files(now: demoNow)
            _ = app.update(.loaded(cases: files, problems: []))
            for keys in [[Key](), [.enter], [.char("s"), .char("s"), .char("s")], [.char("j"), .char("A")]] {
                app.press(keys)
                let screen = app.render()
                let divider = app.layout.listWidth
                #expect(screen.text.contains(language == .ja ? "光回線" : "Kestrel"))
                for row in 1..<(size.1 - 1) {
                    #expect(screen[row, divider].character == "|", "row \(row) at \(size): \(screen.line(row))")
                    #expect(screen.columns(row) == size.0)
                }
            }
        }
    }
}
