import Foundation
import Testing
@testable import LadderCore

/// A zone's offset, looked up once for a zone that never changes it, must be what the
/// time zone database says at every instant.
@Suite struct ZoneOffsetTests {
    static let instants = stride(from: -700_000_000.0, through: 4_000_000_000, by: 9_876_543).map(Date.init(timeIntervalSince1970:))

    @Test(arguments: ["Asia/Tokyo", "UTC", "Europe/London", "America/New_York", "Australia/Lord_Howe", "Asia/Kolkata", "Pacific/Apia"])
    func theOffsetIsTheDatabasesAtEveryInstant(_ id: String) throws {
        let zone = try #require(TimeZone(identifier: id))
        for date in Self.instants {
            #expect(ZoneOffset.seconds(zone, at: date) == zone.secondsFromGMT(for: date), "\(id) at \(date)")
        }
    }

    @Test func tokyoAndUTCAreFixedAndLondonIsNot() throws {
        #expect(ZoneOffset.fixedOffset(try #require(TimeZone(identifier: "Asia/Tokyo"))) == 9 * 3600)
        #expect(ZoneOffset.fixedOffset(try #require(TimeZone(identifier: "UTC"))) == 0)
        #expect(ZoneOffset.fixedOffset(try #require(TimeZone(identifier: "Europe/London"))) == nil)
        // Samoa crossed the date line in 2011, with no daylight saving either side.
        #expect(ZoneOffset.fixedOffset(try #require(TimeZone(identifier: "Pacific/Apia"))) == nil)
        // Tokyo kept summer time from 1948 to 1951: before 1970 the database is asked.
        let tokyo = try #require(TimeZone(identifier: "Asia/Tokyo"))
        let summer1950 = Date(timeIntervalSince1970: -620_000_000)
        #expect(ZoneOffset.seconds(tokyo, at: summer1950) == tokyo.secondsFromGMT(for: summer1950))
    }

    /// The zone asked last is remembered: asking of zones in turn, on several threads,
    /// each gets its own answer, never the one asked before it.
    @Test func zonesAskedInTurnEachGetTheirOwn() async throws {
        let zones = try ["Asia/Tokyo", "UTC", "Europe/London", "Asia/Kolkata", "Asia/Tokyo", "Europe/London"].map { try #require(TimeZone(identifier: $0)) }
        let expected: [Int?] = [9 * 3600, 0, nil, 19_800, 9 * 3600, nil]
        await withTaskGroup(of: Bool.self) { group in
            for _ in 0..<4 {
                group.addTask {
                    (0..<500).allSatisfy { k in ZoneOffset.fixedOffset(zones[k % zones.count]) == expected[k % zones.count] }
                }
            }
            for await right in group { #expect(right) }
        }
    }

    /// Zones are remembered by their value's bits, without a lock: more zones than it
    /// keeps, each made twice (two values of one zone), asked on several threads at
    /// once, each get the database's answer.
    @Test func zonesRememberedByTheirBitsGetTheirOwnAnswer() async throws {
        let ids = ["Asia/Tokyo", "UTC", "Europe/London", "Asia/Kolkata", "America/New_York", "Asia/Seoul", "Asia/Shanghai",
                   "Australia/Perth", "Africa/Nairobi", "America/Sao_Paulo", "Pacific/Auckland", "Asia/Dubai", "Asia/Bangkok",
                   "Europe/Moscow", "Asia/Singapore", "Asia/Manila", "America/Bogota", "Asia/Jakarta", "Asia/Kathmandu", "Pacific/Apia"]
        #expect(ids.count > ZoneOffset.Seen.capacity)
        let zones = try (ids + ids).map { try #require(TimeZone(identifier: $0)) }
        let expected: [Int?] = zones.map { zone in
            zone.nextDaylightSavingTimeTransition(after: Date(timeIntervalSince1970: 0)) == nil
                && zone.secondsFromGMT(for: Date(timeIntervalSince1970: 0)) == zone.secondsFromGMT(for: Date(timeIntervalSince1970: 4_102_444_800))
                ? zone.secondsFromGMT(for: Date(timeIntervalSince1970: 0)) : nil
        }
        #expect(expected.contains(nil) && expected.contains(9 * 3600))
        await withTaskGroup(of: Bool.self) { group in
            for t in 0..<4 {
                group.addTask {
                    (0..<2_000).allSatisfy { k in
                        let i = (k * 7 + t) % zones.count
                        return ZoneOffset.fixedOffset(zones[i]) == expected[i]
                    }
                }
            }
            for await right in group { #expect(right) }
        }
        // Remembered by their bits, the first sixteen at least.
        #expect(zones.filter { ZoneOffset.Seen.answer($0) != nil }.count >= ZoneOffset.Seen.capacity / 2)
        let instant = Date(timeIntervalSince1970: 1_784_000_000)
        for zone in zones { #expect(ZoneOffset.seconds(zone, at: instant) == zone.secondsFromGMT(for: instant), "\(zone.identifier)") }
    }
}
