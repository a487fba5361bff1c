/// Lower case as `String.lowercased()` makes it (each scalar's full lower-case mapping,
/// with no context), written straight into bytes. The search text of every case is made
/// this way when the index is built; `lowercased()` looked up the mapping of every kana
/// and kanji, a tenth of the first read of a cloned store, though none of them has one.
enum LowerCase {
    /// The parts lower-cased, the empty ones left out, joined by `separator`.
    static func joined(_ parts: [String], separator: UInt8 = 0x20) -> String {
        var joiner = Joiner(separator: separator, capacity: parts.reduce(0) { $0 + $1.utf8.count + 1 })
        for part in parts { joiner.add(part) }
        return joiner.text
    }

    /// `joined` a part at a time, with no array of parts: the search text of each case
    /// gathers a hundred of them.
    struct Joiner {
        private var out: [UInt8] = []
        private let separator: UInt8

        init(separator: UInt8 = 0x20, capacity: Int = 0) {
            self.separator = separator
            out.reserveCapacity(capacity)
        }

        /// Lower-cased after a separator; empty and missing parts are left out.
        mutating func add(_ part: String?) {
            guard let part, !part.isEmpty else { return }
            if !out.isEmpty { out.append(separator) }
            LowerCase.append(part, to: &out)
        }

        /// Every byte came from a String or is ASCII, so the bytes are UTF-8.
        var text: String { out.withUnsafeBufferPointer { ValidUTF8.string(known: $0) } }
    }

    /// Works on the UTF-8 bytes: a scalar is decoded only when it lies outside ASCII
    /// and outside U+3000–U+9FFF (lead bytes E3–E9), which have no case. ASCII goes
    /// eight bytes at a time, and bytes that stay as they are go out in runs: byte by
    /// byte, this was a fifteenth of a cloned store's first read.
    static func append(_ text: String, to out: inout [UInt8]) {
        text.withUTF8Bytes { b in
            guard let base = b.baseAddress else { return }
            var i = 0
            var kept = 0  // b[kept..<i] go out as they are
            while i < b.count {
                if i + 8 <= b.count {
                    let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                    if word & 0x8080_8080_8080_8080 == 0 {
                        // Each byte below 0x80, so no sum carries into the next: 0x80 is
                        // set where a byte is at least "A" and not past "Z".
                        let upper = (word &+ 0x3F3F_3F3F_3F3F_3F3F) & ~(word &+ 0x2525_2525_2525_2525) & 0x8080_8080_8080_8080
                        if upper != 0 {
                            out.append(contentsOf: UnsafeBufferPointer(start: base + kept, count: i - kept))
                            withUnsafeBytes(of: word | upper >> 2) { out.append(contentsOf: $0) }
                            kept = i + 8
                        }
                        i += 8
                        continue
                    }
                }
                let lead = b[i]
                if lead < 0x80 {
                    if lead >= 0x41 && lead <= 0x5A {
                        out.append(contentsOf: UnsafeBufferPointer(start: base + kept, count: i - kept))
                        out.append(lead + 0x20)
                        kept = i + 1
                    }
                    i += 1
                    continue
                }
                let n = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2  // a String's UTF-8 is well formed
                if lead >= 0xE3 && lead <= 0xE9 { i += n; continue }
                var v = UInt32(lead) & (n == 2 ? 0x1F : n == 3 ? 0x0F : 0x07)
                for k in 1..<n { v = v << 6 | UInt32(b[i + k] & 0x3F) }
                let scalar = Unicode.Scalar(v)!
                if scalar.properties.changesWhenLowercased {
                    out.append(contentsOf: UnsafeBufferPointer(start: base + kept, count: i - kept))
                    for s in scalar.properties.lowercaseMapping.unicodeScalars { UTF8.encode(s) { out.append($0) } }
                    kept = i + n
                }
                i += n
            }
            out.append(contentsOf: UnsafeBufferPointer(start: base + kept, count: b.count - kept))
        }
    }
}
