import ArgumentParser
import PostmortemCore

/// `postmortem templates`: the templates available here.
struct Templates: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the templates: bundled, and overrides in <workspace>/templates/.")
    @OptionGroup var global: GlobalOptions
    @Option(help: "Print one template's YAML (to copy into <workspace>/templates/ and change).") var show: String?

    func run() throws {
        let app = try App(global)
        let overrides = app.templateOverrides()
        if let show {
            guard let yaml = overrides[show] ?? BundledTemplates.yaml(named: show) else {
                throw CLIError.usage("No template '\(show)'. `postmortem templates` lists them.")
            }
            return app.out.write(yaml)
        }
        for name in Set(BundledTemplates.names + overrides.keys).sorted() {
            let origin = overrides[name] != nil ? "workspace" : "bundled"
            let t = try? app.template(named: name)
            app.out.line("\(name.padding(toLength: 10, withPad: " ", startingAt: 0)) \(origin.padding(toLength: 10, withPad: " ", startingAt: 0)) \(t.map { "\($0.fields.count) fields — \($0.title)" } ?? "does not load: run `postmortem templates --show \(name)`")")
        }
    }
}
