extension Workflow {
    /// Folds one recorded event into the state. Total: an event that no longer
    /// fits (e.g. a field removed from the template) is kept in the journal but ignored here.
    public func evolve(_ state: Postmortem?, _ recorded: RecordedEvent) -> Postmortem? {
        var next = state
        apply(recorded, to: &next)
        return next
    }

    /// `evolve` in place: replaying a long journal must not copy the state once per event.
    public func apply(_ recorded: RecordedEvent, to state: inout Postmortem?) {
        if case .created(let id, let template, _) = recorded.event {
            var created = Postmortem(id: id, templateName: template, createdBy: recorded.actor, createdAt: recorded.at)
            created.lastSeq = recorded.seq
            state = created
            return
        }
        guard var s = state else { return }
        state = nil  // `s` is now the only reference: the mutations below do not copy its arrays
        defer { state = s }
        s.lastSeq = recorded.seq
        let at = recorded.at, actor = recorded.actor
        switch recorded.event {
        case .created, .templateRecorded:
            break  // the template is an input of the Workflow, read from the journal by the shell
        case .answered(let field, let json):
            if let kind = template.field(field)?.kind, let value = try? FieldValue(json: json, kind: kind) {
                s.answers[field] = value
                s.skipped.remove(field)
                s.lastChangedAt = at
            }
        case .skipped(let field):
            s.skipped.insert(field)
        case .submitted:
            s.phase = .review
            s.submittedAt = at
        case .withdrawn:
            s.phase = .draft
        case .signedOff(let revision, let signature):
            s.verdicts[Person.key(actor)] = .approved(SignOff(revision: revision, at: at, signature: signature, seq: recorded.seq))
        case .changesRequested(let reason):
            s.verdicts[Person.key(actor)] = .changesRequested(reason: reason, at: at)
            s.phase = .draft
        case .commented(let id, let section, let text):
            s.comments.append(Comment(id: id, author: actor, section: section, text: text, at: at))
        case .replied(let to, let text):
            if let i = s.comments.firstIndex(where: { $0.id == to }) {
                s.comments[i].replies.append(.init(author: actor, text: text, at: at))
            }
        case .commentResolved(let id):
            if let i = s.comments.firstIndex(where: { $0.id == id }) { s.comments[i].resolved = true }
        case .published(let revision):
            s.phase = .published
            s.published = Publication(revision: revision, at: at, by: actor)
        case .followUpStarted(let due):
            s.phase = .followUp
            s.followUpDue = due
        case .checklistChecked(let item, let note):
            s.checklist[item] = Check(by: actor, note: note, at: at)
        case .publishedExternally(let revision):
            s.publishedExternally = Publication(revision: revision, at: at, by: actor)
        case .actionStatusChanged(let index, let status, let evidence, let reason):
            // Mutated in place through the dictionary: a copy would copy the history on every event.
            s.actionProgress[index, default: ActionProgress()].record(status, evidence: evidence, reason: reason, at: at, by: actor)
        case .actionReassigned(let index, let owner):
            s.actionProgress[index, default: ActionProgress()].owner = owner
            s.actionProgress[index]!.history.append(.init(at: at, by: actor, summary: "reassigned to \(owner)"))
        case .actionRescheduled(let index, let due):
            s.actionProgress[index, default: ActionProgress()].due = due
            s.actionProgress[index]!.history.append(.init(at: at, by: actor, summary: "due \(due.iso)"))
        case .followUpReviewed(let nextDue, _):
            s.followUpReviews.append(at)
            s.followUpDue = nextDue
        case .closed:
            s.phase = .closed
            s.closedAt = at
        case .unrecognized:
            break  // a newer program's event: its seq counts, its meaning is not ours to guess
        }
    }
}
