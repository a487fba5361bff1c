import ArgumentParser
import Foundation
import LadderCore

extension LineCost: ExpressibleByArgument {}

struct Org: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "org",
        abstract: L("Organisations and their contact points, clocks and hours (kept in the config file)."),
        discussion: L("Examples:\n  ladder org add \"Kestrel Mobile\" --alias Kestrel --zone Asia/Tokyo --hours \"daily 10:00-19:00\" --hours \"wed closed\"\n  ladder org add \"Kestrel Mobile\" --point \"Customer relations\" --rung executive --phone 0570-000-000 --paid \\\n    --hours \"mon-fri 09:00-18:00\"\n  ladder org edit \"Kestrel Mobile\" --window \"technical-desk=2 business days\" --holiday 2026-12-31\nThe file is $XDG_CONFIG_HOME/ladder/config.json (else ~/.config/ladder/config.json); its keys are in man 5 ladder-store."),
        subcommands: [List.self, Show.self, Add.self, Edit.self])
}

/// The settings of an organisation itself.
struct OrgFields: ParsableArguments {
    @Option(help: ArgumentHelp(L("Another name cases may use for it; repeatable."))) var alias: [String] = []
    @Option(help: ArgumentHelp(L("Its time zone, e.g. Asia/Tokyo."))) var zone: String?
    @Option(help: ArgumentHelp(L("Opening hours, e.g. \"mon-fri 09:00-18:00\", \"wed closed\"; repeatable. With --point, the point's hours."), valueName: "days times"))
    var hours: [String] = []
    @Option(help: ArgumentHelp(L("A date it is closed, e.g. 2026-12-31; repeatable."), valueName: "date")) var holiday: [String] = []
    @Option(help: ArgumentHelp(L("A reply window for a rung, e.g. \"shop=1 business day\", \"executive=3d\"; repeatable."), valueName: "rung=window"))
    var window: [String] = []
}

/// The details of a contact point.
struct PointFields: ParsableArguments {
    @Option(help: ArgumentHelp(L("The contact point to add or change (with --rung, --phone, --email, --domain, --reply-within, --web, --hours, --note)."))) var point: String?
    @Option(help: ArgumentHelp(L("The rung the contact point serves."))) var rung: Rung?
    @Option(help: ArgumentHelp(L("Its phone number."))) var phone: String?
    @Option(help: ArgumentHelp(L("Its e-mail address."))) var email: String?
    @Option(help: ArgumentHelp(L("A mail domain it writes from, for ladder mail, e.g. support.kestrel.example; repeatable (replaces the list; \"\" clears it)."),
                               valueName: "domain")) var domain: [String] = []
    @Option(help: ArgumentHelp(L("How soon it answers a mail, e.g. \"2 business days\": ladder mail then awaits its answer (\"\" clears it)."),
                               valueName: "window")) var replyWithin: String?
    @Option(help: ArgumentHelp(L("Its web form's address."))) var web: String?
    @Flag(help: ArgumentHelp(L("The line is toll-free."))) var tollFree = false
    @Flag(help: ArgumentHelp(L("The line is paid."))) var paid = false
    @Option(help: ArgumentHelp(L("Notes about it."))) var note: String?

    /// Whether a flag that only a contact point takes was given (it means nothing
    /// without `--point`).
    var givesPointDetails: Bool {
        rung != nil || phone != nil || email != nil || !domain.isEmpty || replyWithin != nil || web != nil || note != nil || tollFree || paid
    }
}

extension Org {
    static func fail(_ message: String, _ field: LadderError.Field? = nil, hint: String? = nil) -> LadderError {
        LadderError(.usage, field: field, message, hint: hint)
    }

