import Foundation

extension WhenParser {
    /// A length of time as a person writes it for `--held`, `--took`, `--within` and the
    /// front end's length fields: the English forms `duration` reads, ISO 8601's, and Japanese
    /// units with full-width digits (`40分`, `1時間30分`, `1時間半`, `２日`, `3週間`).
    /// Kept apart from `duration`, which date words also use: there `3日` alone is a day
    /// of the month, refused as ambiguous, not a length.
    public static func length(_ raw: String) -> TimeInterval? {
        // ISO 8601 as the date words take it (`PT40M`, `P2D`, `P1W`); not months or
        // years, whose length depends on where they start.
        let iso = raw.trimmingCharacters(in: .whitespaces).lowercased()
        if iso.hasPrefix("p"), let d = ISOWhen.duration(iso) {
            return d.months == 0 ? TimeInterval(d.days) * 86_400 + d.seconds : nil
        }
        var text = raw.precomposedStringWithCompatibilityMapping  // NFKC: ４０分 → 40分
        guard text.unicodeScalars.contains(where: { $0.value > 0x7F }) else { return duration(text) }
        // Longest units first, so that 時間 is not read as 時 and 週間 not as 週.
        let units: [(String, String)] = [
            ("時間半", "h30m"), ("時間", "h"), ("週間", "w"), ("週", "w"), ("日間", "d"), ("日", "d"),
            ("分間", "m"), ("分", "m"), ("秒間", "s"), ("秒", "s"),
        ]
        for unit in units { text = text.replacingOccurrences(of: unit.0, with: unit.1) }
        return duration(text)
    }
}
