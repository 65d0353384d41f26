/// A post-mortem template: sections of fields, with guidance drawn from the seeds.
///
/// Templates are data (YAML, see `BundledTemplates`); this is their parsed form.
public struct Template: Sendable, Equatable {
    public var name: String
    public var title: String
    public var description: String
    public var sections: [Section] { didSet { index() } }
    /// Every field, in interview order (kept with `sections`: replay asks for fields once per event).
    public private(set) var fields: [Field] = []
    private var positions: [String: Int] = [:]
    /// Reviewers required before submission, by severity (e.g. P0/P1 need 2); default 1.
    public var requiredReviewers: [String: Int]
    /// Days from the day an action is written to its default due date, by priority.
    public var actionSLADays: [Priority: Int]
    /// Template-specific items added to the external-publication checklist.
    public var extraChecklist: [ChecklistItem]

    public init(name: String, title: String, description: String = "", sections: [Section],
                requiredReviewers: [String: Int] = ["P0": 2, "P1": 2],
                actionSLADays: [Priority: Int] = [:], extraChecklist: [ChecklistItem] = []) {
        self.name = name; self.title = title; self.description = description; self.sections = sections
        self.requiredReviewers = requiredReviewers; self.actionSLADays = actionSLADays; self.extraChecklist = extraChecklist
        index()
    }

    public func field(_ id: String) -> Field? { positions[id].map { fields[$0] } }

    private mutating func index() {
        fields = sections.flatMap(\.fields)
        positions = Dictionary(fields.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    }
    public func section(containing fieldID: String) -> Section? { sections.first { $0.fields.contains { $0.id == fieldID } } }

    public func slaDays(_ priority: Priority) -> Int { actionSLADays[priority] ?? priority.defaultSLADays }
    public func reviewersRequired(severity: String?) -> Int { severity.flatMap { requiredReviewers[$0] } ?? 1 }
}

/// A titled group of fields, introduced by guidance and an example.
public struct Section: Sendable, Equatable {
    public var id: String
    public var title: String
    public var guidance: String
    public var example: String?
    public var fields: [Field]

    public init(id: String, title: String, guidance: String, example: String? = nil, fields: [Field]) {
        self.id = id; self.title = title; self.guidance = guidance; self.example = example; self.fields = fields
    }
}

/// One question of the interview.
public struct Field: Sendable, Equatable {
    public var id: String
    public var kind: FieldKind
    /// The question as asked at the prompt.
    public var prompt: String
    public var required: Bool
    /// A short hint shown under the question (e.g. the accepted format).
    public var help: String?
    /// For `choice` and `checklist`: the allowed option ids and their labels.
    public var options: [ChecklistItem]
    /// Whether the external projection may show this field.
    public var external: Bool

    public init(id: String, kind: FieldKind, prompt: String, required: Bool = false, help: String? = nil,
                options: [ChecklistItem] = [], external: Bool = false) {
        self.id = id; self.kind = kind; self.prompt = prompt; self.required = required; self.help = help
        self.options = options; self.external = external
    }
}

/// An option of a choice or checklist field, or an external-publication checklist item.
public struct ChecklistItem: Sendable, Equatable {
    public var id: String
    public var label: String
    public init(id: String, label: String) { self.id = id; self.label = label }
}
