/// The names people read for the domain's enumerations. In English they are the words
/// the command line takes (`call-centre`), so English output reads as before; other
/// languages translate them in their catalog. Machine output (`--json`, the store)
/// always uses `rawValue`.
///
/// The names a report writes for every entry (rungs, channels, directions, failures)
/// are written once per language, when first asked for in it (a run in English never
/// reads the Japanese catalog): a report at 100,000 cases asks for a hundred thousand,
/// and each `L` makes a phrase and looks the language up.
extension Rung {
    public var name: String { NameTable.pick(index, Self.inEnglish, Self.inJapanese) }
    private static let inEnglish = NameTable.words(allCases, in: .en) { $0.word }
    private static let inJapanese = NameTable.words(allCases, in: .ja) { $0.word }

    private var word: String {
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
    public var name: String { NameTable.pick(place, Self.inEnglish, Self.inJapanese) }
    /// Its place in `allCases`, without making that array.
    private var place: Int {
        switch self {
        case .phone: 0
        case .email: 1
        case .web: 2
        case .visit: 3
        case .letter: 4
        case .fax: 5
        case .chat: 6
        case .social: 7
        }
    }
    private static let inEnglish = NameTable.words(allCases, in: .en) { $0.word }
    private static let inJapanese = NameTable.words(allCases, in: .ja) { $0.word }

    private var word: String {
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
    public var name: String { NameTable.pick(place, Self.inEnglish, Self.inJapanese) }
    /// Its place in `allCases`, without making that array.
    private var place: Int {
        switch self {
        case .outgoing: 0
        case .incoming: 1
        case .failed: 2
        case .missed: 3
        }
    }
    private static let inEnglish = NameTable.words(allCases, in: .en) { $0.word }
    private static let inJapanese = NameTable.words(allCases, in: .ja) { $0.word }

    private var word: String {
        switch self {
        case .outgoing: L("out")
        case .incoming: L("in")
        case .failed: L("failed")
        case .missed: L("missed")
        }
    }
}

extension FailureReason {
    public var name: String { NameTable.pick(place, Self.inEnglish, Self.inJapanese) }
    /// Its place in `allCases`, without making that array.
    private var place: Int {
        switch self {
        case .noAnswer: 0
        case .wrongNumber: 1
        case .bounced: 2
        case .lineClosed: 3
        case .outOfService: 4
        case .other: 5
        }
    }
    private static let inEnglish = NameTable.words(allCases, in: .en) { $0.word }
    private static let inJapanese = NameTable.words(allCases, in: .ja) { $0.word }

    private var word: String {
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

/// The names of a small enumeration's cases, written once per language (each table a
/// `static let`, made when first asked for).
enum NameTable {
    static func words<E>(_ cases: [E], in language: Language, _ word: (E) -> String) -> [String] {
        Language.$bound.withValue(language) { cases.map(word) }
    }

    /// Name `place` in the current language; a table is read only for its language.
    static func pick(_ place: Int, _ english: @autoclosure () -> [String], _ japanese: @autoclosure () -> [String]) -> String {
        switch Language.current {
        case .en: english()[place]
        case .ja: japanese()[place]
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
