import ArgumentParser
import PostmortemREPL

/// `postmortem review ID`: the reviewer's REPL.
struct Review: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Read a post-mortem section by section, comment, approve or request changes.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The post-mortem's id.") var id: String

    func run() throws {
        let app = try App(global)
        let session = ReviewSession(live: try app.openForWriting(id), reader: app.makeReader(), out: app.out, env: app.sessionEnvironment())
        session.coaching = { pm in app.coachingLines(pm) }
        session.run()
    }
}
