import ArgumentParser

/// `postmortem open ID`: resume the owner's interview where it stopped.
struct Open: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Resume a post-mortem's interview where it stopped.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The post-mortem's id.") var id: String

    func run() throws {
        let app = try App(global)
        try app.interview(try app.openForWriting(id))
    }
}
