/// Eight bytes looked at as one word (SWAR): the readers and writers of the index and
/// the case files pass over long runs of ordinary bytes this way.
enum ByteWord {
    static let ones: UInt64 = 0x0101_0101_0101_0101
    static let high: UInt64 = 0x8080_8080_8080_8080

    /// `byte` in each of the eight bytes.
    @inline(__always)
    static func all(_ byte: UInt8) -> UInt64 { ones &* UInt64(byte) }

    /// 0x80 set in each byte of `w` that is zero. The lowest one set is always right;
    /// above a zero byte a borrow may set others wrongly, so only "any" and "the
    /// lowest" may be asked of the result.
    @inline(__always)
    static func zeroBytes(_ w: UInt64) -> UInt64 { (w &- ones) & ~w & high }

    /// 0x80 set in each byte of `w` equal to `byte` (the lowest one exact, as above).
    @inline(__always)
    static func bytes(_ w: UInt64, equalTo byte: UInt8) -> UInt64 { zeroBytes(w ^ all(byte)) }
}
