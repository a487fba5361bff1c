import Foundation
#if canImport(Glibc)
import Glibc
#endif
import LadderCore

/// `--help` in the run's language. The texts ladder writes are in the catalog like
/// any other; argument-parser's own words (`OVERVIEW:`, `(default: …)`, `Show help
/// information.`) are put in the language here. It wraps at spaces and counts a
/// character as one column, so Japanese is laid out here instead: the help is made
/// unwrapped, then wrapped by display width where Japanese may break (`Wrap`).
enum HelpText {
    /// The help (or version) message `render` makes, in the run's language.
    static func localised(_ render: () -> String) -> String {
        guard Language.current == .ja else { return render() }
        let width = screenWidth()
        let saved = getenv("COLUMNS").map { String(cString: $0) }
        setenv("COLUMNS", "100000", 1)
        let text = render()
        if let saved { setenv("COLUMNS", saved, 1) } else { unsetenv("COLUMNS") }
        return wrapped(words(text), width: width)
    }

    /// As argument-parser finds it: `COLUMNS`, else the terminal's width, else 80.
    static func screenWidth() -> Int {
        if let text = getenv("COLUMNS").map({ String(cString: $0) }), let n = Int(text), n > 0 { return n }
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return 80
    }

    /// argument-parser's words in the run's language.
    static func words(_ text: String) -> String {
        var lines = text.components(separatedBy: "\n").map { line -> String in
            var line = line
            for (english, said) in [("OVERVIEW: ", L("OVERVIEW: ")), ("USAGE: ", L("USAGE: "))] where line.hasPrefix(english) {
                line = said + line.dropFirst(english.count)
            }
            switch line {
            case "ARGUMENTS:": return L("ARGUMENTS:")
            case "OPTIONS:": return L("OPTIONS:")
            case "SUBCOMMANDS:": return L("SUBCOMMANDS:")
            default: break
            }
            line = line.replacingOccurrences(of: "Show help information.", with: L("Show help information."))
                .replacingOccurrences(of: "Show the version.", with: L("Show the version."))
            if line.hasSuffix(" (default)") { line = String(line.dropLast(" (default)".count)) + L(" (default)") }
            return valuesAndDefaults(line)
        }
        if let see = lines.firstIndex(where: { $0.hasPrefix("  See '") && $0.hasSuffix(" <subcommand>' for detailed help.") }) {
            let command = lines[see].dropFirst("  See '".count).dropLast(" <subcommand>' for detailed help.".count)
            lines[see] = "  " + L("For a subcommand's own help: \(String(command)) <subcommand>")
        }
        return lines.joined(separator: "\n")
    }

    /// `(values: a, b; default: c)`, `(values: a, b)` and `(default: c)`, which
    /// argument-parser puts last on an option's line.
    private static func valuesAndDefaults(_ line: String) -> String {
        guard line.hasSuffix(")") else { return line }
        let close = line.index(before: line.endIndex)
        if let open = line.range(of: " (values: ", options: .backwards) {
            let parts = line[open.upperBound..<close].components(separatedBy: "; default: ")
            let values = parts[0].components(separatedBy: ", ").joined(separator: L(", "))
            let head = String(line[..<open.lowerBound])
            return parts.count == 2 ? head + L(" (values: \(values); default: \(parts[1]))") : head + L(" (values: \(values))")
        }
        if let open = line.range(of: " (default: ", options: .backwards) {
            let value = String(line[open.upperBound..<close])
            return String(line[..<open.lowerBound]) + L(" (default: \(value))")
        }
        return line
    }

    /// Each line no wider than `width`, continued under where its text starts: after a
    /// label and a gap of two spaces or more (an option, an exit status), else under
    /// its first character; `使い方：` lines as argument-parser hangs them.
    static func wrapped(_ text: String, width: Int) -> String {
        text.components(separatedBy: "\n").flatMap { line -> [String] in
            guard TextWidth.of(line) > width else { return [line] }
            let indent = hangingIndent(line)
            let rest = String(line.dropFirst(indent))
            let lead = String(line.prefix(indent))
            let room = TextWidth.of(lead)
            guard room < width - 10 else { return [line] }
            return Wrap.lines(rest, width: width - room).enumerated().map {
                ($0.offset == 0 ? lead : String(repeating: " ", count: room)) + $0.element
            }
        }.joined(separator: "\n")
    }

    /// Characters (not columns) before the text that continues on each wrapped line.
    private static func hangingIndent(_ line: String) -> Int {
        let usage = L("USAGE: ")
        if line.hasPrefix(usage) { return usage.count }
        let chars = Array(line)
        var i = 0
        while i < chars.count, chars[i] == " " { i += 1 }
        let lead = i
        // A label: words parted by single spaces, then two spaces or more.
        var j = i
        while j < chars.count {
            if chars[j] == " " {
                var k = j
                while k < chars.count, chars[k] == " " { k += 1 }
                if k - j >= 2 { return k < chars.count ? k : lead }
                j = k
            } else {
                j += 1
            }
        }
        return lead
    }
}
