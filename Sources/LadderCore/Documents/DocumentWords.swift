import Foundation

/// Small pieces the documents share: the punctuation around values, which Japanese
/// writes full-width.
enum DocumentWords {
    /// ` (text)` in English, `（text）` in Japanese.
    static func paren(_ text: String) -> String {
        Language.current == .ja ? "（\(text)）" : " (\(text))"
    }

    /// The separator of a list: `, ` or `、`.
    static var comma: String { Language.current == .ja ? "、" : ", " }

    /// Between a label and its text: `: ` or `：`.
    static var colon: String { Language.current == .ja ? "：" : ": " }
}

extension Organisation {
    /// The language documents to this organisation are written in: its own `language`,
    /// else the current one. For front ends; the command line also weighs `--lang`.
    public static func documentLanguage(for organisation: String, config: Config?) -> Language {
        config?.organisation(for: organisation)?.language ?? Language.current
    }
}
