import Foundation

/// The user's configuration (Docs/Config.md): default clocks, and the organisations
/// they deal with, each with its own clocks and contact points.
public struct Config: Equatable, Sendable {
    /// The zone business time counts in when an organisation names none; nil: the user's.
    public var zone: TimeZone?
    /// Business hours for organisations that give none; nil: Monday to Friday 09:00-17:00.
    public var hours: OpeningHours?
    /// Holidays every organisation keeps (each may add its own).
    public var holidays: Set<CivilDay>
    /// Reply windows replacing the built-in defaults, per rung.
    public var windows: [Rung: ReplyWindow]
    /// How late a reply may run before the case is flagged to climb; nil: 1 day.
    public var climbAfter: ReplyWindow?
    /// The user's language for screens and messages, over the locale's (`--lang` wins).
    public var language: Language?
    /// A shell command run with the overdue report's JSON on standard input when a reply
    /// becomes overdue (`ladder report overdue`), once per reply; nil: none.
    public var notify: String?
    public var organisations: [Organisation]
    /// The user's own e-mail addresses (`me.addresses`): a mail from one of them is one
    /// the user sent (`ladder mail`).
    public var myAddresses: [String] = []
    /// The user's own zone: not stored, taken from the environment when loaded.
    public var userZone: TimeZone

    public init(zone: TimeZone? = nil, hours: OpeningHours? = nil, holidays: Set<CivilDay> = [],
                windows: [Rung: ReplyWindow] = [:], climbAfter: ReplyWindow? = nil,
                organisations: [Organisation] = [], userZone: TimeZone = .current) {
        self.zone = zone
        self.hours = hours
        self.holidays = holidays
        self.windows = windows
        self.climbAfter = climbAfter
        self.organisations = organisations
        self.userZone = userZone
    }

    /// The organisation a case's organisation text names, by name or alias.
    public func organisation(for text: String) -> Organisation? {
        organisations.first { $0.answers(to: text) }
    }

    /// The name a case's organisation text has in the config: an alias (`KM`) gives its
    /// organisation's name (Kestrel Mobile); a text the config does not know is its own.
    public func name(of text: String) -> String { organisation(for: text)?.name ?? text }

    /// The organisation's names in the config (its name and aliases), which a search
    /// for a case with this organisation text also finds.
    public func aliases(of text: String) -> [String] {
        guard let org = organisation(for: text) else { return [] }
        return [org.name] + org.aliases
    }

    public func zone(of org: Organisation?) -> TimeZone { org?.zone ?? zone ?? userZone }

    /// The clocks for cases with this organisation text.
    public func clocks(for organisationText: String) -> Clocks {
        clocks(of: organisation(for: organisationText))
    }

    public func clocks(of org: Organisation?) -> Clocks {
        var windows = self.windows
        for (rung, w) in org?.windows ?? [:] { windows[rung] = w }
        let calendar = BusinessCalendar(hours: org?.hours ?? hours ?? .officeHours,
                                        holidays: holidays.union(org?.holidays ?? []), zone: zone(of: org))
        var rungCalendars: [Rung: BusinessCalendar] = [:]
        for rung in Rung.allCases {
            if let h = org?.contactPoint(on: rung)?.hours {
                rungCalendars[rung] = BusinessCalendar(hours: h, holidays: calendar.holidays, zone: calendar.zone)
            }
        }
        return Clocks(windows: windows, calendar: calendar, rungCalendars: rungCalendars,
                      climbAfter: climbAfter ?? Clocks.defaultClimbAfter)
    }

    /// A contact point's calendar, or nil when neither it nor its organisation has hours.
    public func calendar(of point: ContactPoint, in org: Organisation) -> BusinessCalendar? {
        guard let hours = point.hours ?? org.hours else { return nil }
        return BusinessCalendar(hours: hours, holidays: holidays.union(org.holidays), zone: zone(of: org))
    }

    public func status(of point: ContactPoint, in org: Organisation, at now: Date) -> OpenStatus {
        calendar(of: point, in: org)?.status(at: now) ?? .unknown
    }

    /// `open until 18:00`, `closed; opens Mon 07-20 09:00`, `hours not known`: in the
    /// user's zone, with the place's own clock beside it when the zones differ.
    public func describe(_ status: OpenStatus, of org: Organisation, at now: Date) -> String {
        let placeZone = zone(of: org)
        func when(_ d: Date) -> String {
            let same = LocalClock(zone: userZone).split(d).day == LocalClock(zone: userZone).split(now).day
            var text = same ? TimeText.clockTime(d, zone: userZone) : TimeText.short(d, zone: userZone)
            if placeZone.secondsFromGMT(for: d) != userZone.secondsFromGMT(for: d) {
                text += L(" (\(TimeText.clockTime(d, zone: placeZone)) \(Config.cityName(placeZone)))")
            }
            return text
        }
        switch status {
        case .open(nil): return L("open now, round the clock")
        case let .open(until?): return L("open now until \(when(until))")
        case .closed(nil): return L("closed, with no opening hours")
        case let .closed(opens?): return L("closed now; opens \(when(opens))")
        case .unknown: return L("hours not known")
        }
    }

    /// `New York` for America/New_York; in Japanese the zones a Japanese user meets
    /// most by their Japanese names (`東京`), others as in English.
    static func cityName(_ zone: TimeZone) -> String {
        if Language.current == .ja, let name = japaneseCities[zone.identifier] { return name }
        return (zone.identifier.split(separator: "/").last.map(String.init) ?? zone.identifier)
            .replacingOccurrences(of: "_", with: " ")
    }

    static let japaneseCities = [
        "Asia/Tokyo": "東京", "Asia/Seoul": "ソウル", "Asia/Shanghai": "上海", "Asia/Hong_Kong": "香港", "Asia/Taipei": "台北",
        "Asia/Singapore": "シンガポール", "Asia/Bangkok": "バンコク", "Asia/Kolkata": "インド", "Australia/Sydney": "シドニー",
        "Europe/London": "ロンドン", "Europe/Paris": "パリ", "Europe/Berlin": "ベルリン", "America/New_York": "ニューヨーク",
        "America/Chicago": "シカゴ", "America/Los_Angeles": "ロサンゼルス", "Pacific/Honolulu": "ホノルル", "UTC": "UTC",
    ]
}
