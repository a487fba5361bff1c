import Foundation

extension UUID {
    /// The id as two numbers that order ids as their text (`uuidString`) orders them,
    /// without making the text: orders that every machine must agree on use it.
    var order: Order {
        let b = uuid
        let hi = [b.0, b.1, b.2, b.3, b.4, b.5, b.6, b.7].reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        let lo = [b.8, b.9, b.10, b.11, b.12, b.13, b.14, b.15].reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        return Order(hi: hi, lo: lo)
    }

    struct Order: Comparable, Hashable, Sendable {
        var hi: UInt64
        var lo: UInt64
        static func < (a: Order, b: Order) -> Bool { (a.hi, a.lo) < (b.hi, b.lo) }
    }
}
