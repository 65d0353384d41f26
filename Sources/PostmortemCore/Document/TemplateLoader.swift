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

    /// Field ids that other parts of the program read (workflow rules, deadlines, the external
    /// projection), with the kinds they must have in any template that has them.
    public static let standardFieldKinds: [String: [FieldKind]] = [
        "title": [.text], "incident_date": [.date], "severity": [.choice], "owner": [.people], "reviewers": [.people],
        "timeline": [.timeline], "action_items": [.actions], "whys": [.whys], "root_cause": [.paragraph, .text],
    ]

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
        var reader = TemplateNodeReader(source: source)
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
