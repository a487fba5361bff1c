import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A Maildir folder as `ladder mail --maildir` reads it: the messages in `new` and
/// `cur`, never moved, renamed or flagged (the user's mail client owns them).
public struct Maildir: Sendable {
    public let path: String

    public init(path: String) {
        self.path = path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
    }

    /// One message file: `key` is its unique name without the `:2,FLAGS` a client adds
    /// when it moves the file from `new` to `cur`, so a message read in `new` is known
    /// again in `cur`.
    public struct Entry: Sendable, Equatable {
        public var key: String
        public var path: String
    }

    /// Every message, by name (Maildir names begin with the delivery time).
    public func entries() throws(LadderError) -> [Entry] {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path + "/new", isDirectory: &isDir), isDir.boolValue,
              FileManager.default.fileExists(atPath: path + "/cur", isDirectory: &isDir), isDir.boolValue else {
            throw LadderError(.usage, L("\(TerminalText.line(path)) is not a Maildir (it has no new and cur folders)"),
                              hint: L("give the folder that holds new/ and cur/, e.g. --maildir ~/Maildir/.companies"))
        }
        var out: [Entry] = []
        for sub in ["new", "cur"] {
            let names: [String]
            do { names = try FileSystem.names(in: path + "/" + sub) } catch {
                throw LadderError(.data, L("cannot read \(TerminalText.line(path))/\(sub): \(error)"))
            }
            for name in names where !name.hasPrefix(".") {
                let key = String(name.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)[0])
                out.append(Entry(key: key, path: path + "/" + sub + "/" + name))
            }
        }
        return out.sorted { ($0.key, $0.path) < ($1.key, $1.path) }
    }
}

/// What `ladder mail --maildir` has read, per Maildir folder: a small JSON file in the
/// store folder, one per machine (`mail-seen.HOST.json`: the folders are this machine's,
/// and a store synced between machines must not have two writers of one file).
public struct MailSeen: Sendable, Equatable {
    public var folders: [String: Set<String>]

    public init(folders: [String: Set<String>] = [:]) { self.folders = folders }

    public static func path(in store: Store, host: String = MailSeen.hostName()) -> String {
        let safe = String(host.split(separator: ".").first ?? "host").filter { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
        return store.directory + "/mail-seen.\(safe.isEmpty ? "host" : safe).json"
    }

    /// This machine's name, as `hostname` gives it (no name service is asked).
    public static func hostName() -> String {
        var buffer = [CChar](repeating: 0, count: 256)
        guard gethostname(&buffer, buffer.count - 1) == 0 else { return "host" }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// The file's contents; nothing seen when it is missing. A damaged file is an error
    /// (reading everything again would only find duplicates, but it would be slow and
    /// the user should know).
    public static func load(_ path: String) throws(LadderError) -> MailSeen {
        guard FileSystem.exists(path) else { return MailSeen() }
        let problem = L("\(path) is damaged; remove it, and ladder mail reads the folder again (mails already logged are skipped)")
        guard let data = try? FileSystem.read(path, atMost: 64 * 1024 * 1024),
              let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let folders = root["folders"] as? [String: [String]] else {
            throw LadderError(.data, problem)
        }
        return MailSeen(folders: folders.mapValues(Set.init))
    }

    /// Writes the file atomically under the store's lock (a writer holding the lock
    /// clears temporary files in the store folder, so this one's must not be in flight).
    public func save(_ path: String, in store: Store) throws {
        try store.locked { try save(path) }
    }

    /// Writes the file atomically (a crash leaves the old one or the new one).
    public func save(_ path: String) throws(LadderError) {
        let root: [String: Any] = ["version": 1, "folders": folders.mapValues { $0.sorted() }]
        do {
            let data = try JSONSerialization.data(withJSONObject: root, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
            try FileSystem.makePrivateDirectory(PathText.folder(path))
            try FileSystem.writeAtomically(data + Data("\n".utf8), to: path)
        } catch {
            throw LadderError(.data, L("cannot write \(path): \(error)"))
        }
    }

    public func hasSeen(_ entry: Maildir.Entry, in folder: Maildir) -> Bool {
        folders[folder.path]?.contains(entry.key) ?? false
    }

    public mutating func mark(_ entry: Maildir.Entry, in folder: Maildir) {
        folders[folder.path, default: []].insert(entry.key)
    }
}
