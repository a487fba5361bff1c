/// A sentence to show the user, written in English in the code with its values
/// interpolated: `L("Case \(number) is closed.")`. The catalog key is the English text
/// with each value replaced by its place, `{1}`, `{2}` …, so a translation can put the
/// values in its own order: `"案件{1}はクローズ済みです。"`.
///
/// Keys must be string literals at the call: a test reads every `L("…")` in the sources
/// and checks that each catalog has it (Tests/LadderCoreTests/Language).
public struct Phrase: ExpressibleByStringInterpolation, Sendable {
    public let key: String
    public let values: [String]

    public init(stringLiteral value: String) {
        key = value
        values = []
    }

    public init(stringInterpolation: Interpolation) {
        key = stringInterpolation.key
        values = stringInterpolation.values
    }

    public struct Interpolation: StringInterpolationProtocol {
        var key = ""
        var values: [String] = []

        public init(literalCapacity: Int, interpolationCount: Int) {
            key.reserveCapacity(literalCapacity + 3 * interpolationCount)
        }

        public mutating func appendLiteral(_ literal: String) { key += literal }

        public mutating func appendInterpolation<T>(_ value: T) {
            values.append("\(value)")
            key += "{\(values.count)}"
        }
    }

    /// The sentence in `language`: its catalog's translation, or the English when the
    /// catalog lacks it (a test keeps that from happening).
    public func text(in language: Language = .current) -> String {
        let pattern = language == .en ? key : (Catalog.of(language)?.translation(of: key) ?? key)
        return values.isEmpty ? pattern : Phrase.fill(pattern, with: values)
    }

    /// Puts the values into their places. Text in braces that is not a place number is
    /// left alone.
    static func fill(_ pattern: String, with values: [String]) -> String {
        var out = ""
        out.reserveCapacity(pattern.utf8.count + values.reduce(0) { $0 + $1.utf8.count })
        var rest = Substring(pattern)
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            let after = rest[rest.index(after: open)...]
            let digits = after.prefix { $0.isASCII && $0.isNumber }
            if !digits.isEmpty, digits.endIndex < after.endIndex, after[digits.endIndex] == "}",
               let n = Int(digits), n >= 1, n <= values.count {
                out += values[n - 1]
                rest = after[after.index(after: digits.endIndex)...]
            } else {
                out += "{"
                rest = after
            }
        }
        out += rest
        return out
    }
}

/// The sentence in the current language.
public func L(_ phrase: Phrase) -> String { phrase.text() }
