import Yams

/// A template that cannot be used, with where the problem is and what to write instead.
///
/// `description` reads like a compiler diagnostic:
/// `templates/standard.yaml:42: sections[impact].fields[users].kind: unknown kind "nmber"; write one of: text, ...`
public struct TemplateError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Where the text came from (a file path, `bundled standard`), when known.
    public var source: String?
    /// The 1-based line of the YAML text, when known.
    public var line: Int?
    /// The path of the offending key, e.g. `sections[impact].fields[severity].options`; empty for the whole text.
    public var path: String
    /// What is wrong and what to write instead.
    public var message: String

    public init(source: String? = nil, line: Int? = nil, path: String, message: String) {
        self.source = source; self.line = line; self.path = path; self.message = message
    }

    public var description: String {
        var prefix = ""
        if let source { prefix += source }
        if let line { prefix += prefix.isEmpty ? "line \(line)" : ":\(line)" }
        if !prefix.isEmpty { prefix += ": " }
        if !path.isEmpty { prefix += path + ": " }
        return prefix + message
    }
}

/// Parses a template from its YAML text (schema in docs/templates.md) and validates it.
public enum TemplateLoader {
    /// The keys each level of the YAML may have, in the order docs/templates.md lists them.
    public static let templateKeys = ["name", "title", "description", "required_reviewers", "action_sla_days",
                                      "external_checklist", "sections"]
    public static let sectionKeys = ["id", "title", "guidance", "example", "fields"]
    public static let fieldKeys = ["id", "kind", "prompt", "required", "help", "options", "external"]

    /// Parses and validates `yaml`. Throws a `TemplateError` naming the key and what to write instead.
    /// - Parameter source: how to name the text in errors (a file path, `bundled standard`).
    public static func load(yaml: String, source: String? = nil) throws -> Template {
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            throw yamlSyntaxError(error, source: source)
        } catch {
            throw TemplateError(source: source, path: "", message: "not readable as YAML: \(error)")
        }
        guard let root else {
            throw TemplateError(source: source, path: "", message: "the template is empty; start with `name:`, `title:` and `sections:` (see docs/templates.md)")
        }
        var reader = Reader(source: source)
        return try reader.template(root)
    }

    static func yamlSyntaxError(_ error: YamlError, source: String?) -> TemplateError {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            let ctx = context.map { " (\($0.text) at line \($0.mark.line))" } ?? ""
            return TemplateError(source: source, line: mark.line, path: "",
                                 message: "YAML syntax: \(problem)\(ctx); check the indentation and quote text that contains `: ` or starts with a special character")
        case let .duplicatedKeysInMapping(duplicates, context):
            return TemplateError(source: source, line: context.mark.line, path: "",
                                 message: "the key \(duplicates.sorted().map { "\"\($0)\"" }.joined(separator: ", ")) appears twice in one mapping; keep one")
        default:
            return TemplateError(source: source, path: "", message: "not readable as YAML: \(error)")
        }
    }
}

extension Template {
    /// Parses and validates a template's YAML text; see `TemplateLoader.load(yaml:source:)`.
    public init(yaml: String, source: String? = nil) throws {
        self = try TemplateLoader.load(yaml: yaml, source: source)
    }
}

// MARK: - The node walker

private struct Reader {
    let source: String?

    func fail(_ node: Node?, _ path: String, _ message: String) -> TemplateError {
        TemplateError(source: source, line: node?.mark?.line, path: path, message: message)
    }

    /// The mapping's pairs with string keys, refusing keys outside `allowed`.
    func mapping(_ node: Node, _ path: String, allowed: [String], what: String) throws -> [(key: String, value: Node, keyNode: Node)] {
        guard case .mapping(let mapping) = node else {
            throw fail(node, path, "expected \(what) (keys such as \(allowed.prefix(3).joined(separator: ", ")), ...), found \(describe(node))")
        }
        var result: [(key: String, value: Node, keyNode: Node)] = []
        for (keyNode, value) in mapping {
            guard case .scalar(let scalar) = keyNode else {
                throw fail(keyNode, path, "a key must be a plain word; use one of: \(allowed.joined(separator: ", "))")
            }
            let key = scalar.string
            guard allowed.contains(key) else {
                let hint = closest(key, in: allowed).map { "did you mean \"\($0)\"? " } ?? ""
                throw fail(keyNode, join(path, key), "unknown key \"\(key)\"; \(hint)the keys here are: \(allowed.joined(separator: ", "))")
            }
            result.append((key, value, keyNode))
        }
        return result
    }

    func string(_ node: Node, _ path: String, example: String) throws -> String {
        guard case .scalar(let scalar) = node else {
            throw fail(node, path, "expected text, found \(describe(node)); write e.g. \(path.split(separator: ".").last.map(String.init) ?? "key"): \(example)")
        }
        return scalar.string
    }

    func nonEmptyString(_ node: Node, _ path: String, example: String) throws -> String {
        let text = TemplateText.trim(try string(node, path, example: example))
        guard !text.isEmpty else {
            throw fail(node, path, "is empty; write e.g. \(lastKey(path)): \(example)")
        }
        return text
    }

