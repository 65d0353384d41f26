import Yams

/// Walks the composed YAML nodes of a template: the typed readers of one node each.
/// The levels (template, sections, fields, options) are in `TemplateLoader+Levels.swift`.
struct TemplateNodeReader {
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

    /// A whole number in `range`; `why` says why the range is what it is.
    func int(_ node: Node, _ path: String, range: ClosedRange<Int>, example: String, why: String? = nil) throws -> Int {
        if case .scalar(let scalar) = node, let n = Int(scalar.string), range.contains(n) { return n }
        let reason = why.map { " (\($0))" } ?? ""
        throw fail(node, path, "expected a whole number from \(range.lowerBound) to \(range.upperBound), found \(describe(node))\(reason); write e.g. \(example)")
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
}

// MARK: - Small helpers

extension TemplateNodeReader {
    func describe(_ node: Node) -> String {
        switch node {
        case .scalar(let s): s.string.isEmpty ? "nothing" : "\"\(s.string)\""
        case .mapping: "a mapping (key: value lines)"
        case .sequence: "a list"
        case .alias: "an alias (*name); aliases are not supported, write the value out"
        }
    }

    func join(_ path: String, _ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    func lastKey(_ path: String) -> String {
        let last = path.split(separator: ".").last.map(String.init) ?? path
        return last.split(separator: "[").first.map(String.init) ?? last
    }

    func isIdentifier(_ s: String) -> Bool { TemplateText.isIdentifier(s) }
    func humanize(_ id: String) -> String { TemplateText.humanize(id) }
    func closest(_ word: String, in candidates: [String]) -> String? { TemplateText.closest(word, in: candidates) }
}
