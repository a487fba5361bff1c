import Foundation

/// What this machine's user knew a case as. After a sync moves one of their cases to a
/// new number (another machine's case claimed it first), the old number names that
/// other case; for four weeks, using it says so, so that a note typed out of habit is
/// not mistaken. Kept in `renumbered.json`, per machine (never synced).
extension Store {
    struct RenumberedNote: Codable {
        var from: Int
        var to: Int
        var title: String
        var at: Date
    }

    var renumberedPath: String { directory + "/renumbered.json" }
    static let renumberedFor: TimeInterval = 28 * 86_400

    /// Remembers cases of this machine that moved, for `load` to tell.
    func remember(_ moved: [Renumbered], now: Date) {
        guard !moved.isEmpty else { return }
        var notes = renumberedNotes().filter { now.timeIntervalSince($0.at) < Store.renumberedFor }
        notes.removeAll { n in moved.contains { $0.from == n.from } }
        notes += moved.map { RenumberedNote(from: $0.from, to: $0.to, title: $0.title, at: now) }
        if let data = try? CaseCodec.encoder().encode(notes) {
            try? FileSystem.writeAtomically(data, to: renumberedPath, durable: false)
        }
    }

    func renumberedNotes() -> [RenumberedNote] {
        guard let data = try? FileSystem.read(renumberedPath, atMost: 1 << 20) else { return [] }
        return (try? CaseCodec.decoder().decode([RenumberedNote].self, from: data)) ?? []
    }

    /// The note for a number this machine's user knew another case by, if recent.
    func renumberedNote(for number: Int) -> RenumberedNote? {
        renumberedNotes().last { $0.from == number }
    }
}
