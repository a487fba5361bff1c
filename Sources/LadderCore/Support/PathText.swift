import Foundation

/// The folder and the name in a path, by its last `/`. Foundation's
/// `deletingLastPathComponent` crashes on Linux for a one-character relative path
/// (`--store a`), so ladder takes paths apart itself.
enum PathText {
    /// `a/b/c` → `a/b`; `/c` → `/`; `c` → `` (the current folder).
    static func folder(_ path: String) -> String {
        var p = Substring(path)
        while p.count > 1, p.hasSuffix("/") { p = p.dropLast() }
        guard let slash = p.lastIndex(of: "/") else { return "" }
        if slash == p.startIndex { return "/" }
        var folder = p[..<slash]
        while folder.count > 1, folder.hasSuffix("/") { folder = folder.dropLast() }
        return String(folder)
    }

    /// `a/b/c` → `c`; `c/` → `c`.
    static func name(_ path: String) -> String {
        var p = Substring(path)
        while p.count > 1, p.hasSuffix("/") { p = p.dropLast() }
        guard let slash = p.lastIndex(of: "/"), p != "/" else { return String(p) }
        return String(p[p.index(after: slash)...])
    }
}
