#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A sentence to show the user, written in English in the code with its values
/// interpolated: `L("Case \(number) is closed.")`. The catalog key is the English text
/// with each value replaced by its place, `{1}`, `{2}` …, so a translation can put the
/// values in its own order: `"案件{1}はクローズ済みです。"`.
///
/// Keys must be string literals at the call: a test reads every `L("…")` in the sources
/// and checks that each catalog has it (Tests/LadderCoreTests/Language).
public struct Phrase: ExpressibleByStringInterpolation, Sendable {
    /// The English of a phrase with no values, as written in the code. Literals are
    /// static: their bytes are copied from where the program holds them, with no
    /// String made (a report appends nearly a million of them).
    private let literal: StaticString?
    /// The English of a phrase with values, as gathered: bytes, in place. A String is
    /// made only when one is asked for (`text(in:)`); a report's lines are laid out
    /// from the bytes (`withText`), thirty thousand entries of five lines at 100,000
    /// cases, each String an allocation, a copy and a check.
    private var gathered: Interpolation
    /// A sentence made already, in the language it is shown in (`written(_:)`).
    private var written = false
    /// Where each value stands in the English (`Interpolation.Places`). The key and the
    /// values are made from these only when another language asks.
    private var places: Interpolation.Places { gathered.places }

    /// The English, with its values in place.
    var english: String { withEnglish { ValidUTF8.string(known: $0) } }

