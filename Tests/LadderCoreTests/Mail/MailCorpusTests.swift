import Foundation
import LadderTestSupport
import Testing
@testable import LadderCore

/// The corpus (Corpus/NN-name.eml, made by Scripts/make-mail-corpus.py) read field by
/// field against each message's NN-name.expected.json.
@Suite struct MailCorpusTests {
    static let folder = repositoryRoot.appendingPathComponent("Tests/LadderCoreTests/Mail/Corpus")

    static var names: [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return files.filter { $0.hasSuffix(".eml") }.map { String($0.dropLast(4)) }.sorted()
    }

    struct Address: Decodable, Equatable {
        var name: String?
        var address: String
    }

    struct ExpectedBounce: Decodable {
        var finalRecipient: String
        var action: String
        var status: String
        var diagnostic: String?
        var reportingMTA: String?
        var originalMessageId: String?
        var originalSubject: String?
        var originalTo: [Address]
    }

    struct Expected: Decodable {
        var error: String?
        var messageId: String?
        var inReplyTo: String?
        var references: [String]?
        var date: String?
        var from: Address?
        var to: [Address]?
        var cc: [Address]?
        var subject: String?
        var autoReply: Bool?
        var autoReplyRule: String?
        var bounce: ExpectedBounce?
        var textContains: [String]?
        var textLacks: [String]?
        var meaningfulLines: [String]?
        var attachments: [String]?
        var notes: [String]?
    }

    static func bytes(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: folder.appendingPathComponent(name + ".eml")))
    }

    static func expected(_ name: String) throws -> Expected {
        try JSONDecoder().decode(Expected.self, from: Data(contentsOf: folder.appendingPathComponent(name + ".expected.json")))
    }

    static func addresses(_ list: [MailAddress]) -> [Address] { list.map { Address(name: $0.name, address: $0.address) } }

    @Test func theCorpusIsThere() {
        #expect(Self.names.count >= 25)
    }

    @Test(arguments: names)
    func readsAsExpected(_ name: String) throws {
        let want = try Self.expected(name)
        let bytes = try Self.bytes(name)
        if let wanted = want.error {
            do {
                _ = try MailMessage.parse(bytes: bytes)
                Issue.record("\(name) was read; expected \(wanted)")
            } catch {
                #expect(error.kindName == wanted, "\(name): \(error)")
            }
            return
        }
        let m = try MailMessage.parse(bytes: bytes)
        #expect(m.messageId == want.messageId, "\(name)")
        #expect(m.inReplyTo == want.inReplyTo, "\(name)")
        #expect(m.references == want.references ?? [], "\(name)")
        #expect(m.date.map { ISO8601DateFormatter().string(from: $0) } == want.date, "\(name)")
        #expect(m.from.map { Address(name: $0.name, address: $0.address) } == want.from, "\(name)")
        #expect(Self.addresses(m.to) == want.to ?? [], "\(name)")
        #expect(Self.addresses(m.cc) == want.cc ?? [], "\(name)")
        #expect(m.subject == want.subject, "\(name)")
        #expect(m.autoReply == want.autoReply, "\(name)")
        #expect(m.autoReplyRule == want.autoReplyRule, "\(name)")
        for piece in want.textContains ?? [] { #expect(m.text.contains(piece), "\(name): no \(piece.debugDescription) in\n\(m.text)") }
        for piece in want.textLacks ?? [] { #expect(!m.text.contains(piece), "\(name): \(piece.debugDescription) in\n\(m.text)") }
        #expect(m.meaningfulLines(limit: 5) == want.meaningfulLines, "\(name)")
        #expect(m.attachments == want.attachments, "\(name)")
        #expect(m.notes.map(\.kindName) == want.notes, "\(name): \(m.notes)")
        if let b = want.bounce {
            let got = try #require(m.bounce, "\(name): no bounce")
            #expect(got.finalRecipient == b.finalRecipient)
            #expect(got.action == b.action)
            #expect(got.status == b.status)
            #expect(got.diagnostic == b.diagnostic)
            #expect(got.reportingMTA == b.reportingMTA)
            #expect(got.originalMessageId == b.originalMessageId)
            #expect(got.originalSubject == b.originalSubject)
            #expect(Self.addresses(got.originalTo) == b.originalTo)
        } else {
            #expect(m.bounce == nil, "\(name)")
        }
    }
}

extension MailError {
    /// `missingBoundary` of `.missingBoundary(part: "")`, as the sidecars name errors.
    var kindName: String {
        switch self {
        case .tooLarge: "tooLarge"
        case .empty: "empty"
        case .notAMessage: "notAMessage"
        case .binaryHeader: "binaryHeader"
        case .badHeaderLine: "badHeaderLine"
        case .lineTooLong: "lineTooLong"
        case .missingBoundary: "missingBoundary"
        case .boundaryNotFound: "boundaryNotFound"
        case .badBase64: "badBase64"
        case .tooDeep: "tooDeep"
        case .tooManyParts: "tooManyParts"
        }
    }
}

extension MailNote {
    var kindName: String {
        switch self {
        case .charsetFallback: "charsetFallback"
        case .unknownCharset: "unknownCharset"
        case .undecodableBytes: "undecodableBytes"
        case .unlabelled8Bit: "unlabelled8Bit"
        case .unreadableDate: "unreadableDate"
        case .unclosedMultipart: "unclosedMultipart"
        }
    }
}
