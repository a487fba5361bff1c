import Foundation

/// A configuration file that cannot be used, with the place in it and the fix.
public struct ConfigError: Error, Sendable, Equatable, CustomStringConvertible {
    public var file: String
    /// Where in the JSON: `organisations[0].hours.wed`.
    public var key: String?
    public var message: String
    public var hint: String?

    public var description: String {
        let place = key.map { "\(file): \($0): " } ?? "\(file): "
        guard let hint else { return place + message }
        // Japanese puts the fix straight after the message: the message must end as a
        // sentence does (a JSON reader's message does not).
        var message = message
        if Language.current == .ja, message.last != "。" { message += "。" }
        return L("\(place)\(message); \(hint)")
    }
}

/// Where the configuration lives, and reading and writing it. The file is optional:
/// without it every default applies. Reading is strict: an unknown key is an error,
/// because a misspelt key silently ignored gives wrong due times.
public enum ConfigFile {
    /// `$XDG_CONFIG_HOME/ladder/config.json`, else `~/.config/ladder/config.json`.
    public static func path(environment: [String: String]) -> String {
        if let x = environment["XDG_CONFIG_HOME"], x.hasPrefix("/") { return x + "/ladder/config.json" }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return home + "/.config/ladder/config.json"
    }

    public static let version = 1

    public static func load(_ path: String, userZone: TimeZone = .current) throws(ConfigError) -> Config {
        guard FileSystem.exists(path) else { return Config(userZone: userZone) }
        let data: Data
        do { data = try FileSystem.read(path, atMost: 1_048_576) } catch {
            throw ConfigError(file: path, message: L("cannot read it (\(error))"), hint: L("check its permissions"))
        }
        return try decode(data, file: path, userZone: userZone)
    }

    public static func decode(_ data: Data, file: String, userZone: TimeZone = .current) throws(ConfigError) -> Config {
        let root: Any
        do { root = try JSONSerialization.jsonObject(with: data) } catch {
            // Foundation does not say where: the place is found apart, by line and column.
            let place = JSONPlace.problem(in: data).map { L("it is not valid JSON: \($0.description)") } ?? L("it is not valid JSON")
            throw ConfigError(file: file, message: place, hint: L("fix it with: ladder config --edit"))
        }
        return try ConfigReader(file: file).config(Node(value: root, key: nil), userZone: userZone)
    }

    /// Writes the configuration atomically (0600), under a lock beside it, so two
    /// `ladder org` commands at once cannot lose each other's change. `change`
    /// receives the file as it is on disk now.
    @discardableResult
    public static func update(_ path: String, userZone: TimeZone = .current,
                              _ change: (inout Config) throws -> Void) throws -> Config {
        let dir = PathText.folder(path)
        do { try FileSystem.makePrivateDirectory(dir) } catch {
            throw ConfigError(file: path, message: L("cannot create its folder (\(error))"))
        }
        let lock: StoreLock
        do { lock = try StoreLock(path: path + ".lock") } catch {
            throw ConfigError(file: path, message: "\(error)", hint: L("another ladder may be writing it; try again"))
        }
        return try withExtendedLifetime(lock) {
            var config = try load(path, userZone: userZone)
            try change(&config)
            do { try FileSystem.writeAtomically(encode(config), to: path) } catch {
                throw ConfigError(file: path, message: L("cannot write it (\(error))"))
            }
            return config
        }
    }

