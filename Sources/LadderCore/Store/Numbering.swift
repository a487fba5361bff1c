import Foundation

/// Which case each number names. Two machines that each add a case while apart both
/// give out the next number; after they sync, two files claim it. The earlier claim
/// keeps it (then the lower case id, so every machine decides alike); the other shows
/// under the next number free above every number ever claimed, until a write records
/// that number as its new claim (`Store.settleNumbers`). A number a case had before
/// still finds it.
public struct Numbering: Sendable {
    public struct Claim: Sendable {
        public var id: UUID
        public var number: Int
        public var claimedAt: Date
        public var former: [Int]

        public init(id: UUID, number: Int, claimedAt: Date, former: [Int]) {
            self.id = id
            self.number = number
            self.claimedAt = claimedAt
            self.former = former
        }
    }

    /// A case showing under another number than it claims.
    public struct Clash: Sendable, Equatable {
        public var id: UUID
        public var claimed: Int
        public var shown: Int
    }

    /// The number each case shows under.
    public private(set) var shown: [UUID: Int] = [:]
    public private(set) var clashes: [Clash] = []
    /// A number no case has now → the number of the case that had it.
    public private(set) var formerly: [Int: Int] = [:]
    /// The highest number claimed or shown.
    public private(set) var highest = 0

    public init(_ claims: [Claim]) {
        var byNumber: [Int: [Claim]] = [:]
        for c in claims { byNumber[c.number, default: []].append(c) }
        highest = claims.map { max($0.number, $0.former.max() ?? 0) }.max() ?? 0
        var losers: [Claim] = []
        for (n, group) in byNumber {
            let ordered = group.count == 1 ? group : group.sorted { ($0.claimedAt, $0.id.order) < ($1.claimedAt, $1.id.order) }
            shown[ordered[0].id] = n
            losers += ordered.dropFirst()
        }
        losers.sort { ($0.claimedAt, $0.id.order) < ($1.claimedAt, $1.id.order) }
        for c in losers {
            highest += 1
            shown[c.id] = highest
            clashes.append(Clash(id: c.id, claimed: c.number, shown: highest))
        }
        for c in claims {
            for old in c.former where byNumber[old] == nil { formerly[old] = shown[c.id] }
        }
        for clash in clashes where formerly[clash.claimed] == nil && byNumber[clash.claimed] == nil {
            formerly[clash.claimed] = clash.shown
        }
    }
}

extension Numbering.Claim {
    init(_ s: CaseSummary) {
        self.init(id: s.id, number: s.number, claimedAt: s.claimedAt, former: s.formerNumbers)
    }
}
