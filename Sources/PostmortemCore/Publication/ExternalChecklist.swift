/// The review before external publication (seed 001 "Review before publishing", seed 004's review block).
public enum ExternalChecklist {
    public struct Item: Sendable, Equatable {
        public var id: String
        public var text: String
        /// Whether the item must be checked for this post-mortem.
        public var required: Bool
        /// Why it is not required, when it is not.
        public var notRequiredBecause: String?
    }

    /// The items that apply to `postmortem`, in the order they are worked through.
    public static func items(for postmortem: Postmortem, template: Template) -> [Item] {
        let security = isSecurityIncident(postmortem)
        let p0 = postmortem.severity == "P0"
        var items = [
            Item(id: "internal-info", text: "Internal-only information removed", required: true),
            Item(id: "no-names", text: "No names of individuals (also scanned automatically)", required: true),
            Item(id: "legal-review", text: "Legal review (required for security incidents)", required: security,
                 notRequiredBecause: security ? nil : "not a security incident"),
            Item(id: "technical-accuracy", text: "Technical accuracy confirmed", required: true),
            Item(id: "competitive", text: "Competitive sensitivity checked", required: true),
            Item(id: "executive-approval", text: "Executive (CEO/CTO) approval (required for P0)", required: p0,
                 notRequiredBecause: p0 ? nil : "not a P0 incident"),
        ]
        items += template.extraChecklist.map { Item(id: $0.id, text: $0.label, required: true) }
        return items
    }

    /// A security incident: the `security` template, or tagged `security`.
    public static func isSecurityIncident(_ postmortem: Postmortem) -> Bool {
        postmortem.templateName == "security" || postmortem.tags.contains { $0.lowercased() == "security" }
    }

    /// Required items not yet checked.
    public static func unchecked(_ postmortem: Postmortem, template: Template) -> [Item] {
        items(for: postmortem, template: template).filter { $0.required && postmortem.checklist[$0.id] == nil }
    }
}

extension ExternalChecklist {
    /// One item a line: `[ ] ITEM  text` or `[x] ITEM  text — NAME: note`.
    public static func lines(for pm: Postmortem, template: Template) -> [String] {
        items(for: pm, template: template).map { item in
            if let check = pm.checklist[item.id] {
                return "[x] \(item.id)  \(item.text) — \(check.by)" + (check.note.map { ": \($0.neutralized)" } ?? "")
            }
            return "[ ] \(item.id)  \(item.text)" + (item.notRequiredBecause.map { " (not required: \($0))" } ?? "")
        }
    }
}
