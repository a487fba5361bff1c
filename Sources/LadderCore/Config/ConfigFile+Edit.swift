import Foundation

extension ConfigFile {
    /// What `ladder config --edit` starts from when there is no config yet.
    public static let starter = """
        {
          "version": 1,
          "organisations": []
        }

        """

    /// The file's bytes as they are, or nil when there is none.
    public static func text(_ path: String) throws(ConfigError) -> Data? {
        guard FileSystem.exists(path) else { return nil }
        do { return try FileSystem.read(path, atMost: 1_048_576) } catch {
            throw ConfigError(file: path, message: L("cannot read it (\(error))"), hint: L("check its permissions"))
        }
    }

    /// Puts `data`, already checked with `decode`, in place of the config as the user wrote
    /// it (their layout and order kept), atomically (0600) and under the config's lock.
    /// `expected` is the file as it was when the edit began: if another ladder changed it
    /// since, nothing is written, so neither change is lost unseen.
    public static func replace(_ path: String, with data: Data, expected: Data?) throws(ConfigError) {
        let dir = PathText.folder(path)
        do { try FileSystem.makePrivateDirectory(dir) } catch {
            throw ConfigError(file: path, message: L("cannot create its folder (\(error))"))
        }
        let lock: StoreLock
        do { lock = try StoreLock(path: path + ".lock") } catch {
            throw ConfigError(file: path, message: "\(error)", hint: L("another ladder may be writing it; try again"))
        }
        try withExtendedLifetime(lock) { () throws(ConfigError) in
            guard try text(path) == expected else {
                throw ConfigError(file: path, message: L("it was changed by another ladder while you edited it; it was left as that one wrote it"),
                                  hint: L("run ladder config --edit again"))
            }
            do { try FileSystem.writeAtomically(data, to: path) } catch {
                throw ConfigError(file: path, message: L("cannot write it (\(error))"))
            }
        }
    }
}
