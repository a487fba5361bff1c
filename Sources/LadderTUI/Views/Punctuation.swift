import LadderCore

/// The marks between parts of a line, in the language of the moment. Like dates and
/// durations they are written by code, not sentences: Japanese lists take 、, a label
/// takes ：, an aside （）, and its sentences end in 。.
enum Punctuation {
    private static var japanese: Bool { Language.current == .ja }

    /// Between the items of a list: `, ` (English), `、` (Japanese).
    static var comma: String { japanese ? "、" : ", " }

    static func list(_ items: [String]) -> String { items.joined(separator: comma) }

    /// A label and its text: `title: why`, `件名：理由`.
    static func colon(_ label: String, _ text: String) -> String { japanese ? "\(label)：\(text)" : "\(label): \(text)" }

    /// An aside: ` (who)`, `（担当）`.
    static func paren(_ text: String) -> String { japanese ? "（\(text)）" : " (\(text))" }

    /// A message and what to do about it: `message; hint`. In Japanese the two are
    /// sentences, so the first is closed with 。 where it is not already.
    static func then(_ first: String, _ second: String) -> String {
        guard japanese else { return "\(first); \(second)" }
        let closed = first.last.map { "。．！？）」".contains($0) } ?? true
        return first + (closed ? "" : "。") + second
    }
}