    public static func encode(_ config: Config) -> Data {
        var root: [String: Any] = ["version": version]
        if let z = config.zone { root["zone"] = z.identifier }
        if let h = config.hours { root["hours"] = hoursObject(h) }
        if !config.holidays.isEmpty { root["holidays"] = config.holidays.sorted().map(\.description) }
        if !config.windows.isEmpty { root["windows"] = windowsObject(config.windows) }
        if let c = config.climbAfter { root["climbAfter"] = c.description }
        if let l = config.language { root["language"] = l.rawValue }
        if !config.myAddresses.isEmpty { root["me"] = ["addresses": config.myAddresses] }
        if let n = config.notify { root["notify"] = n }
        root["organisations"] = config.organisations.map { org -> [String: Any] in
            var o: [String: Any] = ["name": org.name]
            if !org.aliases.isEmpty { o["aliases"] = org.aliases }
            if let l = org.language { o["language"] = l.rawValue }
            if let z = org.zone { o["zone"] = z.identifier }
            if let h = org.hours { o["hours"] = hoursObject(h) }
            if !org.holidays.isEmpty { o["holidays"] = org.holidays.sorted().map(\.description) }
            if !org.windows.isEmpty { o["windows"] = windowsObject(org.windows) }
            if let n = org.formLimit { o["formLimit"] = n }
            o["contactPoints"] = org.contactPoints.map { p -> [String: Any] in
                var c: [String: Any] = ["name": p.name, "rung": p.rung.rawValue]
                if let v = p.phone { c["phone"] = v }
                if let v = p.email { c["email"] = v }
                if !p.domains.isEmpty { c["domains"] = p.domains }
                if let v = p.replyWithin { c["replyWithin"] = v.description }
                if let v = p.web { c["web"] = v }
                if let h = p.hours { c["hours"] = hoursObject(h) }
                if let v = p.cost { c["cost"] = v.rawValue }
                if let v = p.notes { c["notes"] = v }
                return c
            }
            return o
        }
        // Both sorted-keys output and our fixed inputs make the file stable.
        let data = (try? JSONSerialization.data(withJSONObject: root, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])) ?? Data("{}".utf8)
        return data + Data("\n".utf8)
    }

    static func hoursObject(_ h: OpeningHours) -> [String: String] {
        let entries = h.entries
        if entries.isEmpty { return ["daily": "closed"] }
        return Dictionary(uniqueKeysWithValues: entries.map { ($0.days, $0.times) })
    }

    static func windowsObject(_ w: [Rung: ReplyWindow]) -> [String: String] {
        Dictionary(uniqueKeysWithValues: w.map { ($0.key.rawValue, $0.value.description) })
    }
}

/// A JSON value and where it sits in the file.
struct Node {
    var value: Any
    var key: String?

    func child(_ name: String) -> String { key.map { "\($0).\(name)" } ?? name }
}

/// Reads the configuration's JSON tree, naming the key of anything wrong.
struct ConfigReader {
    var file: String

    func fail(_ node: Node, _ message: String, hint: String? = nil) -> ConfigError {
        ConfigError(file: file, key: node.key, message: message, hint: hint)
    }

    func object(_ node: Node, allowed: [String]) throws(ConfigError) -> [String: Node] {
        guard let dict = node.value as? [String: Any] else { throw fail(node, L("should be an object { ... }")) }
        var out: [String: Node] = [:]
        for (k, v) in dict {
            guard allowed.contains(k) else {
                throw ConfigError(file: file, key: node.child(k), message: L("is not a known key"),
                                  hint: L("the keys here are \(allowed.joined(separator: L(", "))) (man 5 ladder-store)"))
            }
            if v is NSNull { continue }
            out[k] = Node(value: v, key: node.child(k))
        }
        return out
    }

    func string(_ node: Node) throws(ConfigError) -> String {
        guard let s = node.value as? String else { throw fail(node, L("should be a string in quotes")) }
        guard let t = s.nonBlank else { throw fail(node, L("is empty")) }
        return t
    }

    /// A whole number above 0 (a limit in characters).
    func count(_ node: Node) throws(ConfigError) -> Int {
        guard !(node.value is Bool), let n = node.value as? Int, n > 0 else {
            throw fail(node, L("should be a whole number above 0"), hint: L("write e.g. 400"))
        }
        return n
    }

    func strings(_ node: Node) throws(ConfigError) -> [String] {
        guard let array = node.value as? [Any] else { throw fail(node, L("should be a list [ ... ]")) }
        var out: [String] = []
        for (i, v) in array.enumerated() { out.append(try string(Node(value: v, key: "\(node.key ?? "")[\(i)]"))) }
        return out
    }

    func zone(_ node: Node) throws(ConfigError) -> TimeZone {
        let name = try string(node)
        guard let z = TimeZone(identifier: name) else {
            throw fail(node, L("\"\(name)\" is not a time zone"), hint: L("write a tz database name, e.g. Asia/Tokyo or Europe/London"))
        }
        return z
    }

    func hours(_ node: Node) throws(ConfigError) -> OpeningHours {
        guard let dict = node.value as? [String: Any] else {
            throw fail(node, L("should be an object of days and times"), hint: L("write e.g. {\"mon-fri\": \"09:00-18:00\", \"wed\": \"closed\"}"))
        }
        var entries: [(days: String, times: String)] = []
        for (k, v) in dict.sorted(by: { $0.key < $1.key }) {
            entries.append((k, try string(Node(value: v, key: node.child(k)))))
        }
        do { return try OpeningHours.parse(entries) } catch {
            throw fail(node, error.message, hint: error.hint)
        }
    }

