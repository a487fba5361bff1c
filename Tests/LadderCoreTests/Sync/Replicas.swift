import Foundation
@testable import LadderCore
import LadderTestSupport

/// Machines that share one store the way git or a sync tool would: each has a store
/// folder of its own, and a sync brings two folders to the same case files, merging a
/// file both changed with ladder's merge driver or with git's line union (what a clone
/// without the driver, or a hosting service, does).
final class Replicas {
    let root: String
    let stores: [Store]
    /// Every event and claim id any machine wrote, to prove none is lost.
    var written = Set<UUID>()

    init(_ count: Int) {
        // Under /dev/shm when there is one: the stores flush every write.
        let base = FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory()
        root = base + "/ladder-replicas-" + UUID().uuidString
        stores = (0..<count).map { Store(directory: "\(base)/ladder-replicas-\(UUID().uuidString)/m\($0)") }
        for s in stores { try? FileManager.default.createDirectory(atPath: s.casesDirectory, withIntermediateDirectories: true) }
    }

    deinit {
        for s in stores { try? FileManager.default.removeItem(atPath: (s.directory as NSString).deletingLastPathComponent) }
    }

    enum Merge: CaseIterable { case driver, union }

    /// Brings two machines' case files together, as a git merge followed by the other
    /// side fast-forwarding (or a sync tool settling) does.
    func sync(_ i: Int, _ j: Int, by merge: Merge) {
        let a = stores[i], b = stores[j]
        let names = Set(Self.caseNames(a) + Self.caseNames(b))
        for name in names.sorted() {
            let da = FileManager.default.contents(atPath: a.path(ofName: name))
            let db = FileManager.default.contents(atPath: b.path(ofName: name))
            let result: Data
            switch (da, db) {
            case let (x?, nil): result = x
            case let (nil, y?): result = y
            case let (x?, y?):
                if x == y { continue }
                switch merge {
                case .driver:
                    guard case let .merged(m) = CaseMerge.merge(ours: x, theirs: y) else { fatalError("not a case file: \(name)") }
                    result = m
                case .union:
                    result = CaseMerge.textUnion(x, y)
                }
            case (nil, nil): continue
            }
            Self.put(result, at: a.path(ofName: name))
            Self.put(result, at: b.path(ofName: name))
        }
    }

    static func caseNames(_ s: Store) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: s.casesDirectory)) ?? []).filter {
            if case .file? = CaseName($0) { return true }
            return false
        }
    }

    /// As git checks a file out: a new file put in place.
    static func put(_ data: Data, at path: String) {
        if FileManager.default.contents(atPath: path) == data { return }
        let temp = path + ".sync"
        FileManager.default.createFile(atPath: temp, contents: data)
        rename(temp, path)
    }

    /// Notes every id in the machine's files.
    func collect(_ i: Int) {
        for file in (try? stores[i].loadAll().cases) ?? [] {
            for e in file.events { written.insert(e.id) }
        }
    }
}
