/// Renders the internal document as Markdown.
///
/// Fields shown in the header (title, date, severity, people, tags) are not repeated
/// in their sections. Unanswered required fields show as `_(not answered yet)_`.
public struct MarkdownRenderer: Sendable {
    public var template: Template
    public static let headerFields: Set<String> = ["title", "incident_date", "severity", "owner", "reviewers", "tags"]

    public init(template: Template) { self.template = template }

    public func render(_ pm: Postmortem) -> String {
        var out = "# Post-mortem: \(pm.title ?? pm.id)\n\n"
        out += header(pm)
        for section in template.sections {
            let fields = section.fields.filter { !Self.headerFields.contains($0.id) }
            guard !fields.isEmpty else { continue }
            let shown = fields.filter { pm.answers[$0.id] != nil || $0.required }
            guard !shown.isEmpty else { continue }
            out += "\n## \(section.title)\n"
            for field in shown {
                if fields.count > 1 { out += "\n### \(field.label)\n" }
                out += "\n" + body(field, pm) + "\n"
            }
        }
        out += signOffs(pm)
        return out
    }

    func header(_ pm: Postmortem) -> String {
        var lines: [String] = []
        if let d = pm.incidentDay { lines.append("**Date:** \(d.iso)") }
        if let s = pm.severity { lines.append("**Severity:** \(s)") }
        lines.append("**Owner:** \(pm.owners.joined(separator: ", "))")
        if !pm.committee.isEmpty { lines.append("**Reviewers:** \(pm.committee.joined(separator: ", "))") }
        if !pm.tags.isEmpty { lines.append("**Tags:** \(pm.tags.joined(separator: ", "))") }
        lines.append("**Status:** \(pm.phase.label)")
        let metrics = IncidentMetrics(timeline: pm.timeline)
        if let d = metrics.duration { lines.append("**Duration:** \(formatDuration(d))") }
        if let m = metrics.summary { lines.append("**Response:** \(m)") }
        lines.append("**Revision:** \(Revision.short(pm.revision))")
        return lines.map { $0 + "  " }.joined(separator: "\n") + "\n"
    }

    func body(_ field: Field, _ pm: Postmortem) -> String {
        guard let value = pm.answers[field.id] else { return "_(not answered yet)_" }
        switch value {
        case .text(let t): return t
        case .choice(let c): return field.options.first { $0.id == c }.map { "\($0.id): \($0.label)" } ?? c
        case .list(let items), .people(let items): return items.map { "- \($0)" }.joined(separator: "\n")
        case .date(let d): return d.iso
        case .datetime(let t): return t.shortUTC + " UTC"
        case .duration(let s): return formatDuration(s)
        case .number(let n): return n.rounded() == n && abs(n) < 1e15 ? String(Int64(n)) : String(n)
        case .checklist(let checked):
            // Only what was checked: a long list of empty boxes buries the answer.
            let labels = field.options.filter { checked.contains($0.id) }.map { "- \($0.label)" }
            return labels.isEmpty ? "None." : labels.joined(separator: "\n")
        case .timeline(let entries): return timeline(entries)
        case .actions(let items): return actions(items, pm)
        case .whys(let chain): return whys(chain)
        }
    }

    func timeline(_ entries: [TimelineEntry]) -> String {
        var rows = ["| Time (UTC) | Event | Source |", "|---|---|---|"]
        let sameDay = Set(entries.map(\.at.day)).count <= 1
        for e in entries {
            let time = sameDay ? String(e.at.shortUTC.suffix(5)) : e.at.shortUTC
            let tag = e.milestone.map { " **#\($0.rawValue)**" } ?? ""
            rows.append("| \(time) | \(e.text.replacingPipes)\(tag) | \(e.source?.replacingPipes ?? "") |")
        }
        if let metrics = IncidentMetrics(timeline: entries).summary { rows.append("\n\(metrics)") }
        return rows.joined(separator: "\n")
    }

    func actions(_ items: [ActionItem], _ pm: Postmortem) -> String {
        var rows = ["| # | Action | Owner | Priority | Due | Status |", "|---|---|---|---|---|---|"]
        var notes: [String] = []
        for (i, a) in items.enumerated() {
            let p = pm.actionProgress[i + 1]
            let owner = p?.owner ?? a.owner ?? "—"
            let due = (p?.due ?? a.due)?.iso ?? "—"
            let status = p?.status ?? .open
            rows.append("| \(i + 1) | \(a.what.replacingPipes) | \(owner) | \(a.priority?.rawValue ?? "—") | \(due) | \(status.rawValue) |")
            if let e = p?.evidence { notes.append("- \(i + 1): evidence: \(e)") }
            if let r = p?.reason, status == .wontDo { notes.append("- \(i + 1): won't do: \(r)") }
        }
        return (rows + (notes.isEmpty ? [] : [""] + notes)).joined(separator: "\n")
    }

    func whys(_ chain: WhyChain) -> String {
        var lines: [String] = []
        if let p = chain.problem { lines.append("**Problem:** \(p)\n") }
        for (i, b) in chain.becauses.enumerated() { lines.append("\(i + 1). Why? Because \(b)") }
        if let last = chain.becauses.last { lines.append("\n**Deepest cause found:** \(last)") }
        return lines.joined(separator: "\n")
    }

    func signOffs(_ pm: Postmortem) -> String {
        guard !pm.committee.isEmpty else { return "" }
        let current = pm.revision
        var lines = ["\n## Sign-off\n"]
        for member in pm.committee {
            let state: String
            switch pm.verdict(of: member) {
            case .approved(let s) where s.revision == current: state = "approved \(Revision.short(s.revision)) on \(s.at.shortUTC) UTC"
            case .approved(let s): state = "approved an older revision (\(Revision.short(s.revision))): stale"
            case .changesRequested(let reason, let at): state = "requested changes on \(at.shortUTC) UTC: \(reason)"
            case nil: state = "not yet"
            }
            lines.append("- \(member): \(state)")
        }
        if let p = pm.published { lines.append("\nPublished internally on \(p.at.shortUTC) UTC by \(p.by) (revision \(Revision.short(p.revision))).") }
        return lines.joined(separator: "\n") + "\n"
    }
}

extension Field {
    /// A short heading for the field: its id in words (`went_well` → "Went well").
    public var label: String {
        let words = id.replacingUnderscores
        return words.prefix(1).uppercased() + words.dropFirst()
    }
}

extension String {
    var replacingUnderscores: String { split(separator: "_").joined(separator: " ") }
}
