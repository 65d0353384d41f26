import ArgumentParser
import PostmortemCore
import PostmortemREPL
import PostmortemStore

/// `postmortem new`: start a post-mortem, then the interview.
struct New: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Start a post-mortem and answer its questions.")

    @OptionGroup var global: GlobalOptions
    @Option(help: "Its id, a plain name (default: from the date and title).") var id: String?
    @Option(help: "A template name or a path to a YAML file (`postmortem templates` lists them).") var template = "standard"
    @Option(help: "The incident's title.") var title: String?

    func run() throws {
        let app = try App(global)
        let live = try app.create(id: id, template: template, title: title)
        try app.interview(live)
    }
}
