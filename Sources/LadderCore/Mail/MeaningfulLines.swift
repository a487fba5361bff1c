import Foundation

/// The first lines of a body worth keeping as a note: what the sender wrote, without
/// what they quoted, their signature, or the greeting formulae every Japanese business
/// mail opens with. The rules, and why each is as careful as it is, are in
/// Docs/Mail.md, "Meaningful lines".
enum MeaningfulLines {
    static func of(_ text: String, limit: Int) -> [String] {
        guard limit > 0 else { return [] }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
            String($0).trimmingCharacters(in: .whitespaces)
        }
        return Array(own(lines, forwardDepth: 0).prefix(limit))
    }

    /// The sender's own lines, without blank ones.
    static func own(_ lines: [String], forwardDepth: Int) -> [String] {
        var kept: [String] = []
        var i = 0
        while i < lines.count {
            let line = lines[i]
            if isSignatureDelimiter(line) { break }
            if let forward = forwardSeparator(lines, at: i) {
                // A forward with nothing of its own: the forwarded text is the message.
                if meaningful(kept).isEmpty, forwardDepth < 3, forward {
                    return own(Array(lines[afterHeaderBlock(lines, from: i + 1)...]), forwardDepth: forwardDepth + 1)
                }
                break
            }
            if isQuoted(line) { i += 1; continue }
            if isAttribution(lines, at: i) { i += 1; continue }
            if line.hasPrefix("On "), i + 1 < lines.count, isWroteLine(lines[i + 1]) { i += 2; continue }
            kept.append(line)
            i += 1
        }
        return meaningful(withoutSignatureBlock(kept))
    }

    /// Non-blank lines without rules and the opening formulae.
    static func meaningful(_ lines: [String]) -> [String] {
        var out = lines.filter { !$0.isEmpty && !isRule($0) }
        if let first = out.first, isSalutation(first) { out.removeFirst() }
        // A formula opens the first line or two; what follows it on its line stays.
        while let first = out.first, isCourtesy(first) {
            let rest = afterFirstSentence(first)
            if rest.isEmpty { out.removeFirst() } else { out[0] = rest; break }
        }
        return out
    }

    static func isSignatureDelimiter(_ line: String) -> Bool { line == "--" }

    static func isQuoted(_ line: String) -> Bool { line.hasPrefix(">") || line.hasPrefix("＞") }

    static func isWroteLine(_ line: String) -> Bool {
        let l = line.lowercased()
        return ["wrote:", "wrote：", "writes:", "書きました:", "書きました：", "書きました。"].contains { l.hasSuffix($0) }
    }

    /// "On … wrote:", "山田様 wrote:", "…さんは書きました:", or any line ending in a
    /// colon right before quoted text (Gmail's "2026年7月15日(水) 15:00 山田 <…>:").
    static func isAttribution(_ lines: [String], at i: Int) -> Bool {
        let line = lines[i]
        if isWroteLine(line) { return true }
        guard line.hasSuffix(":") || line.hasSuffix("："), line.count <= 200 else { return false }
        let next = lines[(i + 1)...].first { !$0.isEmpty }
        return next.map(isQuoted) ?? false
    }

    /// A line that starts quoted text not marked with `>`: Outlook's and Japanese
    /// mailers' separators and header blocks. The value says whether it is a forward.
    static func forwardSeparator(_ lines: [String], at i: Int) -> Bool? {
        let l = lines[i].lowercased()
        let dashed = l.hasPrefix("--") || l.hasPrefix("__") || l.hasPrefix("==") || l.hasPrefix("－－") || l.hasPrefix("ーー")
        if dashed || l.hasPrefix("begin forwarded") {
            if l.contains("forwarded") || l.contains("転送") { return true }
            if l.contains("original message") || l.contains("元のメッセージ") || l.contains("オリジナルメッセージ")
                || l.contains("original mail") { return false }
        }
        if l.hasPrefix("begin forwarded message") { return true }
        // An Outlook header block: From/差出人 followed closely by Sent/Date/件名.
        let fromWords = ["from:", "差出人:", "差出人：", "送信者:", "送信者：", "from："]
        if fromWords.contains(where: l.hasPrefix) {
            let near = lines[(i + 1)..<min(lines.count, i + 4)].map { $0.lowercased() }
            let others = ["sent:", "date:", "送信日時:", "送信日時：", "日時:", "日時：", "subject:", "件名:", "件名："]
            if near.contains(where: { n in others.contains(where: n.hasPrefix) }) { return false }
        }
        return nil
    }

    /// The line after a forwarded message's header lines (From:, 件名: …).
    static func afterHeaderBlock(_ lines: [String], from start: Int) -> Int {
        var i = start
        let fields = ["from", "date", "subject", "to", "cc", "sent", "reply-to", "差出人", "送信者", "日時", "送信日時",
                      "件名", "宛先", "宛て先", "cc"]
        while i < lines.count {
            let l = lines[i].lowercased()
            let isField = fields.contains { l.hasPrefix($0 + ":") || l.hasPrefix($0 + "：") }
            if !(l.isEmpty || isField) { break }
            i += 1
        }
        return i
    }

    /// A rule drawn with line characters: `━━━━`, `――――`, `＊＊＊＊`, `-----`, `====`.
    static func isRule(_ line: String) -> Bool {
        let chars = line.filter { $0 != " " && $0 != "\u{3000}" }
        guard chars.count >= 5 else { return false }
        return chars.allSatisfy { ruleCharacters.contains($0) }
    }

    static let ruleCharacters: Set<Character> = [
        "━", "─", "—", "―", "－", "-", "=", "＝", "_", "＿", "*", "＊", "~", "～", "〜", "・", "◆", "◇",
        "■", "□", "●", "○", "★", "☆", "+", "＋", "#", "＃", "┏", "┓", "┗", "┛", "┃", "│", "═", "ー",
    ]

    /// A signature drawn between rules at the end: the last block that starts at a rule
    /// within the last 12 lines and holds no sentence (no line ends with 。 or .).
    static func withoutSignatureBlock(_ lines: [String]) -> [String] {
        var end = lines.count
        while end > 0, lines[end - 1].isEmpty { end -= 1 }
        guard end > 0 else { return [] }
        var lastRule = end - 1
        let closing = isRule(lines[end - 1])
        if closing { lastRule -= 1 }
        let floor = max(0, end - 12)
        var start: Int?
        var k = lastRule
        while k >= floor {
            if isRule(lines[k]) { start = k; break }
            k -= 1
        }
        guard let s = start else { return closing ? Array(lines[..<(end - 1)]) : Array(lines[..<end]) }
        let block = lines[(s + 1)..<(closing ? end - 1 : end)].filter { !$0.isEmpty }
        let sentence = block.contains { $0.hasSuffix("。") || $0.hasSuffix(".") && !$0.contains("@") && $0.count > 40 }
        let before = lines[..<s].contains { !$0.isEmpty && !isRule($0) }
        guard !block.isEmpty, !sentence, before else { return Array(lines[..<end]) }
        return Array(lines[..<s])
    }

    /// `山田 太郎 様`, `ご担当者様`, `Dear Mr Yamada,`: a greeting line on its own.
    static func isSalutation(_ line: String) -> Bool {
        guard line.count <= 40 else { return false }
        let l = line.trimmingCharacters(in: CharacterSet(charactersIn: "、,，:： "))
        if ["様", "さま", "殿", "御中", "さん", "各位"].contains(where: l.hasSuffix) { return true }
        let lower = l.lowercased()
        return ["dear ", "hello", "hi ", "hi,"].contains { lower.hasPrefix($0) } && line.hasSuffix(",")
    }

    /// What follows the first 。 of a line, trimmed ("" when nothing does).
    static func afterFirstSentence(_ line: String) -> String {
        guard let stop = line.firstIndex(of: "。") else { return "" }
        return line[line.index(after: stop)...].trimmingCharacters(in: .whitespaces)
    }

    /// The formulae that open a business mail and say nothing of the matter (judged
    /// by the line's first sentence).
    static func isCourtesy(_ line: String) -> Bool {
        let line = line.firstIndex(of: "。").map { String(line[...$0]) } ?? line
        guard line.count <= 80 else { return false }
        if line.hasPrefix("お世話になっております") || line.hasPrefix("お世話になります") || line.hasPrefix("いつもお世話に") { return true }
        if line.hasPrefix("平素より") || line.hasPrefix("平素は") || line.hasPrefix("いつも") {
            return line.contains("ありがとうございます") || line.contains("御礼申し上げます") || line.contains("お世話に")
        }
        return false
    }
}
