import ArgumentParser
import Foundation
import LadderCore

extension ReportFormat: ExpressibleByArgument {
    public init?(argument: String) { self.init(rawValue: argument.lowercased()) }
    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}

struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: L("Reports for the morning or for cron: overdue, due, stale, scorecard."),
        discussion: L("Reports never change a case (at most they bring the store's index up to date), so they run while the front end is open. Exit status: 0 when nothing is overdue, 1 when a reply is overdue (either way), 64/65/74/78 on errors, 75 when the config's notify command failed (overdue). With --quiet nothing is printed when nothing is overdue, so cron mails only when it matters: 0 8 * * * ladder report overdue --quiet."),
        subcommands: [Overdue.self, Due.self, Stale.self, Scorecard.self])
}

/// The options every report takes.
struct ReportOptions: ParsableArguments {
    @OptionGroup var storeOptions: StoreOptions
    @Option(help: ArgumentHelp(L("text (80 columns, the default), markdown or json (man 5 ladder-store)."))) var format: ReportFormat?
    @Flag(help: ArgumentHelp(L("JSON, as every reading command writes it: the same as --format json."))) var json = false
    @Option(name: .customLong("as-of"), parsing: .unconditional,
            help: ArgumentHelp(L("Report at another instant, e.g. \"mon 09:00\", 2026-07-20T09:00, \"in 2d\"."), valueName: "when"))
    var asOf: String?
    @Flag(help: ArgumentHelp(L("Print nothing when nothing is overdue."))) var quiet = false
    @Option(help: ArgumentHelp(L("Only organisations whose name contains this text.")), completion: .custom(Completions.organisations)) var org: String?

    func validate() throws {
        if json, let format, format != .json { throw ValidationError(L("give --json or --format \(format.rawValue), not both")) }
    }

    /// What to print: `--json` is `--format json`, as `list --json` and `show --json`.
    var chosenFormat: ReportFormat { json ? .json : format ?? .text }

    /// The JSON is made only when asked for.
    typealias Made = (document: ReportDocument, json: () -> any Encodable, overdue: Int)

    /// Runs a report the index can answer: no timeline is decoded unless a case has
    /// events after the report's instant.
    func run(_ make: (ReportInput<CaseSummary>) -> Made) throws {
        try report { context, config, instant in
            let (summaries, problems) = try context.store.summaries()
            warn(problems)
            let input = ReportInput(summaries: summaries, config: config, asOf: instant, organisation: org,
                                    reload: { try? context.store.load($0) })
            return (make(input), input)
        }
    }

    /// `run` for the overdue report: the index passes over cases with nothing overdue
    /// without decoding them, and the rest are kept as it has them (`IndexedCase`).
    /// `then` runs once the report is printed (the notify hook), and may give the exit
    /// status instead.
    func runOverdue(then: ((Context, Config) -> Int32?)? = nil, _ make: (ReportInput<IndexedCase>) -> Made) throws {
        try report(then: then) { context, config, instant in
            let (cases, problems) = try context.store.overdueCases(at: instant)
            warn(problems)
            let input = ReportInput(indexed: cases, config: config, asOf: instant, organisation: org,
                                    reload: { try? context.store.load($0) })
            return (make(input), input)
        }
    }

    /// Runs a report that needs every case's whole timeline.
    func runOnTimelines(_ make: (ReportInput<CaseState>) -> Made) throws {
        try report { context, config, instant in
            let (files, problems) = try context.store.loadAll()
            warn(problems)
            let input = ReportInput(files: files, config: config, asOf: instant, organisation: org)
            return (make(input), input)
        }
    }

