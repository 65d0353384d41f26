import ArgumentParser
import PostmortemCore

/// `postmortem log ID`: the journal as history.
struct Log: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "The journal as history: who did what, when.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The post-mortem's id.") var id: String

    func run() throws {
        let app = try App(global)
        for e in try app.open(id).0.events {
            app.out.line("\(String(e.seq).leftPadded(4))  \(e.at.shortUTC)  \(e.actor.neutralized)  \(EventSummary.line(e.event).neutralized)")
        }
    }
}