    /// Block text: trailing newlines and trailing spaces of each line removed, inner lines kept.
    func blockText(_ node: Node, _ path: String, example: String) throws -> String {
        let text = try string(node, path, example: example)
        return TemplateText.trim(text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { TemplateText.trimTrailing($0) }
            .joined(separator: "\n"))
    }

    func bool(_ node: Node, _ path: String) throws -> Bool {
        if case .scalar(let scalar) = node {
            switch scalar.string.lowercased() {
            case "true", "yes", "on": return true
            case "false", "no", "off": return false
            default: break
            }
        }
        throw fail(node, path, "expected true or false, found \(describe(node)); write e.g. \(lastKey(path)): true")
    }

    func int(_ node: Node, _ path: String, range: ClosedRange<Int>, example: String) throws -> Int {
        if case .scalar(let scalar) = node, let n = Int(scalar.string), range.contains(n) { return n }
        throw fail(node, path, "expected a whole number from \(range.lowerBound) to \(range.upperBound), found \(describe(node)); write e.g. \(example)")
    }

    func identifier(_ node: Node, _ path: String, what: String, example: String) throws -> String {
        let id = try nonEmptyString(node, path, example: example)
        guard isIdentifier(id) else {
            throw fail(node, path, "\(what) \"\(id)\" must start with a letter and use only letters, digits, _ and -; write e.g. \(lastKey(path)): \(example)")
        }
        return id
    }

    func sequence(_ node: Node, _ path: String, example: String) throws -> [Node] {
        guard case .sequence(let sequence) = node else {
            throw fail(node, path, "expected a list (lines starting with `- `), found \(describe(node)); e.g.\n\(example)")
        }
        return Array(sequence)
    }

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
            case "required_reviewers": reviewers = try priorityMap(value, key, range: 0...20, example: "required_reviewers: {P0: 2, P1: 2}")
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

    func priorityMap(_ node: Node, _ path: String, range: ClosedRange<Int>, example: String) throws -> [Priority: Int] {
        let keys = Priority.allCases.map(\.rawValue)
        guard case .mapping = node else {
            throw fail(node, path, "expected a mapping of priorities to numbers; write e.g. \(example)")
        }
        var result: [Priority: Int] = [:]
        for (key, value, _) in try mapping(node, path, allowed: keys + keys.map { $0.lowercased() }, what: "a mapping of priorities") {
            result[Priority(rawValue: key.uppercased())!] = try int(value, join(path, key), range: range, example: example)
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
            var options: [ChecklistItem] = [], optionsNode: Node?
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
                    kind = k
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

// MARK: - Small helpers

private func describe(_ node: Node) -> String {
    switch node {
    case .scalar(let s): s.string.isEmpty ? "nothing" : "\"\(s.string)\""
    case .mapping: "a mapping (key: value lines)"
    case .sequence: "a list"
    case .alias: "an alias (*name); aliases are not supported, write the value out"
    }
}

private func join(_ path: String, _ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

private func lastKey(_ path: String) -> String {
    let last = path.split(separator: ".").last.map(String.init) ?? path
    return last.split(separator: "[").first.map(String.init) ?? last
}

private func isIdentifier(_ s: String) -> Bool { TemplateText.isIdentifier(s) }
private func humanize(_ id: String) -> String { TemplateText.humanize(id) }
private func closest(_ word: String, in candidates: [String]) -> String? { TemplateText.closest(word, in: candidates) }

/// Text helpers shared by the template loader and the answer parser (namespaced to stay out of others' way).
enum TemplateText {
    /// Letters, digits, `_` and `-`, starting with a letter (ASCII).
    static func isIdentifier(_ s: String) -> Bool {
        guard let first = s.unicodeScalars.first, first.isASCII, first.properties.isAlphabetic else { return false }
        return s.unicodeScalars.allSatisfy {
            $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" || $0 == "-")
        }
    }

    /// `users_affected` -> `Users affected`.
    static func humanize(_ id: String) -> String {
        let words = String(id.map { $0 == "_" || $0 == "-" ? " " : $0 })
        return words.prefix(1).uppercased() + words.dropFirst()
    }

    /// The candidate within edit distance 2 of `word`, if exactly one is closest.
    static func closest(_ word: String, in candidates: [String]) -> String? {
        let scored = candidates.map { ($0, editDistance(word.lowercased(), $0.lowercased())) }.filter { $0.1 <= 2 }
        guard let best = scored.min(by: { $0.1 < $1.1 }) else { return nil }
        return scored.filter({ $0.1 == best.1 }).count == 1 ? best.0 : nil
    }

    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }

    /// Without leading and trailing whitespace (spaces, tabs, newlines).
    static func trim<S: StringProtocol>(_ s: S) -> String {
        var sub = Substring(s)
        while let first = sub.first, first.isWhitespace { sub.removeFirst() }
        while let last = sub.last, last.isWhitespace { sub.removeLast() }
        return String(sub)
    }

    static func trimTrailing<S: StringProtocol>(_ s: S) -> String {
        var sub = Substring(s)
        while let last = sub.last, last.isWhitespace { sub.removeLast() }
        return String(sub)
    }
}
