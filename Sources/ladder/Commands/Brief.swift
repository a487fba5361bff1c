import ArgumentParser
import Foundation
import LadderCore

struct BriefCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "brief",
        abstract: L("What a new representative needs, most important first; fits a web form with --max-chars."),
        discussion: L("What is wrong and since when, the reference numbers, what has been tried on each rung, what they promised and what became of it, and what you ask for (set it with ladder ask). With --max-chars it drops detail in a fixed order (old contacts, then promises, then the history line), counting as web forms do: UTF-16 code units, a line break as 2. The title, the references and the request are never cut: when they alone do not fit, it says so (exit 65)."))

    @OptionGroup var storeOptions: StoreOptions
    @Argument(help: ArgumentHelp(L("The case number."))) var caseNumber: CaseNumber
    @Option(name: .customLong("max-chars"), parsing: .unconditional, help: ArgumentHelp(L("The form's limit."), valueName: "n")) var maxChars: Int?
    @Flag(help: ArgumentHelp(L("Print the brief as JSON, with its language and length (man 5 ladder-store)."))) var json = false

    func run() throws {
        try runReporting(flags: [.limit: "--max-chars"]) {
            if let n = maxChars, n < 20 {
                throw CLIError(kind: .usage, flag: "--max-chars", message: L("\(n) is too few for a brief"), hint: L("write e.g. --max-chars 400"))
            }
            let context = try Context(storeOptions)
            let state = CaseState(try context.store.load(caseNumber.value))
            // Written to the company: in its language (Docs/Language.md); the note below is the user's.
            let language = LanguageChoice.document(for: state.details.organisation, config: try? context.config())
            let text = try Language.$bound.withValue(language) {
                try maxChars.map { try Brief.fitting(state, now: context.now, zone: context.zone, limit: $0) }
                    ?? Brief.make(state, now: context.now, zone: context.zone)
            }
            if json {
                return try printJSON(BriefJSON(number: state.number, language: language.rawValue, text: text,
                                               chars: Brief.formLength(text), maxChars: maxChars, ask: state.ask))
            }
            print(text)
            if state.ask == nil {
                let number = state.number
                printError(L("ladder: note: no request yet; add what you ask for with: ladder ask \(number) \"...\" (or --edit)"))
            }
        }
    }
}

/// `brief --json` (Docs/JSON.md): the text as the brief prints it, in the language it
/// is written in, and its length as a web form counts it.
struct BriefJSON: Encodable {
    var number: Int
    var language: String
    var text: String
    var chars: Int
    var maxChars: Int?
    var ask: String?

    enum CodingKeys: String, CodingKey { case number, language, text, chars, maxChars, ask }
    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(number, forKey: .number)
        try c.encode(language, forKey: .language)
        try c.encode(text, forKey: .text)
        try c.encode(chars, forKey: .chars)
        try c.encode(maxChars, forKey: .maxChars)
        try c.encode(ask, forKey: .ask)
    }
}

struct Ask: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ask",
        abstract: L("Set what you ask the company for now (the brief's last line)."),
        discussion: L("Example: ladder ask 3 a refund of the two months and a written cause. The timeline keeps earlier requests."))

    @OptionGroup var storeOptions: StoreOptions
    @Argument(help: ArgumentHelp(L("The case number."))) var caseNumber: CaseNumber
    @Argument(help: ArgumentHelp(L("What you ask for."))) var text: [String] = []
    @Flag(help: ArgumentHelp(L("Write it in $EDITOR, starting from the current request."))) var edit = false

    func run() throws {
        try runReporting(flags: [.note: "<text>"]) {
            let context = try Context(storeOptions)
            var request = try StandardInput.words(text, flag: "<text>").joined(separator: " ")
            if edit {
                guard text.isEmpty else { throw CLIError(kind: .usage, flag: "--edit", message: L("give the text or --edit, not both")) }
                let current = CaseState(try context.store.load(caseNumber.value)).ask ?? ""
                request = try Editor.edit(current, about: L("What you ask the company for on case \(caseNumber.value), now."))
            }
            try context.record(.ask(request), on: caseNumber, at: context.now)
        }
    }
}
