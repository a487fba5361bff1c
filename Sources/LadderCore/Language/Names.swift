/// The names people read for the domain's enumerations. In English they are the words
/// the command line takes (`call-centre`), so English output reads as before; other
/// languages translate them in their catalog. Machine output (`--json`, the store)
/// always uses `rawValue`.
extension Rung {
    public var name: String {
        switch self {
        case .shop: L("shop")
        case .callCentre: L("call-centre")
        case .technicalDesk: L("technical-desk")
        case .executive: L("executive")
        case .regulator: L("regulator")
        }
    }
}

extension Channel {
    public var name: String {
        switch self {
        case .phone: L("phone")
        case .email: L("email")
        case .web: L("web")
        case .visit: L("visit")
        case .letter: L("letter")
        case .fax: L("fax")
        case .chat: L("chat")
        case .social: L("social")
        }
    }
}

extension ContactDirection {
    public var name: String {
        switch self {
        case .outgoing: L("out")
        case .incoming: L("in")
        case .failed: L("failed")
        case .missed: L("missed")
        }
    }
}

extension FailureReason {
    public var name: String {
        switch self {
        case .noAnswer: L("no-answer")
        case .wrongNumber: L("wrong-number")
        case .bounced: L("bounced")
        case .lineClosed: L("line-closed")
        case .outOfService: L("out-of-service")
        case .other: L("other")
        }
    }
}

extension Resolution {
    public var name: String {
        switch self {
        case .resolved: L("resolved")
        case .partlyResolved: L("partly-resolved")
        case .abandoned: L("abandoned")
        case .regulator: L("taken-to-regulator")
        }
    }
}

extension Party {
    public var name: String {
        switch self {
        case .them: L("them")
        case .me: L("me")
        }
    }
}

extension CaseStatus {
    /// `open`, `resolved` …: the status as people read it; the stored word in English.
    public var name: String {
        switch self {
        case .open: L("open")
        case .resolved: Resolution.resolved.name
        case .partlyResolved: Resolution.partlyResolved.name
        case .abandoned: Resolution.abandoned.name
        case .regulator: Resolution.regulator.name
        case .withdrawn: L("withdrawn")
        }
    }
}