    /// One `--hours` may hold several entries as `org show` writes them, parted by
    /// `、` or `;` (`月〜金 09:00〜18:00、土・日 定休日`), when each part names days and times.
    static func hours(_ entries: [String]) throws(LadderError) -> OpeningHours {
        let each = entries.flatMap { entry -> [String] in
            let parts = entry.precomposedStringWithCompatibilityMapping.components(separatedBy: CharacterSet(charactersIn: "、;"))
                .map { $0.trimmingCharacters(in: .whitespaces) }
            return parts.count > 1 && parts.allSatisfy({ $0.contains(" ") }) ? parts : [entry]
        }
        let parsed = try each.map { (e) throws(LadderError) in try OpeningHours.parseEntry(e) }
        let h = try OpeningHours.parse(parsed)
        if h.isNeverOpen { throw fail(L("those hours are never open"), .hours, hint: L("write e.g. \(OpeningHours.examples)")) }
        return h
    }

    static func zone(_ text: String) throws(LadderError) -> TimeZone {
        guard let z = TimeZone(identifier: text) else {
            throw fail(L("\"\(text)\" is not a time zone"), .zone, hint: L("write a tz database name, e.g. Asia/Tokyo or Europe/London"))
        }
        return z
    }

    /// `2026-12-31`, and as Japanese writes a date with its year: `2026年12月31日`,
    /// `2026/12/31`, in full-width digits too.
    static func holidays(_ texts: [String]) throws(LadderError) -> [CivilDay] {
        try texts.map { (t) throws(LadderError) in
            guard let d = CivilDay(t) ?? CivilDay(written: t) else {
                throw fail(L("\"\(t)\" is not a date"), .holiday, hint: L("write e.g. 2026-12-31 or 2026年12月31日"))
            }
            return d
        }
    }

    /// `shop=1 business day`, `店舗＝2営業日`; `shop=default` (`店舗=既定`) gives nil
    /// (back to the default).
    static func window(_ text: String) throws(LadderError) -> (Rung, ReplyWindow?) {
        let plain = text.precomposedStringWithCompatibilityMapping  // ＝ and full-width digits
        let parts = plain.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        guard let rung = Rung(loose: parts[0]) else {
            throw fail(L("\"\(text)\" does not say which rung"), .window, hint: L("write rung=window, e.g. \"shop=1 business day\"; rungs: \(Rung.namesInHints)"))
        }
        guard parts.count == 2, !parts[1].isEmpty else {
            throw fail(L("\"\(text)\" gives no window for \(rung.name)"), .window,
                       hint: L("write rung=window, e.g. \"\(rung.name)=2d\", or \"\(rung.name)=default\" for the default"))
        }
        if parts[1].lowercased() == "default" || parts[1] == "既定" { return (rung, nil) }
        guard let w = ReplyWindow(written: parts[1]) else {
            throw fail(L("\"\(parts[1])\" is not a reply window"), .window,
                       hint: L("write e.g. \(ReplyWindow.examples), or \"default\" for the default"))
        }
        return (rung, w)
    }

    static func find(_ name: String, in config: Config) throws(LadderError) -> Int {
        guard let i = config.organisations.firstIndex(where: { $0.answers(to: name) }) else {
            let known = config.organisations.map(\.name).joined(separator: L(", "))
            throw LadderError(.data, field: .organisation, L("no organisation \"\(name)\" in the config"),
                              hint: config.organisations.isEmpty ? L("add one: ladder org add \"\(name)\"") : L("known: \(known)"))
        }
        return i
    }

