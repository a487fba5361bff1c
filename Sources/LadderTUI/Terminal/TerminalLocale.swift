#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The locale the terminal layer runs in. ncursesw draws wide characters only under
/// a UTF-8 LC_CTYPE: when the user's locale is missing (LANG=ja_JP.UTF-8 on a machine
/// that never generated it: setlocale fails and leaves "C") or not UTF-8, character
/// handling falls back to C.UTF-8 and the rest of the user's locale stays as it is.
enum TerminalLocale {
    /// Sets the process's locale from the environment, as `setlocale(LC_ALL, "")`, with
    /// the fallback; returns the LC_CTYPE locale it fell back to, if any.
    @discardableResult
    static func setUp() -> String? {
        let set = setlocale(LC_ALL, "") != nil
        let codeset = nl_langinfo(nl_item(CODESET)).map { String(cString: $0) } ?? ""
        for name in fallbacks(localeSet: set, codeset: codeset) where setlocale(LC_CTYPE, name) != nil {
            return name
        }
        return nil
    }

    /// The LC_CTYPE locales to try in turn: none when the user's locale was set and is
    /// UTF-8.
    static func fallbacks(localeSet: Bool, codeset: String) -> [String] {
        let utf8 = codeset.uppercased().filter { $0 != "-" } == "UTF8"
        if localeSet && utf8 { return [] }
        // C.UTF-8 is glibc's (2.35 and later, and Debian's before); macOS calls it UTF-8.
        return ["C.UTF-8", "C.utf8", "UTF-8", "en_US.UTF-8"]
    }
}
