import Foundation

/// `ladder export --all --format json`: the whole store as one JSON document, every case
/// with its events as they are stored (Docs/Store.md), for `ladder import` on another
/// store or machine. Read back strictly: a document that is not one says where.
public struct StoreDocument: Codable, Sendable, Equatable {
    /// The document's own shape; a newer one is refused rather than misread.
    public static let currentVersion = 1
    /// Always "ladder-store": tells this document from a case file or a report.
    public var kind: String
    public var version: Int
    public var exported: Date
    /// Every case, in number order, with every event in the order recorded.
    public var cases: [CaseFile]

    public init(cases: [CaseFile], exported: Date) {
        kind = "ladder-store"
        version = StoreDocument.currentVersion
        self.exported = exported
        self.cases = cases.sorted { $0.number < $1.number }
    }

    /// The document's JSON, as the store writes its files (keys sorted, times with offsets).
    public func encoded(zone: TimeZone = .current) throws -> Data {
        try CaseCodec.encoder(zone: zone).encode(self) + Data("\n".utf8)
    }

    private struct Header: Decodable { var kind: String?; var version: Int? }

    /// Reads a document, or says in plain words what is wrong with it and how to make one.
    public static func decode(_ data: Data, source: String) throws(LadderError) -> StoreDocument {
        func fail(_ reason: String) -> LadderError {
            LadderError(.data, field: .file, L("\(source): \(reason); nothing was imported"),
                        hint: L("import a file made by ladder export --all --format json, or use --taskwarrior for task export"))
        }
        guard ValidUTF8.check(data) else { throw fail(L("it is not valid UTF-8 text")) }
        let header: Header
        do { header = try JSONDecoder().decode(Header.self, from: data) } catch {
            if let p = JSONPlace.problem(in: data) { throw fail(L("it is not valid JSON: \(p.description)")) }
            header = Header(kind: nil, version: nil)
        }
        guard header.kind == "ladder-store" else { throw fail(L("it is not a ladder store export (no \"kind\": \"ladder-store\")")) }
        guard let version = header.version, version <= currentVersion else {
            throw fail(L("it was written by a newer ladder (version \(header.version ?? 0); this one reads up to \(currentVersion))"))
        }
        let document: StoreDocument
        do { document = try CaseCodec.decoder().decode(StoreDocument.self, from: data) } catch {
            throw fail(CaseCodec.describe(error))
        }
        var ids = Set<UUID>()
        for c in document.cases {
            guard c.format <= CaseFile.currentFormat else {
                throw fail(L("case \(c.number) was written by a newer ladder (format \(c.format); this one reads up to \(CaseFile.currentFormat))"))
            }
            guard ids.insert(c.id).inserted else { throw fail(L("case \(c.number)'s id is there twice")) }
            guard c.events.contains(where: { $0.kind.isOpening }) else { throw fail(L("case \(c.number) has no opening event")) }
            guard (1...Store.highestNumber).contains(c.number) else { throw fail(L("case number \(c.number) is out of range")) }
        }
        return document
    }
}
