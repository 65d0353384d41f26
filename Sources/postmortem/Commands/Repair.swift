import ArgumentParser

/// `postmortem repair ID`: move a torn last line aside; never delete.
struct Repair: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Move a torn last line (an interrupted write) aside, keeping its bytes.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The post-mortem's id.") var id: String

    func run() throws {
        let app = try App(global)
        if let moved = try app.journal(id).repair(at: app.now) {
            app.out.line("Moved the torn last line to \(moved). The journal is whole again.")
        } else {
            app.out.line("Nothing to repair: \(id)'s journal ends cleanly.")
        }
    }
}
