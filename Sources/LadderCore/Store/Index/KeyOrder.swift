/// The keys of one kind of object, in the order `JSONLineWriter`'s callers write them.
/// A reader expects the next key in that order and finds it by comparing the bytes
/// `"key":` in place, two words at a time, rather than reading the key and asking it
/// each name in turn: an index line has some sixty keys, and reading them was a fifth
/// of reading the line. Any other order, spacing or key is read the ordinary way.
struct KeyOrder: Sendable {
    private struct Pattern: Sendable {
        let name: [UInt8]
        /// `"name":`, up to 16 bytes, as two little-endian words and masks.
        let words: (UInt64, UInt64)
        let masks: (UInt64, UInt64)
        let length: Int
    }
    private let patterns: [Pattern]

    init(_ names: [String]) {
        patterns = names.map { key in
            let name = Array(key.utf8)
            let bytes = [0x22] + name + [0x22, 0x3A]
            var words: (UInt64, UInt64) = (0, 0), masks: (UInt64, UInt64) = (0, 0)
            for (i, b) in bytes.prefix(16).enumerated() {
                if i < 8 {
                    words.0 |= UInt64(b) << (8 * i); masks.0 |= 0xFF << (8 * i)
                } else {
                    words.1 |= UInt64(b) << (8 * (i - 8)); masks.1 |= 0xFF << (8 * (i - 8))
                }
            }
            return Pattern(name: name, words: words, masks: masks, length: bytes.count)
        }
    }

    var count: Int { patterns.count }

    /// The length of `"key":` for the key at `index` when the bytes at `at` are that,
    /// read whole from two words (which must not pass `end`); else nil.
    @inline(__always)
    func matches(_ index: Int, _ base: UnsafeRawPointer, at: Int, end: Int) -> Int? {
        let p = patterns[index]
        guard p.length <= 16, end - at >= 16 else { return nil }
        let first = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: at, as: UInt64.self))
        let second = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: at + 8, as: UInt64.self))
        return first & p.masks.0 == p.words.0 && second & p.masks.1 == p.words.1 ? p.length : nil
    }

    /// The index of the key these bytes name, or nil.
    func index(of name: UnsafeBufferPointer<UInt8>) -> Int? {
        patterns.firstIndex { $0.name.count == name.count && $0.name.elementsEqual(name) }
    }
}

/// The keys of one kind of object in the index, in the order they are written: an
/// enumeration whose cases are the keys, with its `KeyOrder` made once. (The order is
/// kept in the enumeration, not in a generic `KeyOrder<Key>`: a generic type's
/// metadata is made at run time, which looked up its conformances among thousands.)
protocol IndexKeys: RawRepresentable, CaseIterable, Sendable where RawValue == String {
    static var order: KeyOrder { get }
    /// `allCases`, made once.
    static var all: [Self] { get }
}
