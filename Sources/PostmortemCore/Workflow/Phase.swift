/// Where a post-mortem is in its life: draft → review → published → follow-up → closed.
public enum Phase: String, Sendable, CaseIterable, Equatable {
    case draft, review, published, followUp = "follow-up", closed

    /// How the phase is shown to people.
    public var label: String {
        switch self {
        case .draft: "Draft"
        case .review: "In review"
        case .published: "Published"
        case .followUp: "Follow-up"
        case .closed: "Closed"
        }
    }

    /// Whether the document's content may still change.
    public var isEditable: Bool { self == .draft || self == .review }
    /// Whether the document has been published internally.
    public var isPublished: Bool { self == .published || self == .followUp || self == .closed }
}
