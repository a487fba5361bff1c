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
