import Foundation
import LadderCore

/// Plain-text views of organisations and what the configuration says about a case.
enum RenderOrg {
    static func detail(_ o: Organisation, config: Config, now: Date) -> String {
        var out: [String] = []
        let clocks = config.clocks(of: o)
        let comma = L(", ")
        let aliases = o.aliases.map(TerminalText.line).joined(separator: comma)
        out.append(TerminalText.line(o.name) + (o.aliases.isEmpty ? "" : "  " + L("(also: \(aliases))")))
        out.append(o.zone == nil ? L("Zone: \(config.zone(of: o).identifier) (default)") : L("Zone: \(config.zone(of: o).identifier)"))
        if let h = o.hours {
            let label = L("Hours: ")
            out.append(label + h.text)
            out.append(String(repeating: " ", count: TextWidth.of(label)) + config.describe(clocks.calendar.status(at: now), of: o, at: now))
        } else {
            out.append(L("Hours: not given; business time counts \(clocks.calendar.hours.text)"))
        }
        let holidays = clocks.calendar.holidays.sorted()
        if !holidays.isEmpty { out.append(L("Holidays: \(holidays.map(\.description).joined(separator: comma))")) }
        let windows = Rung.allCases.map { r in
            "\(r.name) \(clocks.window(on: r).text)" + (o.windows[r] != nil ? "*" : "")
        }.joined(separator: comma)
        out.append(o.windows.isEmpty ? L("Reply windows: \(windows)")
                   : L("Reply windows: \(windows)  (* set for \(TerminalText.line(o.name)))"))
        out.append(L("Climb when a reply of theirs is more than \(clocks.climbAfter.text) late"))
        out.append("")
        if o.contactPoints.isEmpty {
            out.append(L("Contact points: none. Add one: ladder org add \"\(TerminalText.line(o.name))\" --point NAME --rung shop --phone ..."))
        } else {
            out.append(L("Contact points"))
            for r in Rung.allCases {
                for p in o.contactPoints where p.rung == r { out += point(p, in: o, config: config, now: now) }
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    static func point(_ p: ContactPoint, in o: Organisation, config: Config, now: Date) -> [String] {
        var out = ["  " + L("\(p.rung.name): \(TerminalText.line(p.name))")]
        let reach = p.reach
        if !reach.isEmpty { out.append("      \(TerminalText.line(reach))") }
        if !p.domains.isEmpty || p.replyWithin != nil {
            let domains = p.domains.map(TerminalText.line).joined(separator: L(", "))
            var mail: [String] = []
            if !p.domains.isEmpty { mail.append(L("mail from \(domains)")) }
            if let w = p.replyWithin { mail.append(L("answers mail within \(w.text)")) }
            out.append("      " + mail.joined(separator: L("; ")))
        }
        let status = config.describe(config.status(of: p, in: o, at: now), of: o, at: now)
        if let h = p.hours ?? o.hours { out.append("      " + (p.hours == nil ? L("\(h.text) (the organisation's hours)") : h.text)) }
        out.append("      \(status)")
        if let n = p.notes { out.append("      \(TerminalText.line(n))") }
        return out
    }

    /// `show`'s lines on where to turn: the contact point on the case's rung with its
    /// hours now, and the climb flag.
    static func outlook(_ state: CaseState, config: Config, now: Date) -> [String] {
        guard state.isOpen else { return [] }
        let c = ReportCase(state, config: config)
        var out: [String] = []
        let (p, hours) = c.point(on: state.rung, at: now, config: config)
        if let p {
            let name = TerminalText.line(p.name), reach = TerminalText.line(p.reach), open = hours ?? ""
            out.append(p.reach.isEmpty ? L("Contact: \(name); \(open)") : L("Contact: \(name), \(reach); \(open)"))
        } else if c.organisation != nil {
            out.append(L("Contact: no contact point for \(state.rung.name) in the config"))
        }
        if let step = c.climbStep(at: now, config: config) {
            out.append(L("CLIMB: \(TerminalText.line(step.text))"))
        }
        return out
    }
}
