import Foundation

/// Text as a table key compared and hashed by its UTF-8 bytes. Swift's own String
/// hashing puts non-ASCII text (Japanese organisation names) into normal form first, and
/// a report looks a name up for each of thousands of cases. Texts that are canonically
/// equal but spelt in different bytes are different keys here, so use it only where
/// that costs nothing but a second entry.
struct UTF8Key: Hashable {
    let text: String

    init(_ text: String) { self.text = text }

    static func == (a: UTF8Key, b: UTF8Key) -> Bool {
        var (x, y) = (a.text, b.text)
        return x.withUTF8 { x in y.withUTF8 { y in x.count == y.count && (x.isEmpty || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0) } }
    }

    func hash(into hasher: inout Hasher) {
        var text = text
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
