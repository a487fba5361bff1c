#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Text as a table key compared and hashed by its UTF-8 bytes. Swift's own String
/// hashing puts non-ASCII text (Japanese organisation names) into normal form first, and
/// a report looks a name up for each of thousands of cases. Texts that are canonically
/// equal but spelt in different bytes are different keys here, so use it only where
/// that costs nothing but a second entry.
struct UTF8Key: Hashable {
    let text: String

    init(_ text: String) { self.text = text }

    static func == (a: UTF8Key, b: UTF8Key) -> Bool {
        // By memcmp: element by element was 1% of a report.
        a.text.withUTF8Bytes { x in
            b.text.withUTF8Bytes { y in
                x.count == y.count && (x.count == 0 || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0)
            }
        }
    }

    func hash(into hasher: inout Hasher) {
        text.withUTF8Bytes { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
