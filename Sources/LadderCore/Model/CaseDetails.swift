import Foundation

/// What a case is about, as given when it was opened or later corrected.
public struct CaseDetails: Codable, Sendable, Equatable {
    public var title: String
    public var organisation: String
    public var product: String?
    /// The company's customer, ticket or case numbers.
    public var references: [String]
    public var tags: [String]

    public init(title: String, organisation: String, product: String? = nil,
                references: [String] = [], tags: [String] = []) {
        self.title = title
        self.organisation = organisation
        self.product = product
        self.references = references
        self.tags = tags
    }
}

/// A correction of the case's details. Only the fields that changed are set.
public struct CaseEdit: Codable, Sendable, Equatable {
    public var title: String?
    public var organisation: String?
    public var product: String?
    public var references: [String]?
    public var tags: [String]?

    public init(title: String? = nil, organisation: String? = nil, product: String? = nil,
                references: [String]? = nil, tags: [String]? = nil) {
        self.title = title
        self.organisation = organisation
        self.product = product
        self.references = references
        self.tags = tags
    }

    public var isEmpty: Bool {
        title == nil && organisation == nil && product == nil && references == nil && tags == nil
    }

    /// Only what differs from `details`: removing a product there is none of, or
    /// giving a title it has, changes nothing and is no correction.
    public func changing(_ details: CaseDetails) -> CaseEdit {
        var e = self
        if e.title == details.title { e.title = nil }
        if e.organisation == details.organisation { e.organisation = nil }
        if let p = e.product, p == (details.product ?? "") { e.product = nil }
        if e.references == details.references { e.references = nil }
        if e.tags == details.tags { e.tags = nil }
        return e
    }
}
