extension FileSystem {
    /// Stretches of the open file `fd` (`spans`, in order of their starts), each
    /// given to `body` with its place in `spans`; the answers in the same order. Read in
    /// windows of nearby stretches, each at most `window` bytes from its first start to
    /// its last end (a longer stretch has a window to itself), on every core, each window
    /// read whole with `pread` into a buffer that each part of the work keeps for its
    /// next windows. (Read from a map of the file, each page cost a fault to map and a
    /// `madvise` to let go; read into a fresh buffer per window, the buffers' fresh pages
    /// cost as much.) Nil when a read fails or `body` says nil.
    static func readSpans<T>(_ fd: Int32, _ spans: [Range<Int>], window: Int,
                             _ body: @escaping (Int, UnsafeRawBufferPointer) -> T?) -> [T]? {
        var windows: [Range<Int>] = []  // of `spans`
        var first = 0
        for k in spans.indices where spans[k].upperBound - spans[first].lowerBound > window {
            if k > first { windows.append(first..<k); first = k }
        }
        if first < spans.count { windows.append(first..<spans.count) }
        let parts = Parallel.ranges(windows.count, minimum: 1) { some -> [T]? in
            var answers: [T] = []
            var buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: window, alignment: 16)
            defer { buffer.deallocate() }
            for w in windows[some] {
                // The greatest end, should a stretch hold the next (a table not ladder's).
                let low = spans[w.lowerBound].lowerBound, high = w.map { spans[$0].upperBound }.max()!
                if high - low > buffer.count {
                    buffer.deallocate()
                    buffer = .allocate(byteCount: high - low, alignment: 16)
                }
                let slice = UnsafeMutableRawBufferPointer(rebasing: buffer[..<(high - low)])
                guard read(fd, into: slice, at: low) else { return nil }
                for k in w {
                    let span = spans[k]
                    guard let answer = body(k, UnsafeRawBufferPointer(rebasing: slice[(span.lowerBound - low)..<(span.upperBound - low)]))
                    else { return nil }
                    answers.append(answer)
                }
            }
            return answers
        }
        var all: [T] = []
        all.reserveCapacity(spans.count)
        for part in parts {
            guard let part else { return nil }
            all += part
        }
        return all
    }
}
