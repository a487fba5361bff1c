import Foundation

/// Small pieces the documents share: the words for a case's status and a promise's
/// outcome, and the punctuation around values, which Japanese writes full-width.
enum DocumentWords {
    /// `open`, `resolved` …: the status as people read it; `rawValue` in English.
    static func status(_ s: CaseStatus) -> String {
        switch s {
        case .open: L("open")
        case .resolved: Resolution.resolved.name
        case .partlyResolved: Resolution.partlyResolved.name
        case .abandoned: Resolution.abandoned.name
        case .regulator: Resolution.regulator.name
        case .withdrawn: L("withdrawn")
        }
    }

    /// `kept`, `late`, `broken`.
    static func outcome(_ o: ReplyOutcome) -> String {
        switch o {
        case .kept: L("kept")
        case .late: L("late")
        case .broken: L("broken")
        }
    }

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
