import Foundation

extension Store {
    /// What a backup leaves out, as `tar --exclude` patterns relative to the store folder:
    /// the lock, temp files, the index (made again from the case files) and this machine's
    /// own `notified.json` (Docs/Store.md).
    public static let backupExclusions = ["./lock", "./index.jsonl", "./index-heads.jsonl", "./index-summaries.bin", "./notified.json", "./.tmp", "./cases/.tmp", "*.tmp"]

    /// Runs `body` holding the store's write lock, so no change lands half-way through a
    /// backup; changes nothing itself. A store that is not there is refused.
    public func whileNoOneWrites<T>(_ body: () throws -> T) throws -> T {
        guard FileSystem.exists(casesDirectory) else {
            throw LadderError(.data, field: nil, L("there is no store at \(directory) yet: nothing to back up"),
                              hint: L("give the store with --store DIR or LADDER_STORE"))
        }
        return try locked(repairing: true, body)
    }

    /// `ladder-backup-2026-12-02.tar.gz`: the day of `now` in `zone`.
    public static func backupName(now: Date, zone: TimeZone) -> String {
        "ladder-backup-\(LocalClock(zone: zone).split(now).day).tar.gz"
    }
}
