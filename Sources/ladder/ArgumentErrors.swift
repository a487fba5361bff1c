import Foundation
import LadderCore

/// argument-parser writes its own errors its own way ("Error: The value '受付' is invalid
/// for '--to <to>'…"). They are said again in ladder's form (`ladder: error: --to: …`),
/// in the user's language, so that every error of ladder looks alike; the usage line
/// stays as argument-parser writes it.
enum ArgumentErrors {
    /// The message in ladder's form and the current language, or nil to leave
    /// argument-parser's as it is (a message of another shape).
    static func translated(_ message: String) -> String? {
        var lines = message.components(separatedBy: "\n")
        guard let first = lines.first, first.hasPrefix("Error: ") else { return nil }
        lines.removeFirst()
        // A long list of values comes on lines of its own ("Please provide one of the
        // following:", then "  - phone" …): read into the first line's list.
        var listed: [String] = []
        while let line = lines.first, line.hasPrefix("  - ") {
            listed.append(String(line.dropFirst(4)))
            lines.removeFirst()
        }
        var body = String(first.dropFirst(7))
        if !listed.isEmpty, body.hasSuffix(" Please provide one of the following:") {
            body = String(body.dropLast(" Please provide one of the following:".count)) + " Please provide one of " + listed.joined(separator: ", ") + "."
        }
        var out = [sentence(body)]
        for line in lines {
            if line.hasPrefix("Help:") { continue }  // the flag's English help
            if line.hasPrefix("Usage: ") {
                out.append("  " + L("usage: \(String(line.dropFirst(7)))"))
            } else if let command = captures(line, #"^\s*See '(.*) --help' for more information\.$"#)?.first {
                out.append("  " + L("see \(command) --help"))
            } else if !line.isEmpty {
                out.append(line)
            }
        }
        return out.joined(separator: "\n")
    }

    private static func sentence(_ body: String) -> String {
        if let m = captures(body, #"^The value '(.*)' is invalid for '([^ ']+)[^']*'\. Please provide one of (.*)\.$"#) {
            let (value, flag) = (m[0], m[1])
            let given = m[2].replacingOccurrences(of: "'", with: "").replacingOccurrences(of: " or ", with: ", ")
            return L("ladder: error: \(flag): \"\(value)\" is not a value it takes") + "\n  " + L("write one of \(names(for: flag) ?? given)")
        }
        if let m = captures(body, #"^The value '(.*)' is invalid for '([^ ']+)[^']*'"#) {
            // The options that take a whole number, with an example of each.
            let wholeNumbers = ["--max-chars": "400", "--days": "14", "--reply": "2"]
            let hint = m[1] == "<case-number>" ? "\n  " + L("write a case number, e.g. 12 or #12")
                : wholeNumbers[m[1]].map { "\n  " + L("write a whole number, e.g. \(m[1]) \($0)") } ?? ""
            return L("ladder: error: \(m[1]): \"\(m[0])\" is not a value it takes") + hint
        }
        if let m = captures(body, #"^Value to be set with flag '([^']*)' had already been set with flag '([^']*)'"#) {
            return L("ladder: error: \(m[1]) and \(m[0]) cannot be given together") + "\n  " + L("give one of them")
        }
        if let m = captures(body, #"^(\d+) unexpected arguments?: (.*)$"#) {
            // The arguments as argument-parser quotes them: an argument may hold `'` or `, `.
            return L("ladder: error: more arguments than the command takes: \(m[1])")
        }
        if let m = captures(body, #"^Missing expected argument '([^']*)'"#) {
            return L("ladder: error: \(m[0]) is missing")
        }
        if let m = captures(body, #"^Missing value for '([^ ']+)[^']*'"#) {
            let hint = names(for: m[0]).map { "\n  " + L("write one of \($0)") } ?? ""
            return L("ladder: error: \(m[0]) needs a value after it") + hint
        }
        if let m = captures(body, #"^Unknown option '([^']*)'\. Did you mean '([^']*)'\?"#) {
            return L("ladder: error: there is no option \(m[0]); did you mean \(m[1])?")
        }
        if let m = captures(body, #"^Unknown option '([^']*)'"#) {
            return L("ladder: error: there is no option \(m[0])")
        }
        if let m = captures(body, #"^Unexpected argument '([^']*)'"#) {
            return L("ladder: error: \"\(m[0])\" is one argument too many")
        }
        return L("ladder: error: \(body)")
    }

    /// The values a flag takes, in the current language where they have names.
    private static func names(for flag: String) -> String? {
        let list: [String]
        switch flag {
        case "--to", "--rung": list = Rung.allCases.map(\.name)
        case "--via": list = Channel.allCases.map(\.name)
        case "--failure": list = FailureReason.allCases.map(\.name)
        case "--color": list = ColourChoice.allCases.map(\.rawValue)
        default: return nil
        }
        return list.joined(separator: L(", "))
    }

    private static func captures(_ text: String, _ pattern: String) -> [String]? {
        guard let regex = try? NSRegularExpression(pattern: pattern),
              let match = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) else { return nil }
        return (1..<match.numberOfRanges).compactMap { Range(match.range(at: $0), in: text).map { String(text[$0]) } }
    }
}
