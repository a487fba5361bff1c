import Foundation

/// Reads the JSON that `JSONLineWriter` writes (and any other valid JSON of the same
/// shapes) straight from the index's bytes, with no intermediate objects: the index
/// of ten thousand cases must be read in a few milliseconds, which JSONDecoder cannot.
struct JSONLineReader {
    struct Failure: Error, CustomStringConvertible {
        var offset: Int
        var expected: String
        var description: String { "expected \(expected) at byte \(offset)" }
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private(set) var position: Int
    private let end: Int
    /// The caller has checked that all the bytes are UTF-8 (a case file is checked
    /// whole), so text between quotes is too and is not checked again.
    private let knownUTF8: Bool

    init(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, knownUTF8: Bool = false) {
        self.bytes = bytes
        position = start
        self.end = end
        self.knownUTF8 = knownUTF8
    }

    var atEnd: Bool { mutating get { skipSpace(); return position >= end } }

    private func fail(_ expected: String) -> Failure { Failure(offset: position, expected: expected) }

    @inline(__always)
    private mutating func skipSpace() {
        while position < end {
            switch bytes[position] {
            case 0x20, 0x09, 0x0A, 0x0D: position += 1
            default: return
            }
        }
    }

    @inline(__always)
    private mutating func take(_ b: UInt8) -> Bool {
        skipSpace()
        if position < end, bytes[position] == b { position += 1; return true }
        return false
    }

    @inline(__always)
    private mutating func expect(_ b: UInt8, _ what: StaticString) throws(Failure) {
        guard take(b) else { throw fail(what.description) }
    }

    /// Calls `body` with each key of an object; `body` must read (or skip) its value.
    mutating func object(_ body: (inout JSONLineReader, UnsafeBufferPointer<UInt8>) throws -> Void) throws {
        try expect(UInt8(ascii: "{"), "{")
        if take(UInt8(ascii: "}")) { return }
        repeat {
            let key = try rawString()
            try expect(UInt8(ascii: ":"), ":")
            try body(&self, key)
        } while take(UInt8(ascii: ","))
        try expect(UInt8(ascii: "}"), ", or }")
    }

    /// Calls `body` with each key of an object, as one of `Key`'s cases or nil for a
    /// key it does not have (which `body` must skip); `body` must read its value. The
    /// key expected next is compared in place (`KeyOrder`).
    mutating func object<Key: IndexKeys>(_: Key.Type, _ body: (inout JSONLineReader, Key?) throws -> Void) throws {
        try expect(UInt8(ascii: "{"), "{")
        if take(UInt8(ascii: "}")) { return }
        let base = UnsafeRawPointer(bytes.baseAddress!)
        let order = Key.order
        var next = 0
        repeat {
            skipSpace()
            var found: Int?
            if next < order.count, let length = order.matches(next, base, at: position, end: end) {
                found = next
                position += length
            } else {
                let name = try rawString()
                try expect(UInt8(ascii: ":"), ":")
                found = order.index(of: name)
            }
            try body(&self, found.map { Key.all[$0] })
            if let found { next = found + 1 }
        } while take(UInt8(ascii: ","))
        try expect(UInt8(ascii: "}"), ", or }")
    }

    /// Calls `body` for each element of an array.
    mutating func array(_ body: (inout JSONLineReader) throws -> Void) throws {
        try expect(UInt8(ascii: "["), "[")
        if take(UInt8(ascii: "]")) { return }
        repeat { try body(&self) } while take(UInt8(ascii: ","))
        try expect(UInt8(ascii: "]"), ", or ]")
    }

    /// Whether a string comes next.
    var startsWithQuote: Bool { mutating get { skipSpace(); return position < end && bytes[position] == UInt8(ascii: "\"") } }

    /// Consumes `null` if it comes next.
    mutating func null() -> Bool {
        skipSpace()
        guard end - position >= 4, bytes[position] == UInt8(ascii: "n"), bytes[position + 1] == UInt8(ascii: "u"),
              bytes[position + 2] == UInt8(ascii: "l"), bytes[position + 3] == UInt8(ascii: "l") else { return false }
        position += 4
        return true
    }