    /// Calls `body` with the English as UTF-8.
    private func withEnglish<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        guard let literal else { return gathered.withBytes(body) }
        return literal.withUTF8Buffer(body)
    }

    /// The catalog key: the English with each value replaced by its place number.
    /// Made as bytes: every phrase in another language is looked up by its key.
    public var key: String {
        guard places.count > 0 else { return english }
        let values = places.count / 2
        let places = places
        return withEnglish { bytes in
            var length = bytes.count
            for n in 0..<values { length += Self.placeLength(n + 1) - (places[2 * n + 1] - places[2 * n]) }
            // Pieces of a whole String, cut at ASCII: made without checking them again.
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: length) { out in
                var at = 0, from = 0
                func put(_ piece: UnsafeBufferPointer<UInt8>) {
                    guard let base = piece.baseAddress, !piece.isEmpty else { return }
                    out.baseAddress!.advanced(by: at).initialize(from: base, count: piece.count)
                    at += piece.count
                }
                for n in 0..<values {
                    put(UnsafeBufferPointer(rebasing: bytes[from..<places[2 * n]]))
                    at = Self.writePlace(n + 1, into: out, at: at)
                    from = places[2 * n + 1]
                }
                put(UnsafeBufferPointer(rebasing: bytes[from...]))
                return ValidUTF8.string(known: UnsafeBufferPointer(rebasing: out[..<at]))
            }
        }
    }

    /// The bytes of `{n}`.
    private static func placeLength(_ n: Int) -> Int {
        var digits = 1, rest = n / 10
        while rest > 0 { digits += 1; rest /= 10 }
        return digits + 2
    }

    /// Writes `{n}` at `at`; where it ends.
    private static func writePlace(_ n: Int, into out: UnsafeMutableBufferPointer<UInt8>, at: Int) -> Int {
        let length = placeLength(n)
        out[at] = 0x7B
        var rest = n
        for i in stride(from: at + length - 2, to: at, by: -1) {
            out[i] = UInt8(0x30 + rest % 10)
            rest /= 10
        }
        out[at + length - 1] = 0x7D
        return at + length
    }

    /// The values, in the order they were written.
    public var values: [String] {
        let places = places
        return withEnglish { bytes in
            (0..<places.count / 2).map { String(decoding: bytes[places[2 * $0]..<places[2 * $0 + 1]], as: UTF8.self) }
        }
    }

    public init(stringLiteral value: StaticString) {
        literal = value
        gathered = Interpolation(literalCapacity: 0, interpolationCount: 0)
    }

    public init(stringInterpolation: Interpolation) {
        literal = nil
        gathered = stringInterpolation
    }

    /// A sentence made already, in the language it is to be shown in: not looked up.
    static func written(_ text: String) -> Phrase {
        var gathered = Interpolation(literalCapacity: 0, interpolationCount: 0)
        gathered.append(text)
        var phrase = Phrase(stringInterpolation: gathered)
        phrase.written = true
        return phrase
    }

    /// Gathers the English as bytes, in place while they fit (nearly every phrase does):
    /// appending to a String costs a few hundred instructions an append, and each array
    /// a phrase made cost an allocation and its release. A report makes a hundred
    /// thousand appends and fifteen thousand phrases.
    public struct Interpolation: StringInterpolationProtocol, Sendable {
        /// How many bytes a phrase holds in place.
        static let room = 192
        private var inPlace = InlineArray<192, UInt8>(repeating: 0)
        /// The bytes once they outgrow `inPlace`.
        private var spilled: [UInt8]?
        private var count = 0
        fileprivate var places = Places()

        public init(literalCapacity: Int, interpolationCount: Int) {}

        public mutating func appendLiteral(_ literal: StaticString) {
            literal.withUTF8Buffer { append(bytes: $0) }
        }

        /// Text and whole numbers, the values of most phrases, go in without the
        /// generic path's dynamic casts (a report fills tens of thousands).
        public mutating func appendInterpolation(_ value: String) {
            add(value)
        }

        /// Written as digits in place, without a String (a report writes a hundred
        /// thousand numbers).
        public mutating func appendInterpolation(_ value: Int) {
            places.append(count)
            var digits = InlineArray<21, UInt8>(repeating: 0)
            var at = 21, rest = value.magnitude
            repeat {
                at -= 1
                digits[at] = UInt8(truncatingIfNeeded: rest % 10) + 0x30
                rest /= 10
            } while rest > 0
            if value < 0 { at -= 1; digits[at] = 0x2D }
            withUnsafeBytes(of: &digits) { raw in
                append(bytes: UnsafeBufferPointer(start: raw.baseAddress!.assumingMemoryBound(to: UInt8.self) + at, count: 21 - at))
            }
            places.append(count)
        }

        /// A time or a length, as one value: in English its bytes written in place.
        mutating func appendInterpolation(_ words: TimeWords) {
            guard Language.current == .en else { return add(words.text) }
            places.append(count)
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 48) { out in
                let n = words.writeEnglish(into: out)
                append(bytes: UnsafeBufferPointer(rebasing: out[..<n]))
            }
            places.append(count)
        }

        /// A phrase within a phrase, as one value: its sentence in the current language.
        public mutating func appendInterpolation(_ phrase: Phrase) {
            places.append(count)
            phrase.withText(in: .current) { append(bytes: $0) }
            places.append(count)
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
        fileprivate mutating func append(_ text: String) {
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
        guard language != .en, !written, let pattern = Catalog.of(language)?.translation(of: key) else { return english }
        guard places.count > 0 else { return pattern }
        let places = places
        return withEnglish { bytes in
            Phrase.fill(pattern, count: places.count / 2) { n in
                UnsafeBufferPointer(rebasing: bytes[places[2 * n]..<places[2 * n + 1]])
            }
        }
    }

    /// Calls `body` with the sentence in `language` as UTF-8: in English the bytes as
    /// they were gathered, with no String made.
    func withText<R>(in language: Language, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        guard language == .en || written else {
            var text = text(in: language)
            return text.withUTF8(body)
        }
        return withEnglish(body)
    }

    /// Puts the values into their places. Text in braces that is not a place number is
    /// left alone.
    static func fill(_ pattern: String, with values: [String]) -> String {
        // Every value's bytes in one buffer, for as long as the filling lasts.
        var all: [UInt8] = [], ends: [Int] = []
        for v in values { all += v.utf8; ends.append(all.count) }
        return all.withUnsafeBufferPointer { bytes in
            fill(pattern, count: values.count) { n in
                UnsafeBufferPointer(rebasing: bytes[(n == 0 ? 0 : ends[n - 1])..<ends[n]])
            }
        }
    }

    /// `fill`, with value `n` (from 0) given as bytes by `value`. The places are found
    /// first (the pattern is searched for `{` only), then the sentence is written in
    /// place once its length is known.
    private static func fill(_ pattern: String, count: Int, value: (Int) -> UnsafeBufferPointer<UInt8>) -> String {
        var pattern = pattern
        return pattern.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return "" }
            // By bytes: `{`, digits and `}` are ASCII, never part of a longer character.
            // Each place as three numbers: where its `{` is, where its `}` ends, which value.
            var places: [Int] = []
            places.reserveCapacity(12)
            var i = 0
            while i < bytes.count, let brace = memchr(base + i, 0x7B, bytes.count - i) {
                i = base.distance(to: brace.assumingMemoryBound(to: UInt8.self))
                var j = i + 1
                var n = 0
                while j < bytes.count, bytes[j] >= 0x30, bytes[j] <= 0x39, j - i <= 4 {
                    n = n * 10 + Int(bytes[j] - 0x30)
                    j += 1
                }
                if j > i + 1, j < bytes.count, bytes[j] == 0x7D, n >= 1, n <= count {
                    places.append(i)
                    places.append(j + 1)
                    places.append(n - 1)
                    i = j + 1
                } else {
                    i += 1
                }
            }
            var length = bytes.count
            for k in stride(from: 0, to: places.count, by: 3) { length += value(places[k + 2]).count - (places[k + 1] - places[k]) }
            // Pieces of whole Strings, cut at ASCII: made without checking them again.
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: length) { out in
                var at = 0
                func put(_ piece: UnsafeBufferPointer<UInt8>) {
                    guard let from = piece.baseAddress, !piece.isEmpty else { return }
                    out.baseAddress!.advanced(by: at).initialize(from: from, count: piece.count)
                    at += piece.count
                }
                var from = 0  // of the pattern not yet written
                for k in stride(from: 0, to: places.count, by: 3) {
                    put(UnsafeBufferPointer(rebasing: bytes[from..<places[k]]))
                    put(value(places[k + 2]))
                    from = places[k + 1]
                }
                put(UnsafeBufferPointer(rebasing: bytes[from...]))
                return ValidUTF8.string(known: UnsafeBufferPointer(rebasing: out[..<at]))
            }
        }
    }
}

/// The sentence in the current language.
public func L(_ phrase: Phrase) -> String { phrase.text() }

/// A phrase kept as one, to be put in another (`L("next: \(step)")`, where `step` is
/// `P("climb to \(rung)")`) or laid out as it is: in English its words are copied from
/// where they were gathered, with no String made in between. Its key is read by the
/// catalog test as `L`'s are.
public func P(_ phrase: Phrase) -> Phrase { phrase }
