/// The guards of each transition (DESIGN.md, "Workflow").
extension Workflow {
    func answer(_ field: String, _ value: FieldValue, _ s: Postmortem, _ ctx: DecisionContext) throws -> [Event] {
        guard template.field(field) != nil else { throw unknownField(field) }
        guard s.phase.isEditable else {
            throw Rejection("The document was published and its content is frozen. Record action progress with /action, or comment.")
        }
        guard s.isOwner(ctx.actor) || s.phase == .draft else {
            throw Rejection("In review only the owner (\(s.owners.joined(separator: ", "))) changes the content; reviewers /comment or /request-changes.")
        }
        // Who reviews and who owns is what the sign-offs mean: fixed while in review.
        if s.phase == .review, field == "reviewers" || field == "owner" {
            throw Rejection("The \(field == "owner" ? "owner" : "review committee") is fixed while the post-mortem is in review. /withdraw it to draft first, then /edit \(field).")
        }
        if s.answers[field] == value { return [] }
        return [.answered(field: field, value: value.json())]
    }

    /// What still stands between this draft and review, one line each; empty when it may be submitted.
    public func missingForSubmission(_ s: Postmortem) -> [String] {
        var missing: [String] = []
        let findsRootCause = s.actionItems.contains { $0.what.lowercased().contains("root cause") }
        for field in template.fields where field.required && s.answers[field.id] == nil {
            if field.id == "root_cause" && findsRootCause { continue }
            if field.id == "root_cause" {
                missing.append("root_cause: describe the root cause, or add an action item to find it (e.g. \"Identify and document the root cause | Ana | P1\")")
            } else {
                missing.append("\(field.id): \(field.prompt) (/edit \(field.id))")
            }
        }
        let reviewers = s.committee.filter { !s.isOwner($0) }
        let needed = template.reviewersRequired(severity: s.severity)
        if s.answers["reviewers"] != nil || template.field("reviewers") != nil, reviewers.count < needed {
            let sev = s.severity.map { " for \($0)" } ?? ""
            missing.append("reviewers: \(needed) reviewer\(needed == 1 ? " who is" : "s who are") not the owner needed\(sev), \(reviewers.count) named (/edit reviewers)")
        }
        for (i, item) in s.actionItems.enumerated() {
            var lacks: [String] = []
            if item.owner?.isEmpty ?? true { lacks.append("an owner") }
            if item.priority == nil { lacks.append("a priority") }
            if item.due == nil { lacks.append("a due date") }
            if !lacks.isEmpty {
                missing.append("action item \(i + 1) (\(item.what)) needs \(lacks.joined(separator: ", ")) (/edit action_items)")
            }
        }
        let timeline = s.timeline
        for i in timeline.indices.dropFirst() where timeline[i].at < timeline[i - 1].at {
            missing.append("timeline: entry \(i + 1) (\(timeline[i].at.shortUTC)) comes before entry \(i) (\(timeline[i - 1].at.shortUTC)); put the entries in time order (/edit timeline)")
        }
        return missing
    }

    func submit(_ s: Postmortem, _ ctx: DecisionContext) throws -> [Event] {
        guard s.phase == .draft else { throw Rejection("Only a draft can be submitted; this post-mortem is \(s.phase.label.lowercased()).") }
        guard s.isOwner(ctx.actor) else { throw Rejection("Only the owner (\(s.owners.joined(separator: ", "))) can submit it for review.") }
        let missing = missingForSubmission(s)
        guard missing.isEmpty else { throw Rejection("Not ready for review yet. Still missing:", missing: missing) }
        return [.submitted]
    }

    func requireReviewer(_ s: Postmortem, _ ctx: DecisionContext, verb: String) throws {
        guard s.phase == .review else {
            throw Rejection("You can \(verb) only while the post-mortem is in review; it is \(s.phase.label.lowercased()).")
        }
        guard s.isOnCommittee(ctx.actor) else {
            let committee = s.committee.isEmpty ? "nobody yet" : s.committee.joined(separator: ", ")
            throw Rejection("\(ctx.actor) is not on the review committee (\(committee)); only committee members can \(verb).")
        }
    }

