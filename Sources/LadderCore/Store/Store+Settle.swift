import Foundation

/// After a sync: what two machines did apart is made one. Reading takes every line of
/// every copy already; these write it down, under the lock, so each machine then
/// agrees without working it out again.
extension Store {
    /// A case that took a new number because another case, made at the same time on
    /// another machine, claimed its number first.
    public struct Renumbered: Sendable, Equatable, CustomStringConvertible {
        public var from: Int
        public var to: Int
        public var title: String
        /// The case that kept the number.
        public var keptBy: String
        /// The case that moved.
        public var id: UUID? = nil

        public static func == (a: Renumbered, b: Renumbered) -> Bool {
            (a.from, a.to, a.title, a.keptBy) == (b.from, b.to, b.title, b.keptBy)
        }

        public var description: String {
            L("two cases were numbered \(from) on different machines: \"\(keptBy)\" keeps \(from), and \"\(title)\" is now case \(to)")
        }
    }

    /// Records the number each clashing case shows under as its own. Returns what
    /// changed, for the user to hear.
    @discardableResult
    public func settleNumbers(now: Date) throws -> [Renumbered] {
        try locked {
            let found = try directoryOfCases()
            var out: [Renumbered] = []
            for clash in found.numbering.clashes {
                guard let name = found.names[clash.shown], var file = try? load(name: name) else { continue }
                let top = max(file.stored.places.values.map(\.clock).max() ?? 0, file.claims.map(\.clock).max() ?? 0)
                file.claims.append(NumberClaim(number: clash.shown, recorded: now, clock: top + 1))
                file.number = clash.shown
                try write(file, copies: copiesOf(name))
                let keeper = found.names[clash.claimed].flatMap { try? load(name: $0) }
                out.append(Renumbered(from: clash.claimed, to: clash.shown, title: CaseState(file).details.title,
                                      keptBy: keeper.map { CaseState($0).details.title } ?? "?", id: clash.id))
            }
            return out
        }
    }

    /// What `tidyAll` wrote again.
    public struct Tidied: Sendable {
        /// How many case files were written tidily.
        public var count = 0
        /// Whether a file was kept as it was in `backup/untidy` (files with a sync
        /// tool's copy keep the copy in `backup/sync-copies` instead).
        public var keptUntidy = false
        public var keptCopies = false
        /// Cases with an event written two ways (a hand edit on each of two machines):
        /// one version was kept, and the file with both is at `kept`.
        public var twoWays: [(number: Int, kept: String)] = []

        public static func += (a: inout Tidied, b: Tidied) {
            a.count += b.count
            a.keptUntidy = a.keptUntidy || b.keptUntidy
            a.keptCopies = a.keptCopies || b.keptCopies
            a.twoWays += b.twoWays
        }
    }

    /// Writes again every case file that a sync left untidy (a tool's copy beside it,
    /// lines twice, conflict markers), each line once; with `only`, of those files (and
    /// any with a copy) alone.
    @discardableResult
    public func tidyAll(only names: Set<String>? = nil) throws -> Tidied {
        try locked {
            let scan = try FolderScan(casesDirectory).waitSorted()
            var tidied = Tidied()
            for (name, _) in scan.files {
                let copies = scan.copies[name] ?? []
                // Only the files a merge touched, and those with copies, may be untidy.
                if let names, copies.isEmpty, !names.contains(name) { continue }
                guard case .file? = CaseName(name), let file = try? load(name: name, copies: copies),
                      file.stored.untidy || !copies.isEmpty else { continue }
                // The file as the merge left it is kept, as the sync tools' copies are.
                var kept = directory + "/backup/sync-copies"
                if copies.isEmpty {
                    kept = try keepCopy(name, in: "untidy")
                    tidied.keptUntidy = true
                } else {
                    tidied.keptCopies = true
                }
                if file.stored.versions > 0 { tidied.twoWays.append((file.number, kept)) }
                try write(file, copies: copies)
                tidied.count += 1
            }
            // A copy whose case file is gone: it becomes the case file.
            for (main, copies) in scan.copies where !FileSystem.exists(path(ofName: main)) {
                guard let first = copies.first, let data = try? FileSystem.read(path(ofName: first), atMost: Bounds.caseFileBytes),
                      let file = try? CaseLines.decode(data, copies: copies.dropFirst().compactMap { try? FileSystem.read(path(ofName: $0), atMost: Bounds.caseFileBytes) })
                else { continue }
                try write(file, copies: copies)
                tidied.count += 1
                tidied.keptCopies = true
            }
            return tidied
        }
    }
}

extension Store {
    /// Keeps a copy of a case file, as it is on disk, in `backup/<folder>/`: before it is
    /// written tidily (every copy kept, `2-<name>` and on), or before a conversion
    /// (`once`: a copy already kept is not replaced).
    /// Returns where the copy is. `data`: these bytes rather than the file's.
    @discardableResult
    func keepCopy(_ name: String, data given: Data? = nil, in folder: String, once: Bool = false) throws -> String {
        let target = directory + "/backup/" + folder
        if once, FileSystem.exists(target + "/" + name) { return target + "/" + name }
        do {
            let data = try given ?? FileSystem.read(path(ofName: name), atMost: Bounds.caseFileBytes)
            try FileSystem.makePrivateDirectory(directory + "/backup", refusingLink: true)
            try FileSystem.makePrivateDirectory(target, refusingLink: true)
            var kept = target + "/" + name
            var n = 1
            while FileSystem.exists(kept) { n += 1; kept = target + "/\(n)-" + name }
            try FileSystem.writeAtomically(data, to: kept)
            return kept
        } catch {
            throw StoreError.io("\(error)")
        }
    }
}