    static func applyPoint(_ f: PointFields, hours: [String], to p: inout ContactPoint) throws(LadderError) {
        if let r = f.rung { p.rung = r }
        func set(_ value: String?, _ keyPath: WritableKeyPath<ContactPoint, String?>) {
            if let v = value { p[keyPath: keyPath] = v.nonBlankCLI }
        }
        set(f.phone, \.phone)
        set(f.email, \.email)
        set(f.web, \.web)
        set(f.note, \.notes)
        if !f.domain.isEmpty {
            let domains = f.domain.compactMap(\.nonBlankCLI)
            for d in domains where !MailMatching.isDomain(d) {
                throw fail(L("\"\(d)\" is not a mail domain"), .contactPoint, hint: L("write the part after the @, e.g. \"support.kestrel.example\""))
            }
            p.domains = domains
        }
        if let text = f.replyWithin {
            if let t = text.nonBlankCLI {
                guard let w = ReplyWindow(written: t) else {
                    throw fail(L("\"\(t)\" is not a reply window"), .replyWithin, hint: L("write e.g. \(ReplyWindow.examples)"))
                }
                p.replyWithin = w
            } else {
                p.replyWithin = nil
            }
        }
        if f.tollFree && f.paid { throw fail(L("a line is either --toll-free or --paid"), hint: L("give one of them")) }
        if f.tollFree { p.cost = .tollFree }
        if f.paid { p.cost = .paid }
        if !hours.isEmpty { p.hours = try Org.hours(hours) }
    }

    static func applyOrg(_ f: OrgFields, to org: inout Organisation) throws(LadderError) {
        for a in f.alias where !org.aliases.contains(a) { org.aliases.append(a) }
        if let z = f.zone { org.zone = try zone(z) }
        if !f.hours.isEmpty { org.hours = try hours(f.hours) }
        org.holidays.formUnion(try holidays(f.holiday))
        for w in f.window {
            let (rung, window) = try Org.window(w)
            org.windows[rung] = window
        }
    }

    /// The names of the fields that differ, with their new values where short.
    static func differences(_ a: Organisation, _ b: Organisation) -> [String] {
        var out: [String] = []
        let comma = L(", ")
        if a.name != b.name { out.append(L("name \(b.name)")) }
        if a.aliases != b.aliases { out.append(b.aliases.isEmpty ? L("aliases none") : L("aliases \(b.aliases.joined(separator: comma))")) }
        if a.zone != b.zone { out.append(b.zone.map { L("zone \($0.identifier)") } ?? L("zone default")) }
        if a.hours != b.hours { out.append(b.hours.map { L("hours \($0.text)") } ?? L("hours not given")) }
        if a.holidays != b.holidays {
            let days = b.holidays.sorted().map(\.description).joined(separator: comma)
            out.append(b.holidays.isEmpty ? L("holidays none") : L("holidays \(days)"))
        }
        for r in Rung.allCases where a.windows[r] != b.windows[r] {
            out.append(b.windows[r].map { L("\(r.name) window \($0.text)") } ?? L("\(r.name) window default"))
        }
        return out
    }

    static func differences(_ a: ContactPoint, _ b: ContactPoint) -> [String] {
        var out: [String] = []
        if a.name != b.name { out.append(L("name")) }
        if a.rung != b.rung { out.append(L("rung \(b.rung.name)")) }
        if a.phone != b.phone { out.append(L("phone")) }
        if a.email != b.email { out.append(L("e-mail")) }
        if a.domains != b.domains { out.append(L("mail domains")) }
        if a.replyWithin != b.replyWithin { out.append(b.replyWithin.map { L("answers mail within \($0.text)") } ?? L("no reply window")) }
        if a.web != b.web { out.append(L("web")) }
        if a.hours != b.hours { out.append(b.hours.map { L("hours \($0.text)") } ?? L("hours the organisation's")) }
        if a.cost != b.cost { out.append(b.cost?.name ?? L("cost")) }
        if a.notes != b.notes { out.append(L("notes")) }
        return out
    }

    /// Saves under the config's lock and prints what changed.
    static func save(_ context: Context, _ change: (inout Config) throws -> String) throws {
        var said = ""
        try ConfigFile.update(context.configPath, userZone: context.zone) { config in said = try change(&config) }
        print(TerminalText.block(said))
    }
}

extension String {
    /// Trimmed; nil when empty (an empty value clears a field).
    var nonBlankCLI: String? {
        let t = trimmingCharacters(in: .whitespacesAndNewlines)
        return t.isEmpty ? nil : t
    }
}

