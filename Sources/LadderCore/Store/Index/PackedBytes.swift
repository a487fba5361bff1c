import Foundation

/// Bytes written for `PackedSummaries`: whole numbers and times as fixed-width
/// little-endian words, text as its length and UTF-8, an absent value as a flag.
struct PackedWriter {
    /// Appended to by copies alone (`ByteBuffer`): packing 100,000 summaries makes
    /// several million appends.
    private let out: ByteBuffer

    init(capacity: Int) { out = ByteBuffer(capacity: capacity) }

    var bytes: [UInt8] { out.array }
    var count: Int { out.count }

    func byte(_ b: UInt8) { out.append(b) }

    func word32(_ v: UInt32) {
        var v = v.littleEndian
        withUnsafeBytes(of: &v) { out.append($0.baseAddress!, count: 4) }
    }

    func word64(_ v: UInt64) {
        var v = v.littleEndian
        withUnsafeBytes(of: &v) { out.append($0.baseAddress!, count: 8) }
    }

    func int(_ v: Int) { word64(UInt64(bitPattern: Int64(v))) }

    func double(_ d: Double) { word64(d.bitPattern) }

    /// Kept to the bit, as the index's reading made it.
    func date(_ d: Date) { double(d.timeIntervalSinceReferenceDate) }

    func string(_ s: String) {
        var s = s
        s.withUTF8 { u in
            word32(UInt32(u.count))
            out.append(u)
        }
    }

    func uuid(_ id: UUID) {
        var raw = id.uuid
        withUnsafeBytes(of: &raw) { out.append($0.baseAddress!, count: 16) }
    }

    /// A choice as its place among the enumeration's cases; 255 for none.
    func choice<E: ReadByName>(_ e: E?) {
        guard let e else { return byte(255) }
        byte(UInt8(E.names.place(of: e)))
    }

    func optional<T>(_ value: T?, _ write: (PackedWriter, T) -> Void) {
        guard let value else { return byte(0) }
        byte(1)
        write(self, value)
    }

    func count(_ n: Int) { word32(UInt32(n)) }
}

/// Reads what `PackedWriter` wrote, every read checked against the end: a file that
/// is torn or not ladder's throws, and is then read the long way.
struct PackedReader {
    struct Failure: Error {}

    private let base: UnsafeRawPointer
    private let end: Int
    private(set) var position: Int
    /// Whether a record checked whole before is read again (`IndexedCase` checks a
    /// record as it is found and reads its parts later): its texts are not checked a
    /// second time but decoded with repair, so that a text another program changed in
    /// the file since reads with U+FFFD where it broke, never as a String that is not
    /// UTF-8.
    var again = false

    /// Reads `bytes` from `start` to `end`; a stretch outside them reads as nothing.
    init(_ bytes: UnsafeRawBufferPointer, from start: Int = 0, to end: Int? = nil) {
        base = bytes.baseAddress ?? UnsafeRawPointer(bitPattern: 1)!
        let end = end ?? bytes.count
        let inside = start >= 0 && start <= end && end <= bytes.count
        self.end = inside ? end : 0
        position = inside ? start : 0
    }

    var atEnd: Bool { position == end }

    @inline(__always)
    private mutating func take(_ n: Int) throws(Failure) -> UnsafeRawPointer {
        guard n >= 0, end - position >= n else { throw Failure() }
        defer { position += n }
        return base + position
    }

    mutating func byte() throws(Failure) -> UInt8 { try take(1).load(as: UInt8.self) }

    mutating func word32() throws(Failure) -> UInt32 { UInt32(littleEndian: try take(4).loadUnaligned(as: UInt32.self)) }

    mutating func word64() throws(Failure) -> UInt64 { UInt64(littleEndian: try take(8).loadUnaligned(as: UInt64.self)) }

    mutating func int() throws(Failure) -> Int { Int(Int64(bitPattern: try word64())) }

    mutating func double() throws(Failure) -> Double { Double(bitPattern: try word64()) }

    /// A time within the years 1 to 9999, as ladder writes them (`TimeText.iso`); any
    /// other number (infinite, or ages away) is not ladder's, and would not be written.
    mutating func date() throws(Failure) -> Date {
        let seconds = try double()
        guard seconds >= -63_113_904_000, seconds <= 252_423_993_599 else { throw Failure() }
        return Date(timeIntervalSinceReferenceDate: seconds)
    }

    mutating func count() throws(Failure) -> Int {
        let n = Int(try word32())
        // Each item takes a byte at least: a count beyond the bytes left is not ladder's.
        guard n <= end - position else { throw Failure() }
        return n
    }

    mutating func bytes(_ n: Int) throws(Failure) -> UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(start: try take(n), count: n)
    }

    /// The bytes of a text, not yet made a String (compared in place).
    mutating func stringBytes() throws(Failure) -> UnsafeRawBufferPointer {
        let n = Int(try word32())
        return UnsafeRawBufferPointer(start: try take(n), count: n)
    }

    mutating func string() throws(Failure) -> String {
        try text(stringBytes())
    }

    /// The text of bytes `stringBytes` gave.
    func text(_ bytes: UnsafeRawBufferPointer) throws(Failure) -> String {
        let raw = bytes.bindMemory(to: UInt8.self)
        if again { return String(decoding: raw, as: UTF8.self) }
        guard let s = ValidUTF8.string(raw) else { throw Failure() }
        return s
    }

    /// Passes over a text, checking that it is well-formed.
    mutating func skipString() throws(Failure) {
        let raw = try stringBytes().bindMemory(to: UInt8.self)
        guard again || ValidUTF8.check(raw) else { throw Failure() }
    }

    /// Goes to `offset`, which an earlier reading of the same bytes found.
    mutating func seek(_ offset: Int) throws(Failure) {
        guard offset >= 0, offset <= end else { throw Failure() }
        position = offset
    }

    mutating func uuid() throws(Failure) -> UUID { Self.uuid(try bytes(16)) }

    /// The id of sixteen bytes `bytes(16)` gave.
    static func uuid(_ bytes: UnsafeRawBufferPointer) -> UUID {
        var raw: uuid_t = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        withUnsafeMutableBytes(of: &raw) { $0.copyMemory(from: UnsafeRawBufferPointer(start: bytes.baseAddress, count: 16)) }
        return UUID(uuid: raw)
    }

    mutating func choice<E: ReadByName>(_: E.Type) throws(Failure) -> E {
        guard let e = E.names.value(at: Int(try byte())) else { throw Failure() }
        return e
    }

    mutating func optionalChoice<E: ReadByName>(_: E.Type) throws(Failure) -> E? {
        let b = try byte()
        if b == 255 { return nil }
        guard let e = E.names.value(at: Int(b)) else { throw Failure() }
        return e
    }

    /// Whether a value follows (its flag read).
    mutating func present() throws(Failure) -> Bool {
        switch try byte() {
        case 0: return false
        case 1: return true
        default: throw Failure()
        }
    }
}
