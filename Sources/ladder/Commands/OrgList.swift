import ArgumentParser
import Foundation
import LadderCore

extension Org {
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: L("List the organisations in the config."))
        @OptionGroup var storeOptions: StoreOptions
        @Flag(help: ArgumentHelp(L("Print a JSON array of organisation objects (man 5 ladder-store)."))) var json = false

        func run() throws {
            try runReporting(flags: [.organisation: "<name>", .rung: "--rung"]) {
                let context = try Context(storeOptions)
                let config = try context.config()
                if json {
                    try printJSON(config.organisations.map { OrganisationJSON($0, config: config, now: context.now) })
                    return
                }
                Pager.start()
                guard !config.organisations.isEmpty else {
                    print(L("No organisations yet. Add one: ladder org add \"Company\" --hours \"mon-fri 09:00-18:00\""))
                    return
                }
                for o in config.organisations {
                    let n = o.contactPoints.count
                    let points = n == 1 ? L("1 contact point") : L("\(n) contact points")
                    let name = TerminalText.line(o.name)
                    if o.hours != nil {
                        let open = config.describe(config.clocks(of: o).calendar.status(at: context.now), of: o, at: context.now)
                        print(L("\(name): \(points), \(open)"))
                    } else {
                        print(L("\(name): \(points)"))
                    }
                }
            }
        }
    }
}
