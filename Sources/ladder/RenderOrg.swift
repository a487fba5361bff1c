import Foundation
import LadderCore

/// Plain-text views of organisations and what the configuration says about a case.
enum RenderOrg {
    static func detail(_ o: Organisation, config: Config, now: Date) -> String {
        var out: [String] = []
        let clocks = config.clocks(of: o)
        out.append(TerminalText.line(o.name) + (o.aliases.isEmpty ? "" : "  (also: \(o.aliases.map(TerminalText.line).joined(separator: ", ")))"))
        out.append("Zone: \(config.zone(of: o).identifier)" + (o.zone == nil ? " (default)" : ""))
        if let h = o.hours {
            out.append("Hours: \(h.summary)")
            out.append("       \(config.describe(clocks.calendar.status(at: now), of: o, at: now))")
        } else {
            out.append("Hours: not given; business time counts \(clocks.calendar.hours.summary)")
        }
        let holidays = clocks.calendar.holidays.sorted()
        if !holidays.isEmpty { out.append("Holidays: " + holidays.map(\.description).joined(separator: ", ")) }
        out.append("Reply windows: " + Rung.allCases.map { r in
            "\(r.rawValue) \(clocks.window(on: r))" + (o.windows[r] != nil ? "*" : "")
        }.joined(separator: ", ") + (o.windows.isEmpty ? "" : "  (* set for \(TerminalText.line(o.name)))"))
        out.append("Climb when a reply of theirs is more than \(clocks.climbAfter) late")
        out.append("")
        if o.contactPoints.isEmpty {
            out.append("Contact points: none. Add one: ladder org add \"\(TerminalText.line(o.name))\" --point NAME --rung shop --phone ...")
        } else {
            out.append("Contact points")
            for r in Rung.allCases {
                for p in o.contactPoints where p.rung == r { out += point(p, in: o, config: config, now: now) }
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    static func point(_ p: ContactPoint, in o: Organisation, config: Config, now: Date) -> [String] {
        var out = ["  \(p.rung.rawValue): \(TerminalText.line(p.name))"]
        let reach = p.reach
        if !reach.isEmpty { out.append("      \(TerminalText.line(reach))") }
        let status = config.describe(config.status(of: p, in: o, at: now), of: o, at: now)
        if let h = p.hours ?? o.hours { out.append("      \(h.summary)\(p.hours == nil ? " (the organisation's hours)" : "")") }
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
            var line = "Contact: \(TerminalText.line(p.name))"
            if !p.reach.isEmpty { line += ", \(TerminalText.line(p.reach))" }
            out.append(line + "; " + (hours ?? ""))
        } else if c.organisation != nil {
            out.append("Contact: no contact point for \(state.rung.rawValue) in the config")
        }
        if let step = c.climbStep(at: now, config: config) {
            out.append("CLIMB: " + TerminalText.line(step.text))
        }
        return out
    }
}
