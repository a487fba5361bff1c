/// A sentence to show the user, written in English in the code with its values
/// interpolated: `L("Case \(number) is closed.")`. The catalog key is the English text
/// with each value replaced by its place, `{1}`, `{2}` …, so a translation can put the
/// values in its own order: `"案件{1}はクローズ済みです。"`.
///
/// Keys must be string literals at the call: a test reads every `L("…")` in the sources
/// and checks that each catalog has it (Tests/LadderCoreTests/Language).
public struct Phrase: ExpressibleByStringInterpolation, Sendable {
    /// The English with its values in place, made as the phrase is: English needs no
    /// catalog and no filling (a report of 3,000 entries spent a seventh of its time
    /// filling places).
    let english: String
    /// Where each value stands in `english` (`Interpolation.Places`). The key and the
    /// values are made from these only when another language asks, so an English
    /// phrase builds one string (a report builds fifteen thousand).
    private let places: Interpolation.Places

    /// The catalog key: the English with each value replaced by its place number.
    public var key: String {
        guard places.count > 0 else { return english }
        let bytes = english.utf8
        var out = ""
        out.reserveCapacity(bytes.count)
        var from = 0
        for n in 0..<places.count / 2 {
            out += Self.text(bytes, from, places[2 * n])
            out += "{"
            out += String(n + 1)
            out += "}"
            from = places[2 * n + 1]
        }
        out += Self.text(bytes, from, bytes.count)
        return out
    }

    /// The values, in the order they were written.
    public var values: [String] {
        (0..<places.count / 2).map { Self.text(english.utf8, places[2 * $0], places[2 * $0 + 1]) }
    }

    private static func text(_ bytes: String.UTF8View, _ from: Int, _ to: Int) -> String {
        String(bytes[bytes.index(bytes.startIndex, offsetBy: from)..<bytes.index(bytes.startIndex, offsetBy: to)])!
    }

    public init(stringLiteral value: String) {
        english = value
        places = Interpolation.Places()
    }

    public init(stringInterpolation: Interpolation) {
        // Every piece was a whole String, so the bytes are UTF-8.
        english = stringInterpolation.withBytes { ValidUTF8.string(known: $0) }
        places = stringInterpolation.places
    }

    /// Gathers the English as bytes, in place while they fit (nearly every phrase does):
    /// appending to a String costs a few hundred instructions an append, and each array
    /// a phrase made cost an allocation and its release. A report makes a hundred
    /// thousand appends and fifteen thousand phrases.
    public struct Interpolation: StringInterpolationProtocol {
        /// How many bytes a phrase holds in place.
        static let room = 192
        private var inPlace = InlineArray<192, UInt8>(repeating: 0)
        /// The bytes once they outgrow `inPlace`.
        private var spilled: [UInt8]?
        private var count = 0
        fileprivate var places = Places()

        public init(literalCapacity: Int, interpolationCount: Int) {}

        public mutating func appendLiteral(_ literal: String) {
            append(literal)
        }

        /// Text and whole numbers, the values of most phrases, go in without the
        /// generic path's dynamic casts (a report fills tens of thousands).
        public mutating func appendInterpolation(_ value: String) {
            add(value)
        }

        public mutating func appendInterpolation(_ value: Int) {
            add(String(value))
        }

        public mutating func appendInterpolation<T>(_ value: T) {
            add("\(value)")
        }

        private mutating func add(_ text: String) {
            places.append(count)
            append(text)
            places.append(count)
        }

        @inline(__always)
        private mutating func append(_ text: String) {
            var text = text
            text.withUTF8 { append(bytes: $0) }
        }

        private mutating func append(bytes: UnsafeBufferPointer<UInt8>) {
            guard let from = bytes.baseAddress, !bytes.isEmpty else { return }
            if spilled == nil, count + bytes.count <= Self.room {
                let at = count
                withUnsafeMutableBytes(of: &inPlace) { $0.baseAddress!.advanced(by: at).copyMemory(from: from, byteCount: bytes.count) }
            } else {
                if spilled == nil {
                    var all = withBytes { Array($0) }
                    all.reserveCapacity(2 * (count + bytes.count))
                    spilled = all
                }
                spilled!.append(contentsOf: bytes)
            }
            count += bytes.count
        }

        /// Calls `body` with the bytes gathered so far.
        func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
            if let spilled { return spilled.withUnsafeBufferPointer(body) }
            var copy = inPlace
            return withUnsafeBytes(of: &copy) { body(UnsafeBufferPointer(start: $0.baseAddress!.assumingMemoryBound(to: UInt8.self), count: count)) }
        }

        /// Where each value starts and ends, as UTF-8 offsets into the English, in place
        /// for up to eight values (no phrase has more; more go on the heap).
        struct Places: Sendable {
            private var inPlace = InlineArray<16, Int32>(repeating: 0)
            private var more: [Int] = []
            private(set) var count = 0

            mutating func append(_ offset: Int) {
                if count < 16, more.isEmpty, let small = Int32(exactly: offset) {
                    inPlace[count] = small
                } else {
                    if more.isEmpty { more = (0..<count).map { Int(inPlace[$0]) } }
                    more.append(offset)
                }
                count += 1
            }

            subscript(_ k: Int) -> Int { more.isEmpty ? Int(inPlace[k]) : more[k] }
        }
    }

    /// The sentence in `language`: its catalog's translation, or the English when the
    /// catalog lacks it (a test keeps that from happening).
    public func text(in language: Language = .current) -> String {
        guard language != .en, let pattern = Catalog.of(language)?.translation(of: key) else { return english }
        return places.count == 0 ? pattern : Phrase.fill(pattern, with: values)
    }

    /// Puts the values into their places. Text in braces that is not a place number is
    /// left alone.
    static func fill(_ pattern: String, with values: [String]) -> String {
        var out = ""
        out.reserveCapacity(pattern.utf8.count + values.reduce(0) { $0 + $1.utf8.count })
        // By bytes: `{`, digits and `}` are ASCII, never part of a longer character.
        let bytes = Array(pattern.utf8)
        var start = 0  // of the text not yet copied
        var i = 0
        while i < bytes.count {
            guard bytes[i] == 0x7B else { i += 1; continue }
            var j = i + 1
            var n = 0
            while j < bytes.count, bytes[j] >= 0x30, bytes[j] <= 0x39, j - i <= 4 {
                n = n * 10 + Int(bytes[j] - 0x30)
                j += 1
            }
            if j > i + 1, j < bytes.count, bytes[j] == 0x7D, n >= 1, n <= values.count {
                out += String(decoding: bytes[start..<i], as: UTF8.self)
                out += values[n - 1]
                i = j + 1
                start = i
            } else {
                i += 1
            }
        }
        out += String(decoding: bytes[start...], as: UTF8.self)
        return out
    }
}

/// The sentence in the current language.
public func L(_ phrase: Phrase) -> String { phrase.text() }
