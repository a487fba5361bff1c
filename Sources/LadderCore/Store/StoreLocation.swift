import Foundation

/// Where the store lives: `--store DIR`, else `$LADDER_STORE`, else
/// `$XDG_DATA_HOME/ladder`, else `~/.local/share/ladder`.
public enum StoreLocation {
    public static func resolve(flag: String?, environment: [String: String]) -> String {
        if let f = flag, !f.isEmpty { return expand(f, environment) }
        if let s = environment["LADDER_STORE"], !s.isEmpty { return expand(s, environment) }
        if let x = environment["XDG_DATA_HOME"], x.hasPrefix("/") { return x + "/ladder" }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return home + "/.local/share/ladder"
    }

    private static func expand(_ path: String, _ environment: [String: String]) -> String {
        if path == "~" || path.hasPrefix("~/"), let home = environment["HOME"] {
            return home + path.dropFirst()
        }
        return path
    }
}
