import Foundation

/// Who in a case is a person (redacted when published) and who is a desk (kept), and
/// the forms in which a reader would recognise a person's name.
public enum PersonNames {
    /// Honorifics that follow a Japanese name, longest first.
    static let honorifics = ["ちゃん", "さん", "くん", "様", "氏", "殿", "さま"]
    /// Titles that may follow a Japanese name (田中課長): kept, they name no one.
    static let titles = ["責任者", "担当者", "課長", "部長", "店長", "主任", "係長", "担当", "室長", "所長", "社長"]
    /// Particles after a name (田中は, 田中から); の only before a role word.
    static let particles = ["から", "より", "は", "が", "に", "へ", "と", "も", "を", "で"]
    static let roleAfterNo = ["担当", "上司", "説明", "話", "回答", "対応", "電話", "方"]
    /// Titles before a Latin name.
    static let latinTitles = ["mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr", "miss"]

    /// Words that describe a desk or a role, not a person: a value made only of them
    /// (`network team`, `counter manager`) is a desk.
    static let roleWords: Set<String> = [
        "network", "team", "desk", "department", "dept", "centre", "center", "call", "support", "service", "services",
        "office", "counter", "manager", "supervisor", "operator", "agent", "specialist", "staff", "clerk", "representative",
        "relations", "customer", "customers", "technical", "tech", "fault", "faults", "helpdesk", "help", "line", "shop",
        "store", "head", "chat", "email", "mail", "reception", "device", "engineer", "engineers", "billing", "sales",
        "complaints", "executive", "the", "a", "of", "and", "on", "duty", "senior", "first", "second", "another", "new",
        "information", "info", "legal", "team's", "branch", "store's", "desk's", "public", "media", "pr",
        // Titles: kept, and never taken for part of a name.
        "officer", "president", "vice", "director", "chief", "ceo", "cto", "coo", "lead", "leader", "board",
        "member", "chairman", "chair", "secretary", "assistant", "deputy", "general", "regional", "area", "vp",
        "regulator", "ombudsman", "ministry", "commission", "authority", "centre's", "call-centre", "technical-desk",
    ]
    /// Endings of a Japanese desk or role (技術メール窓口, サポート窓口 担当者).
    static let roleEndings = ["窓口", "担当者", "担当", "受付", "係", "部", "課", "室", "センター", "デスク", "チーム", "営業所",
                              "本社", "支店", "店", "ショップ", "サポート", "オペレーター", "部門", "事務局", "責任者", "店長", "スタッフ",
                              "員", "店長", "課長", "部長", "係長", "室長", "所長", "社長", "長官", "役員", "主任"]

    /// Whether a recorded "with" or "who" names a desk or a role rather than a person.
    public static func isDesk(_ text: String) -> Bool {
        let t = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if t.isEmpty { return true }
        if honorifics.contains(where: { t.hasSuffix($0) }) { return false }
        if t.unicodeScalars.contains(where: isCJK) {
            return roleEndings.contains { t.hasSuffix($0) }
        }
        let words = t.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "'" })
        return !words.isEmpty && words.allSatisfy { roleWords.contains(String($0)) }
    }

    /// The name without a trailing honorific: `高橋 様` is 高橋, as a mail's sender names
    /// the person the user dealt with.
    static func withoutHonorific(_ text: String) -> String {
        var t = text.trimmingCharacters(in: .whitespacesAndNewlines)
        for h in honorifics where t.hasSuffix(h) && t.count > h.count {
            t = String(t.dropLast(h.count)).trimmingCharacters(in: .whitespaces)
            break
        }
        return t
    }

    /// The name without a trailing honorific, and without the titles and role words
    /// around a Latin name ("Executive Officer Kenji Mori" is Kenji Mori).
    static func bare(_ text: String) -> String {
        let t = withoutHonorific(text)
        guard !t.unicodeScalars.contains(where: isCJK) else { return t }
        let words = t.split(separator: " ").map(String.init)
        let kept = words.filter { w in
            let key = w.lowercased().trimmingCharacters(in: CharacterSet.letters.inverted)
            return !roleWords.contains(key) && !latinTitles.contains(key) && !latinTitles.contains(key + ".")
        }
        return kept.isEmpty ? t : kept.joined(separator: " ")
    }

    /// The parts of a name: its words; a Japanese name written without a space (佐藤花子)
    /// also splits after the surname, taken as its first two characters.
    static func parts(_ name: String) -> [String] {
        let words = name.split(whereSeparator: { $0 == " " || $0 == "\u{3000}" }).map(String.init)
        if words.count > 1 { return words }
        if isAllCJK(name), (3...4).contains(name.count) {
            return [String(name.prefix(2)), String(name.dropFirst(2))]
        }
        return []
    }

    static func isCJK(_ s: Unicode.Scalar) -> Bool {
        (0x3040...0x30FF).contains(s.value) || (0x3400...0x4DBF).contains(s.value) || (0x4E00...0x9FFF).contains(s.value)
            || (0xF900...0xFAFF).contains(s.value) || (0xFF66...0xFF9F).contains(s.value) || (0x20000...0x3134F).contains(s.value)
    }

    static func isKanji(_ c: Character) -> Bool {
        c.unicodeScalars.first.map { (0x3400...0x4DBF).contains($0.value) || (0x4E00...0x9FFF).contains($0.value)
            || (0xF900...0xFAFF).contains($0.value) || (0x20000...0x3134F).contains($0.value) } ?? false
    }

    static func isAllCJK(_ s: String) -> Bool { !s.isEmpty && s.unicodeScalars.allSatisfy(isCJK) }
}