    func holidays(_ node: Node) throws(ConfigError) -> Set<CivilDay> {
        var out = Set<CivilDay>()
        for (i, text) in try strings(node).enumerated() {
            guard let day = CivilDay(text) else {
                throw ConfigError(file: file, key: "\(node.key ?? "")[\(i)]", message: L("\"\(text)\" is not a date"),
                                  hint: L("write e.g. \"2026-12-31\""))
            }
            out.insert(day)
        }
        return out
    }

    func window(_ node: Node) throws(ConfigError) -> ReplyWindow {
        let text = try string(node)
        guard let w = ReplyWindow(written: text) else {
            throw fail(node, L("\"\(text)\" is not a reply window"), hint: L("write e.g. \(ReplyWindow.examples)"))
        }
        return w
    }

    func windows(_ node: Node) throws(ConfigError) -> [Rung: ReplyWindow] {
        let fields = try object(node, allowed: Rung.allCases.map(\.rawValue))
        var out: [Rung: ReplyWindow] = [:]
        for (k, v) in fields { out[Rung(rawValue: k)!] = try window(v) }
        return out
    }

    func config(_ root: Node, userZone: TimeZone) throws(ConfigError) -> Config {
        let f = try object(root, allowed: ["version", "zone", "hours", "holidays", "windows", "climbAfter", "language", "me", "notify", "organisations"])
        if let v = f["version"] {
            guard let n = v.value as? Int else { throw fail(v, L("should be a number")) }
            guard n <= ConfigFile.version else {
                throw fail(v, L("is \(n); this ladder reads up to \(ConfigFile.version)"), hint: L("upgrade ladder to read this file"))
            }
        }
        var config = Config(userZone: userZone)
        config.zone = try f["zone"].map { (n) throws(ConfigError) in try zone(n) }
        config.hours = try f["hours"].map { (n) throws(ConfigError) in try hours(n) }
        config.holidays = try f["holidays"].map { (n) throws(ConfigError) in try holidays(n) } ?? []
        config.windows = try f["windows"].map { (n) throws(ConfigError) in try windows(n) } ?? [:]
        config.climbAfter = try f["climbAfter"].map { (n) throws(ConfigError) in try window(n) }
        config.language = try f["language"].map { (n) throws(ConfigError) in try language(n) }
        if let me = f["me"] {
            let m = try object(me, allowed: ["addresses"])
            config.myAddresses = try m["addresses"].map { (n) throws(ConfigError) in try addresses(n) } ?? []
        }
        config.notify = try f["notify"].map { (n) throws(ConfigError) in try string(n) }
        if let list = f["organisations"] {
            guard let array = list.value as? [Any] else { throw fail(list, L("should be a list [ ... ]")) }
            for (i, v) in array.enumerated() {
                let org = try organisation(Node(value: v, key: "organisations[\(i)]"))
                if let same = config.organisations.first(where: { o in o.answers(to: org.name) || org.aliases.contains(where: o.answers) }) {
                    throw fail(Node(value: v, key: "organisations[\(i)]"), L("\"\(org.name)\" shares a name or alias with \"\(same.name)\""),
                               hint: L("give each organisation its own names"))
                }
                config.organisations.append(org)
            }
        }
        for (hoursNode, h) in [(f["hours"], config.hours)] where h?.isNeverOpen == true {
            throw fail(hoursNode!, L("is never open, so business time could never pass"), hint: L("give at least one day's hours"))
        }
        return config
    }

    /// `"ja"` or `"en"` (also `ja_JP.UTF-8`, `japanese`).
    func language(_ node: Node) throws(ConfigError) -> Language {
        let text = try string(node)
        guard let language = Language(code: text) else {
            throw fail(node, L("\"\(text)\" is not a language ladder speaks"), hint: L("write one of \(Language.namesForHelp)"))
        }
        return language
    }

