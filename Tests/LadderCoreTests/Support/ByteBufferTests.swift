import Testing
@testable import LadderCore

/// The index writer's buffer holds exactly what was appended, in order, however often
/// it grows.
@Suite struct ByteBufferTests {
    @Test func whatIsAppendedIsWhatIsHeldAcrossGrowth() {
        let buffer = ByteBuffer(capacity: 1)
        var expected: [UInt8] = []
        for n in 0..<2_000 {
            switch n % 3 {
            case 0:
                buffer.append(UInt8(truncatingIfNeeded: n))
                expected.append(UInt8(truncatingIfNeeded: n))
            case 1:
                let piece = (0..<(n % 97)).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ n) }
                piece.withUnsafeBufferPointer { buffer.append($0) }
                expected += piece
            default:
                let text = "回線 \(n)"
                buffer.append(text)
                expected += Array(text.utf8)
            }
            #expect(buffer.count == expected.count)
        }
        #expect(buffer.array == expected)
        buffer.append(UnsafeBufferPointer<UInt8>(start: nil, count: 0))
        #expect(buffer.array == expected)
    }
}
