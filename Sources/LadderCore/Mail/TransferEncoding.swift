/// Base64 and quoted-printable, as a mail's Content-Transfer-Encoding and encoded words use them.
enum Base64 {
    static func value(_ b: UInt8) -> UInt8? {
        switch b {
        case 0x41...0x5A: b - 0x41
        case 0x61...0x7A: b - 0x61 + 26
        case 0x30...0x39: b - 0x30 + 52
        case 0x2B, 0x2D: 62  // + (and - of the URL alphabet)
        case 0x2F, 0x5F: 63  // / (and _)
        default: nil
        }
    }

    /// A body's base64: blanks and line breaks are skipped; anything else outside the
    /// alphabet, or a lone last character, means the data is damaged (nil). Padding ends
    /// a group and reading goes on, as some mailers encode each line on its own.
    static func decodeStrict(_ bytes: some Collection<UInt8>) -> [UInt8]? {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count * 3 / 4)
        var acc: UInt32 = 0
        var n = 0
        for b in bytes {
            if b == 0x20 || b == 0x09 || b == 0x0D || b == 0x0A { continue }
            if b == 0x3D {
                guard n != 1 else { return nil }
                flush(&out, acc, n)
                acc = 0
                n = 0
                continue
            }
            guard let v = value(b) else { return nil }
            acc = acc << 6 | UInt32(v)
            n += 1
            if n == 4 {
                out += [UInt8(acc >> 16 & 0xFF), UInt8(acc >> 8 & 0xFF), UInt8(acc & 0xFF)]
                acc = 0
                n = 0
            }
        }
        guard n != 1 else { return nil }
        flush(&out, acc, n)
        return out
    }

    /// The bytes of a group cut short by padding or the end: 2 or 3 characters.
    static func flush(_ out: inout [UInt8], _ acc: UInt32, _ n: Int) {
        switch n {
        case 2: out.append(UInt8(acc >> 4 & 0xFF))
        case 3: out += [UInt8(acc >> 10 & 0xFF), UInt8(acc >> 2 & 0xFF)]
        default: break
        }
    }

    /// An encoded word's base64: whatever can be read is kept.
    static func decodeLenient(_ bytes: some Collection<UInt8>) -> [UInt8] {
        var alphabet = Array(bytes.filter { value($0) != nil })
        if alphabet.count % 4 == 1 { alphabet.removeLast() }
        return decodeStrict(alphabet) ?? []
    }
}

enum QuotedPrintable {
    static func hex(_ b: UInt8) -> UInt8? {
        switch b {
        case 0x30...0x39: b - 0x30
        case 0x41...0x46: b - 0x41 + 10
        case 0x61...0x66: b - 0x61 + 10
        default: nil
        }
    }

    /// A body's quoted-printable: `=XX` is a byte, `=` at a line's end joins it to the
    /// next, blanks at a line's end are dropped. A broken `=` is kept as written.
    static func decode(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        var lineStart = 0  // in `out`: where trailing blanks may be trimmed back to
        while i < bytes.count {
            let b = bytes[i]
            if b == 0x3D {
                if i + 2 < bytes.count, let h = hex(bytes[i + 1]), let l = hex(bytes[i + 2]) {
                    out.append(h << 4 | l)
                    i += 3
                    continue
                }
                // A soft line break: `=`, maybe blanks, then the end of the line.
                var j = i + 1
                while j < bytes.count, bytes[j] == 0x20 || bytes[j] == 0x09 { j += 1 }
                if j == bytes.count { i = j; continue }
                if bytes[j] == 0x0A { i = j + 1; continue }
                if bytes[j] == 0x0D, j + 1 < bytes.count, bytes[j + 1] == 0x0A { i = j + 2; continue }
                out.append(b)
                i += 1
                continue
            }
            if b == 0x0A {
                var end = out.count
                if end > lineStart, out[end - 1] == 0x0D { end -= 1 }
                var trimmed = end
                while trimmed > lineStart, out[trimmed - 1] == 0x20 || out[trimmed - 1] == 0x09 { trimmed -= 1 }
                if trimmed < end { out.removeSubrange(trimmed..<end) }
                out.append(b)
                lineStart = out.count
                i += 1
                continue
            }
            out.append(b)
            i += 1
        }
        return out
    }

    /// An encoded word's Q encoding: `_` is a space.
    static func decodeWord(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b == 0x5F {
                out.append(0x20)
            } else if b == 0x3D, i + 2 < bytes.count, let h = hex(bytes[i + 1]), let l = hex(bytes[i + 2]) {
                out.append(h << 4 | l)
                i += 2
            } else {
                out.append(b)
            }
            i += 1
        }
        return out
    }
}