    func signOff(_ revision: String, _ signature: String?, _ s: Postmortem, _ ctx: DecisionContext) throws -> [Event] {
        try requireReviewer(s, ctx, verb: "approve")
        guard !s.isOwner(ctx.actor) else { throw Rejection("\(ctx.actor) owns this post-mortem; an owner never approves their own.") }
        if case .approved(let earlier)? = s.verdict(of: ctx.actor), earlier.revision == revision,
           SignatureCheck(ctx).counts(earlier, by: ctx.actor, postmortemID: s.id) {
            return []  // already signed off exactly this revision
        }
        let current = s.revision
        guard revision == current else {
            throw Rejection("The document changed since you read it (you read \(Revision.short(revision)), it is now \(Revision.short(current))). Read it again (/show), then /approve.")
        }
        if let key = ctx.publicKeys.first(where: { Person.same($0.key, ctx.actor) })?.value {
            let statement = SignOffStatement(workspaceID: ctx.workspaceID, postmortemID: s.id, revision: revision, seq: s.nextSeq, reviewer: ctx.actor)
            guard let signature, statement.isSigned(by: key, signature: signature) else {
                throw Rejection("keys/\(ctx.actor).pub exists, so a sign-off as \(ctx.actor) must be signed with that key. Run `postmortem keys show` to check yours; `postmortem keys init` creates one.")
            }
        }
        return [.signedOff(revision: revision, signature: signature)]
    }

    func comment(_ section: String?, _ text: String, _ s: Postmortem, _ ctx: DecisionContext) throws -> [Event] {
        guard !text.trimmed.isEmpty else { throw Rejection("Type the comment, e.g. /comment impact How many users were affected?") }
        if let section, !template.sections.contains(where: { $0.id == section }), template.field(section) == nil {
            throw Rejection("There is no section '\(section)'. Sections: \(template.sections.map(\.id).joined(separator: ", ")).")
        }
        guard s.isOwner(ctx.actor) || s.isOnCommittee(ctx.actor) else {
            throw Rejection("Only the owner and the review committee comment here; \(ctx.actor) is neither.")
        }
        return [.commented(id: "c\(s.comments.count + 1)", section: section, text: text.trimmed)]
    }

    /// Committee members without a sign-off on the current revision, with their state.
    /// A sign-off counts only when its signature checks out (see `SignatureCheck`).
    public func missingSignOffs(_ s: Postmortem, signatures: SignatureCheck? = nil) -> [String] {
        let current = s.revision
        return s.committee.filter { !s.isOwner($0) }.compactMap { member in
            switch s.verdict(of: member) {
            case .approved(let signOff) where signatures.map({ !$0.counts(signOff, by: member, postmortemID: s.id) }) ?? false:
                "\(member)'s sign-off is not validly signed with keys/\(member).pub, so it does not count; \(member) signs off again with their key"
            case .approved(let signOff) where signOff.revision == current: nil
            case .approved(let signOff): "\(member) approved an older revision (\(Revision.short(signOff.revision))): stale"
            case .changesRequested(let reason, _): "\(member) requested changes: \(reason)"
            case nil: "\(member) has not signed off yet"
            }
        }
    }

    func publish(_ s: Postmortem, _ ctx: DecisionContext) throws -> [Event] {
        // Published, but the follow-up never started (e.g. its line was torn and repaired): start it now.
        if s.phase == .published { return [.followUpStarted(reviewDue: ctx.now.day.adding(days: 14))] }
        guard s.phase == .review else {
            throw Rejection(s.phase == .draft ? "Submit for review first (/submit); publication needs every reviewer's sign-off." : "Already published.")
        }
        let committee = missingForSubmission(s).filter { $0.hasPrefix("reviewers:") }
        guard committee.isEmpty else { throw Rejection("The review committee is not complete:", missing: committee) }
        let missing = missingSignOffs(s, signatures: SignatureCheck(ctx))
        guard missing.isEmpty else { throw Rejection("Publication needs every committee member's sign-off on the current revision:", missing: missing) }
        return [.published(revision: s.revision), .followUpStarted(reviewDue: ctx.now.day.adding(days: 14))]
    }

