import Foundation

/// Limits no one reaches by accident, so that a pasted file or a typo in a year cannot
/// make a case unreadable or a report unusable. Docs/Rules.md ("Limits") names each.
public enum Bounds {
    public static let titleCharacters = 300
    /// Any other text: a note, what was said, a reason, a request.
    public static let textBytes = 64 * 1024
    /// A case file larger than this is refused, written or read.
    public static let caseFileBytes = 16 * 1024 * 1024
    /// Time on hold, or the length of one contact.
    public static let contactLength: TimeInterval = 24 * 3600
    /// Years a time may fall in: a file's times always read back as written.
    public static let years = 1900...2999

    /// The first and last instants that fall in `years` in some time zone (UTC+14 and
    /// UTC-12 are the extremes), so no zone refuses a time inside them.
    static let earliest = Date(timeIntervalSince1970: -2_208_988_800 - 14 * 3600)  // 1900-01-01 00:00 at UTC+14
    static let latest = Date(timeIntervalSince1970: 32_503_680_000 + 12 * 3600 - 1)  // 2999-12-31 23:59:59 at UTC-12

    /// Refuses a time outside `years`.
    static func check(_ date: Date, _ field: LadderError.Field) throws(LadderError) {
        guard date >= earliest, date <= latest else {
            throw LadderError(.usage, field: field, L("\(TimeText.stamp(date)) is outside the years \(years.lowerBound)-\(years.upperBound)"),
                              hint: L("write a time in those years, e.g. 2026-08-31 17:00"))
        }
    }

    static func check(text: String?, _ field: LadderError.Field) throws(LadderError) {
        guard let text, text.utf8.count > textBytes else { return }
        throw LadderError(.usage, field: field, L("the text is \(text.utf8.count / 1024) KiB; ladder keeps at most \(textBytes / 1024) KiB"),
                          hint: L("keep the essentials here and the rest in a file of your own"))
    }

    static func check(title: String?, _ field: LadderError.Field = .title) throws(LadderError) {
        guard let title, title.count > titleCharacters else { return }
        throw LadderError(.usage, field: field, L("the title has \(title.count) characters; at most \(titleCharacters)"),
                          hint: L("say what is wrong in a few words, and the rest in a note"))
    }

    public static func check(length: TimeInterval?, _ field: LadderError.Field) throws(LadderError) {
        guard let length else { return }
        guard length >= 0 else {
            throw LadderError(.usage, field: field, L("\(TimeText.duration(length)) is negative"), hint: L("write how long, e.g. 40m"))
        }
        guard length <= contactLength else {
            throw LadderError(.usage, field: field, L("\(TimeText.duration(length)) is longer than a day (24h at the most)"),
                              hint: L("write how long this one contact took, e.g. 1h30m"))
        }
    }
}

extension Event.Kind {
    /// Every limit of `Bounds` on what this event holds. (Written out field by field: a
    /// loop over (text, field) pairs crashed the release compiler, Swift 6.3.1.)
    func checkBounds() throws(LadderError) {
        switch self {
        case let .opened(d, _, note):
            try Bounds.check(title: d.title)
            try Bounds.check(text: d.organisation, .organisation)
            try Bounds.check(text: d.product, .product)
            try Bounds.check(text: note, .note)
            for r in d.references { try Bounds.check(text: r, .reference) }
            for t in d.tags { try Bounds.check(text: t, .tag) }
        case let .contact(c):
            try Bounds.check(text: c.with, .who)
            try Bounds.check(text: c.desk, .desk)
            try Bounds.check(text: c.number, .number)
            try Bounds.check(text: c.note, .note)
            try Bounds.check(text: c.messageId, .note)
            try Bounds.check(length: c.held, .held)
            try Bounds.check(length: c.took, .took)
        case let .escalated(_, reason), let .reopened(reason):
            try Bounds.check(text: reason, .reason)
        case let .replyRaised(r, _):
            try Bounds.check(text: r.what, .what)
            try Bounds.check(text: r.who, .who)
            try Bounds.check(r.due, .due)
        case let .replyCleared(_, _, note), let .closed(_, note, _), let .undone(_, note):
            try Bounds.check(text: note, .note)
        case let .note(text), let .asked(text):
            try Bounds.check(text: text, .note)
        case let .edited(e):
            try Bounds.check(title: e.title)
            try Bounds.check(text: e.organisation, .organisation)
            try Bounds.check(text: e.product, .product)
            for r in e.references ?? [] { try Bounds.check(text: r, .reference) }
            for t in e.tags ?? [] { try Bounds.check(text: t, .tag) }
        case let .apologyTested(a):
            try Bounds.check(text: a.promise, .what)
        }
    }
}
