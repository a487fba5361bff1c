/// Why a message could not be read. Each case names what was wrong and where, so the
/// user can see whether the file is not mail at all or a mail that is damaged.
public enum MailError: Error, Sendable, Equatable, CustomStringConvertible {
    /// More than `limit` bytes: not something a person's mail client sends.
    case tooLarge(bytes: Int, limit: Int)
    case empty
    /// The first line is not a header field (`Name: value`).
    case notAMessage(firstLine: String)
    /// A header line holds a NUL or other binary bytes.
    case binaryHeader(line: Int)
    /// A header line that is not a field, not a continuation and not the blank line.
    case badHeaderLine(line: Int, text: String)
    case lineTooLong(line: Int, bytes: Int, limit: Int)
    /// A multipart part (`part` as "1.2", "" for the message itself) without a boundary.
    case missingBoundary(part: String)
    case boundaryNotFound(part: String, boundary: String)
    case badBase64(part: String)
    case tooDeep(part: String, limit: Int)
    case tooManyParts(limit: Int)

    public var description: String {
        switch self {
        case let .tooLarge(bytes, limit):
            L("The message is \(bytes) bytes long; ladder reads messages of up to \(limit) bytes.")
        case .empty:
            L("The message is empty.")
        case let .notAMessage(firstLine):
            L("This is not a mail message: its first line is not a header field: \(firstLine)")
        case let .binaryHeader(line):
            L("The message header holds binary data on line \(line).")
        case let .badHeaderLine(line, text):
            L("Line \(line) of the message header is not a header field: \(text)")
        case let .lineTooLong(line, bytes, limit):
            L("Line \(line) of the message is \(bytes) bytes long; the limit is \(limit).")
        case let .missingBoundary(part):
            L("The multipart body of \(MailError.partName(part)) has no boundary parameter.")
        case let .boundaryNotFound(part, boundary):
            L("The multipart body of \(MailError.partName(part)) never uses its boundary \"\(boundary)\".")
        case let .badBase64(part):
            L("The base64 of \(MailError.partName(part)) is damaged.")
        case let .tooDeep(part, limit):
            L("Part \(part) is nested more than \(limit) levels deep.")
        case let .tooManyParts(limit):
            L("The message has more than \(limit) parts.")
        }
    }

    /// "the message" or "part 1.2", in the current language.
    static func partName(_ part: String) -> String {
        part.isEmpty ? L("the message") : L("part \(part)")
    }

    /// As the other faces report input errors: the data could not be used (exit 65).
    public var ladderError: LadderError { LadderError(.data, description) }
}
