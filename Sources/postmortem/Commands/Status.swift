import ArgumentParser
import PostmortemCore

/// `postmortem status [ID]`: phase, what is missing, sign-offs, checklist, deadlines, coaching.
struct Status: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Show where a post-mortem stands, or list them all.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The post-mortem's id (default: every post-mortem).") var id: String?

    func run() throws {
        let app = try App(global)
        guard let id else { return app.printOverview() }
        let live = try app.open(id).0
        let report = StatusReport(live.state!, workflow: live.workflow, now: app.now, coaching: app.coachingLines(live.state!),
                                  signatures: app.signatureCheck())
        report.lines.forEach { app.out.line($0.overdue ? app.out.styledRed($0.text) : $0.text) }
    }
}
