import ArgumentParser
import Foundation
import LadderCore

extension Org {
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: L("Show an organisation: clocks, hours and contact points, open or closed now."))
        @OptionGroup var storeOptions: StoreOptions
        @Argument(help: ArgumentHelp(L("The organisation's name or alias.")), completion: .custom(Completions.organisations)) var name: String
        @Flag(help: ArgumentHelp(L("Print the organisation as JSON (man 5 ladder-store)."))) var json = false

        func run() throws {
            try runReporting(flags: [.organisation: "<name>", .rung: "--rung"]) {
                let context = try Context(storeOptions)
                let config = try context.config()
                let o = config.organisations[try Org.find(name, in: config)]
                if json {
                    try printJSON(OrganisationJSON(o, config: config, now: context.now))
                    return
                }
                Pager.start()
                print(RenderOrg.detail(o, config: config, now: context.now), terminator: "")
            }
        }
    }
}
