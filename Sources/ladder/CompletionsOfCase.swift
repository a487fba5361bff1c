import ArgumentParser
import Foundation
import LadderCore

/// Completions that depend on the case typed earlier on the line (`clear 4 <Tab>`,
/// `log 4 --with <Tab>`): its open replies, its organisation's contact points, the people
/// it has spoken to. Like the others, they read one case file at most and never fail.
extension Completions {
    /// The open replies of the case: `clear 4 <Tab>` offers `1`, `2` with what each is.
    @Sendable static func replies(_ words: [String], _ index: Int, _ prefix: String) -> [String] {
        guard let state = typedCase(words, before: index) else { return [] }
        return state.openReplies.filter { String($0.item).hasPrefix(prefix) }.map { r in
            described(String(r.item), "\(r.reply.owedBy.name): \(r.reply.what)")
        }
    }

    /// Contact points for `--desk`/`--point` and `--with`: the case organisation's first
    /// (all organisations' when no case is typed), then the desks the case has used.
    @Sendable static func contactPoints(_ words: [String], _ index: Int, _ prefix: String) -> [String] {
        let state = typedCase(words, before: index)
        var names: [String] = []
        if let config = try? ConfigFile.load(ConfigFile.path(environment: ProcessInfo.processInfo.environment), userZone: .current) {
            let orgs = state.flatMap { config.organisation(for: $0.details.organisation) }.map { [$0] } ?? config.organisations
            for o in orgs { names += o.contactPoints.map(\.name) }
        }
        names += recorded(in: state) { $0.desk }
        return matching(names, prefix)
    }

    /// `--with`: the people this case has spoken to, then its contact points.
    @Sendable static func people(_ words: [String], _ index: Int, _ prefix: String) -> [String] {
        let state = typedCase(words, before: index)
        return matching(recorded(in: state) { $0.with } + contactPoints(words, index, prefix), prefix)
    }

    /// The case whose number follows the subcommand, when there is one.
    static func typedCase(_ words: [String], before index: Int) -> CaseState? {
        let typed = words.prefix(max(0, min(index, words.count)))
        for (i, w) in typed.enumerated().dropFirst(2) where !typed[i - 1].hasPrefix("-") {
            guard !w.hasPrefix("-"), let n = CaseNumber(argument: w) else { continue }
            let store = Store(directory: StoreLocation.resolve(flag: storeFlag(words), environment: ProcessInfo.processInfo.environment))
            return (try? store.load(n.value)).map(CaseState.init)
        }
        return nil
    }

    private static func recorded(in state: CaseState?, _ field: (Contact) -> String?) -> [String] {
        guard let state else { return [] }
        return state.timeline.reversed().compactMap { e -> String? in
            if case let .contact(c) = e.kind { return field(c) }
            return nil
        }
    }

    /// Each name once, in order, that starts with what is typed (folded as the filter folds).
    private static func matching(_ names: [String], _ prefix: String) -> [String] {
        let folded = SearchFold.fold(prefix)
        var seen: Set<String> = []
        return names.filter { SearchFold.fold($0).hasPrefix(folded) && seen.insert($0).inserted }
    }
}
