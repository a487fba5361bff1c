import Foundation

/// Channels and failure reasons as people type them: the English words the command
/// line shows, and the Japanese a Japanese user writes (the names ladder shows, and
/// common synonyms). Full-width letters count as their ASCII forms (ＦＡＸ).
extension Channel {
    public init?(loose text: String) {
        let word = text.precomposedStringWithCompatibilityMapping.trimmingCharacters(in: .whitespaces).lowercased()
        if word == "post" { self = .letter; return }
        if let c = Channel(rawValue: word) { self = c; return }
        let japanese: [String: Channel] = [
            "電話": .phone, "メール": .email, "eメール": .email, "電子メール": .email, "ウェブ": .web,
            "ウェブフォーム": .web, "問い合わせフォーム": .web, "来店": .visit, "訪問": .visit, "窓口": .visit,
            "郵便": .letter, "手紙": .letter, "書面": .letter, "ファックス": .fax, "ファクス": .fax,
            "チャット": .chat, "sns": .social,
        ]
        guard let c = japanese[word] else { return nil }
        self = c
    }
}

extension FailureReason {
    public init?(loose text: String) {
        let word = text.precomposedStringWithCompatibilityMapping.trimmingCharacters(in: .whitespaces).lowercased()
        if let f = FailureReason(rawValue: word) { self = f; return }
        let japanese: [String: FailureReason] = [
            "応答なし": .noAnswer, "つながらない": .noAnswer, "出ない": .noAnswer, "番号違い": .wrongNumber,
            "不達": .bounced, "エラー返送": .bounced, "受付時間外": .lineClosed, "時間外": .lineClosed,
            "使われていない番号": .outOfService, "現在使われておりません": .outOfService, "その他": .other,
        ]
        guard let f = japanese[word] else { return nil }
        self = f
    }
}
