import ArgumentParser
import Foundation
import LadderCore
import LadderTUI

struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: L("List open cases, most urgent first."),
        discussion: L("Overdue replies first, then the soonest due, then the longest silence."))

    @OptionGroup var storeOptions: StoreOptions
    @Flag(help: ArgumentHelp(L("Include resolved and abandoned cases."))) var all = false
    @Option(help: ArgumentHelp(L("Only cases whose organisation contains this text.")), completion: .custom(Completions.organisations)) var org: String?
    @Option(help: ArgumentHelp(L("Only cases whose text has every word, as the front end's / filter reads them."),
                               discussion: L("Full-width and half-width forms, katakana and hiragana, and case are one: ｄｏｃｏｍｏ finds docomo, ﾄﾞｺﾓ finds ドコモ.")))
    var grep: String?
    @Option(help: ArgumentHelp(L("Only cases on this rung."))) var rung: Rung?
    @Option(help: ArgumentHelp(L("Only cases with this tag."))) var tag: String?
    @Flag(help: ArgumentHelp(L("Only cases with an overdue reply."))) var overdue = false
    @Flag(help: ArgumentHelp(L("Print a JSON array of case objects (man 5 ladder-store)."))) var json = false

    func run() throws {
        try runReporting {
            let context = try Context(storeOptions)
            let (summaries, problems) = try context.store.summaries(search: grep != nil)
            warn(problems)
            let now = context.now
            let words = grep.map(CaseFilter.init)
            // A broken config stops the filters that read it; without them the cases are
            // listed all the same (a broken config must not hide them), and it is said.
            let config: Config
            if words == nil && org == nil {
                do { config = try context.config() } catch {
                    printError(L("ladder: warning: \(String(describing: error)); the list does not need it"))
                    config = Config()
                }
            } else {
                config = try context.config()
            }
            let orgText = org.map(SearchFold.fold)
            // The organisation's text, or its name or an alias in the config.
            var named: [String: [String]] = [:]
            func names(_ text: String) -> [String] {
                if let known = named[text] { return known }
                let all = ([text] + config.aliases(of: text)).map(SearchFold.fold)
                named[text] = all
                return all
            }
            let states = summaries.filter { s in
                (all || s.isWatched)
                    && (orgText.map { t in names(s.details.organisation).contains { $0.contains(t) } } ?? true)
                    && (words.map { $0.matches(SearchText(s, aliases: config.aliases(of: s.details.organisation)), now: now) } ?? true)
                    && (rung.map { s.rung == $0 } ?? true)
                    && (tag.map { t in s.details.tags.contains { $0.caseInsensitiveCompare(t) == .orderedSame } } ?? true)
                    && (!overdue || !s.overdueReplies(at: now).isEmpty)
            }
            let ordered = Urgency.sorted(states, at: now)
            Pager.start()
            if json {
                try printJSON(ordered.map { CaseJSON($0, now: now) })
                return
            }
            if ordered.isEmpty {
                print(summaries.isEmpty
                      ? L("No cases yet. Add one: ladder add \"What is wrong\" --org \"Company\"")
                      : L("No cases match."))
                return
            }
            print(Render.table(ordered, now: now, width: Terminal.width()), terminator: "")
        }
    }
}
