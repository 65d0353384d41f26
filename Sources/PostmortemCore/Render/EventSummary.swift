/// One human line per event, for `postmortem log`.
public enum EventSummary {
    public static func line(_ event: Event) -> String {
        switch event {
        case .created(let id, let template, let title): "started \(id) (template \(template))" + (title.map { ": \($0)" } ?? "")
        case .templateRecorded(let name, let yaml): "recorded the \(name) template (\(yaml.split(separator: "\n").count) lines)"
        case .answered(let field, let value): "answered \(field): \(preview(value))"
        case .skipped(let field): "skipped \(field)"
        case .submitted: "submitted for review"
        case .withdrawn(let reason): "withdrew from review" + (reason.map { ": \($0)" } ?? "")
        case .signedOff(let revision, let signature): "signed off revision \(Revision.short(revision))" + (signature == nil ? "" : " (signed)")
        case .changesRequested(let reason): "requested changes: \(reason)"
        case .commented(let id, let section, let text): "commented \(id)" + (section.map { " on \($0)" } ?? "") + ": \(text)"
        case .replied(let to, let text): "replied to \(to): \(text)"
        case .commentResolved(let id): "resolved \(id)"
        case .published(let revision): "published internally (revision \(Revision.short(revision)))"
        case .followUpStarted(let due): "started follow-up; review due \(due.iso)"
        case .checklistChecked(let item, let note): "checked \(item)" + (note.map { ": \($0)" } ?? "")
        case .publishedExternally(let revision): "published externally (revision \(Revision.short(revision)))"
        case .actionStatusChanged(let i, let status, let evidence, let reason):
            "action \(i) → \(status.rawValue)" + (evidence.map { ": \($0)" } ?? reason.map { ": \($0)" } ?? "")
        case .actionReassigned(let i, let owner): "action \(i) reassigned to \(owner)"
        case .actionRescheduled(let i, let due): "action \(i) now due \(due.iso)"
        case .followUpReviewed(let next, let notes): "held the follow-up review; next due \(next.iso)" + (notes.map { ": \($0)" } ?? "")
        case .closed: "closed"
        case .unrecognized(let type, _): "\(type) (an event this version of postmortem does not know)"
        }
    }

    static func preview(_ value: JSONValue) -> String {
        let text: String = switch value {
        case .string(let s): s
        case .array(let a): "\(a.count) item\(a.count == 1 ? "" : "s")"
        case .number(let n): n.rounded() == n ? String(Int64(n)) : String(n)
        default: "…"
        }
        let oneLine = text.split(separator: "\n").joined(separator: " ")
        return oneLine.count > 60 ? oneLine.prefix(57) + "…" : oneLine
    }
}
