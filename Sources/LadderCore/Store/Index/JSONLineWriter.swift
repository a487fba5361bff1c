import Foundation

/// Writes one compact JSON object per line for the index. By hand rather than with
/// JSONEncoder: a rebuild writes ten thousand lines, and the reader mirrors these
/// few shapes exactly (objects, arrays, text, whole numbers, UTC times, null).
struct JSONLineWriter {
    private let out: ByteBuffer
    /// Whether the next value in the current object or array needs a comma first.
    private var needsComma = false

    init(capacity: Int = 1024) { out = ByteBuffer(capacity: capacity) }

    /// What was written.
    var bytes: [UInt8] { out.array }

    /// How many bytes were written.
    var count: Int { out.count }

    /// What was written, in place.
    func withBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        try body(UnsafeRawBufferPointer(start: out.base, count: out.count))
    }

    /// Bytes as they are (a line kept from an old index), outside any object.
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) { out.append(bytes) }

    /// Text as it is (the index's header line), outside any object.
    mutating func append(_ text: String) { out.append(text) }

    /// Forgets what was written, keeping the room: the next line starts at the start.
    mutating func clear() {
        out.cut(to: 0)
        needsComma = false
    }

    /// Ends a line: the next object starts the next one, without a comma.
    mutating func endLine() {
        out.append(0x0A)
        needsComma = false
    }

    mutating func object(_ body: (inout JSONLineWriter) -> Void) {
        container(UInt8(ascii: "{"), UInt8(ascii: "}"), body)
    }

    mutating func array(_ body: (inout JSONLineWriter) -> Void) {
        container(UInt8(ascii: "["), UInt8(ascii: "]"), body)
    }

    private mutating func container(_ open: UInt8, _ close: UInt8, _ body: (inout JSONLineWriter) -> Void) {
        separate()
        out.append(open)
        needsComma = false
        body(&self)
        out.append(close)
        needsComma = true
    }

    /// A key in the current object; the value follows.
    mutating func key(_ name: StaticString) {
        // An index of 10,000 cases has 700,000 keys: straight into the buffer.
        if needsComma { out.append(UInt8(ascii: ",")) }
        out.append(UInt8(ascii: "\""))
        out.append(name.utf8Start, count: name.utf8CodeUnitCount)
        out.append(UInt8(ascii: "\""))
        out.append(UInt8(ascii: ":"))
        needsComma = false
    }

    mutating func string(_ s: String) {
        separate()
        out.append(UInt8(ascii: "\""))
        var s = s
        // Runs of bytes that need no escape go in whole (nearly all of them do).
        s.withUTF8 { text in
            var start = 0
            var i = 0
            while i < text.count {
                // Eight bytes at a time while none needs an escape (a byte below 0x20,
                // a quote, a backslash or DEL): the search text is most of an index.
                if i + 8 <= text.count, !Self.needsEscape(UnsafeRawPointer(text.baseAddress! + i).loadUnaligned(as: UInt64.self)) {
                    i += 8
                    continue
                }
                let at = i, b = text[at]
                i += 1
                guard b < 0x20 || b == 0x22 || b == 0x5C || b == 0x7F else { continue }
                out.append(UnsafeBufferPointer(rebasing: text[start..<at]))
                out.append(0x5C)
                switch b {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"): out.append(b)
                case 0x0A: out.append(UInt8(ascii: "n"))
                case 0x0D: out.append(UInt8(ascii: "r"))
                case 0x09: out.append(UInt8(ascii: "t"))
                default:
                    let hex = Array("0123456789abcdef".utf8)
                    for h in [UInt8(ascii: "u"), 0x30, 0x30, hex[Int(b >> 4)], hex[Int(b & 15)]] { out.append(h) }
                }
                start = at + 1
            }
            out.append(UnsafeBufferPointer(rebasing: text[start...]))
        }
        out.append(UInt8(ascii: "\""))
        needsComma = true
    }

    /// Whether any of the eight bytes is below 0x20, a quote, a backslash or DEL (each
    /// test exact: a byte is zero after the xor only where it was that byte).
    @inline(__always)
    static func needsEscape(_ w: UInt64) -> Bool {
        let below20 = (w &- ByteWord.all(0x20)) & ~w & ByteWord.high != 0
        return below20 || ByteWord.bytes(w, equalTo: 0x22) | ByteWord.bytes(w, equalTo: 0x5C) | ByteWord.bytes(w, equalTo: 0x7F) != 0
    }

    mutating func int(_ n: Int) {
        separate()
        // Into a buffer on the stack, appended once: a rebuild writes some 100,000.
        var buffer: (UInt64, UInt64, UInt64) = (0, 0, 0)  // room for Int.min's 20 characters
        withUnsafeMutableBytes(of: &buffer) { raw in
            let end = raw.count
            var i = end, v = n.magnitude
            repeat {
                i -= 1
                raw[i] = 0x30 + UInt8(v % 10)
                v /= 10
            } while v > 0
            if n < 0 { i -= 1; raw[i] = UInt8(ascii: "-") }
            out.append(raw.baseAddress! + i, count: end - i)
        }
        needsComma = true
    }

    /// Whole numbers without a point, so seconds read back exactly.
    mutating func number(_ d: Double) {
        if d == d.rounded(), abs(d) < 1e15 { int(Int(d)) } else {
            separate()
            out.append(String(d))
            needsComma = true
        }
    }

    mutating func bool(_ b: Bool) {
        separate()
        out.append(b ? "true" : "false")
        needsComma = true
    }

    mutating func null() {
        separate()
        out.append("null")
        needsComma = true
    }

    /// `2026-07-15T06:00:00Z`, with milliseconds only when there is a fraction.
    mutating func date(_ d: Date) {
        let t = d.timeIntervalSince1970
        let whole = Int(t.rounded(.down))
        let millis = Int(((t - Double(whole)) * 1000).rounded())
        let days = Int((Double(whole) / 86_400).rounded(.down))
        let secs = whole - days * 86_400
        let (y, m, day) = TimeText.civil(fromDays: days)
        guard (0...9999).contains(y) else {
            var text = "\(TimeText.pad(y, 4))-\(TimeText.pad(m))-\(TimeText.pad(day))T"
                + "\(TimeText.pad(secs / 3600)):\(TimeText.pad(secs % 3600 / 60)):\(TimeText.pad(secs % 60))"
            if millis > 0 { text += "." + TimeText.pad(min(millis, 999), 3) }
            string(text + "Z")
            return
        }
        // Into a buffer on the stack, appended once: a rebuild writes some 200,000
        // times at 10,000 cases.
        separate()
        var buffer: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        withUnsafeMutableBytes(of: &buffer) { raw in
            let p = raw.bindMemory(to: UInt8.self)
            func pair(_ at: Int, _ n: Int) {
                p[at] = 0x30 + UInt8(n / 10)
                p[at + 1] = 0x30 + UInt8(n % 10)
            }
            p[0] = UInt8(ascii: "\"")
            pair(1, y / 100); pair(3, y % 100); p[5] = UInt8(ascii: "-"); pair(6, m); p[8] = UInt8(ascii: "-"); pair(9, day)
            p[11] = UInt8(ascii: "T")
            pair(12, secs / 3600); p[14] = UInt8(ascii: ":"); pair(15, secs % 3600 / 60); p[17] = UInt8(ascii: ":"); pair(18, secs % 60)
            var n = 20
            if millis > 0 {
                let ms = min(millis, 999)
                p[20] = UInt8(ascii: ".")
                p[21] = 0x30 + UInt8(ms / 100); pair(22, ms % 100)
                n = 24
            }
            p[n] = UInt8(ascii: "Z")
            p[n + 1] = UInt8(ascii: "\"")
            out.append(UnsafeBufferPointer(rebasing: p[0..<n + 2]))
        }
        needsComma = true
    }

    mutating func optional<T>(_ value: T?, _ write: (inout JSONLineWriter, T) -> Void) {
        if let value { write(&self, value) } else { null() }
    }

    private mutating func separate() {
        if needsComma { out.append(UInt8(ascii: ",")) }
    }
}