    /// Reads the configuration and the instant, makes the report, prints it, and exits
    /// 1 when something is overdue. `make` gives the report and what it was made from.
    private func report(then: ((Context, Config) -> Int32?)? = nil,
                        _ make: (Context, Config, Date) throws -> (Made, source: Any)) throws {
        var overdue = 0
        try runReporting(flags: [.at: "--as-of"]) {
            let context = try Context(storeOptions)
            let instant = try context.moment(asOf, flag: "--as-of")
            let config = try context.config()
            let (report, source) = try make(context, config, instant)
            overdue = report.overdue
            if quiet && overdue == 0 { return }
            var document = report.document
            // Under cron there is often no TZ: the times would have no zone to read them by.
            if (context.environment["TZ"] ?? "").isEmpty { document.title = Self.zoneLabelled(document.title, zone: context.zone, at: instant) }
            Pager.start()
            switch chosenFormat {
            case .json: try printJSON(report.json())
            case let format: Output.stream { document.write(format, paint: Output.colour ? Paint.report : nil, to: $0) }
            }
            // Done: exit here rather than unwind, with the cases read still held, so they
            // are not freed one by one (a tenth of the run at 10,000 cases); the system
            // takes the memory back.
            let status = then?(context, config) ?? (overdue > 0 ? 1 : 0)
            withExtendedLifetime(source) { Foundation.exit(status) }
        }
        if overdue > 0 { throw ExitCode(1) }
    }

    /// `Overdue replies, as of Mon 2026-07-20 09:30 (Asia/Tokyo, UTC+09:00)`.
    static func zoneLabelled(_ title: String, zone: TimeZone, at instant: Date) -> String {
        let seconds = zone.secondsFromGMT(for: instant)
        let offset = String(format: "%@%02d:%02d", seconds < 0 ? "-" : "+", abs(seconds) / 3600, abs(seconds) % 3600 / 60)
        let name = zone.identifier
        return L("\(title) (\(name), UTC\(offset))")
    }
}

extension Report {
    struct Overdue: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "overdue",
            abstract: L("Every overdue reply on open cases, either way, by organisation, with the next step."))
        @OptionGroup var options: ReportOptions

        func run() throws {
            var report: OverdueReport?
            // The notify hook tells of replies overdue now: not of a report at another instant.
            let notify = { (context: Context, config: Config) -> Int32? in
                guard options.asOf == nil, let command = config.notify, let report else { return nil }
                return NotifyHook.run(report, command: command, store: context.store, complete: options.org == nil)
            }
            try options.runOverdue(then: notify) { input in
                let r = OverdueReport(input)
                report = r
                return (r.document, { r.json }, r.count)
            }
        }
    }

    struct Due: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "due",
            abstract: L("Replies falling due within a stretch of time, soonest first."),
            discussion: L("Example: ladder report due --within 1d"))
        @OptionGroup var options: ReportOptions
        @Option(parsing: .unconditional, help: ArgumentHelp(L("How far ahead to look, e.g. 12h, 1d, 1w."), valueName: "duration")) var within: String = "1d"

        func run() throws {
            var seconds: TimeInterval = 0
            try runReporting {
                seconds = try Context.length(within, flag: "--within", example: "1d", examples: ["12h", "1d", "2w"])
                guard seconds > 0 else {
                    throw CLIError(kind: .usage, flag: "--within", message: L("\(within) looks no time ahead"), hint: L("write e.g. --within 1d"))
                }
            }
            try options.run { input in
                let r = DueReport(input, within: seconds)
                return (r.document, { r.json }, r.overdue)
            }
        }
    }

    struct Stale: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "stale",
            abstract: L("Open cases with no contact that got through for N days or more."),
            discussion: L("Failed attempts (no answer, wrong number) do not count as contact."))
        @OptionGroup var options: ReportOptions
        @Option(parsing: .unconditional, help: ArgumentHelp(L("Days without contact."))) var days: Int = 7

        func run() throws {
            try runReporting {
                guard days >= 0 else {
                    throw CLIError(kind: .usage, flag: "--days", message: L("\(days) is negative"), hint: L("write e.g. --days 7"))
                }
            }
            try options.run { input in
                let r = StaleReport(input, days: days)
                return (r.document, { r.json }, r.overdue)
            }
        }
    }

    struct Scorecard: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "scorecard",
            abstract: L("Per organisation: cases, promises kept, late and broken, median reply time, top rung, hold time."))
        @OptionGroup var options: ReportOptions

        func run() throws {
            try options.runOnTimelines({ input in
                let r = LadderCore.Scorecard(input)
                return (r.document, { r.json }, r.overdue)
            })
        }
    }
}
