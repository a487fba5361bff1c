import Foundation

/// The notify hook's memory on this machine: the replies it has already been told are
/// overdue, by id, so each is told once. Kept in `notified.json` in the store folder, a
/// per-machine file (Docs/Store.md): two machines syncing a store each notify their own.
public struct NotifiedReplies: Equatable, Sendable {
    public var ids: Set<UUID>

    public init(ids: Set<UUID> = []) { self.ids = ids }

    public static func path(in store: Store) -> String { store.directory + "/notified.json" }

    /// The file's replies; none when it is not there. A file that cannot be read as one
    /// is a problem said to the caller, and counts as none (at worst a reply is told twice).
    public static func load(_ path: String) -> (NotifiedReplies, problem: String?) {
        guard FileSystem.exists(path) else { return (NotifiedReplies(), nil) }
        do {
            let data = try FileSystem.read(path, atMost: Bounds.caseFileBytes)
            let file = try JSONDecoder().decode(Stored.self, from: data)
            return (NotifiedReplies(ids: Set(file.replies)), nil)
        } catch {
            return (NotifiedReplies(), L("\(path) cannot be read (\(error)); it is written again after this notice"))
        }
    }

    /// Writes the file atomically (0600), ids in order so it is the same for the same set.
    public func save(_ path: String) throws(StoreError) {
        let stored = Stored(version: 1, replies: ids.sorted { $0.uuidString < $1.uuidString })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        do {
            try FileSystem.writeAtomically(try encoder.encode(stored) + Data("\n".utf8), to: path)
        } catch {
            throw .io(L("cannot write \(path): \(error)"))
        }
    }

    private struct Stored: Codable {
        var version: Int
        var replies: [UUID]
    }
}

extension OverdueReport {
    /// The ids of the replies in the report.
    public var replyIDs: [UUID] { groups.flatMap { $0.items.map(\.reply.reply.id) } }

    /// The same report holding only the replies not in `told`: what the notify hook is
    /// given. Organisations left with nothing go.
    public func leaving(out told: NotifiedReplies) -> OverdueReport {
        var narrowed = self
        narrowed.groups = groups.compactMap { g in
            let items = g.items.filter { !told.ids.contains($0.reply.reply.id) }
            return items.isEmpty ? nil : (g.organisation, items)
        }
        return narrowed
    }
}