extension Org {
    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: L("Add an organisation, or with --point a contact point to one (adding the organisation if new)."))
        @OptionGroup var storeOptions: StoreOptions
        @Argument(help: ArgumentHelp(L("The organisation's name."))) var name: String
        @OptionGroup var org: OrgFields
        @OptionGroup var point: PointFields

        func run() throws {
            try runReporting(flags: [.organisation: "<name>", .rung: "--rung"]) {
                let context = try Context(storeOptions)
                guard let name = name.nonBlankCLI else { throw Org.fail(L("the name is empty"), .organisation, hint: L("write e.g. ladder org add \"Kestrel Mobile\"")) }
                try Org.save(context) { config in
                    var index = config.organisations.firstIndex { $0.answers(to: name) }
                    let isNew = index == nil
                    if isNew {
                        config.organisations.append(Organisation(name: name))
                        index = config.organisations.count - 1
                    } else if point.point == nil {
                        throw LadderError(.data, field: .organisation, L("\"\(config.organisations[index!].name)\" is already in the config"),
                                          hint: L("change it with: ladder org edit \"\(config.organisations[index!].name)\" ..."))
                    }
                    var o = config.organisations[index!]
                    var said = L("Added \(o.name)")
                    if let pointName = point.point {
                        guard let pn = pointName.nonBlankCLI else { throw Org.fail(L("the contact point's name is empty"), .contactPoint) }
                        guard o.contactPoint(named: pn) == nil else {
                            throw LadderError(.data, field: .contactPoint, L("\(o.name) already has a contact point \"\(pn)\""),
                                              hint: L("change it with: ladder org edit \"\(o.name)\" --point \"\(pn)\" ..."))
                        }
                        guard let rung = point.rung else {
                            throw LadderError(.usage, field: .rung, L("a contact point needs the rung it serves"), hint: L("write e.g. --rung executive"))
                        }
                        var p = ContactPoint(name: pn, rung: rung)
                        try Org.applyPoint(point, hours: org.hours, to: &p)
                        var orgOnly = org
                        orgOnly.hours = []
                        try Org.applyOrg(orgOnly, to: &o)
                        o.contactPoints.append(p)
                        said = isNew ? L("Added \(o.name) with contact point \(p.name) (\(p.rung.name))")
                            : L("Added to \(o.name): contact point \(p.name) (\(p.rung.name))")
                    } else {
                        if point.givesPointDetails {
                            throw Org.fail(L("contact details need --point NAME"), .contactPoint, hint: L("write e.g. --point \"Customer relations\" --rung executive --phone 0570-000-000"))
                        }
                        try Org.applyOrg(org, to: &o)
                    }
                    config.organisations[index!] = o
                    return said
                }
            }
        }
    }

    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "edit",
            abstract: L("Change an organisation, or with --point one of its contact points."),
            discussion: L("Given flags replace the value (--hours replaces all hours); --alias and --holiday add. An empty value clears a field: --phone \"\". --window \"shop=default\" goes back to the default."))
        @OptionGroup var storeOptions: StoreOptions
        @Argument(help: ArgumentHelp(L("The organisation's name or alias.")), completion: .custom(Completions.organisations)) var name: String
        @Option(help: ArgumentHelp(L("A new name (for the contact point with --point)."))) var rename: String?
        @OptionGroup var org: OrgFields
        @OptionGroup var point: PointFields
        @Option(help: ArgumentHelp(L("Remove an alias; repeatable."))) var removeAlias: [String] = []
        @Option(help: ArgumentHelp(L("Remove a holiday; repeatable."), valueName: "date")) var removeHoliday: [String] = []
        @Flag(help: ArgumentHelp(L("Forget the opening hours (of the point with --point)."))) var noHours = false
        @Option(help: ArgumentHelp(L("Remove a contact point."), valueName: "point")) var removePoint: String?

        func run() throws {
            try runReporting(flags: [.organisation: "<name>", .rung: "--rung"]) {
                let context = try Context(storeOptions)
                try Org.save(context) { config in
                    let i = try Org.find(name, in: config)
                    var o = config.organisations[i]
                    var changes: [String] = []
                    if let pn = point.point {
                        guard let j = o.contactPoints.firstIndex(where: { Organisation.key($0.name) == Organisation.key(pn) }) else {
                            let points = o.contactPoints.map(\.name).joined(separator: L(", "))
                            throw LadderError(.data, field: .contactPoint, L("\(o.name) has no contact point \"\(pn)\""),
                                              hint: o.contactPoints.isEmpty ? L("add one: ladder org add \"\(o.name)\" --point \"\(pn)\" --rung shop")
                                                : L("its points: \(points)"))
                        }
                        var p = o.contactPoints[j]
                        try Org.applyPoint(point, hours: org.hours, to: &p)
                        if noHours { p.hours = nil }
                        if let r = rename {
                            guard let rn = r.nonBlankCLI else { throw Org.fail(L("the new name is empty"), .contactPoint) }
                            p.name = rn
                        }
                        if p != o.contactPoints[j] {
                            let what = Org.differences(o.contactPoints[j], p).joined(separator: L(", "))
                            changes.append(L("contact point \(p.name): \(what)"))
                        }
                        o.contactPoints[j] = p
                    } else {
                        if point.givesPointDetails {
                            throw Org.fail(L("contact details need --point NAME"), .contactPoint,
                                           hint: L("write e.g. --point \"Customer relations\" --rung executive --phone 0570-000-000"))
                        }
                        try Org.applyOrg(org, to: &o)
                        o.aliases.removeAll { a in removeAlias.contains { Organisation.key($0) == Organisation.key(a) } }
                        for d in try Org.holidays(removeHoliday) { o.holidays.remove(d) }
                        if noHours { o.hours = nil }
                        if let r = rename {
                            guard let rn = r.nonBlankCLI else { throw Org.fail(L("the new name is empty"), .organisation) }
                            o.name = rn
                        }
                        if let rp = removePoint {
                            guard o.contactPoint(named: rp) != nil else {
                                throw LadderError(.data, field: .contactPoint, L("\(o.name) has no contact point \"\(rp)\""))
                            }
                            o.contactPoints.removeAll { Organisation.key($0.name) == Organisation.key(rp) }
                            changes.append(L("removed contact point \(rp)"))
                        }
                        changes = Org.differences(config.organisations[i], o) + changes
                    }
                    guard !changes.isEmpty else {
                        // Flags that set what is already set change nothing, and say so.
                        let given = org.alias + org.hours + org.holiday + org.window + removeAlias + removeHoliday
                        if given.isEmpty && org.zone == nil && rename == nil && !noHours && removePoint == nil && !point.givesPointDetails {
                            throw LadderError(.usage, L("nothing to change"), hint: L("write e.g. ladder org edit \"\(o.name)\" --zone Asia/Tokyo"))
                        }
                        return L("\(o.name) has these settings already; nothing changed")
                    }
                    for (k, other) in config.organisations.enumerated() where k != i {
                        if other.answers(to: o.name) || o.aliases.contains(where: other.answers) {
                            throw LadderError(.data, field: .organisation, L("\"\(o.name)\" would share a name or alias with \"\(other.name)\""))
                        }
                    }
                    config.organisations[i] = o
                    let what = changes.joined(separator: L(", "))
                    return L("Changed \(o.name): \(what)")
                }
            }
        }
    }
}

extension CivilDay {
    /// `2026年12月31日`, `2026/12/31`: a date with its year, as Japanese writes one.
    init?(written text: String) {
        let plain = text.precomposedStringWithCompatibilityMapping.trimmingCharacters(in: .whitespaces)
        guard let m = plain.wholeMatch(of: /(\d{4})(?:年|\/)(\d{1,2})(?:月|\/)(\d{1,2})日?/), let y = Int(m.1), let mo = Int(m.2), let d = Int(m.3)
        else { return nil }
        self.init(String(format: "%04d-%02d-%02d", y, mo, d))
    }
}
