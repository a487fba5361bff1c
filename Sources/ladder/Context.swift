import ArgumentParser
import Foundation
import LadderCore

/// Options every command takes.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        L("The store folder (default: $LADDER_STORE, else $XDG_DATA_HOME/ladder, else ~/.local/share/ladder)."),
        valueName: "dir"), completion: .directory)
    var store: String?

    @Option(name: .long, help: ArgumentHelp(
        L("The language of screens, messages and documents: ja or en (default: config's language, else LC_ALL, LC_MESSAGES, LANG)."),
        valueName: "lang"))
    var lang: String?

    @OptionGroup var output: OutputOptions
}

/// What a command runs against: the store and one fixed "now".
struct Context {
    private(set) var store: Store
    let now: Date
    let zone: TimeZone
    let environment: [String: String]

    /// `warnings: false` leaves the permission warning to the command (doctor).
    init(_ options: StoreOptions, environment: [String: String] = ProcessInfo.processInfo.environment, warnings: Bool = true) throws {
        store = Store(directory: StoreLocation.resolve(flag: options.store, environment: environment),
                      notice: { printError(L("ladder: \($0)")) })
        if warnings {
            for (path, mode) in store.writableByOthers {
                printError(L("ladder: warning: \(path) can be changed by other users (mode \(String(mode, radix: 8))); to fix it: ladder doctor --repair"))
            }
        }
        zone = .current
        self.environment = environment
        if let fixed = environment["LADDER_NOW"], !fixed.isEmpty {
            guard let date = TimeText.parseISO(fixed, zone: zone) else {
                throw LadderError(.usage, field: .now, L("LADDER_NOW=\(fixed) is not an ISO 8601 time"),
                                  hint: L("write e.g. LADDER_NOW=2026-06-02T17:00:00+09:00"))
            }
            now = date
        } else {
            // Whole seconds: the store writes whole seconds, so "now" compares equal to itself.
            now = Date(timeIntervalSince1970: Date().timeIntervalSince1970.rounded(.down))
        }
        store.now = now
    }

    var parser: WhenParser { WhenParser(now: now, zone: zone) }

    /// Where the configuration lives (Docs/Config.md).
    var configPath: String { ConfigFile.path(environment: environment) }

    /// The configuration; defaults when there is no file. Read only by the commands
    /// that need it, so a broken file stops only them.
    func config() throws -> Config { try ConfigFile.load(configPath, userZone: zone) }

    /// Records an action on a case under the store lock and says what was recorded:
    /// "Case 3: escalated shop -> call-centre".
    @discardableResult
    func record(_ action: CaseAction, on number: CaseNumber, at: Date) throws -> CaseState {
        try record(on: number, at: at) { _ in action }
    }

    /// The same, for an action that depends on the case as it is under the lock.
    @discardableResult
    func record(on number: CaseNumber, at: Date, _ action: (CaseState) throws -> CaseAction) throws -> CaseState {
        var added = 0
        let file = try store.update(number.value) { f in
            let before = f.events.count
            try f.record(try action(CaseState(f)), at: at, now: now)
            added = f.events.count - before
        }
        let state = CaseState(file)
        // An action may append more than one event (an escalation that carries promises up).
        for (i, event) in file.events.suffix(added).enumerated() {
            let line = TimelineText.describe(event, in: state).line
            print(i == 0 ? L("Case \(state.number): \(line)") : "  " + line)
        }
        return state
    }

    /// Reads an event time (--at); nil means now.
    func moment(_ text: String?, flag: String = "--at") throws -> Date {
        guard let text else { return now }
        return try named(flag) { () throws(LadderError) in try parser.parse(text, role: .moment) }
    }

    /// Reads a due time (--due) as said at `event`: "fri" or "2h" in a promise made
    /// last Monday mean that week's Friday, two hours after the promise.
    /// Business time (`2 business days`) counts on the organisation's clocks.
    func deadline(_ text: String?, from event: Date, on rung: Rung, clocks: Clocks, flag: String = "--due") throws -> Date? {
        guard let text else { return nil }
        return try named(flag) { () throws(LadderError) in try clocks.deadline(text, from: event, on: rung, zone: zone) }
    }

    /// Reads a length of time (--held, --took).
    func duration(_ text: String?, flag: String) throws -> TimeInterval? {
        guard let text else { return nil }
        let seconds = try Context.length(text, flag: flag)
        guard seconds <= Bounds.contactLength else {
            throw CLIError(kind: .usage, flag: flag, message: L("\(text) is longer than a day (24h at the most)"),
                           hint: L("write how long this one contact took, e.g. 1h30m"))
        }
        return seconds
    }

