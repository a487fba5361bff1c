import Foundation

/// A small seeded generator for the tests that make their input (worlds of cases,
/// fuzzing, crash schedules), so a failing run can be replayed from its seed.
public struct Dice: Sendable {
    public var state: UInt64

    public init(state: UInt64) { self.state = state }

    /// A number in 0..<n (0 when n is 0).
    public mutating func next(_ n: Int) -> Int {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return Int((state >> 33) % UInt64(max(1, n)))
    }

    public mutating func pick<T>(_ items: [T]) -> T { items[next(items.count)] }
}

/// How many inputs, kills or operations a long-running proof makes: from the
/// environment for the documented runs (Docs/Reliability.md), else the short default.
public func runSize(_ variable: String, default short: Int) -> Int {
    ProcessInfo.processInfo.environment[variable].flatMap { Int($0) } ?? short
}
