#if canImport(Glibc)
import Glibc
import Testing
@testable import LadderCore

/// The generated table against the C library it was generated from: ncursesw and tmux
/// measure with wcwidth, so ladder must count exactly as it does. After a C library
/// upgrade this fails until Scripts/generate-width-table is run again.
@Suite struct WidthTableTests {
    /// glibc's wcwidth, which Glibc's Swift module does not declare (it needs _XOPEN_SOURCE).
    typealias WCWidth = @convention(c) (Int32) -> Int32

    @Test func everyScalarIsAsWideAsWcwidthSaysUnderCUTF8() throws {
        let symbol = try #require(dlsym(nil, "wcwidth"))  // RTLD_DEFAULT
        let wcwidth = unsafeBitCast(symbol, to: WCWidth.self)
        // This thread only: the test changes no locale of the process.
        let locale = try #require(newlocale(LC_CTYPE_MASK, "C.UTF-8", nil))
        let previous = uselocale(locale)
        defer {
            uselocale(previous)
            freelocale(locale)
        }
        var disagreements: [String] = []
        for v in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(v) else { continue }
            let expected = wcwidth(Int32(v))
            let ok: Bool
            if v < 0x20 || (0x7F..<0xA0).contains(v) {
                ok = TextWidth.of(scalar) == 0  // controls, made inert before drawing
            } else if expected < 0 {
                ok = TextWidth.of(scalar) == 1 && !TextWidth.hasWidth(scalar)  // drawn as U+FFFD
            } else {
                ok = TextWidth.of(scalar) == Int(expected) && TextWidth.hasWidth(scalar)
            }
            if !ok && disagreements.count < 20 { disagreements.append(String(v, radix: 16) + ": wcwidth \(expected), ladder \(TextWidth.of(scalar))") }
        }
        #expect(disagreements.isEmpty, "glibc \(WidthTable.libc) table; run Scripts/generate-width-table: \(disagreements)")
    }
}
#endif
