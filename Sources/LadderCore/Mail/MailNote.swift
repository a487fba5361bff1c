/// Something the parser repaired or guessed while reading a message, kept so that
/// `ladder mail --dry-run` can say why a character or a date looks odd.
public enum MailNote: Sendable, Equatable, CustomStringConvertible {
    /// The labelled charset failed; the text was read with its superset instead.
    case charsetFallback(label: String, used: String)
    /// The label is not a charset iconv knows; the text was read as `used`.
    case unknownCharset(label: String, used: String)
    /// No charset fitted every byte; `count` bytes became U+FFFD.
    case undecodableBytes(charset: String, count: Int)
    /// 8-bit text without a charset label (or labelled US-ASCII), read as `used`.
    case unlabelled8Bit(used: String)
    case unreadableDate(String)
    /// A multipart ended without its closing boundary (a truncated message).
    case unclosedMultipart(part: String)

    public var description: String {
        switch self {
        case let .charsetFallback(label, used):
            L("Text labelled \(label) was read as \(used), its superset.")
        case let .unknownCharset(label, used):
            L("Unknown charset \(label); the text was read as \(used).")
        case let .undecodableBytes(charset, count):
            L("\(count) bytes could not be read as \(charset) and were replaced.")
        case let .unlabelled8Bit(used):
            L("Text without a charset label was read as \(used).")
        case let .unreadableDate(text):
            L("Cannot read the date \"\(text)\".")
        case let .unclosedMultipart(part):
            L("The multipart \(MailError.partName(part)) has no closing boundary.")
        }
    }
}
