import ArgumentParser
import Foundation
import PostmortemCore

/// `postmortem actions [--overdue] [--owner NAME] [--priority P1] [--all] [--format table|json|csv|gh]`.
struct Actions: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the action items of every post-mortem here: open ones by default.",
        discussion: "Unfinished items first, by due date. --format gh prints one `gh issue create` command per unfinished item.")

    @OptionGroup var global: GlobalOptions
    @Flag(help: "Only items past their due date.") var overdue = false
    @Option(help: "Only items owned by NAME (case-insensitive).") var owner: String?
    @Option(help: "Only items of this priority: P0, P1, P2 or P3.") var priority: String?
    @Flag(help: "Include done and won't-do items (with their evidence or reason).") var all = false
    @Option(help: "table, json, csv or gh.") var format: String = "table"

    func run() throws {
        guard let format = ActionExport.Format(rawValue: format.lowercased()) else {
            throw CLIError.usage("Unknown format '\(format)'. Use --format table, json, csv or gh.")
        }
        let priority = try self.priority.map { text in
            guard let p = Priority(rawValue: text.uppercased()) ?? Priority(rawValue: "P" + text) else {
                throw CLIError.usage("Unknown priority '\(text)'. Use --priority P0, P1, P2 or P3.")
            }
            return p
        }
        if let owner, owner.trimmed.isEmpty { throw CLIError.usage("--owner needs a name, e.g. --owner \"Dana Reyes\".") }
        let app = try App(global)
        let (postmortems, unreadable) = ActionIndex(app: app).load()
        let today = app.now.day
        let filter = ActionFilter(overdue: overdue, owner: owner, priority: priority, all: all)
        let rows = filter.apply(postmortems.flatMap { ActionRow.rows(of: $0.0) }, today: today)
        switch format {
        case .table:
            let lines = ActionExport.table(rows, today: today)
            if lines.isEmpty { app.out.line(postmortems.isEmpty && unreadable.isEmpty ? "No post-mortems in \(app.workspace.path)." : "No action items match.") }
            lines.forEach { app.out.line($0.overdue ? app.out.styledRed($0.text) : $0.text) }
        case .json: app.out.write(ActionExport.json(rows, today: today))
        case .csv: app.out.write(ActionExport.csv(rows, today: today))
        case .gh: app.out.write(ActionExport.gh(rows, today: today))
        }
        try reportUnreadable(unreadable)
    }
}

/// Names every post-mortem that could not be read (on standard error) and fails with exit 1,
/// so a list or a report never silently leaves items out.
func reportUnreadable(_ unreadable: [(id: String, reason: String)]) throws {
    guard !unreadable.isEmpty else { return }
    let lines = unreadable.map { "\($0.id) could not be read and is left out: \($0.reason) (`postmortem verify \($0.id)`)" }
    throw CLIError.refused(lines.joined(separator: "\npostmortem: "))
}
