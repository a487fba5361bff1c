import Foundation

/// The brief in Japanese, written as a Japanese complaint is: what it is about (件名) and
/// its reference numbers, what happened and since when (経緯), whom I have already asked,
/// rung by rung, what they promised and what became of it, what I ask now (ご依頼事項),
/// and the closing courtesy. Polite (です・ます) throughout, every line a whole sentence
/// or a labelled item, so that dropping a part for a form's limit leaves a complete,
/// polite text. Its own template, not a translation of the English lines: the order
/// and the manners differ (Docs/Language.md). The levels of detail are the English ones.
extension Brief.Parts {
    static let japaneseClosing = "よろしくお願いいたします。"

    /// Called when the current language is Japanese, so names and times come out in it.
    var japanese: String {
        let s = state
        let d = s.details
        let line = TerminalText.line
        var lines: [String] = []
        let about = line(d.organisation) + (d.product.map { "／" + line($0) } ?? "")
        lines.append("【件名】\(line(d.title))（\(about)）")
        if !d.references.isEmpty { lines.append("【受付番号】" + d.references.map(line).joined(separator: "、")) }
        if let history = japaneseHistory { lines.append(history) }
        lines += japaneseTried
        lines += japanesePromises
        if let ask = s.ask { lines.append("【ご依頼事項】" + line(ask)) }
        lines.append(Self.japaneseClosing)
        return lines.joined(separator: "\n")
    }

    /// `7月15日(水)`, with the year when it is not this year's.
    private func jaDate(_ d: Date, weekday: Bool = true) -> String {
        TimeText.date(d, zone: zone, now: now, weekday: weekday)
    }

    private func jaName(_ r: Rung) -> String { r.name }

    /// `7月15日〜16日`, `7月30日〜8月2日`, `7月16日` when both are one day.
    private func jaSpan(_ from: Date, _ until: Date) -> String {
        let (a, b) = (jaDate(from, weekday: false), jaDate(until, weekday: false))
        if a == b { return a }
        // The end's month (and year) said again only when it differs.
        let month = { (d: String) in d.prefix { $0 != "月" } }
        return a + "〜" + (month(a) == month(b) ? String(b.drop { $0 != "月" }.dropFirst()) : b)
    }

    /// 経緯: since when, how long, with whom now; at the most detail, the closings it
    /// came back from and what their answer lacked.
    private var japaneseHistory: String? {
        let s = state
        let start = jaDate(s.startedAt)
        // In days, as one says how long a trouble has lasted (13日, not 1週間6日), up to two months.
        let elapsed = now.timeIntervalSince(s.startedAt)
        let age = elapsed >= Seconds.day && elapsed < 60 * Seconds.day ? "\(Int(elapsed / Seconds.day))日" : TimeText.duration(elapsed)
        var text = "【経緯】"
        if !s.isOpen {
            guard since < 3 else { return nil }
            let status = s.status.name
            text += since < 2
                ? "\(start)からご相談し、" + (s.closedAt.map { "\(jaDate($0))に" } ?? "") + "「\(status)」として終了した件です。"
                : "\(start)からご相談している件です。"
        } else {
            switch since {
            case 0:
                text += "\(start)から続いている問題で、\(age)が経ちました。"
                if let stint = s.stints.last {
                    text += "\(jaDate(stint.from))から\(jaName(s.rung))にご相談しています。"
                } else {
                    text += "現在は\(jaName(s.rung))にご相談しています。"
                }
            case 1: text += "\(start)から続いている問題です。現在は\(jaName(s.rung))にご相談しています。"
            case 2: text += "\(start)から続いている問題です。"
            default: return nil
            }
        }
        guard since == 0 else { return text }
        for c in s.closings {
            guard let reopened = c.reopened else { continue }
            let outcome = c.outcome.name
            text += "\(jaDate(c.closed))に「\(outcome)」として一度終了しましたが、\(jaDate(reopened))に再開しました"
                + (c.reason.map { "（\(TerminalText.line($0))）" } ?? "") + "。"
        }
        if let a = s.apology {
            var lacking: [String] = []
            if !a.acknowledgedEvent { lacking.append("起きたことの確認") }
            if !a.explainedCause { lacking.append("原因のご説明") }
            if !a.acknowledgedTrouble { lacking.append("こちらの不便へのお詫び") }
            if a.promise == nil { lacking.append("具体的な改善のお約束") }
            if !lacking.isEmpty { text += "これまでのご回答には、\(lacking.joined(separator: "、"))がありませんでした。" }
            if let p = a.promise { text += "「\(TerminalText.line(p))」とのお約束をいただいています。" }
        }
        return text
    }

