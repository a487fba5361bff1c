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
}