    func organisation(_ node: Node) throws(ConfigError) -> Organisation {
        let f = try object(node, allowed: ["name", "aliases", "language", "zone", "hours", "holidays", "windows", "contactPoints", "formLimit"])
        guard let nameNode = f["name"] else { throw fail(node, L("has no \"name\""), hint: L("write e.g. \"name\": \"Kestrel Mobile\"")) }
        var org = Organisation(name: try string(nameNode))
        org.aliases = try f["aliases"].map { (n) throws(ConfigError) in try strings(n) } ?? []
        org.zone = try f["zone"].map { (n) throws(ConfigError) in try zone(n) }
        org.language = try f["language"].map { (n) throws(ConfigError) in try language(n) }
        org.hours = try f["hours"].map { (n) throws(ConfigError) in try hours(n) }
        if org.hours?.isNeverOpen == true {
            throw fail(f["hours"]!, L("is never open, so business time could never pass"), hint: L("give at least one day's hours"))
        }
        org.holidays = try f["holidays"].map { (n) throws(ConfigError) in try holidays(n) } ?? []
        org.windows = try f["windows"].map { (n) throws(ConfigError) in try windows(n) } ?? [:]
        org.formLimit = try f["formLimit"].map { (n) throws(ConfigError) in try count(n) }
        if let list = f["contactPoints"] {
            guard let array = list.value as? [Any] else { throw fail(list, L("should be a list [ ... ]")) }
            for (i, v) in array.enumerated() {
                let p = try contactPoint(Node(value: v, key: "\(list.key!)[\(i)]"))
                if org.contactPoint(named: p.name) != nil {
                    throw fail(Node(value: v, key: "\(list.key!)[\(i)]"), L("a second contact point named \"\(p.name)\""),
                               hint: L("give each contact point its own name"))
                }
                org.contactPoints.append(p)
            }
        }
        return org
    }

    /// E-mail addresses, each with one `@` and something on both sides.
    func addresses(_ node: Node) throws(ConfigError) -> [String] {
        let list = try strings(node)
        for (i, a) in list.enumerated() where !MailMatching.isAddress(a) {
            throw ConfigError(file: file, key: "\(node.key ?? "")[\(i)]", message: L("\"\(a)\" is not an e-mail address"),
                              hint: L("write e.g. \"ken@example.com\""))
        }
        return list
    }

    /// Mail domains (`support.kestrel.example`), without `@`.
    func domains(_ node: Node) throws(ConfigError) -> [String] {
        let list = try strings(node)
        for (i, d) in list.enumerated() where !MailMatching.isDomain(d) {
            throw ConfigError(file: file, key: "\(node.key ?? "")[\(i)]", message: L("\"\(d)\" is not a mail domain"),
                              hint: L("write the part after the @, e.g. \"support.kestrel.example\""))
        }
        return list
    }

    func contactPoint(_ node: Node) throws(ConfigError) -> ContactPoint {
        let f = try object(node, allowed: ["name", "rung", "phone", "email", "domains", "replyWithin", "web", "hours", "cost", "notes"])
        guard let nameNode = f["name"] else { throw fail(node, L("has no \"name\""), hint: L("write e.g. \"name\": \"Customer relations\"")) }
        guard let rungNode = f["rung"] else { throw fail(node, L("has no \"rung\""), hint: L("write one of \(Rung.namesInHints)")) }
        let rungText = try string(rungNode)
        guard let rung = Rung(loose: rungText) else {
            throw fail(rungNode, L("\"\(rungText)\" is not a rung"), hint: L("write one of \(Rung.namesInHints)"))
        }
        var p = ContactPoint(name: try string(nameNode), rung: rung)
        p.phone = try f["phone"].map { (n) throws(ConfigError) in try string(n) }
        p.email = try f["email"].map { (n) throws(ConfigError) in try string(n) }
        p.domains = try f["domains"].map { (n) throws(ConfigError) in try domains(n) } ?? []
        p.replyWithin = try f["replyWithin"].map { (n) throws(ConfigError) in try window(n) }
        p.web = try f["web"].map { (n) throws(ConfigError) in try string(n) }
        p.hours = try f["hours"].map { (n) throws(ConfigError) in try hours(n) }
        p.notes = try f["notes"].map { (n) throws(ConfigError) in try string(n) }
        if let c = f["cost"] {
            let text = try string(c)
            guard let cost = LineCost(rawValue: text) else {
                throw fail(c, L("\"\(text)\" is not a cost"), hint: L("write \"toll-free\" or \"paid\""))
            }
            p.cost = cost
        }
        return p
    }
}
