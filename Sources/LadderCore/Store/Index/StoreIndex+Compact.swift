import Foundation

extension StoreIndex {
    /// The whole index, compacted as `contents` writes it, but made from the lines the
    /// file already holds wherever a case file's content is what its line was made from
    /// (the same stamp, or the same size and content hash: a copy or a clone gives every
    /// file a new stamp and nothing else). Such a line keeps its bytes with only its
    /// stamp, folder and top written again; only entries for changed files are written
    /// whole. After a copy of 10,000 cases this is the whole index, and decoding and
    /// writing every summary again was a third of the first report.
    ///
    /// `entries`: every live case file's entry (a summary passed over, `.summary(nil, _)`,
    /// is written from its old line or left out). Written over `path` as it is made, a
    /// megabyte at a time, from the old file mapped (its pages are the system's cache
    /// of it): neither index is ever held whole in memory, which after a copy of 10,000
    /// cases was 40 MB of fresh memory and most of the report's time. False, with the
    /// file as it was, when it is not an index of this format; the caller then writes it
    /// the slow way. True when it was written, or could not be (a full disk): the file
    /// is then as it was, and the next read tries again. Called under the store's lock,
    /// so no one else replaces the file.
    static func writeCompacted(_ path: String, entries: [String: Entry], folder: FileStamp?, top: Int) -> Bool {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK)
        guard fd >= 0 else { return false }
        var st = stat()
        let mapped = fstat(fd, &st) == 0 ? MappedFile(fd, size: Int(st.st_size)) : nil
        close(fd)
        guard let mapped else { return false }
        struct NotThisFormat: Error {}
        do {
            try withExtendedLifetime(mapped) {
                let bytes = mapped.bytes.bindMemory(to: UInt8.self)
                guard let headerEnd = bytes.offset(of: 0x0A, from: 0, to: bytes.count) else { throw NotThisFormat() }
                var header = JSONLineReader(bytes, from: 0, to: headerEnd)
                guard (try? readHeader(&header)) == format else { throw NotThisFormat() }
                // The last summary line of each name, and the stamp it was made with.
                var old: [String: (line: Range<Int>, file: Range<Int>, stamp: FileStamp)] = [:]
                old.reserveCapacity(entries.count)
                var start = headerEnd + 1
                while start < bytes.count {
                    let end = bytes.offset(of: 0x0A, from: start, to: bytes.count) ?? bytes.count
                    defer { start = end + 1 }
                    guard let found = summaryLine(bytes, start, end) else { continue }
                    old[found.name] = (start..<end, found.file, found.stamp)
                }
                let names = entries.keys.sorted()
                // Only the last line written speaks for the folder.
                let last = names.last { name in
                    if case .summary(nil, _)? = entries[name], old[name] == nil { return false }
                    return true
                }
                try FileSystem.writeAtomically(to: path, durable: false) { write in
                    let chunk = 1 << 20
                    var out = JSONLineWriter(capacity: chunk + 64 * 1024)
                    out.append(StoreIndex.header)
                    for name in names {
                        let entry = entries[name]!
                        let vouch = name == last ? folder : nil
                        if let o = old[name], sameContent(o.stamp, entry.stamp) {
                            // The line as it was, up to its stamp; then the stamp, folder and
                            // top anew; then its case, as it was. Each line starts the writer
                            // afresh (`endLine`), so the stamp's key takes no comma.
                            guard let caseKey = bytes.range(of: #","case":"#, in: o.file.upperBound..<o.line.upperBound) else {
                                throw NotThisFormat()
                            }
                            out.append(UnsafeBufferPointer(rebasing: bytes[o.line.lowerBound..<o.file.lowerBound]))
                            out.key("file"); entry.stamp.write(to: &out)
                            out.key("folder"); out.optional(vouch) { $1.write(to: &$0) }
                            out.key("top"); out.int(top)
                            out.append(UnsafeBufferPointer(rebasing: bytes[caseKey.lowerBound..<o.line.upperBound]))
                            out.endLine()
                        } else if case .summary(nil, _) = entry {
                            continue  // passed over and not in the file: read next time
                        } else {
                            writeLine(entry, name: name, folder: vouch, top: top, to: &out)
                        }
                        if out.count >= chunk {
                            try out.withBytes(write)
                            out.clear()
                        }
                    }
                    try out.withBytes(write)
                }
            }
            return true
        } catch is NotThisFormat {
            return false
        } catch {
            return true  // writing failed: not tried again the slow way, which would fail alike
        }
    }

    /// A file whose line can be kept: the stamp it was made with, or (after a copy or a
    /// clone) the same size and content hash.
    private static func sameContent(_ old: FileStamp, _ new: FileStamp) -> Bool {
        old == new || (old.hash != 0 && old.hash == new.hash && old.size == new.size)
    }

    /// A summary line's name, the place of its `"file":{…}` stamp (from the `{`, to just
    /// after the `}`), and that stamp; nil for any other line.
    private static func summaryLine(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int)
        -> (name: String, file: Range<Int>, stamp: FileStamp)? {
        guard bytes.starts(with: #"{"number":"#, at: start),
              let nameKey = bytes.range(of: #","name":""#, in: start..<end),
              let nameEnd = bytes.offset(of: 0x22, from: nameKey.upperBound, to: end),
              let fileKey = bytes.range(of: #","file":"#, in: nameEnd..<end),
              let close = bytes.offset(of: 0x7D, from: fileKey.upperBound, to: end)  // a stamp holds no braces
        else { return nil }
        let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[nameKey.upperBound..<nameEnd]), as: UTF8.self)
        var r = JSONLineReader(bytes, from: fileKey.upperBound, to: close + 1)
        guard let stamp = try? FileStamp(reading: &r) else { return nil }
        // Kept from the `"file"` key's comma on, so the line reads `…,"file":{…},"folder"…`.
        return (name, fileKey.lowerBound + 1..<close + 1, stamp)
    }
}

extension UnsafeBufferPointer<UInt8> {
    func starts(with text: StaticString, at start: Int) -> Bool {
        let n = text.utf8CodeUnitCount
        guard start + n <= count else { return false }
        return memcmp(baseAddress! + start, text.utf8Start, n) == 0
    }

    /// Where `text` first occurs within `range`, or nil.
    func range(of text: StaticString, in range: Range<Int>) -> Range<Int>? {
        self.range(of: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount), in: range)
    }

    func starts(with bytes: [UInt8], at start: Int) -> Bool {
        guard start >= 0, start + bytes.count <= count, let base = baseAddress else { return false }
        return bytes.withUnsafeBufferPointer { memcmp(base + start, $0.baseAddress!, $0.count) == 0 }
    }

    /// Where `bytes` first occur within `range`, or nil.
    func range(of bytes: [UInt8], in range: Range<Int>) -> Range<Int>? {
        bytes.withUnsafeBufferPointer { self.range(of: $0, in: range) }
    }

    private func range(of text: UnsafeBufferPointer<UInt8>, in range: Range<Int>) -> Range<Int>? {
        let n = text.count
        guard n > 0, range.count >= n, let base = baseAddress else { return nil }
        let first = Int32(text[0])
        var from = range.lowerBound
        // memchr for the first byte, then memcmp (memmem is not in Swift's Glibc).
        while from + n <= range.upperBound,
              let hit = memchr(base + from, first, range.upperBound - n + 1 - from) {
            let at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            if memcmp(base + at, text.baseAddress!, n) == 0 { return at..<at + n }
            from = at + 1
        }
        return nil
    }
}