    func check(_ item: String, _ note: String?, _ s: Postmortem, _ ctx: DecisionContext) throws -> [Event] {
        let items = ExternalChecklist.items(for: s, template: template)
        guard s.phase.isPublished else {
            throw Rejection("The external checklist is worked through after internal publication, on the text that was published; this post-mortem is \(s.phase.label.lowercased()).")
        }
        guard items.contains(where: { $0.id == item }) else {
            throw Rejection("There is no checklist item '\(item)'. Items: \(items.map(\.id).joined(separator: ", ")).")
        }
        guard s.publishedExternally == nil else { throw Rejection("Already published externally; the checklist is closed.") }
        return [.checklistChecked(item: item, note: note?.trimmed.isEmpty == false ? note!.trimmed : nil)]
    }

    func publishExternally(_ s: Postmortem, _ ctx: DecisionContext) throws -> [Event] {
        guard s.phase.isPublished, s.published != nil else { throw Rejection("Publish internally first: external publication follows internal publication.") }
        guard s.publishedExternally == nil else { throw Rejection("Already published externally.") }
        var missing = ExternalChecklist.unchecked(s, template: template).map { "[ ] \($0.id)  \($0.text) (postmortem checklist \(s.id) --check \($0.id) --note ...)" }
        missing += ExternalProjection(postmortem: s, template: template, knownPeople: ctx.knownPeople, internalHostSuffixes: ctx.internalHostSuffixes).blockers()
        missing += FieldCoaching(s, knownPeople: ctx.knownPeople).all(s, template: template)
            .filter { $0.finding.blocksExternalPublication && ExternalProjection.projectedFields.contains($0.field) }
            .map { "\($0.field): blame: \($0.finding.message) (\"\($0.finding.excerpt)\"); rephrase it with /edit \($0.field)" }
        guard missing.isEmpty else { throw Rejection("Not ready for external publication:", missing: missing) }
        return [.publishedExternally(revision: s.revision)]
    }

    /// Progress is recorded against the published list: before that, items may still move or disappear.
    func actionItem(_ index: Int, _ s: Postmortem) throws -> ActionItem {
        guard s.phase.isPublished else {
            throw Rejection("Action progress is recorded once the post-mortem is published; until then the list may change (/edit action_items).")
        }
        let items = s.actionItems
        guard items.indices.contains(index - 1) else {
            throw Rejection(items.isEmpty ? "This post-mortem has no action items." : "There is no action item \(index); they are numbered 1 to \(items.count).")
        }
        return items[index - 1]
    }

    func setStatus(_ index: Int, _ status: ActionStatus, _ evidence: String?, _ reason: String?, _ s: Postmortem, _ ctx: DecisionContext) throws -> [Event] {
        _ = try actionItem(index, s)
        guard s.phase != .closed else { throw Rejection("This post-mortem is closed; its action items are final.") }
        let evidence = evidence?.trimmed.isEmpty == false ? evidence!.trimmed : nil
        let reason = reason?.trimmed.isEmpty == false ? reason!.trimmed : nil
        if status == .done, evidence == nil {
            throw Rejection("Done needs evidence: a link, a PR, a ticket or a sentence, e.g. https://git.example.com/pr/123 merged.")
        }
        if status == .wontDo, reason == nil {
            throw Rejection("Won't-do needs a reason, e.g. Superseded by action 2.")
        }
        if s.status(ofAction: index) == status, evidence == nil, reason == nil { return [] }
        return [.actionStatusChanged(index: index, status: status, evidence: evidence, reason: reason)]
    }

    func close(_ s: Postmortem, _ ctx: DecisionContext) throws -> [Event] {
        guard s.phase == .followUp else {
            throw Rejection("Only a post-mortem in follow-up can be closed; this one is \(s.phase.label.lowercased()).")
        }
        let blocking = s.actionItems.enumerated().compactMap { i, item -> String? in
            let status = s.status(ofAction: i + 1)
            return status.isFinished ? nil : "action \(i + 1) (\(item.what)) is \(status.rawValue): postmortem action \(s.id) \(i + 1) --status done --evidence ..."
        }
        guard blocking.isEmpty else { throw Rejection("Cannot close while action items are unfinished:", missing: blocking) }
        return [.closed]
    }

    func unknownField(_ field: String) -> Rejection {
        Rejection("There is no field '\(field)' in the \(template.name) template. Fields: \(template.fields.map(\.id).joined(separator: ", ")).")
    }

    func unknownComment(_ id: String, _ s: Postmortem) -> Rejection {
        Rejection(s.comments.isEmpty ? "There are no comments yet." : "There is no comment '\(id)'. Comments: \(s.comments.map(\.id).joined(separator: ", ")).")
    }
}
