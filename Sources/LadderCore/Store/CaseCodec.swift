import Foundation

/// The JSON shape of every file ladder writes: pretty-printed, keys sorted, times in
/// ISO 8601 with the local offset, text left unescaped so Japanese stays readable.
public enum CaseCodec {
    /// Times are written in `zone` (the user's, but for tests).
    public static func encoder(zone: TimeZone = .current) -> JSONEncoder {
        let e = JSONEncoder()
        e.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        e.dateEncodingStrategy = .custom { date, encoder in
            var c = encoder.singleValueContainer()
            try c.encode(TimeText.iso(date, zone: zone))
        }
        return e
    }

    /// One line of a format-3 case file: the same, on one line.
    public static func lineEncoder(zone: TimeZone = .current) -> JSONEncoder {
        let e = encoder(zone: zone)
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return e
    }

    public static func decoder() -> JSONDecoder {
        let d = JSONDecoder()
        d.dateDecodingStrategy = .custom { decoder in
            let c = try decoder.singleValueContainer()
            let text = try c.decode(String.self)
            guard let date = TimeText.parseISO(text) else {
                throw DecodingError.dataCorruptedError(
                    in: c, debugDescription: L("\"\(text)\" is not an ISO 8601 time like 2026-06-02T17:00:00+09:00"))
            }
            return date
        }
        return d
    }

    private struct Header: Decodable { var format: Int? }

    /// Decodes a case file, or says in plain words what is wrong with it.
    public static func decodeCase(_ data: Data) throws(ProblemText) -> CaseFile {
        guard ValidUTF8.check(data) else {
            throw ProblemText(L("it is not valid UTF-8 text"))
        }
        let header: Header
        do {
            header = try JSONDecoder().decode(Header.self, from: data)
        } catch {
            throw ProblemText(describe(error))
        }
        guard let format = header.format else { throw ProblemText(L("it has no \"format\" number")) }
        guard format <= CaseFile.currentFormat else {
            throw ProblemText(L("it was written by a newer ladder (format \(format); this one reads up to \(CaseFile.currentFormat))"))
        }
        do {
            return try decoder().decode(CaseFile.self, from: data)
        } catch {
            throw ProblemText(describe(error))
        }
    }

    /// A decoding error in words, with the place in the file as a path.
    static func describe(_ error: Error) -> String {
        func path(_ keys: [CodingKey]) -> String {
            var out = ""
            for k in keys {
                if let i = k.intValue { out += "[\(i)]" } else { out += (out.isEmpty ? "" : ".") + k.stringValue }
            }
            return out.isEmpty ? L("the top level") : out
        }
        guard let e = error as? DecodingError else { return "\(error)" }
        switch e {
        case let .keyNotFound(key, ctx):
            return L("\"\(key.stringValue)\" is missing at \(path(ctx.codingPath))")
        case let .typeMismatch(type, ctx):
            return L("\(path(ctx.codingPath)) should be \(typeName(type))")
        case let .valueNotFound(type, ctx):
            return L("\(path(ctx.codingPath)) is null but should be \(typeName(type))")
        case let .dataCorrupted(ctx):
            if ctx.codingPath.isEmpty {
                return L("it is not valid JSON (truncated or hand-edited?)")
            }
            return "\(path(ctx.codingPath)): \(ctx.debugDescription)"
        @unknown default:
            return "\(error)"
        }
    }

    private static func typeName(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: return L("text")
        case is Int.Type, is Double.Type: return L("a number")
        case is Bool.Type: return L("true or false")
        default:
            let name = String(describing: type)
            return name.hasPrefix("Array") ? L("a list") : (name.hasPrefix("Dictionary") ? L("an object") : L("a \(name)"))
        }
    }
}

/// A short explanation of what is wrong with a file.
public struct ProblemText: Error, Sendable {
    public var text: String
    public init(_ text: String) { self.text = text }
}