    /// A length of time as written for a flag (`40m`, `1h30m`); a negative one is named
    /// as such: "--held: -5m is negative".
    static func length(_ text: String, flag: String, example: String = "40m", examples: [String]? = nil) throws -> TimeInterval {
        let t = text.trimmingCharacters(in: .whitespaces)
        if t.hasPrefix("-"), let s = WhenParser.length(String(t.dropFirst())), s > 0 {
            throw CLIError(kind: .usage, flag: flag, message: L("\(t) is negative"), hint: L("write how long, e.g. \(flag) \(example)"))
        }
        if WhenParser.hasBareCapitalM(t) {
            throw CLIError(kind: .usage, flag: flag, message: L("\"\(t)\": M could be minutes or months"),
                           hint: L("write m for minutes, e.g. \(flag) \(example); a month as days, e.g. \(flag) 30d"))
        }
        guard let seconds = WhenParser.length(t), seconds >= 0 else {
            // A month's length depends on where it starts: a length is never one.
            if t.range(of: #"^[0-9.]+\s*(mo|mos|month|months|か月|ヶ月|カ月|ヵ月|ケ月)$"#, options: [.regularExpression, .caseInsensitive]) != nil {
                throw CLIError(kind: .usage, flag: flag, message: L("\"\(t)\": a month is no fixed length"),
                               hint: L("write it as days, e.g. \(flag) 30d"))
            }
            let written = examples?.joined(separator: L(", ")) ?? WhenParser.durationExamples
            throw CLIError(kind: .usage, flag: flag, message: L("cannot read \"\(text)\" as a duration"),
                           hint: L("write e.g. \(written)"))
        }
        return seconds
    }

    private func named<T>(_ flag: String, _ body: () throws(LadderError) -> T) throws -> T {
        do { return try body() } catch { throw CLIError(error, flag: flag) }
    }
}

/// An error as the command line reports it: which flag, what, and how to write it.
struct CLIError: Error {
    var kind: LadderError.Kind
    var flag: String?
    var message: String
    var hint: String?

    init(kind: LadderError.Kind, flag: String?, message: String, hint: String? = nil) {
        self.kind = kind
        self.flag = flag
        self.message = message
        self.hint = hint
    }

    init(_ e: LadderError, flag: String?) {
        self.init(kind: e.kind, flag: flag, message: e.message, hint: e.hint)
    }
}

/// The flag names a command uses for each domain field, for error messages.
let defaultFlags: [LadderError.Field: String] = [
    .title: "<title>", .organisation: "--org", .product: "--product", .reference: "--ref", .tag: "--tag",
    .rung: "--rung", .at: "--at", .due: "--due", .what: "<what>", .who: "--who", .reason: "--reason",
    .item: "<item>", .note: "--note", .channel: "--via", .failure: "--failure", .held: "--held",
    .took: "--took", .caseNumber: "<case-number>", .now: "LADDER_NOW", .number: "--number", .desk: "--desk",
    .hours: "--hours", .holiday: "--holiday", .window: "--window", .replyWithin: "--reply-within", .zone: "--zone", .contactPoint: "--point",
    .file: "<file>",
]

/// Runs a command body and turns every failure into a clear message on standard
/// error and the documented exit status. Nothing is written when the body throws
/// before its store call, and the store writes nothing when validation fails.
func runReporting(flags: [LadderError.Field: String] = [:], _ body: () throws -> Void) throws {
    do {
        try body()
    } catch let e as ExitCode {
        throw e
    } catch let e as CLIError {
        throw report(kind: e.kind, flag: e.flag, message: e.message, hint: e.hint)
    } catch let e as LadderError {
        let flag = e.field.flatMap { flags[$0] ?? defaultFlags[$0] }
        throw report(kind: e.kind, flag: flag, message: e.message, hint: e.hint)
    } catch let e as ConfigError {
        printError(L("ladder: error: config: \(e.description)"))
        throw ExitCode(78)
    } catch let e as StoreError {
        switch e {
        case .caseNotFound:
            throw report(kind: .data, flag: "<case-number>", message: e.description, hint: L("see the numbers with: ladder list --all"))
        case .damaged:
            throw report(kind: .data, flag: nil, message: e.description, hint: nil)
        case .io, .denied:
            printError(L("ladder: error: \(e.description)"))
            throw ExitCode(74)
        }
    }
}

/// Prints the message and gives the exit status: 64 for usage, 65 for data.
private func report(kind: LadderError.Kind, flag: String?, message: String, hint: String?) -> ExitCode {
    let where_ = flag.map { "\($0): " } ?? ""
    let how = hint.map { "\n  \($0)" } ?? ""
    printError(L("ladder: error: \(where_)\(message)\(how)"))
    return ExitCode(kind == .usage ? 64 : 65)
}

/// Messages often repeat stored or typed text: made inert like every other output.
func printError(_ text: String) {
    FileHandle.standardError.write(Data((TerminalText.block(text) + "\n").utf8))
}

func warn(_ problems: [StoreProblem]) {
    for p in problems { printError(L("ladder: warning: \(p.description)")) }
}
