import Testing
@testable import LadderTUI

/// Wide characters draw only under a UTF-8 LC_CTYPE: a missing or non-UTF-8 locale
/// falls back to C.UTF-8 (tmux end to end: FrontEndWidthTests).
@Suite struct TerminalLocaleTests {
    @Test func aUTF8LocaleThatWasSetIsKept() {
        #expect(TerminalLocale.fallbacks(localeSet: true, codeset: "UTF-8").isEmpty)
        #expect(TerminalLocale.fallbacks(localeSet: true, codeset: "utf8").isEmpty)
    }

    @Test func aMissingOrNarrowLocaleFallsBackToCUTF8() {
        #expect(TerminalLocale.fallbacks(localeSet: false, codeset: "ANSI_X3.4-1968").first == "C.UTF-8")
        #expect(TerminalLocale.fallbacks(localeSet: true, codeset: "ANSI_X3.4-1968").first == "C.UTF-8")
        #expect(TerminalLocale.fallbacks(localeSet: true, codeset: "EUC-JP").first == "C.UTF-8")
    }
}
