import ArgumentParser
import PostmortemCore

/// `postmortem checklist ID [--check ITEM [--note TEXT]]`: the external-publication checklist.
struct Checklist: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "The external-publication checklist, one item a line; --check records who checked one.")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The post-mortem's id.") var id: String
    @Option(help: "The item to check, e.g. legal-review.") var check: String?
    @Option(help: "What was checked, e.g. \"Reviewed by counsel\".") var note: String?

    func run() throws {
        let app = try App(global)
        if note != nil, check == nil { throw CLIError.usage("--note goes with --check ITEM, e.g. --check legal-review --note \"Reviewed by counsel\".") }
        if let check { try app.perform(.checkItem(check, note: note), on: id, done: "Checked \(check).") }
        let live = try app.open(id).0
        ExternalChecklist.lines(for: live.state!, template: live.workflow.template).forEach { app.out.line($0) }
    }
}
