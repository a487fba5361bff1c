import Foundation
import Testing
@testable import LadderCore
import LadderTestSupport

/// Any interleaving converges: two or three machines doing any mix of add, log, await,
/// clear, escalate, close, reopen, undo, edit and note, syncing pairwise in any order
/// with ladder's merge driver or git's plain line union, end with the same list and
/// the same case for every number; no event lost, none twice, every number once.
/// `LADDER_SYNC_SEEDS` runs more seeds (Docs/Sync.md).
@Suite struct ConvergenceTests {
    static let seeds = runSize("LADDER_SYNC_SEEDS", default: 500)

    @Test func anyInterleavingConverges() throws {
        for seed in 0..<Self.seeds {
            try run(seed: UInt64(seed))
        }
    }

    private func run(seed: UInt64) throws {
        var dice = Dice(state: seed &* 2654435761 &+ 7)
        let machines = 2 + dice.next(2)
        let replicas = Replicas(machines)
        var now = Date(timeIntervalSince1970: 1_780_000_000)
        let steps = 6 + dice.next(10)
        for _ in 0..<steps {
            now += TimeInterval(60 * (1 + dice.next(90)))
            let m = dice.next(machines)
            switch dice.next(10) {
            case 0...5: try act(on: replicas.stores[m], dice: &dice, now: now)
            case 6...8:
                var other = dice.next(machines)
                if other == m { other = (m + 1) % machines }
                replicas.sync(m, other, by: dice.pick(Replicas.Merge.allCases))
            default:
                // As ladder sync does after merging.
                _ = try replicas.stores[m].settleNumbers(now: now)
            }
            replicas.collect(m)
        }
        // Everyone syncs with everyone until nothing more comes: the files are then the same.
        for _ in 0..<2 { for i in 0..<machines { for j in 0..<machines where i < j { replicas.sync(i, j, by: dice.pick(Replicas.Merge.allCases)) } } }
        let context = Comment(rawValue: "seed \(seed), \(machines) machines, \(steps) steps")
        try expectSame(replicas, context)
        // A sync settles the numbers; after it travels, every number names one case.
        now += 60
        _ = try replicas.stores[dice.next(machines)].settleNumbers(now: now)
        for _ in 0..<2 { for i in 0..<machines { for j in 0..<machines where i < j { replicas.sync(i, j, by: .driver) } } }
        try expectSame(replicas, context)
        let numbers = try replicas.stores[0].summaries().summaries.map(\.number)
        #expect(Set(numbers).count == numbers.count, context)
        #expect(try replicas.stores[0].directoryOfCases().numbering.clashes.isEmpty, context)
    }

    private func expectSame(_ replicas: Replicas, _ context: Comment) throws {
        let first = try replicas.stores[0].summaries(search: true).summaries
        let firstCases = try replicas.stores[0].loadAll().cases
        for s in replicas.stores.dropFirst() {
            #expect(try s.summaries(search: true).summaries == first, context)
            let cases = try s.loadAll().cases
            #expect(cases == firstCases, context)
            #expect(cases.map { CaseState($0).summary } == firstCases.map { CaseState($0).summary }, context)
        }
        // No event lost, none counted twice.
        var seen = Set<UUID>()
        for file in firstCases {
            for e in file.events { #expect(seen.insert(e.id).inserted, context) }
        }
        #expect(seen == replicas.written, context)
    }

    /// One random thing a user does on one machine; refusals (closing a closed case) are fine.
    private func act(on store: Store, dice: inout Dice, now: Date) throws {
        let numbers = (try? store.summaries().summaries.map(\.number)) ?? []
        if numbers.isEmpty || dice.next(5) == 0 {
            try store.create { n in
                try CaseFile.open(number: n, details: CaseDetails(title: "case \(dice.next(1000))", organisation: dice.pick(["Docomo", "ISP"])),
                                  rung: .shop, note: nil,
                                  replies: dice.next(2) == 0 ? [ReplyRequest(what: "an answer", owedBy: .them, due: now + 3600)] : [],
                                  at: now, now: now)
            }
            return
        }
        let number = dice.pick(numbers)
        let action: CaseAction
        switch dice.next(10) {
        case 0: action = .log(Contact(channel: .phone, direction: dice.pick([.outgoing, .incoming, .failed]), failure: nil, note: "call \(dice.next(100))"))
        case 1: action = .raise(what: "reply \(dice.next(100))", owedBy: dice.pick([.them, .me]), who: nil, due: now + TimeInterval(3600 * (1 + dice.next(48))))
        case 2: action = .clear(item: nil, broken: dice.next(2) == 0, note: nil)
        case 3: action = .escalate(to: nil, reason: "no answer", leftOpen: dice.pick(LeftOpen.allCases))
        case 4: action = .close(.resolved, note: nil)
        case 5: action = .reopen(reason: "it came back")
        case 6: action = .undo(event: nil, note: nil)
        case 7: action = .edit(CaseEdit(title: "renamed \(dice.next(100))"))
        case 8: action = .ask("a refund")
        default: action = .note("note \(dice.next(100))")
        }
        do {
            try store.update(number) { file in _ = try file.record(action, at: now, now: now) }
        } catch is LadderError {
            // The action does not fit the case as it stands here: nothing written.
        }
    }
}
