import Foundation

/// An enumeration the index and the case files name by its raw value, read by
/// matching the bytes in place: no String made, and no comparison with each case's
/// name as a String (`init(rawValue:)`), for the hundreds of thousands of rungs,
/// channels and directions read on a clone's first report.
protocol ReadByName: RawRepresentable, CaseIterable, Sendable where RawValue == String {
    static var names: ChoiceTable<Self> { get }
}

/// The raw values of an enumeration's cases, as bytes.
struct ChoiceTable<E: RawRepresentable & CaseIterable & Sendable>: Sendable where E.RawValue == String {
    private let entries: [(bytes: [UInt8], value: E)]

    init() { entries = E.allCases.map { (Array($0.rawValue.utf8), $0) } }

    /// The case whose raw value these bytes spell, or nil.
    func value(_ raw: UnsafeBufferPointer<UInt8>) -> E? {
        for e in entries where e.bytes.count == raw.count {
            if raw.isEmpty { return e.value }
            if e.bytes.withUnsafeBufferPointer({ memcmp($0.baseAddress!, raw.baseAddress!, raw.count) }) == 0 { return e.value }
        }
        return nil
    }

    /// The case at `place` among the enumeration's cases (`PackedSummaries`), or nil.
    func value(at place: Int) -> E? { place < entries.count ? entries[place].value : nil }

    /// The place of `e` among the enumeration's cases.
    func place(of e: E) -> Int { entries.firstIndex { $0.value.rawValue == e.rawValue }! }
}

extension Rung: ReadByName { static let names = ChoiceTable<Rung>() }
extension Channel: ReadByName { static let names = ChoiceTable<Channel>() }
extension ContactDirection: ReadByName { static let names = ChoiceTable<ContactDirection>() }
extension FailureReason: ReadByName { static let names = ChoiceTable<FailureReason>() }
extension Party: ReadByName { static let names = ChoiceTable<Party>() }
extension CaseStatus: ReadByName { static let names = ChoiceTable<CaseStatus>() }
extension Resolution: ReadByName { static let names = ChoiceTable<Resolution>() }
extension OpenRepliesAtClose: ReadByName { static let names = ChoiceTable<OpenRepliesAtClose>() }
extension Event.StoredType: ReadByName { static let names = ChoiceTable<Event.StoredType>() }
