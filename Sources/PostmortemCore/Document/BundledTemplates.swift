/// The templates compiled into the program, as YAML text (so a copied binary still has them).
public enum BundledTemplates {
    /// The bundled template names, in the order `postmortem templates` lists them.
    public static let names = ["standard", "minimal", "security"]

    /// The YAML text of a bundled template, or nil.
    public static func yaml(named name: String) -> String? {
        switch name {
        case "standard": standardYAML
        case "minimal": minimalYAML
        case "security": securityYAML
        default: nil
        }
    }

    /// The parsed bundled template; throws `TemplateError` for an unknown name.
    public static func template(named name: String) throws -> Template {
        guard let text = yaml(named: name) else {
            throw TemplateError(path: "", message: "no bundled template named \"\(name)\"; use one of: \(names.joined(separator: ", "))")
        }
        return try TemplateLoader.load(yaml: text, source: "bundled \(name)")
    }
}

/// How `--template NAME|PATH` was written: a name (bundled or overridden) or a file path.
public enum TemplateReference: Sendable, Equatable {
    case name(String)
    case path(String)

    /// A PATH contains `/` or ends with `.yaml`/`.yml`; anything else is a NAME.
    public init(_ nameOrPath: String) {
        if nameOrPath.contains("/") || nameOrPath.hasSuffix(".yaml") || nameOrPath.hasSuffix(".yml") {
            self = .path(nameOrPath)
        } else {
            self = .name(nameOrPath)
        }
    }
}

/// Where a resolved template's text came from.
public enum TemplateOrigin: Sendable, Equatable {
    case bundled(String)
    /// `<workspace>/templates/NAME.yaml`
    case override(String)
    case file(String)
}

/// A template with the exact text it was parsed from (the shell may record the text in the journal).
public struct ResolvedTemplate: Sendable, Equatable {
    public var template: Template
    public var yaml: String
    public var origin: TemplateOrigin
}

/// The templates available in a workspace: the bundled ones, overridden or extended by
/// `<workspace>/templates/NAME.yaml`. Pure: the shell reads the files and passes their text.
public struct TemplateCatalog: Sendable {
    /// Override texts by template name (the file name without `.yaml`).
    public var overrides: [String: String]

    public init(overrides: [String: String] = [:]) { self.overrides = overrides }

    /// The bundled names in their order, then names only found in the workspace, sorted.
    public var names: [String] {
        BundledTemplates.names + overrides.keys.filter { !BundledTemplates.names.contains($0) }.sorted()
    }

    /// Where NAME comes from: the workspace override first, then the bundled text.
    public func origin(of name: String) -> TemplateOrigin? {
        if overrides[name] != nil { return .override(name) }
        return BundledTemplates.yaml(named: name) != nil ? .bundled(name) : nil
    }

    /// The YAML text of NAME: the workspace override wins over the bundled text.
    public func yaml(named name: String) -> String? { overrides[name] ?? BundledTemplates.yaml(named: name) }

    /// Resolves a NAME (override first, then bundled). A PATH is read with `readFile`, which the shell supplies.
    /// Throws `TemplateError`: an unknown name lists the available ones; an override whose `name:`
    /// differs from its file name is refused.
    public func resolve(_ nameOrPath: String, readFile: (String) throws -> String = { path in
        throw TemplateError(source: path, path: "", message: "cannot read the file here; pass the template by name")
    }) throws -> ResolvedTemplate {
        switch TemplateReference(nameOrPath) {
        case .path(let path):
            let text: String
            do { text = try readFile(path) } catch let error as TemplateError { throw error } catch {
                throw TemplateError(source: path, path: "", message: "cannot read the template file (\(error)); check the path, e.g. --template templates/standard.yaml")
            }
            return ResolvedTemplate(template: try TemplateLoader.load(yaml: text, source: path), yaml: text, origin: .file(path))
        case .name(let name):
            if let text = overrides[name] {
                let source = "templates/\(name).yaml"
                let template = try TemplateLoader.load(yaml: text, source: source)
                guard template.name == name else {
                    throw TemplateError(source: source, path: "name",
                                        message: "the file is templates/\(name).yaml but says name: \(template.name); make them the same (write name: \(name))")
                }
                return ResolvedTemplate(template: template, yaml: text, origin: .override(name))
            }
            if let text = BundledTemplates.yaml(named: name) {
                return ResolvedTemplate(template: try TemplateLoader.load(yaml: text, source: "bundled \(name)"),
                                        yaml: text, origin: .bundled(name))
            }
            let hint = TemplateText.closest(name, in: names).map { "did you mean \"\($0)\"? " } ?? ""
            throw TemplateError(path: "", message: "no template named \"\(name)\"; \(hint)use one of: \(names.joined(separator: ", ")), or a path to a .yaml file")
        }
    }

    /// `resolve(_:readFile:)` returning only the template.
    public func template(_ nameOrPath: String, readFile: (String) throws -> String = { path in
        throw TemplateError(source: path, path: "", message: "cannot read the file here; pass the template by name")
    }) throws -> Template {
        try resolve(nameOrPath, readFile: readFile).template
    }

    /// One-shot form: `TemplateCatalog.resolve(nameOrPath: "standard", overrides: texts)`.
    public static func resolve(nameOrPath: String, overrides: [String: String],
                               readFile: (String) throws -> String = { path in
                                   throw TemplateError(source: path, path: "", message: "cannot read the file here; pass the template by name")
                               }) throws -> Template {
        try TemplateCatalog(overrides: overrides).resolve(nameOrPath, readFile: readFile).template
    }
}
