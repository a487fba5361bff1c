import Foundation

/// The ids of a case file's events in the order they were kept, each found by its
/// place in that order. A case has tens of events: comparing an id with each kept one,
/// as two words, costs less than hashing it (hashing was 3% of a cloned store's first
/// read), so a dictionary is made only once there are many.
struct PlacedIDs {
    private var words: [UInt64] = []  // two for each id
    private var table: [UUID: Int]?
    private static let scanned = 48

    init(capacity: Int) { words.reserveCapacity(2 * Swift.min(capacity, Self.scanned)) }

    var count: Int { table?.count ?? words.count / 2 }

    /// Where `id` was appended, or nil.
    func place(of id: UUID) -> Int? {
        if let table { return table[id] }
        let (a, b) = Self.words(id)
        var i = 0
        while i < words.count {
            if words[i] == a && words[i + 1] == b { return i / 2 }
            i += 2
        }
        return nil
    }

    /// Appends `id`, which must not be here yet.
    mutating func append(_ id: UUID) {
        if table != nil {
            table![id] = table!.count
            return
        }
        let (a, b) = Self.words(id)
        words.append(a)
        words.append(b)
        if words.count / 2 > Self.scanned {
            var made: [UUID: Int] = [:]
            made.reserveCapacity(2 * count)
            var i = 0
            while i < words.count {
                made[Self.id(words[i], words[i + 1])] = i / 2
                i += 2
            }
            table = made
            words = []
        }
    }

    private static func words(_ id: UUID) -> (UInt64, UInt64) {
        // Unaligned: a uuid_t is sixteen single bytes, at any address.
        withUnsafeBytes(of: id.uuid) { ($0.loadUnaligned(as: UInt64.self), $0.loadUnaligned(fromByteOffset: 8, as: UInt64.self)) }
    }

    private static func id(_ a: UInt64, _ b: UInt64) -> UUID {
        var raw: uuid_t = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        withUnsafeMutableBytes(of: &raw) {
            $0.storeBytes(of: a, as: UInt64.self)
            $0.storeBytes(of: b, toByteOffset: 8, as: UInt64.self)
        }
        return UUID(uuid: raw)
    }
}
