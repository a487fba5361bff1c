import Foundation

/// Ids as text without Foundation's `uuidString` and `UUID(uuidString:)`, which format
/// and parse through `sprintf` and `sscanf`: every read names and parses all 10,000 case
/// files of a large store, where those two were a twentieth of a report's time.
extension UUID {
    /// `uuidString`'s spelling (upper case, 8-4-4-4-12), made from the bytes directly.
    var text: String {
        let b = uuid
        return withUnsafeBytes(of: b) { raw in
            String(unsafeUninitializedCapacity: 36) { out in
                let digits: StaticString = "0123456789ABCDEF"
                var p = 0
                for i in 0..<16 {
                    if i == 4 || i == 6 || i == 8 || i == 10 {
                        out[p] = 0x2D
                        p += 1
                    }
                    out[p] = digits.utf8Start[Int(raw[i] >> 4)]
                    out[p + 1] = digits.utf8Start[Int(raw[i] & 0x0F)]
                    p += 2
                }
                return 36
            }
        }
    }

    /// The id in the first 36 bytes of `bytes` (8-4-4-4-12 hexadecimal digits, either
    /// case), or nil.
    init?(text bytes: UnsafeBufferPointer<UInt8>) {
        guard bytes.count >= 36 else { return nil }
        var raw: uuid_t = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var p = 0
        let ok = withUnsafeMutableBytes(of: &raw) { out -> Bool in
            for i in 0..<16 {
                if i == 4 || i == 6 || i == 8 || i == 10 {
                    guard bytes[p] == 0x2D else { return false }
                    p += 1
                }
                guard let hi = UUID.hexValue(bytes[p]), let lo = UUID.hexValue(bytes[p + 1]) else { return false }
                out[i] = hi << 4 | lo
                p += 2
            }
            return true
        }
        guard ok else { return nil }
        self.init(uuid: raw)
    }

    /// The id spelled at the start of `text`, or nil.
    init?(prefixOf text: String) {
        var text = text
        guard let id = text.withUTF8({ UUID(text: $0) }) else { return nil }
        self = id
    }

    static func hexValue(_ b: UInt8) -> UInt8? {
        switch b {
        case 0x30...0x39: return b - 0x30
        case 0x41...0x46: return b - 0x41 + 10
        case 0x61...0x66: return b - 0x61 + 10
        default: return nil
        }
    }
}
