import Yams

/// The levels of a template: the whole text, its sections, their fields, and options.
extension TemplateNodeReader {
    // MARK: Levels

    mutating func template(_ root: Node) throws -> Template {
        let pairs = try mapping(root, "", allowed: TemplateLoader.templateKeys, what: "a mapping of template keys")
        var name: String?, title: String?, description = ""
        var reviewers: [String: Int]? = nil
        var sla: [Priority: Int] = [:]
        var extras: [ChecklistItem] = []
        var sections: [Section]?
        for (key, value, _) in pairs {
            switch key {
            case "name": name = try identifier(value, key, what: "the name", example: "standard")
            case "title": title = try nonEmptyString(value, key, example: "Standard post-mortem")
            case "description": description = try blockText(value, key, example: "Full post-mortem document")
            case "required_reviewers":
                reviewers = try priorityMap(value, key, range: 1...20, example: "required_reviewers: {P0: 2, P1: 2}",
                                            why: "every post-mortem needs at least one reviewer who is not the owner")
                .reduce(into: [:]) { $0[$1.key.rawValue] = $1.value }
            case "action_sla_days": sla = try priorityMap(value, key, range: 1...3650, example: "action_sla_days: {P1: 7, P2: 14, P3: 30}")
            case "external_checklist": extras = try options(value, key, what: "checklist item")
            case "sections": sections = try self.sections(value)
            default: break
            }
        }
        guard let name else { throw fail(root, "name", "is missing; add a line `name: my-template` (letters, digits, _ and -)") }
        guard let title else { throw fail(root, "title", "is missing; add a line `title: My post-mortem template`") }
        guard let sections else {
            throw fail(root, "sections", "is missing; add `sections:` with at least one section, e.g.\nsections:\n  - id: overview\n    title: Overview\n    guidance: What happened, in one line.\n    fields:\n      - {id: title, kind: text, prompt: Incident title, required: true}")
        }
        return Template(name: name, title: title, description: description, sections: sections,
                        requiredReviewers: reviewers ?? ["P0": 2, "P1": 2], actionSLADays: sla, extraChecklist: extras)
    }

    func priorityMap(_ node: Node, _ path: String, range: ClosedRange<Int>, example: String, why: String? = nil) throws -> [Priority: Int] {
        let keys = Priority.allCases.map(\.rawValue)
        guard case .mapping = node else {
            throw fail(node, path, "expected a mapping of priorities to numbers; write e.g. \(example)")
        }
        var result: [Priority: Int] = [:]
        for (key, value, _) in try mapping(node, path, allowed: keys + keys.map { $0.lowercased() }, what: "a mapping of priorities") {
            result[Priority(rawValue: key.uppercased())!] = try int(value, join(path, key), range: range, example: example, why: why)
        }
        return result
    }

