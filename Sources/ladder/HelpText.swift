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
    /// The help message `render` makes, in the run's language. Anything else that ends
    /// a run with success (the version, a completion script, completions) as it is: a
    /// script wrapped to the screen no longer parses.
    static func localised(_ render: () -> String) -> String {
        guard Language.current == .ja else { return render() }
        let plain = render()
        guard plain.hasPrefix("OVERVIEW:") || plain.hasPrefix("USAGE:") else { return plain }
        let width = screenWidth()
        let saved = getenv("COLUMNS").map { String(cString: $0) }
        setenv("COLUMNS", "100000", 1)
        let text = render()
        if let saved { setenv("COLUMNS", saved, 1) } else { unsetenv("COLUMNS") }
        return wrapped(parserWords(text), width: width)
    }

    /// As argument-parser finds it: `COLUMNS` first, else the terminal's width, else 80.
    static func screenWidth() -> Int {
        if let text = getenv("COLUMNS").map({ String(cString: $0) }), let n = Int(text), n > 0 { return n }
        return Terminal.width() ?? 80
    }

    /// argument-parser's words in the run's language.
    static func parserWords(_ text: String) -> String {
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
    /// its first character; `使い方：` lines as argument-parser hangs them. On a screen
    /// too narrow for that, a line continues a little in from where it starts. A command
    /// line (an example) breaks only at its spaces, so that a copied one stays whole.
    static func wrapped(_ text: String, width: Int) -> String {
        text.components(separatedBy: "\n").flatMap { line -> [String] in
            guard TextWidth.of(line) > width else { return [line] }
            let spaces = line.prefix { $0 == " " }.count
            let hang = hangingIndent(line)
            var lead = String(line.prefix(hang))
            var room = width - TextWidth.of(lead), next = TextWidth.of(lead)
            if room < 12 {
                lead = String(repeating: " ", count: spaces)
                (room, next) = (width - spaces, min(spaces + 4, width / 3))
            }
            let rest = String(line.dropFirst(lead.count))
            // An example is a line of its own, not an option's or a command's text.
            let isCommand = hang == spaces && ["ladder ", "例：ladder ", "$ "].contains { rest.hasPrefix($0) }
            let pieces = isCommand ? atSpaces(rest, width: room, then: width - next) : Wrap.lines(rest, width: room, then: width - next)
            return pieces.enumerated().map { ($0.offset == 0 ? lead : String(repeating: " ", count: next)) + $0.element }
        }.joined(separator: "\n")
    }

    /// Lines broken at spaces only where they fit; a piece still too wide (prose that
    /// begins like a command: `ladder export CASE …は、…`) wraps as text does.
    static func atSpaces(_ text: String, width: Int, then: Int) -> [String] {
        var lines: [String] = [], line = ""
        for word in commandWords(of: text) {
            let room = lines.isEmpty ? width : then
            if line.isEmpty || TextWidth.of(line) + 1 + TextWidth.of(word) <= room {
                line += (line.isEmpty ? "" : " ") + word
            } else {
                lines.append(line)
                line = word
            }
        }
        var out: [String] = []
        for piece in lines + [line] {
            let room = out.isEmpty ? width : then
            out += TextWidth.of(piece) > room ? Wrap.lines(piece, width: room, then: then) : [piece]
        }
        return out
    }

    /// The words of a command line, a quoted argument one word with its spaces
    /// (`--hours "毎日 10:00〜19:00"`).
    static func commandWords(of text: String) -> [String] {
        var out: [String] = [], word = "", quoted = false
        for c in text {
            if c == "\"" { quoted.toggle() }
            if c == " ", !quoted {
                out.append(word)
                word = ""
            } else {
                word.append(c)
            }
        }
        return out + [word]
    }

    /// Where argument-parser starts an option's or a subcommand's text.
    static let labelColumn = 26

    /// Characters (not columns) before the text that continues on each wrapped line.
    private static func hangingIndent(_ line: String) -> Int {
        let usage = L("USAGE: ")
        if line.hasPrefix(usage) { return usage.count }
        let chars = Array(line)
        var i = 0
        while i < chars.count, chars[i] == " " { i += 1 }
        let lead = i
        // A label: words parted by single spaces, then two spaces or more. Only an
        // option, an argument or an exit status is one (or whatever argument-parser put
        // in its label column): two examples on a line are not a label and its text.
        guard i < chars.count, chars[i] == "-" || chars[i] == "<" || chars[i].isASCII && chars[i].isNumber || lead == 2 else { return lead }
        var j = i
        while j < chars.count {
            if chars[j] == " " {
                var k = j
                while k < chars.count, chars[k] == " " { k += 1 }
                if k - j >= 2 {
                    let labelled = chars[i] == "-" || chars[i] == "<" || chars[i].isNumber || k == labelColumn
                    return k < chars.count && labelled ? k : lead
                }
                j = k
            } else {
                j += 1
            }
        }
        return lead
    }
}
