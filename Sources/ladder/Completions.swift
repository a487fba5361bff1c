import ArgumentParser
import Foundation
import LadderCore

/// What the shells complete from the store and the config, called back by the
/// completion scripts (`ladder ---completion …`) as the user presses Tab: case
/// numbers with their titles, organisation names. It reads the index, so it is quick at
/// any size, and it never fails: a shell shows nothing rather than an error.
enum Completions {
    /// Case numbers: open cases first, then closed ones, each with its title where the
    /// shell can show one (zsh `12:title`, fish `12<TAB>title`).
    @Sendable static func caseNumbers(_ words: [String], _ index: Int, _ prefix: String) -> [String] {
        let store = Store(directory: StoreLocation.resolve(flag: storeFlag(words), environment: ProcessInfo.processInfo.environment))
        guard let summaries = try? store.summaries().summaries else { return [] }
        let ordered = summaries.filter(\.isWatched).sorted { $0.number < $1.number }
            + summaries.filter { !$0.isWatched }.sorted { $0.number < $1.number }
        let digits = prefix.hasPrefix("#") ? String(prefix.dropFirst()) : prefix
        return ordered.filter { String($0.number).hasPrefix(digits) }.map { s in
            described(String(s.number), s.details.title)
        }
    }

    /// Organisation names: the configured ones and their aliases, then those the cases use.
    @Sendable static func organisations(_ words: [String], _ index: Int, _ prefix: String) -> [String] {
        let environment = ProcessInfo.processInfo.environment
        var names: [String] = []
        if let config = try? ConfigFile.load(ConfigFile.path(environment: environment), userZone: .current) {
            for org in config.organisations { names.append(org.name); names += org.aliases }
        }
        let store = Store(directory: StoreLocation.resolve(flag: storeFlag(words), environment: environment))
        if let summaries = try? store.summaries().summaries {
            for s in summaries where !names.contains(s.details.organisation) { names.append(s.details.organisation) }
        }
        let folded = SearchFold.fold(prefix)
        return names.filter { SearchFold.fold($0).hasPrefix(folded) }
    }

    /// `--store DIR` or `--store=DIR` among the words typed so far.
    static func storeFlag(_ words: [String]) -> String? {
        var flag: String?
        var rest = words[...]
        while let w = rest.popFirst() {
            if w == "--store" { flag = rest.popFirst() } else if w.hasPrefix("--store=") { flag = String(w.dropFirst(8)) }
        }
        return flag
    }

    /// A candidate with its description, in the requesting shell's syntax.
    static func described(_ value: String, _ description: String) -> String {
        let line = description.replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\t", with: " ")
        switch CompletionShell.requesting {
        case .zsh?: return value + ":" + line.replacingOccurrences(of: ":", with: "\\:")
        case .fish?: return value + "\t" + line
        default: return value
        }
    }
}