    /// これまでのお問い合わせ: rung by rung, as the English counts them.
    private var japaneseTried: [String] {
        let all = contacts
        guard !all.isEmpty, tried < 3 else { return [] }
        let heading = "【これまでのお問い合わせ】"
        /// Level 0: whole sentences with the channels; level 1: one short sentence.
        func counts(_ some: [(at: Date, contact: Contact)]) -> String {
            let reached = some.filter { $0.contact.reached }
            let failed = some.filter { $0.contact.direction == .failed }.count
            let missed = some.filter { $0.contact.direction == .missed }.count
            if tried == 1 {
                var others: [String] = []
                if failed > 0 { others.append("不通\(failed)回") }
                if missed > 0 { others.append("不在着信\(missed)回") }
                let extra = others.joined(separator: "、")
                if reached.isEmpty { return others.isEmpty ? "記録したやり取りはありません。" : "\(extra)で、やり取りはできていません。" }
                return "\(reached.count)回やり取りしました" + (others.isEmpty ? "" : "（ほかに\(extra)）") + "。"
            }
            var out = ""
            if !reached.isEmpty {
                out += "\(reached.count)回やり取りしました"
                if tried == 0 {
                    var channels: [String: Int] = [:]
                    for c in reached { channels[c.contact.channel.name, default: 0] += 1 }
                    out += "（" + channels.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
                        .map { $0.value > 1 ? "\($0.key)\($0.value)回" : $0.key }.joined(separator: "、") + "）"
                }
                out += "。"
            }
            if failed > 0 { out += reached.isEmpty ? "\(failed)回ご連絡しましたが、つながりませんでした。" : "ほかに\(failed)回、つながりませんでした。" }
            if missed > 0 { out += "御社からの着信に出られなかったことが\(missed)回ありました。" }
            return out.isEmpty ? "記録したやり取りはありません。" : out
        }
        let rungOf = { (c: (at: Date, contact: Contact)) in c.contact.rung ?? state.rung(at: c.at) }
        var rungs = state.stints.map(\.rung).reduce(into: [Rung]()) { if !$0.contains($1) { $0.append($1) } }
        rungs += Rung.allCases.filter { r in !rungs.contains(r) && all.contains { rungOf($0) == r } }
        if tried == 2 {
            // The rungs in the order climbed, and how often: the least that says whom I asked.
            let names = rungs.map(jaName).joined(separator: "、") + (rungs.count > 1 ? "の順に" : "に")
            let reached = all.filter { $0.contact.reached }.count
            return [heading + names + (reached > 0 ? "ご相談しました（やり取り計\(reached)回）。" : "ご連絡しましたが、つながりませんでした。")]
        }
        var out = [heading]
        for rung in rungs {
            let here = all.filter { rungOf($0) == rung }
            let stints = state.stints.filter { $0.rung == rung }
            let span: String
            if let first = stints.first, let last = stints.last {
                span = last.until.map { jaSpan(first.from, $0) } ?? jaDate(first.from, weekday: false) + "から"
            } else {
                span = jaSpan(here[0].at, here[here.count - 1].at)
            }
            out.append("・\(jaName(rung))（\(span)）：\(counts(here))")
        }
        return out
    }

    /// お約束いただいた件: the worst first, as in English; kept ones left out.
    private var japanesePromises: [String] {
        guard promises < 3 else { return [] }
        let (broken, overdue, late, open) = state.theirPromises(at: now)
        guard !(broken.isEmpty && overdue.isEmpty && late.isEmpty && open.isEmpty) else { return [] }
        let heading = "【お約束いただいた件】"
        if promises == 2 {
            var counts: [String] = []
            if !broken.isEmpty { counts.append("守られなかったもの\(broken.count)件") }
            if !overdue.isEmpty { counts.append("期限を過ぎてもご回答のないもの\(overdue.count)件") }
            if !late.isEmpty { counts.append("遅れて届いたもの\(late.count)件") }
            if !open.isEmpty { counts.append("期限前のもの\(open.count)件") }
            return [heading + counts.joined(separator: "、") + "です。"]
        }
        var items: [String] = []
        func item(_ r: ReplyState, _ how: String) {
            items.append("・「\(TerminalText.line(r.reply.what))」（\(jaDate(r.reply.due))まで）：\(how)")
        }
        for r in broken { item(r, "守られませんでした。") }
        for r in overdue {
            let past = TimeText.duration(now.timeIntervalSince(r.reply.due))
            item(r, "期限を\(past)過ぎても、ご回答がありません。")
        }
        for r in late { item(r, "期限を過ぎて" + (r.clearedAt.map { "\(jaDate($0))に" } ?? "から") + "いただきました。") }
        for r in open { item(r, "期限前のため、お待ちしています。") }
        if promises == 1, items.count > 3 { items = Array(items.prefix(3)) + ["・ほかに\(items.count - 3)件あります。"] }
        return [heading] + items
    }
}
