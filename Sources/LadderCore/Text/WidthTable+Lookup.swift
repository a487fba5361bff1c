extension WidthTable {
    /// The class of every BMP scalar, a byte each, unpacked from the runs on first use:
    /// almost all text is in the BMP, and an index is cheaper than a search.
    static let bmp: [UInt8] = {
        var out = [UInt8](repeating: 3, count: 0x10000)
        for i in runs.indices {
            let start = Int(runs[i] >> 2)
            guard start < 0x10000 else { break }
            let end = i + 1 < runs.count ? min(0x10000, Int(runs[i + 1] >> 2)) : 0x10000
            let k = UInt8(runs[i] & 3)
            for v in start..<end { out[v] = k }
        }
        return out
    }()

    /// 0, 1 or 2 columns, or 3 where the C library gives the scalar no width.
    @inline(__always)
    static func widthClass(_ v: UInt32) -> Int {
        if v < 0x10000 { return Int(bmp[Int(v)]) }
        // The last run that starts at or before v.
        let key = v << 2 | 3
        var lo = 0, hi = runs.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if runs[mid] <= key { lo = mid } else { hi = mid - 1 }
        }
        return Int(runs[lo] & 3)
    }
}
