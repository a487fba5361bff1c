/// ISO-2022-JP bytes rewritten, by arithmetic alone, as the same characters in
/// Shift_JIS or EUC-JP. Mail labelled ISO-2022-JP often holds the NEC and IBM
/// extensions of Windows (①, ㈱, Ⅲ, 髙) that glibc's ISO-2022-JP refuses; its CP932
/// and EUC-JP-MS tables know them, so the rewritten bytes are read by those instead.
enum JIS {
    enum Mode { case ascii, jis0208, kana, jis0212 }

    /// Each escape sequence's mode, or nil for an escape this rewriting does not know.
    static func escape(after bytes: [UInt8], at i: Int) -> (Mode, Int)? {
        func at(_ k: Int) -> UInt8 { i + k < bytes.count ? bytes[i + k] : 0 }
        switch (at(1), at(2), at(3)) {
        case (0x28, 0x42, _), (0x28, 0x4A, _): return (.ascii, 3)  // ESC ( B, ESC ( J
        case (0x24, 0x42, _), (0x24, 0x40, _): return (.jis0208, 3)  // ESC $ B, ESC $ @
        case (0x28, 0x49, _): return (.kana, 3)  // ESC ( I
        case (0x24, 0x28, 0x44): return (.jis0212, 4)  // ESC $ ( D
        case (0x24, 0x28, 0x51), (0x24, 0x28, 0x4F): return (.jis0208, 4)  // JIS X 0213 plane 1, read as 0208
        default: return nil
        }
    }

    /// As Shift_JIS (for CP932), or nil when the text uses JIS X 0212, which Shift_JIS lacks.
    static func asShiftJIS(_ bytes: [UInt8]) -> [UInt8]? {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var mode = Mode.ascii
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b == 0x1B, let (m, length) = escape(after: bytes, at: i) {
                mode = m
                i += length
                continue
            }
            if b == 0x0E { mode = .kana; i += 1; continue }  // SO / SI, as some mailers shift to kana
            if b == 0x0F { mode = .ascii; i += 1; continue }
            switch mode {
            case .jis0212:
                return nil
            case .kana where (0x21...0x5F).contains(b):
                out.append(b + 0x80)
                i += 1
            case .jis0208 where (0x21...0x7E).contains(b) && i + 1 < bytes.count && (0x21...0x7E).contains(bytes[i + 1]):
                let (s1, s2) = shiftJIS(b, bytes[i + 1])
                out.append(s1)
                out.append(s2)
                i += 2
            default:
                out.append(b)
                i += 1
            }
        }
        return out
    }

    /// As EUC-JP (for EUC-JP-MS): two-byte codes with the high bit set, kana after SS2,
    /// JIS X 0212 after SS3.
    static func asEUC(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var mode = Mode.ascii
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b == 0x1B, let (m, length) = escape(after: bytes, at: i) {
                mode = m
                i += length
                continue
            }
            if b == 0x0E { mode = .kana; i += 1; continue }
            if b == 0x0F { mode = .ascii; i += 1; continue }
            let pair = i + 1 < bytes.count && (0x21...0x7E).contains(b) && (0x21...0x7E).contains(bytes[i + 1])
            switch mode {
            case .kana where (0x21...0x5F).contains(b):
                out += [0x8E, b | 0x80]
                i += 1
            case .jis0208 where pair:
                out += [b | 0x80, bytes[i + 1] | 0x80]
                i += 2
            case .jis0212 where pair:
                out += [0x8F, b | 0x80, bytes[i + 1] | 0x80]
                i += 2
            default:
                out.append(b)
                i += 1
            }
        }
        return out
    }

    /// One JIS X 0208 code (row byte, cell byte) in Shift_JIS.
    static func shiftJIS(_ j1: UInt8, _ j2: UInt8) -> (UInt8, UInt8) {
        var s1 = (j1 - 0x21) / 2 + 0x81
        if s1 > 0x9F { s1 += 0x40 }
        let s2: UInt8
        if j1 % 2 == 1 {
            s2 = j2 + (j2 >= 0x60 ? 0x20 : 0x1F)
        } else {
            s2 = j2 + 0x7E
        }
        return (s1, s2)
    }
}
