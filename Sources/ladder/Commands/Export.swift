import ArgumentParser
import Foundation
import LadderCore

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: L("A case written up (markdown, html, json; --redact for publishing), or pending replies as calendar entries (--ics)."),
        discussion: L("ladder export CASE --format markdown|html|json [--redact] writes one case up for publishing or for an ombudsman: the ladder with the time on each rung, every contact with hold times, every promise and what became of it, and the dated timeline. HTML is one self-contained file. --redact replaces the people the case names (every form of their names), e-mail addresses and phone numbers with placeholders (the same person is always \"Agent A\"), keeps the company and its desks, and lists on standard error what it replaced and every possible name it kept (Japanese has no spaces: a surname alone counts only where it stands as a name); --redact-also and --keep decide otherwise. ladder export --all --format json prints the whole store as one JSON document, every case with its events as stored, for ladder import on another store. ladder export --ics [CASE...] prints every promised reply of the cases (or of the cases named) as an iCalendar event at its due time, with an alarm --alarm before it (default 30m); each keeps its UID, and a cleared reply comes back cancelled, so calendar programs that update by UID follow along. A due given as a day is an all-day event. --output FILE replaces FILE whole or not at all, for a calendar subscription: ladder export --ics --output ~/calendars/ladder.ics."))

    @OptionGroup var storeOptions: StoreOptions
    @Argument(help: ArgumentHelp(L("The cases (default: every open case)."))) var caseNumbers: [CaseNumber] = []
    @Option(help: ArgumentHelp(L("markdown, html or json: a write-up of one case."))) var format: WriteUpFormat?
    @Flag(help: ArgumentHelp(L("With --format: replace staff names, e-mail addresses and phone numbers."))) var redact = false
    @Option(name: .customLong("redact-also"), help: ArgumentHelp(L("With --redact: a word to redact wherever it stands; repeatable."), valueName: "word"))
    var redactAlso: [String] = []
    @Option(help: ArgumentHelp(L("With --redact: a word never to redact (a place, a building); repeatable."), valueName: "word"))
    var keep: [String] = []
    @Flag(help: ArgumentHelp(L("With --redact: keep the numbers and addresses configured for the organisation's contact points.")))
    var keepCompanyNumbers = false
    @Flag(help: ArgumentHelp(L("Calendar entries for pending replies (RFC 5545)."))) var ics = false
    @Flag(help: ArgumentHelp(L("With --format json: the whole store, every case with its events, for ladder import."))) var all = false
    @Option(parsing: .unconditional, help: ArgumentHelp(L("How long before a due time the alarm goes off, e.g. 30m, 1h."), valueName: "duration")) var alarm = "30m"
    @Option(help: ArgumentHelp(L("With --ics or --all: write to this file, replacing it atomically (for a calendar subscription)."), valueName: "file"),
            completion: .file())
    var output: String?

    func run() throws {
        try runReporting {
            if !redact, let flag = !redactAlso.isEmpty ? "--redact-also" : !keep.isEmpty ? "--keep" : keepCompanyNumbers ? "--keep-company-numbers" : nil {
                throw CLIError(kind: .usage, flag: flag, message: L("\(flag) goes with --redact"), hint: L("write e.g. ladder export 3 --format html --redact \(flag)"))
            }
            if all { return try exportAll() }
            if let format {
                guard output == nil else { throw CLIError(kind: .usage, flag: "--output", message: L("--output goes with --ics or --all")) }
                guard !ics else { throw CLIError(kind: .usage, flag: "--ics", message: L("give --format or --ics, not both")) }
                guard caseNumbers.count == 1 else {
                    throw CLIError(kind: .usage, flag: "<case-number>", message: L("a write-up is of one case"),
                                   hint: L("write e.g. ladder export 3 --format html > case-3.html"))
                }
                return try writeUp(caseNumbers[0], format: format)
            }
            guard ics else {
                throw CLIError(kind: .usage, flag: "--format", message: L("say what to export"),
                               hint: L("write e.g. ladder export 3 --format markdown, or ladder export --ics > replies.ics"))
            }
            guard !redact else { throw CLIError(kind: .usage, flag: "--redact", message: L("--redact goes with --format")) }
            try checkOutput()
            let before = try Context.length(alarm, flag: "--alarm", example: "30m", examples: ["30m", "2h", "1d"])
            let context = try Context(storeOptions)
            let states: [CaseState]
            if caseNumbers.isEmpty {
                let (files, problems) = try context.store.loadAll()
                warn(problems)
                states = files.map(CaseState.init)
            } else {
                states = try caseNumbers.map { CaseState(try context.store.load($0.value)) }
            }
            // Each case's entries in the language of documents to its organisation.
            let config = try? context.config()
            let ics = CalendarExport.ics(states, now: context.now, zone: context.zone, alarm: before) {
                LanguageChoice.document(for: $0.details.organisation, config: config)
            }
            if let output {
                try OutputFile.replace(output, with: Data(ics.utf8))
            } else {
                FileHandle.standardOutput.write(Data(ics.utf8))
            }
        }
    }

    private func writeUp(_ number: CaseNumber, format: WriteUpFormat) throws {
        let context = try Context(storeOptions)
        let state = CaseState(try context.store.load(number.value))
        // Markdown and HTML are written for the company or the public, in the language of
        // documents to it; JSON is for scripts and stays English (Docs/JSON.md).
        let language = format == .json ? .en : LanguageChoice.document(for: state.details.organisation, config: try? context.config())
        try Language.$bound.withValue(language) {
            var doc = WriteUp(state, now: context.now, zone: context.zone)
            if redact {
                let options = Redactor.Options(redactAlso: redactAlso, keep: keep, keepCompanyNumbers: keepCompanyNumbers)
                let (redacted, redactor) = WriteUp.redacted(state, now: context.now, zone: context.zone, config: try context.config(), options: options)
                doc = redacted
                // What was replaced is told to the user, in the user's language.
                Language.$bound.withValue(nil) { report(redactor) }
            }
            switch format {
            case .markdown: print(doc.markdown, terminator: "")
            case .html: print(doc.html, terminator: "")
            case .json: try printJSON(doc)
            }
        }
    }

    /// On standard error: what the redaction replaced and the possible names it kept.
    private func report(_ redactor: Redactor) {
        for r in redactor.replaced {
            let (original, placeholder, count) = (TerminalText.line(r.original), r.placeholder, r.count)
            printError(count == 1 ? L("redacted: \"\(original)\" -> \(placeholder) (1 time)")
                                  : L("redacted: \"\(original)\" -> \(placeholder) (\(count) times)"))
        }
        if redactor.replaced.isEmpty { printError(L("redacted: nothing (no staff names, e-mail addresses or phone numbers found)")) }
        for p in redactor.possibleNames {
            let (form, context, count) = (TerminalText.line(p.form), TerminalText.line(p.context), p.count)
            printError(count == 1 ? L("possible name, kept: \"\(form)\" in \"…\(context)…\" (1 time); to redact it: --redact-also \(form)")
                                  : L("possible name, kept: \"\(form)\" in \"…\(context)…\" (\(count) times); to redact it: --redact-also \(form)"))
        }
    }
}

enum WriteUpFormat: String, ExpressibleByArgument, CaseIterable {
    case markdown, html, json
}
