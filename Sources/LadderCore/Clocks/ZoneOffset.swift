import Foundation
import Synchronization

/// A zone's offset from UTC at an instant. Most of ladder's users live in a zone whose
/// offset has not changed since 1970 and whose rules foresee no change (Asia/Tokyo,
/// UTC): for those the offset is looked up once, not asked of the time zone database
/// (behind a lock) for each of the tens of thousands of times a report writes.
enum ZoneOffset {
    /// Each zone's answer, and the zone asked last with its answer: a report asks of
    /// one zone tens of thousands of times, and hashing its name for the table each
    /// time was 3% of the report (two equal names held in one string compare at once).
    private static let known = Mutex<(last: (id: String, offset: Int?)?, table: [String: Int?])>((nil, [:]))
    private static let epoch = Date(timeIntervalSince1970: 0)

    static func seconds(_ zone: TimeZone, at date: Date) -> Int {
        if date >= epoch, let offset = fixedOffset(zone) { return offset }
        return zone.secondsFromGMT(for: date)
    }

    /// The zone's one offset since 1970, or nil when it has changed or will change.
    static func fixedOffset(_ zone: TimeZone) -> Int? {
        if let seen = Seen.answer(zone) { return seen }
        let answer = byName(zone)
        Seen.remember(zone, answer)
        return answer
    }

    /// `fixedOffset` by the zone's name, behind a lock.
    private static func byName(_ zone: TimeZone) -> Int? {
        let id = zone.identifier
        let found = known.withLock { k -> Int?? in
            if let last = k.last, last.id == id { return .some(last.offset) }
            guard let answer = k.table[id] else { return nil }
            k.last = (id, answer)
            return .some(answer)
        }
        if let found { return found }
        let offset: Int? = zone.nextDaylightSavingTimeTransition(after: epoch) == nil
            && zone.secondsFromGMT(for: epoch) == zone.secondsFromGMT(for: Date(timeIntervalSince1970: 4_102_444_800))
            ? zone.secondsFromGMT(for: epoch) : nil
        known.withLock { $0.table[id] = .some(offset); $0.last = (id, offset) }
        return offset
    }
}

extension ZoneOffset {
    /// The zones already answered, found by their value's bits: a report on both cores
    /// asks of one zone hundreds of thousands of times, and the lock and the name's
    /// reference count above were one memory line the two cores took from each other
    /// at every time written. Equal bits are the same zone object, kept alive here so
    /// that its address is never another's; a zone held in other bits (made again) is
    /// asked by name once more and remembered too. Entries are written once, before
    /// the count that publishes them, and never changed: reading takes no lock and
    /// holds no reference. (No zone ladder uses follows the system's as it changes:
    /// `TimeZone.current` is the zone at the moment it is asked.)
    enum Seen {
        struct Entry {
            var bits: (UInt, UInt)
            var offset: Int?
        }
        static let capacity = 16
        nonisolated(unsafe) private static let entries = UnsafeMutablePointer<Entry>.allocate(capacity: capacity)
        private static let count = Atomic<Int>(0)
        /// The zones remembered, kept alive; and the lock that writers take.
        private static let kept = Mutex<[TimeZone]>([])

        /// A zone value's bits, or nil when it does not fit in two words.
        static func bits(_ zone: TimeZone) -> (UInt, UInt)? {
            withUnsafeBytes(of: zone) { raw -> (UInt, UInt)? in
                guard raw.count <= 16 else { return nil }
                var words: (UInt, UInt) = (0, 0)
                withUnsafeMutableBytes(of: &words) { $0.copyMemory(from: raw) }
                return words
            }
        }

        static func answer(_ zone: TimeZone) -> Int?? {
            guard let key = bits(zone) else { return nil }
            let n = count.load(ordering: .acquiring)
            for i in 0..<n where entries[i].bits == key { return .some(entries[i].offset) }
            return nil
        }

        static func remember(_ zone: TimeZone, _ offset: Int?) {
            guard let key = bits(zone) else { return }
            kept.withLock { zones in
                let n = count.load(ordering: .relaxed)
                guard n < capacity, !(0..<n).contains(where: { entries[$0].bits == key }) else { return }
                zones.append(zone)
                (entries + n).initialize(to: Entry(bits: key, offset: offset))
                count.store(n + 1, ordering: .releasing)
            }
        }
    }
}
