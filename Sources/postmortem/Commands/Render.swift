import ArgumentParser
import Foundation
import PostmortemCore

/// `postmortem render ID`: the document the journal replays into.
struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print the document (Markdown or JSON) replayed from the journal.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case markdown, json }

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The post-mortem's id.") var id: String
    @Flag(help: "Only what may leave the company: people replaced by roles, internal details removed.") var external = false
    @Option(help: "Replay only up to this journal position (seq).") var at: Int?
    @Option(help: "markdown or json.") var format: Format = .markdown
    @Option(name: .shortAndLong, help: "Write to FILE instead of standard output.") var output: String?

    func run() throws {
        let app = try App(global)
        let live = try app.open(id).0
        if let at, at < 0 || at > (live.events.last?.seq ?? 0) {
            throw CLIError.usage("--at must be between 0 and \(live.events.last?.seq ?? 0), the journal's last seq.")
        }
        // The state is already replayed; only an earlier position needs a replay of its own.
        let state = at.map { seq in live.workflow.replay(live.events.prefix { $0.seq <= seq }) } ?? live.state
        guard let pm = state else { throw CLIError.refused("Nothing to render.") }
        let text = app.render(pm, template: live.workflow.template, external: external, format: format == .json)
        if let output { try FileOutput.write(text, to: output) } else { app.out.write(text) }
        EndOfProcess.keep(live)
    }
}
