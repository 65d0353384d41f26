import ArgumentParser
import PostmortemCore

/// `postmortem report [--month YYYY-MM] [--format text|markdown|json]`: the monthly review.
struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "The monthly review: post-mortems, open and overdue items, completion, deadlines, response times, patterns.",
        discussion: "Times are UTC; a month runs from its first day 00:00 to the next month's. docs/followup.md defines every figure.")

    @OptionGroup var global: GlobalOptions
    @Option(help: "The month, YYYY-MM (default: the current month).") var month: String?
    @Option(help: "text, markdown or json.") var format: String = "text"

    func run() throws {
        let month = try self.month.map { text in
            guard let m = Month(iso: text) else { throw CLIError.usage("Use YYYY-MM for --month, e.g. --month 2026-11 (it is '\(text)').") }
            return m
        }
        let format = self.format.lowercased()
        guard ["text", "markdown", "md", "json"].contains(format) else {
            throw CLIError.usage("Unknown format '\(self.format)'. Use --format text, markdown or json.")
        }
        let app = try App(global)
        let (loaded, unreadable) = ActionIndex(app: app).load()
        var templates: [String: Template] = [:]
        for (pm, template) in loaded { templates[pm.templateName] = template }
        let report = MonthlyReport(postmortems: loaded.map(\.0), templates: templates,
                                   month: month ?? Month(containing: app.now.day), now: app.now)
        app.out.write(format == "json" ? report.json : format == "text" ? report.text : report.markdown)
        try reportUnreadable(unreadable)
    }
}
