import LadderCore

/// Names people read for a case's status and a reply's outcome on the command line.
/// In English they are the stored words, so English output reads as before; `--json`
/// keeps `rawValue`. (Named apart from `name` so a core-side name cannot clash.)
extension CaseStatus {
    var cliName: String {
        switch self {
        case .open: L("open")
        case .resolved: L("resolved")
        case .partlyResolved: L("partly-resolved")
        case .abandoned: L("abandoned")
        case .regulator: L("taken-to-regulator")
        case .withdrawn: L("withdrawn")
        }
    }
}

extension ReplyOutcome {
    var cliName: String {
        switch self {
        case .kept: L("kept")
        case .late: L("late")
        case .broken: L("broken")
        }
    }
}
