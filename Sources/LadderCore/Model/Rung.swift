import Foundation

/// A step on a company's escalation ladder. The order of the cases is the order of
/// the climb: a case "escalates" to a later rung and is "sent back" to an earlier one.
public enum Rung: String, CaseIterable, Codable, Sendable, Comparable {
    case shop
    case callCentre = "call-centre"
    case technicalDesk = "technical-desk"
    case executive
    /// Beyond the company: an ombudsman, a consumer centre, a ministry.
    case regulator

    /// Its place in `allCases`, without making that array (rungs are compared often).
    public var index: Int {
        switch self {
        case .shop: 0
        case .callCentre: 1
        case .technicalDesk: 2
        case .executive: 3
        case .regulator: 4
        }
    }

    /// The next rung up, or nil at the top.
    public var next: Rung? {
        switch self {
        case .shop: .callCentre
        case .callCentre: .technicalDesk
        case .technicalDesk: .executive
        case .executive: .regulator
        case .regulator: nil
        }
    }

    public static func < (a: Rung, b: Rung) -> Bool { a.index < b.index }

    /// Hashed by its place, not by its raw value's text as an enumeration with raw
    /// values is by default: the clocks look rungs up for every step a report takes.
    public func hash(into hasher: inout Hasher) { hasher.combine(index) }

    /// Accepts the canonical names plus the spellings people type.
    public init?(loose text: String) {
        let key = text.lowercased()
            .replacingOccurrences(of: "_", with: "-")
            .replacingOccurrences(of: " ", with: "-")
        switch key {
        case "shop", "store": self = .shop
        case "call-centre", "call-center", "callcentre", "callcenter", "cc": self = .callCentre
        case "technical-desk", "technical", "tech", "tech-desk", "technicaldesk": self = .technicalDesk
        case "executive", "exec": self = .executive
        case "regulator", "ombudsman", "reg": self = .regulator
        default:
            guard let rung = Rung.japaneseNames[text.trimmingCharacters(in: .whitespaces)] else { return nil }
            self = rung
        }
    }

    /// What Japanese users call each rung (../shared/JAPANESE-NOTES.md; Docs/Language.md).
    static let japaneseNames: [String: Rung] = [
        "店舗": .shop, "ショップ": .shop, "販売店": .shop, "店": .shop,
        "コールセンター": .callCentre, "カスタマーセンター": .callCentre, "サポートセンター": .callCentre,
        "インフォメーションセンター": .callCentre, "お問い合わせ窓口": .callCentre,
        "技術窓口": .technicalDesk, "テクニカルサポート": .technicalDesk, "故障受付": .technicalDesk,
        "技術部門": .technicalDesk,
        "本社": .executive, "本社・相談室": .executive, "お客様相談室": .executive, "役員": .executive,
        "行政・相談機関": .regulator, "監督官庁": .regulator, "行政": .regulator, "消費生活センター": .regulator,
        "国民生活センター": .regulator, "相談機関": .regulator,
    ]

    /// The rungs' names in the current language, for a hint: each is read back as a
    /// rung (`店舗、コールセンター、…` in Japanese).
    public static var namesInHints: String { allCases.map(\.name).joined(separator: L(", ")) }
}

/// Seconds in the units the rules speak of.
public enum Seconds {
    public static let minute: TimeInterval = 60
    public static let hour: TimeInterval = 3600
    public static let day: TimeInterval = 86_400
    public static let week: TimeInterval = 604_800
}
