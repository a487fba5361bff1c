import Foundation
import LadderTestSupport

/// Reads every `L("…")` in the sources as the catalog key it makes: the English text
/// with each interpolation replaced by its place, `{1}`, `{2}` … (as `Phrase` does).
enum PhraseKeys {
    struct Use: Hashable {
        var key: String
        var file: String
        var line: Int
    }

    struct Problem: Error, CustomStringConvertible {
        var file: String
        var line: Int
        var reason: String
        var description: String { "\(file):\(line): \(reason)" }
    }

    static func sourceFiles() -> [URL] {
        let root = repositoryRoot.appendingPathComponent("Sources")
        let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)!
        return walker.compactMap { $0 as? URL }
            .filter { $0.pathExtension == "swift" && !$0.path.contains("/Catalogs/") }
            .sorted { $0.path < $1.path }
    }

    static func all() throws -> [Use] {
        var uses: [Use] = []
        for file in sourceFiles() {
            let text = try String(contentsOf: file, encoding: .utf8)
            let name = file.path.replacingOccurrences(of: repositoryRoot.path + "/", with: "")
            uses += try scan(text, file: name)
        }
        return uses
    }

    /// The keys of the `L(` calls in one file's text.
    static func scan(_ text: String, file: String) throws -> [Use] {
        let chars = Array(text)
        var uses: [Use] = []
        var line = 1
        var i = 0
        while i < chars.count {
            if chars[i] == "\n" { line += 1 }
            // `L(` (a sentence) or `P(` (a phrase kept to be put in another), not
            // preceded by a letter, digit, `_` or `.`, and not a declaration.
            if chars[i] == "L" || chars[i] == "P", i + 1 < chars.count, chars[i + 1] == "(",
               i == 0 || !(chars[i - 1].isLetter || chars[i - 1].isNumber || chars[i - 1] == "_" || chars[i - 1] == "." || chars[i - 1] == "`") {
                var j = i + 2
                while j < chars.count, chars[j] == " " { j += 1 }
                let before = String(chars[max(0, i - 5)..<i])
                if before.hasSuffix("func ") { i += 1; continue }
                guard j < chars.count, chars[j] == "\"" else {
                    // `L(phrase)`: passing a Phrase on is allowed only in Phrase.swift itself.
                    if !file.hasSuffix("Language/Phrase.swift") {
                        throw Problem(file: file, line: line, reason: "\(chars[i])( must be given a string literal on its line, so the catalog test can read its key")
                    }
                    i += 1
                    continue
                }
                if j + 2 < chars.count, chars[j + 1] == "\"", chars[j + 2] == "\"" {
                    throw Problem(file: file, line: line, reason: "write an L(\"…\") key on one line (use \\n for a line break)")
                }
                let (key, end) = try literal(chars, from: j + 1, file: file, line: line)
                uses.append(Use(key: key, file: file, line: line))
                i = end
                continue
            }
            // A literal given as a report entry's line is a phrase whose key no one
            // reads: it must be written `L("…", to: &entry)` or `P("…")`.
            if chars[i] == ".", chars[i...].starts(with: Array(".line(\"")) {
                throw Problem(file: file, line: line, reason: "an entry's line must be L(\"…\", to: &entry) or P(\"…\"), so the catalog test can read its key")
            }
            i += 1
        }
        return uses
    }

    /// Reads a one-line string literal after its opening quote.
    static func literal(_ c: [Character], from start: Int, file: String, line: Int) throws -> (String, Int) {
        var key = ""
        var places = 0
        var i = start
        while i < c.count {
            let ch = c[i]
            if ch == "\n" { break }
            if ch == "\"" { return (key, i + 1) }
            if ch == "\\" {
                guard i + 1 < c.count else { break }
                let next = c[i + 1]
                switch next {
                case "(":
                    // An interpolation: skip to its closing parenthesis, past nested
                    // parentheses and string literals.
                    var depth = 1
                    var k = i + 2
                    var inString = false
                    while k < c.count, depth > 0 {
                        let x = c[k]
                        if inString {
                            if x == "\\" { k += 1 } else if x == "\"" { inString = false }
                        } else if x == "\"" { inString = true }
                        else if x == "(" { depth += 1 }
                        else if x == ")" { depth -= 1 }
                        k += 1
                    }
                    places += 1
                    key += "{\(places)}"
                    i = k
                    continue
                case "n": key.append("\n")
                case "t": key.append("\t")
                case "\"": key.append("\"")
                case "\\": key.append("\\")
                case "'": key.append("'")
                case "u":
                    // \u{XXXX}
                    guard let close = c[i...].firstIndex(of: "}") else { break }
                    let hex = String(c[(i + 3)..<close])
                    if let v = UInt32(hex, radix: 16), let s = Unicode.Scalar(v) { key.unicodeScalars.append(s) }
                    i = close + 1
                    continue
                default:
                    throw Problem(file: file, line: line, reason: "unknown escape \\\(next) in an L(\"…\") key")
                }
                i += 2
                continue
            }
            key.append(ch)
            i += 1
        }
        throw Problem(file: file, line: line, reason: "an L(\"…\") key that does not end on its line")
    }

    /// The places `{n}` a sentence uses, as a set.
    static func places(_ text: String) -> Set<Int> {
        var out: Set<Int> = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            let after = rest[rest.index(after: open)...]
            let digits = after.prefix { $0.isASCII && $0.isNumber }
            if !digits.isEmpty, digits.endIndex < after.endIndex, after[digits.endIndex] == "}", let n = Int(digits) {
                out.insert(n)
            }
            rest = after
        }
        return out
    }
}