    /// Options of a choice/checklist field, or external-checklist items. Each entry is
    /// `- id` (label = id), `- id: label`, or `- {id: x, label: y}`.
    func options(_ node: Node, _ path: String, what: String) throws -> [ChecklistItem] {
        let example = "  - race_condition: Race condition\n  - {id: network_issue, label: Network issue}"
        var items: [ChecklistItem] = []
        for (index, entry) in try sequence(node, path, example: example).enumerated() {
            let entryPath = "\(path)[#\(index + 1)]"
            let item: ChecklistItem
            switch entry {
            case .scalar(let scalar):
                if !scalar.string.isEmpty, scalar.string.allSatisfy(\.isNumber) {
                    throw fail(entry, entryPath, "the \(what) id \"\(scalar.string)\" is a number, which answers use to pick the nth option; start it with a letter, e.g. option_\(scalar.string)")
                }
                let id = try identifier(entry, entryPath, what: "the \(what) id", example: "race_condition")
                item = ChecklistItem(id: id, label: id)
            case .mapping(let mapping):
                if mapping.count == 1, let key = mapping.keys.first?.string, key != "id" {
                    guard isIdentifier(key) else {
                        throw fail(entry, entryPath, "the \(what) id \"\(key)\" must start with a letter and use only letters, digits, _ and -; write e.g. - race_condition: Race condition")
                    }
                    item = ChecklistItem(id: key, label: try nonEmptyString(mapping.first!.value, "\(entryPath).\(key)", example: "Race condition"))
                } else {
                    var id: String?, label: String?
                    for (key, value, _) in try self.mapping(entry, entryPath, allowed: ["id", "label"], what: "an option") {
                        if key == "id" { id = try identifier(value, "\(entryPath).id", what: "the \(what) id", example: "race_condition") }
                        else { label = try nonEmptyString(value, "\(entryPath).label", example: "Race condition") }
                    }
                    guard let id else { throw fail(entry, entryPath, "the \(what) has no id; write e.g. - {id: race_condition, label: Race condition}") }
                    item = ChecklistItem(id: id, label: label ?? id)
                }
            default:
                throw fail(entry, entryPath, "expected `- id` or `- id: label`, found \(describe(entry)); e.g.\n\(example)")
            }
            if item.id.allSatisfy(\.isNumber) {
                throw fail(entry, entryPath, "the \(what) id \"\(item.id)\" is a number, which answers use to pick the nth option; start it with a letter, e.g. option_\(item.id)")
            }
            if items.contains(where: { $0.id.lowercased() == item.id.lowercased() }) {
                throw fail(entry, entryPath, "the \(what) id \"\(item.id)\" appears twice; give each a different id")
            }
            items.append(item)
        }
        return items
    }

    mutating func sections(_ node: Node) throws -> [Section] {
        let nodes = try sequence(node, "sections", example: "sections:\n  - id: overview\n    title: Overview\n    fields: [...]")
        guard !nodes.isEmpty else { throw fail(node, "sections", "is empty; add at least one section with at least one field") }
        var sections: [Section] = []
        var fieldIDs: [String: String] = [:]  // field id -> section id, for duplicate errors
        for (index, sectionNode) in nodes.enumerated() {
            var path = "sections[#\(index + 1)]"
            if case .mapping(let m) = sectionNode, let id = m["id"]?.string, isIdentifier(id) { path = "sections[\(id)]" }
            var id: String?, title: String?, guidance = "", example: String?, fields: [Field]?
            var fieldsNode: Node?
            for (key, value, _) in try mapping(sectionNode, path, allowed: TemplateLoader.sectionKeys, what: "a section") {
                switch key {
                case "id": id = try identifier(value, "\(path).id", what: "the section id", example: "overview")
                case "title": title = try nonEmptyString(value, "\(path).title", example: "Overview")
                case "guidance": guidance = try blockText(value, "\(path).guidance", example: "|\n  What happened, in two lines.")
                case "example":
                    let text = try blockText(value, "\(path).example", example: "|\n  04:18 Failed TXs alarm fired #detected")
                    example = text.isEmpty ? nil : text
                case "fields": fieldsNode = value
                default: break
                }
            }
            guard let id else { throw fail(sectionNode, path, "the section has no id; add e.g. `id: overview`") }
            guard let title else { throw fail(sectionNode, path, "the section has no title; add e.g. `title: Overview`") }
            if sections.contains(where: { $0.id == id }) {
                throw fail(sectionNode, "\(path).id", "the section id \"\(id)\" appears twice; give each section a different id")
            }
            guard let fieldsNode else {
                throw fail(sectionNode, "\(path).fields", "is missing; add `fields:` with at least one field, e.g. - {id: summary, kind: paragraph, prompt: Summary}")
            }
            fields = try self.fields(fieldsNode, "\(path).fields", sectionID: id, seen: &fieldIDs)
            sections.append(Section(id: id, title: title, guidance: guidance, example: example, fields: fields!))
        }
        return sections
    }

