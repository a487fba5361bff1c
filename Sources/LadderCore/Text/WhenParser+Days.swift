import Foundation

/// The day words: `today`, `明日`, `fri`, `来週月曜`, `next monday`, `eom`, `2026-W30`,
/// `20260720`, `2026-06-02`, `6/2`, `7月15日`, each with an optional weekday in
/// parentheses (`7月15日(水)`), which must agree.
extension WhenParser {
    /// The day `word` names at `time` (nil: the role's start or end of day), nil if
    /// `word` is not a day word; throws when it looks like one but is impossible.
    func day(_ word: String, time: (Int, Int)?, role: WhenRole) throws(LadderError) -> Date? {
        if word.hasSuffix(")"), let open = word.lastIndex(of: "("), open != word.startIndex {
            return try checkedWeekday(word, open: open, time: time, role: role)
        }
        let today = calendar.startOfDay(for: now)
        if let offset = WhenWords.days[word] {
            return at(calendar.date(byAdding: .day, value: offset, to: today)!, time, role: role)
        }
        if time == nil, let named = WhenWords.named[word] {
            return period(named.period, offset: named.offset, end: named.end)
        }
        if let weekday = WhenWords.weekdays[word] {
            return try nearest(role) { d in
                calendar.component(.weekday, from: d) == weekday ? .some(time) : .none
            }
        }
        if let d = nextOrLast(word, time: time, role: role) { return d }
        if let d = inWeek(word, time: time, role: role) { return d }
        if let d = try ISOWhen.weekDate(word) { return at(date(d), time, role: role) }
        if let c = try ISOWhen.compactDate(word) { return at(date(c.year, c.month, c.day)!, time, role: role) }
        if let slashed = JapaneseWhen.slashedDate(word) {
            do { return try day(slashed, time: time, role: role) } catch { throw WhenMessages.notDate(word) }
        }
        return try numericDate(word, time: time, role: role)
    }

    /// `7月15日(水)`: the date, if the weekday written agrees with it.
    private func checkedWeekday(_ word: String, open: String.Index, time: (Int, Int)?, role: WhenRole) throws(LadderError) -> Date? {
        let inner = String(word[word.index(after: open)..<word.index(before: word.endIndex)])
        guard let written = WhenWords.weekdayInParentheses(inner) else { throw WhenMessages.unknownWeekday(inner) }
        guard let d = try day(String(word[..<open]), time: time, role: role) else { return nil }
        let actual = calendar.component(.weekday, from: d)
        guard actual == written else { throw WhenMessages.weekdayDisagrees(word, date: d, actual: actual, zone: zone) }
        return d
    }

    /// YYYY-MM-DD and YYYY/MM/DD: exactly that day. M/D: this year's, or the nearest
    /// year on the role's side of now; 2/29 is the next (or last) 29 February, as 6/2 is
    /// the next 2 June.
    private func numericDate(_ word: String, time: (Int, Int)?, role: WhenRole) throws(LadderError) -> Date? {
        let bad = WhenMessages.notDate(word)
        let dashed = word.split(separator: "-", omittingEmptySubsequences: false)
        let slashed = word.split(separator: "/", omittingEmptySubsequences: false)
        for parts in [dashed, slashed] where parts.count == 3 && parts[0].count == 4 {
            guard let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]), let day = date(y, m, d) else { throw bad }
            return at(day, time, role: role)
        }
        if slashed.count == 2, let m = Int(slashed[0]), let d = Int(slashed[1]) {
            let year = calendar.component(.year, from: now)
            let step = role == .deadline ? 1 : -1
            var sawValid = false
            for y in (0...8).map({ year + $0 * step }) {
                guard let day = date(y, m, d) else { continue }
                sawValid = true
                let instant = at(day, time, role: role)
                if role == .deadline ? instant > now : instant <= now { return instant }
            }
            if !sawValid { throw bad }
        }
        return nil
    }

    /// `next monday`: the first Monday after today; `last monday`: the last one before.
    /// Today never counts, whatever the role.
    private func nextOrLast(_ word: String, time: (Int, Int)?, role: WhenRole) -> Date? {
        let parts = word.split(separator: " ")
        guard parts.count == 2, let weekday = WhenWords.weekdays[String(parts[1])] else { return nil }
        let step: Int
        switch parts[0] {
        case "next": step = 1
        case "last": step = -1
        default: return nil
        }
        let today = calendar.startOfDay(for: now)
        for k in 1...7 {
            let d = calendar.date(byAdding: .day, value: k * step, to: today)!
            if calendar.component(.weekday, from: d) == weekday { return at(d, time, role: role) }
        }
        return nil
    }

    /// `来週月曜`: that weekday in that week; `来週`, `今週`, `先週` alone: the week, from
    /// its Monday's start (`--at`) to its Sunday's end (`--due`).
    private func inWeek(_ word: String, time: (Int, Int)?, role: WhenRole) -> Date? {
        guard let (prefix, offset) = WhenWords.weeks.first(where: { word.hasPrefix($0.key) }) else { return nil }
        let rest = String(word.dropFirst(prefix.count))
        let monday = calendar.date(byAdding: .day, value: offset * 7, to: mondayOfThisWeek)!
        if rest.isEmpty {
            guard time == nil else { return nil }
            return role == .moment ? at(monday, nil, role: .moment) : at(calendar.date(byAdding: .day, value: 6, to: monday)!, nil, role: .deadline)
        }
        guard let weekday = WhenWords.weekdays[rest] else { return nil }
        // Calendar's weekday 2 (Monday) is 0 days after Monday; 1 (Sunday) is 6.
        return at(calendar.date(byAdding: .day, value: (weekday + 5) % 7, to: monday)!, time, role: role)
    }

    /// Monday 00:00 of the week of today (weeks run Monday to Sunday).
    private var mondayOfThisWeek: Date {
        let today = calendar.startOfDay(for: now)
        return calendar.date(byAdding: .day, value: -((calendar.component(.weekday, from: today) + 5) % 7), to: today)!
    }

    /// The start (00:00) or end (23:59:59) of a day, week, month or year, `offset`
    /// periods from the current one.
    private func period(_ period: WhenWords.Period, offset: Int, end: Bool) -> Date {
        let role: WhenRole = end ? .deadline : .moment
        let today = calendar.startOfDay(for: now)
        let year = calendar.component(.year, from: today)
        let month = calendar.component(.month, from: today)
        switch period {
        case .day:
            return at(calendar.date(byAdding: .day, value: offset, to: today)!, nil, role: role)
        case .week:
            let monday = calendar.date(byAdding: .day, value: offset * 7, to: mondayOfThisWeek)!
            return at(end ? calendar.date(byAdding: .day, value: 6, to: monday)! : monday, nil, role: role)
        case .month:
            let index = year * 12 + (month - 1) + offset
            let (y, m) = (index / 12, index % 12 + 1)
            return at(date(y, m, end ? TimeText.daysInMonth(y, m) : 1)!, nil, role: role)
        case .year:
            return at(date(year + offset, end ? 12 : 1, end ? 31 : 1)!, nil, role: role)
        }
    }

    /// Midnight starting a day in the parser's zone; nil for an impossible day.
    private func date(_ year: Int, _ month: Int, _ day: Int) -> Date? {
        TimeText.makeDate(year: year, month: month, day: day, hour: 0, minute: 0, second: 0, zone: zone)
    }

    private func date(_ day: CivilDay) -> Date {
        let (y, m, d) = TimeText.civil(fromDays: day.number)
        return date(y, m, d)!
    }
}
