/// Applies the coach to a post-mortem's answers: which writing checks apply to which field.
public struct FieldCoaching: Sendable {
    public let coach: Coach

    /// Coaching that knows every person the document names, plus the workspace's people list.
    public init(_ pm: Postmortem, knownPeople: [String] = []) {
        var people = pm.owners + pm.committee + pm.actionItems.compactMap(\.owner) + knownPeople
        if case .people(let legal)? = pm.answers["legal_review"] { people += legal }
        coach = Coach(knownPeople: people)
    }

    /// The role of a field's text, for the coach; fields it has no special rules for are plain text.
    public static func role(of fieldID: String) -> TextRole { TextRole(fieldID: fieldID) ?? .other }

    /// Findings on one answer, as shown right after it is typed.
    public func findings(for fieldID: String, value: FieldValue) -> [Finding] {
        let role = Self.role(of: fieldID)
        switch value {
        case .text(let text): return coach.review(text, role: role)
        case .list(let items): return coach.review(items.joined(separator: "\n"), role: role)
        case .timeline(let entries):
            return coach.review(timeline: entries) + coach.review(entries.map(\.text).joined(separator: "\n"), role: .timeline)
        case .actions(let items): return coach.review(actions: items)
        case .whys(let chain): return coach.review(whys: chain)
        case .choice, .date, .datetime, .duration, .number, .people, .checklist: return []
        }
    }

    /// Every finding in the document, field by field in template order.
    public func all(_ pm: Postmortem, template: Template) -> [(field: String, finding: Finding)] {
        template.fields.flatMap { field in
            pm.answers[field.id].map { value in findings(for: field.id, value: value).map { (field.id, $0) } } ?? []
        }
    }

}