    func fields(_ node: Node, _ path: String, sectionID: String, seen: inout [String: String]) throws -> [Field] {
        let nodes = try sequence(node, path, example: "    fields:\n      - id: summary\n        kind: paragraph\n        prompt: Summary")
        guard !nodes.isEmpty else {
            throw fail(node, path, "is empty; add at least one field, e.g. - {id: summary, kind: paragraph, prompt: Summary}")
        }
        var fields: [Field] = []
        for (index, fieldNode) in nodes.enumerated() {
            var fieldPath = "\(path)[#\(index + 1)]"
            if case .mapping(let m) = fieldNode, let id = m["id"]?.string, isIdentifier(id) { fieldPath = "\(path)[\(id)]" }
            var id: String?, kind: FieldKind?, prompt: String?, required = false, help: String?, external = false
            var options: [ChecklistItem] = [], optionsNode: Node?, kindNode: Node?
            for (key, value, _) in try mapping(fieldNode, fieldPath, allowed: TemplateLoader.fieldKeys, what: "a field") {
                let keyPath = "\(fieldPath).\(key)"
                switch key {
                case "id": id = try identifier(value, keyPath, what: "the field id", example: "root_cause")
                case "kind":
                    let raw = try nonEmptyString(value, keyPath, example: "paragraph")
                    guard let k = FieldKind(rawValue: raw.lowercased()) else {
                        let hint = closest(raw.lowercased(), in: FieldKind.allCases.map(\.rawValue)).map { "did you mean \"\($0)\"? " } ?? ""
                        throw fail(value, keyPath, "unknown kind \"\(raw)\"; \(hint)write one of: \(FieldKind.allCases.map(\.rawValue).joined(separator: ", "))")
                    }
                    kind = k; kindNode = value
                case "prompt": prompt = try nonEmptyString(value, keyPath, example: "What was the root cause?")
                case "required": required = try bool(value, keyPath)
                case "help":
                    let text = try blockText(value, keyPath, example: "One line, e.g. Checkout failed for EU customers")
                    help = text.isEmpty ? nil : text
                case "options": optionsNode = value; options = try self.options(value, keyPath, what: "option")
                case "external": external = try bool(value, keyPath)
                default: break
                }
            }
            guard let id else { throw fail(fieldNode, fieldPath, "the field has no id; add e.g. `id: root_cause`") }
            guard let kind else {
                throw fail(fieldNode, "\(fieldPath).kind", "is missing; add `kind:` with one of: \(FieldKind.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            if let other = seen[id] {
                throw fail(fieldNode, "\(fieldPath).id", "the field id \"\(id)\" is already used in section \"\(other)\"; field ids must be unique in the template (they name the field in /edit), so choose another, e.g. \(id)_2")
            }
            seen[id] = sectionID
            if let standard = TemplateLoader.standardFieldKinds[id], !standard.contains(kind) {
                let kinds = standard.map(\.rawValue).joined(separator: " or ")
                throw fail(kindNode ?? fieldNode, "\(fieldPath).kind", "the field id \"\(id)\" is a standard field that other parts of the program read (the workflow rules, deadlines, rendering), so its kind must be \(kinds), not \(kind.rawValue); write kind: \(standard[0].rawValue), or give this field another id, e.g. \(id)_notes")
            }
            switch kind {
            case .choice, .checklist:
                if options.isEmpty {
                    throw fail(optionsNode ?? fieldNode, "\(fieldPath).options", "a \(kind.rawValue) field needs options; add e.g.\noptions:\n  - P1: Critical\n  - P2: High")
                }
            default:
                if optionsNode != nil {
                    throw fail(optionsNode, "\(fieldPath).options", "only choice and checklist fields take options; remove them or change kind to choice or checklist")
                }
            }
            let question = prompt ?? humanize(id)
            fields.append(Field(id: id, kind: kind, prompt: question, required: required, help: help,
                                options: options, external: external))
        }
        return fields
    }
}
