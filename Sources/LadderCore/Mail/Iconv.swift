#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One conversion to UTF-8 through the C library's iconv (glibc's on Linux): the
/// charset tables are the system's, not ours. A converter lives for one call only,
/// so nothing is shared between threads.
enum Iconv {
    struct Result {
        var text: String
        /// Input bytes that could not be converted and became U+FFFD.
        var replaced: Int
    }

    /// Whether iconv knows `charset` (as a source for UTF-8).
    static func knows(_ charset: String) -> Bool {
        let cd = iconv_open("UTF-8", charset)
        guard let cd, cd != UnsafeMutableRawPointer(bitPattern: -1) else { return false }
        iconv_close(cd)
        return true
    }

    /// `bytes` in `charset` as a string: nil when iconv does not know the charset, or
    /// (when `lossy` is false) at the first byte it cannot convert. Lossy conversion
    /// replaces each such byte with U+FFFD and goes on, so no text after it is lost.
    static func decode(_ bytes: some Collection<UInt8>, from charset: String, lossy: Bool) -> Result? {
        guard let cd = iconv_open("UTF-8", charset), cd != UnsafeMutableRawPointer(bitPattern: -1) else { return nil }
        defer { iconv_close(cd) }
        var input = Array(bytes)
        var output: [UInt8] = []
        output.reserveCapacity(input.count * 2 + 16)
        var replaced = 0
        // Each pass converts as much as fits in a fixed buffer; the loop ends because
        // every pass consumes input, skips a bad byte, or reports failure.
        let chunk = 64 * 1024
        var buffer = [UInt8](repeating: 0, count: chunk)
        let ok: Bool = input.withUnsafeMutableBufferPointer { inBuf in
            buffer.withUnsafeMutableBufferPointer { outBuf in
                guard let inBase = inBuf.baseAddress, let outBase = outBuf.baseAddress else { return true }
                var inPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBase).assumingMemoryBound(to: CChar.self)
                var inLeft = inBuf.count
                while true {
                    var outPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBase).assumingMemoryBound(to: CChar.self)
                    var outLeft = chunk
                    let r = inLeft == 0
                        ? iconv(cd, nil, nil, &outPtr, &outLeft)  // the closing shift sequence, if any
                        : iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft)
                    let failure = r == -1 ? errno : 0
                    output.append(contentsOf: UnsafeBufferPointer(start: outBase, count: chunk - outLeft))
                    if r != -1 {
                        if inLeft == 0 { return true }
                        continue
                    }
                    switch failure {
                    case E2BIG:
                        continue
                    case EILSEQ, EINVAL:
                        guard lossy else { return false }
                        replaced += 1
                        output.append(contentsOf: [0xEF, 0xBF, 0xBD])
                        inPtr = inPtr.map { $0 + 1 }
                        inLeft -= 1
                        if inLeft == 0 { return true }
                    default:
                        return false
                    }
                }
            }
        }
        guard ok else { return nil }
        return Result(text: String(decoding: output, as: UTF8.self), replaced: replaced)
    }
}