    /// The bytes of a string with no escapes in it, without copying.
    private mutating func rawString() throws(Failure) -> UnsafeBufferPointer<UInt8> {
        try expect(UInt8(ascii: "\""), "text in quotes")
        let start = position
        // The closing quote or a backslash, eight bytes at a time: the index and the case
        // files have a million keys and strings between them. Only the lowest byte set
        // in `hit` is asked for, which is always right.
        let base = UnsafeRawPointer(bytes.baseAddress!)
        var i = start
        var found = false
        while i + 8 <= end {
            let w = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: i, as: UInt64.self))
            let hit = ByteWord.bytes(w, equalTo: 0x22) | ByteWord.bytes(w, equalTo: 0x5C)
            if hit != 0 {
                i += hit.trailingZeroBitCount / 8
                found = true
                break
            }
            i += 8
        }
        if !found {
            while i < end, bytes[i] != 0x22, bytes[i] != 0x5C { i += 1 }
            guard i < end else {
                position = end
                throw fail("a closing quote")
            }
        }
        guard bytes[i] == 0x22 else {
            position = i
            throw fail("a key without escapes")
        }
        position = i + 1
        return UnsafeBufferPointer(rebasing: bytes[start..<i])
    }

    /// A time as `TimeText.parseISO` reads it (a local time in `zone` without an
    /// offset), from the bytes in place; nil when the text is not a time.
    mutating func isoTime(zone: @autoclosure () -> TimeZone = .current) throws -> Date? {
        skipSpace()
        let start = position
        if let fast = fixedTime() { return fast }
        position = start
        if let raw = try? rawString() { return TimeText.parseISO(utf8: raw, zone: zone()) }
        position = start
        return TimeText.parseISO(try string(), zone: zone())
    }

    mutating func string() throws -> String {
        skipSpace()
        let start = position
        if let raw = try? rawString() {
            // A quote is never inside a longer UTF-8 sequence: text between quotes in
            // checked bytes is whole.
            if knownUTF8 { return ValidUTF8.string(known: raw) }
            guard let s = ValidUTF8.string(raw) else { throw Failure(offset: start, expected: "UTF-8 text") }
            return s
        }
        position = start
        try expect(UInt8(ascii: "\""), "text in quotes")
        return try escapedString()
    }

    /// The slow path, for text with backslash escapes.
    private mutating func escapedString() throws -> String {
        var out: [UInt8] = []
        while position < end {
            let b = bytes[position]
            position += 1
            switch b {
            case UInt8(ascii: "\""):
                guard let s = ValidUTF8.string(out) else { throw fail("UTF-8 text") }
                return s
            case UInt8(ascii: "\\"):
                guard position < end else { throw fail("an escape") }
                let e = bytes[position]
                position += 1
                switch e {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "u"):
                    var scalar = try hex4()
                    if (0xD800..<0xDC00).contains(scalar) {
                        guard position + 1 < end, bytes[position] == UInt8(ascii: "\\"), bytes[position + 1] == UInt8(ascii: "u") else {
                            throw fail("the second half of a surrogate pair")
                        }
                        position += 2
                        let low = try hex4()
                        guard (0xDC00..<0xE000).contains(low) else { throw fail("a low surrogate") }
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    }
                    guard let u = Unicode.Scalar(scalar) else { throw fail("a Unicode scalar") }
                    out.append(contentsOf: String(Character(u)).utf8)
                default: throw fail("a known escape")
                }
            default:
                out.append(b)
            }
        }
        throw fail("a closing quote")
    }

    private mutating func hex4() throws(Failure) -> UInt32 {
        guard end - position >= 4 else { throw fail("four hex digits") }
        var v: UInt32 = 0
        for _ in 0..<4 {
            let b = bytes[position]
            let d: UInt32
            switch b {
            case 0x30...0x39: d = UInt32(b - 0x30)
            case 0x41...0x46: d = UInt32(b - 0x41 + 10)
            case 0x61...0x66: d = UInt32(b - 0x61 + 10)
            default: throw fail("a hex digit")
            }
            v = v * 16 + d
            position += 1
        }
        return v
    }

    /// A UUID in its usual text form, read in place. Every event and reply has one or
    /// more, so the hex digits are looked up in a table and checked once at the end.
    mutating func uuid() throws(Failure) -> UUID {
        skipSpace()
        guard end - position >= 38, bytes[position] == 0x22, bytes[position + 37] == 0x22,
              bytes[position + 9] == 0x2D, bytes[position + 14] == 0x2D, bytes[position + 19] == 0x2D, bytes[position + 24] == 0x2D
        else { throw fail("a UUID") }
        // Eight hex digits at a time: 8-4-4-4-12 is 8, 4+4, 4+4 and 4+8 digits.
        let text = UnsafeRawPointer(bytes.baseAddress! + position + 1)
        func eight(_ a: Int, _ b: Int? = nil) -> UInt32? {
            let word = b.map { UInt64(UInt32(littleEndian: text.loadUnaligned(fromByteOffset: a, as: UInt32.self)))
                | UInt64(UInt32(littleEndian: text.loadUnaligned(fromByteOffset: $0, as: UInt32.self))) << 32 }
                ?? UInt64(littleEndian: text.loadUnaligned(fromByteOffset: a, as: UInt64.self))
            return Self.hex(word)
        }
        guard let w0 = eight(0), let w1 = eight(9, 14), let w2 = eight(19, 24), let w3 = eight(28) else { throw fail("a UUID") }
        position += 38
        // Each word holds its first two digits' byte lowest: stored in that order.
        let (a, b, c, d) = (w0.littleEndian, w1.littleEndian, w2.littleEndian, w3.littleEndian)
        var raw: uuid_t = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        withUnsafeMutableBytes(of: &raw) { out in
            out.storeBytes(of: a, toByteOffset: 0, as: UInt32.self)
            out.storeBytes(of: b, toByteOffset: 4, as: UInt32.self)
            out.storeBytes(of: c, toByteOffset: 8, as: UInt32.self)
            out.storeBytes(of: d, toByteOffset: 12, as: UInt32.self)
        }
        return UUID(uuid: raw)
    }

    /// Eight hex digits, the first in the lowest byte, as four bytes whose lowest is
    /// the first two digits; nil unless every byte is 0-9, A-F or a-f.
    @inline(__always)
    static func hex(_ w: UInt64) -> UInt32? {
        let ones: UInt64 = 0x0101_0101_0101_0101, high: UInt64 = 0x8080_8080_8080_8080
        guard w & high == 0 else { return nil }
        // For bytes below 0x80 no sum carries out of its byte: 0x80 is set where the byte
        // is at least `lo` and not past `hi`.
        func within(_ lo: UInt64, _ hi: UInt64) -> UInt64 { (w &+ ones &* (0x80 - lo)) & ~(w &+ ones &* (0x7F - hi)) & high }
        guard within(0x30, 0x39) | within(0x41, 0x46) | within(0x61, 0x66) == high else { return nil }
        // A digit's low four bits are its value; a letter's are 1-6, nine short of it.
        let v = (w & (ones &* 0x0F)) &+ ((w >> 6) & ones) &* 9
        // Pairs of digits into bytes (first digit high), then the four bytes together.
        var t = ((v << 4) | (v >> 8)) & 0x00FF_00FF_00FF_00FF
        t = (t | (t >> 8)) & 0x0000_FFFF_0000_FFFF
        t = (t | (t >> 16)) & 0xFFFF_FFFF
        return UInt32(truncatingIfNeeded: t)
    }

    /// One of an enumeration's raw values, matched on the bytes; nil for any other text.
    mutating func choice<E: ReadByName>(_: E.Type) throws -> E? {
        skipSpace()
        let start = position
        guard let raw = try? rawString() else {
            position = start
            _ = try string()
            return nil
        }
        // Through a table made once per type: going through `allCases` made an array,
        // and looked up its type at run time, for each of the hundred thousand choices
        // in a report (a tenth of its time).
        return E.names.value(raw)
    }

    mutating func int() throws(Failure) -> Int {
        skipSpace()
        var negative = false
        if position < end, bytes[position] == UInt8(ascii: "-") { negative = true; position += 1 }
        let start = position
        var v = 0
        while position < end, bytes[position] >= 0x30, bytes[position] <= 0x39 {
            let (m, o1) = v.multipliedReportingOverflow(by: 10)
            let (s, o2) = m.addingReportingOverflow(Int(bytes[position] - 0x30))
            guard !o1, !o2 else { throw fail("a smaller number") }
            v = s
            position += 1
        }
        guard position > start else { throw fail("a whole number") }
        return negative ? -v : v
    }

    mutating func number() throws -> Double {
        skipSpace()
        let start = position
        let whole = try int()
        guard position < end, ".eE".utf8.contains(bytes[position]) else { return Double(whole) }
        while position < end, "+-.eE0123456789".utf8.contains(bytes[position]) { position += 1 }
        guard let d = Double(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)) else {
            throw Failure(offset: start, expected: "a number")
        }
        return d
    }

    mutating func bool() throws(Failure) -> Bool {
        skipSpace()
        if end - position >= 4, bytes[position] == UInt8(ascii: "t") { position += 4; return true }
        if end - position >= 5, bytes[position] == UInt8(ascii: "f") { position += 5; return false }
        throw fail("true or false")
    }

    /// A time as `JSONLineWriter.date` writes it; any other ISO 8601 form is read too.
    mutating func date() throws -> Date {
        skipSpace()
        let start = position
        if let fast = fixedTime() { return fast }
        position = start
        let text = try string()
        guard let date = TimeText.parseISO(text, zone: TimeZone(identifier: "UTC")!) else {
            throw Failure(offset: start, expected: "an ISO 8601 time")
        }
        return date
    }

    /// A time in the forms ladder writes, read in place, or nil: the index's
    /// `"2026-07-15T06:00:00Z"` and `"2026-07-15T06:00:00.250Z"`, and the case files'
    /// `"2026-07-15T15:00:00+09:00"`. Hundreds of thousands are read when a cloned store
    /// is first read, so the digits are read in pairs; any other form goes the long way.
    private mutating func fixedTime() -> Date? {
        let p = position
        guard end - p >= 22, bytes[p] == 0x22 else { return nil }
        let t = bytes.baseAddress! + p + 1  // the text inside the quotes
        let length: Int, offset: Int, millis: Int
        if t[19] == 0x5A, t[20] == 0x22 {  // Z
            (length, offset, millis) = (20, 0, 0)
        } else if t[19] == 0x2E, end - p >= 26, t[23] == 0x5A, t[24] == 0x22 {  // .250Z
            let (high, low) = (Self.pair(t + 20), Self.pair(t + 21))  // milliseconds: digits 1-2, 2-3
            guard high >= 0, low >= 0 else { return nil }
            (length, offset, millis) = (24, 0, high * 10 + low % 10)
        } else if t[19] == 0x2B || t[19] == 0x2D, end - p >= 27, t[22] == 0x3A, t[25] == 0x22 {  // +09:00
            let (oh, om) = (Self.pair(t + 20), Self.pair(t + 23))
            guard oh >= 0, oh < 24, om >= 0, om < 60 else { return nil }
            (length, offset, millis) = (25, (oh * 3600 + om * 60) * (t[19] == 0x2D ? -1 : 1), 0)
        } else {
            return nil
        }
        let y = Self.pair(t) * 100 + Self.pair(t + 2), mo = Self.pair(t + 5), d = Self.pair(t + 8)
        let h = Self.pair(t + 11), mi = Self.pair(t + 14), s = Self.pair(t + 17)
        guard t[4] == 0x2D, t[7] == 0x2D, t[10] == 0x54, t[13] == 0x3A, t[16] == 0x3A,
              min(y, mo, d, h, mi, s) >= 0, (1...12).contains(mo), d >= 1, d <= TimeText.daysInMonth(y, mo),
              h < 24, mi < 60, s < 60
        else { return nil }
        position = p + length + 2
        let local = TimeText.days(year: y, month: mo, day: d) * 86_400 + h * 3600 + mi * 60 + s
        return Date(timeIntervalSince1970: TimeInterval(local - offset) + TimeInterval(millis) / 1000)
    }

    /// Two decimal digits as a number; far below zero when either is not a digit.
    @inline(__always)
    private static func pair(_ at: UnsafePointer<UInt8>) -> Int {
        let tens = Int(at[0]) - 0x30, ones = Int(at[1]) - 0x30
        guard tens >= 0, tens < 10, ones >= 0, ones < 10 else { return -10_000 }
        return tens * 10 + ones
    }

    /// Skips the value of an object's last key by going to the end of the text, which
    /// must close that value and the object; otherwise skips it byte by byte.
    mutating func skipLastValue() throws {
        skipSpace()
        var last = end - 1
        while last > position, [0x20, 0x09, 0x0D].contains(bytes[last]) { last -= 1 }
        var inner = last - 1
        while inner > position, [0x20, 0x09, 0x0D].contains(bytes[inner]) { inner -= 1 }
        if last > position, bytes[last] == UInt8(ascii: "}"), bytes[position] == UInt8(ascii: "{"), bytes[inner] == UInt8(ascii: "}") {
            position = last
        } else {
            try skip()
        }
    }

    /// Skips any value.
    mutating func skip() throws {
        skipSpace()
        guard position < end else { throw fail("a value") }
        switch bytes[position] {
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            // Past the matching bracket: nothing inside is looked at but the brackets and
            // the strings, found eight bytes at a time (an index line's file stamp is
            // passed over for each case a report reads).
            let base = UnsafeRawPointer(bytes.baseAddress!)
            var depth = 0
            while position < end {
                while position + 8 <= end {
                    let w = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: position, as: UInt64.self))
                    let hit = ByteWord.bytes(w, equalTo: 0x22) | ByteWord.bytes(w, equalTo: 0x7B) | ByteWord.bytes(w, equalTo: 0x7D)
                        | ByteWord.bytes(w, equalTo: 0x5B) | ByteWord.bytes(w, equalTo: 0x5D)
                    if hit != 0 { position += hit.trailingZeroBitCount / 8; break }
                    position += 8
                }
                guard position < end else { break }
                switch bytes[position] {
                case UInt8(ascii: "\""):
                    try skipString()
                    continue
                case UInt8(ascii: "{"), UInt8(ascii: "["):
                    depth += 1
                case UInt8(ascii: "}"), UInt8(ascii: "]"):
                    depth -= 1
                    if depth == 0 { position += 1; return }
                default: break
                }
                position += 1
            }
            throw fail("a closing bracket")
        case UInt8(ascii: "\""):
            try skipString()
        case UInt8(ascii: "n"): guard null() else { throw fail("null") }
        case UInt8(ascii: "t"), UInt8(ascii: "f"): _ = try bool()
        default:
            let start = position
            while position < end {
                switch bytes[position] {
                case 0x30...0x39, UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"): position += 1
                default: guard position > start else { throw fail("a value") }; return
                }
            }
            guard position > start else { throw fail("a value") }
        }
    }

    /// Past a string's closing quote without making a String: the next quote that is
    /// not escaped, that is, not after an odd run of backslashes.
    private mutating func skipString() throws {
        position += 1
        while true {
            guard let quote = bytes.offset(of: 0x22, from: position, to: end) else { throw fail("a closing quote") }
            var backslashes = 0
            while quote - backslashes - 1 >= position, bytes[quote - backslashes - 1] == UInt8(ascii: "\\") { backslashes += 1 }
            position = quote + 1
            if backslashes % 2 == 0 { return }
        }
    }

    /// Where the next value starts.
    mutating func valueStart() -> Int {
        skipSpace()
        return position
    }

    /// Reads past a copy of the bytes of `earlier` (a whole value read before, from
    /// `valueStart()` to where it ended), if one comes next.
    mutating func take(copyOf earlier: Range<Int>) -> Bool {
        skipSpace()
        guard earlier.count > 0, earlier.upperBound <= position, end - position >= earlier.count,
              memcmp(bytes.baseAddress! + position, bytes.baseAddress! + earlier.lowerBound, earlier.count) == 0 else { return false }
        position += earlier.count
        return true
    }

    /// Whether the string that comes next is `text`, read past either way; compared in
    /// place when it has no escapes.
    mutating func string(is text: String) throws -> Bool {
        skipSpace()
        let start = position
        if let raw = try? rawString() {
            var text = text
            return text.withUTF8 { $0.count == raw.count && ($0.isEmpty || memcmp($0.baseAddress!, raw.baseAddress!, raw.count) == 0) }
        }
        position = start
        return try string() == text
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// Where `byte` first comes in `from..<to`, found with memchr; nil if it does not.
    @inline(__always)
    func offset(of byte: UInt8, from: Int, to: Int) -> Int? {
        guard from < to, let found = memchr(baseAddress! + from, Int32(byte), to - from) else { return nil }
        return baseAddress!.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    /// Whether these bytes spell `key`.
    @inline(__always)
    func `is`(_ key: StaticString) -> Bool {
        guard count == key.utf8CodeUnitCount else { return false }
        return memcmp(baseAddress!, key.utf8Start, count) == 0
    }
}
