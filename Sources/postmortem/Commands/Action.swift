import ArgumentParser
import PostmortemCore

/// `postmortem action ID N --status STATUS [--evidence TEXT] [--reason TEXT]`.
struct Action: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Record an action item's progress, owner or due date.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The post-mortem's id.") var id: String
    @Argument(help: "The action item's number, as listed.") var number: Int
    @Option(help: "open, in-progress, done or wont-do.") var status: ActionStatus?
    @Option(help: "For done: a link, a PR, a ticket or a sentence.") var evidence: String?
    @Option(help: "For wont-do: why not.") var reason: String?
    @Option(help: "Reassign it.") var owner: String?
    @Option(help: "A new due date, YYYY-MM-DD.") var due: String?

    func run() throws {
        let app = try App(global)
        guard status != nil || owner != nil || due != nil else {
            throw CLIError.usage("Say what changed: --status open|in-progress|done|wont-do, --owner NAME or --due YYYY-MM-DD.")
        }
        let day = try due.map { text in
            guard let day = Day(iso: text) else { throw CLIError.usage("Use YYYY-MM-DD for --due, e.g. 2026-12-01.") }
            return day
        }
        // The status first: it is the change most often refused (evidence, reason), and then nothing is recorded.
        if let status {
            try app.perform(.setActionStatus(index: number, status: status, evidence: evidence, reason: reason), on: id, done: "Action \(number) is \(status.rawValue).")
        }
        if let owner { try app.perform(.reassignAction(index: number, owner: owner), on: id, done: "Action \(number) reassigned to \(owner).") }
        if let day { try app.perform(.rescheduleAction(index: number, due: day), on: id, done: "Action \(number) now due \(day.iso).") }
    }
}

extension ActionStatus: ExpressibleByArgument {}
