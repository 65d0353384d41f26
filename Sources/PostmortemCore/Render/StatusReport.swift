/// What `status` shows: phase, what is missing, sign-offs, comments, checklist, deadlines.
/// Plain lines; the shell adds colour (lines marked `overdue` are red).
public struct StatusReport: Sendable {
    public struct Line: Sendable, Equatable {
        public var text: String
        public var overdue: Bool = false
        public init(_ text: String, overdue: Bool = false) { self.text = text; self.overdue = overdue }
    }

    public var lines: [Line] = []

    public init(_ pm: Postmortem, workflow: Workflow, now: Timestamp, coaching: [String] = [], signatures: SignatureCheck? = nil) {
        func signatureNote(_ s: SignOff, _ reviewer: String) -> String {
            guard let signatures else { return s.signature == nil ? " (unsigned)" : " (signed)" }
            let status = signatures.status(of: s, by: reviewer, postmortemID: pm.id)
            let counts = signatures.counts(s, by: reviewer, postmortemID: pm.id)
            return " (\(status.rawValue)\(counts ? "" : ": does not count"))"
        }
        let template = workflow.template
        let required = template.fields.filter(\.required)
        let answered = required.filter { pm.answers[$0.id] != nil }.count
        add("\(pm.id): \(pm.title ?? "(untitled)")")
        add("Phase: \(pm.phase.label) · \(answered)/\(required.count) required answered · template \(template.name) · revision \(Revision.short(pm.revision))")

        if pm.phase == .draft {
            let missing = workflow.missingForSubmission(pm)
            if missing.isEmpty { add("Ready to submit for review (/submit).") } else {
                add("Before review:")
                missing.forEach { add("  - " + $0) }
            }
        }
        let members = pm.committee.filter { !pm.isOwner($0) }
        if !members.isEmpty {
            add("Reviewers:")
            let current = pm.revision
            for m in members {
                let state: String = switch pm.verdict(of: m) {
                case .approved(let s) where s.revision == current:
                    "approved the current revision" + signatureNote(s, m)
                case .approved(let s): "approved an older revision (\(Revision.short(s.revision))): stale" + signatureNote(s, m)
                case .changesRequested(let reason, _): "requested changes: \(reason.neutralized)"
                case nil: "not yet"
                }
                add("  - \(m): \(state)")
            }
        }
        let open = pm.comments.filter { !$0.resolved }
        if !open.isEmpty {
            add("Open comments:")
            for c in open { add("  - \(c.id) [\(c.section ?? "general")] \(c.author): \(c.text.neutralized)" + (c.replies.isEmpty ? "" : " (\(c.replies.count) repl\(c.replies.count == 1 ? "y" : "ies"))")) }
        }
        if pm.phase == .review {
            let missing = workflow.missingSignOffs(pm, signatures: signatures)
            add(missing.isEmpty ? "Ready to publish internally (/publish)." : "Publication waits for: " + missing.joined(separator: "; "))
        }
        if pm.phase.isPublished {
            let items = ExternalChecklist.items(for: pm, template: template)
            if pm.publishedExternally != nil { add("Published externally.") } else {
                let done = items.filter { pm.checklist[$0.id] != nil }.count
                add("External checklist: \(done)/\(items.filter(\.required).count) required checked (postmortem checklist \(pm.id))")
            }
            let actions = pm.actionItems
            if !actions.isEmpty {
                let finished = actions.indices.filter { pm.status(ofAction: $0 + 1).isFinished }.count
                add("Action items: \(finished)/\(actions.count) done or won't-do")
            }
        }
        let deadlines = Deadlines(pm, template: template)
        let overdue = deadlines.overdue(at: now), upcoming = deadlines.upcoming(at: now)
        if !overdue.isEmpty || !upcoming.isEmpty {
            add("Deadlines:")
            for d in overdue { lines.append(Line("  - OVERDUE \(d.what): was due \(d.due.shortUTC) UTC", overdue: true)) }
            for d in upcoming { add("  - \(d.what): due \(d.due.shortUTC) UTC") }
        }
        if !coaching.isEmpty {
            add("Coaching:")
            coaching.forEach { add("  - " + $0) }
        }
    }

    private mutating func add(_ text: String) { lines.append(Line(text)) }
}
