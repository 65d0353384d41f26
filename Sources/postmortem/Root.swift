import ArgumentParser
import PostmortemREPL

/// `postmortem`: with no command, the home REPL.
struct Root: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "postmortem",
        abstract: "Write blameless post-mortems, review and publish them, and track their actions to completion.",
        discussion: "Run with no command for the home REPL. Environment: POSTMORTEM_DIR, POSTMORTEM_USER, POSTMORTEM_NOW, NO_COLOR.",
        subcommands: [New.self, Open.self, Review.self, Status.self, Render.self, Log.self, Verify.self, Repair.self,
                      Submit.self, Approve.self, RequestChanges.self, Publish.self, Checklist.self, KeysCommand.self,
                      Action.self, Actions.self, Close.self, Report.self, Lint.self, Templates.self,
                      Train.self, Replay.self]
    )

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let app = try App(global)
        HomeSession(app: app, reader: app.makeReader()).run()
    }
}
