/// Lower case as `String.lowercased()` makes it (each scalar's full lower-case mapping,
/// with no context), written straight into bytes. The search text of every case is made
/// this way when the index is built; `lowercased()` looked up the mapping of every kana
/// and kanji, a tenth of the first read of a cloned store, though none of them has one.
enum LowerCase {
    /// The parts lower-cased, the empty ones left out, joined by `separator`.
    static func joined(_ parts: [String], separator: UInt8 = 0x20) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(parts.reduce(0) { $0 + $1.utf8.count + 1 })
        for part in parts where !part.isEmpty {
            if !out.isEmpty { out.append(separator) }
            append(part, to: &out)
        }
        return String(decoding: out, as: UTF8.self)
    }

    static func append(_ text: String, to out: inout [UInt8]) {
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v < 0x80 {
                out.append(v >= 0x41 && v <= 0x5A ? UInt8(v + 0x20) : UInt8(v))
            } else if (0x3000...0x9FFF).contains(v) || !scalar.properties.changesWhenLowercased {
                // Kana, kanji and CJK punctuation have no case: no lookup needed.
                UTF8.encode(scalar) { out.append($0) }
            } else {
                for s in scalar.properties.lowercaseMapping.unicodeScalars { UTF8.encode(s) { out.append($0) } }
            }
        }
    }
}
