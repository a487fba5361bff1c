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

    /// Works on the UTF-8 bytes: a scalar is decoded only when it lies outside ASCII
    /// and outside U+3000–U+9FFF (lead bytes E3–E9), which have no case.
    static func append(_ text: String, to out: inout [UInt8]) {
        text.withUTF8Bytes { b in
            var i = 0
            while i < b.count {
                let lead = b[i]
                if lead < 0x80 {
                    out.append(lead >= 0x41 && lead <= 0x5A ? lead + 0x20 : lead)
                    i += 1
                    continue
                }
                let n = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2  // a String's UTF-8 is well formed
                let sequence = UnsafeBufferPointer(rebasing: b[i..<i + n])
                i += n
                if lead >= 0xE3 && lead <= 0xE9 { out.append(contentsOf: sequence); continue }
                var v = UInt32(lead) & (n == 2 ? 0x1F : n == 3 ? 0x0F : 0x07)
                for c in sequence.dropFirst() { v = v << 6 | UInt32(c & 0x3F) }
                let scalar = Unicode.Scalar(v)!
                if !scalar.properties.changesWhenLowercased {
                    out.append(contentsOf: sequence)
                } else {
                    for s in scalar.properties.lowercaseMapping.unicodeScalars { UTF8.encode(s) { out.append($0) } }
                }
            }
        }
    }
}
