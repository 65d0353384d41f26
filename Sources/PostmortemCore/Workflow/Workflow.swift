/// The rules of a post-mortem's life, as a decider: `decide` turns a command into
/// events or a refusal, `evolve` folds events into state. Both are pure.
///
/// ```swift
/// let workflow = Workflow(template: standard)
/// let events = try workflow.decide(.submit, state: pm, context: ctx).get()
/// ```
public struct Workflow: Sendable {
    public var template: Template

    public init(template: Template) { self.template = template }

    public func decide(_ command: Command, state: Postmortem?, context: DecisionContext) -> Result<[Event], Rejection> {
        guard let state else {
            guard case .create(let id, let name, let title) = command else {
                return .failure(Rejection("There is no post-mortem here yet. Start one with `postmortem new`."))
            }
            var events: [Event] = [.created(id: id, template: name, title: title)]
            if let title, !title.isEmpty, template.field("title") != nil {
                events.append(.answered(field: "title", value: FieldValue.text(title).json()))
            }
            return .success(events)
        }
        do {
            return .success(try decide(command, state, context))
        } catch let rejection as Rejection {
            return .failure(rejection)
        } catch {
            return .failure(Rejection("\(error)"))
        }
    }

    private func decide(_ command: Command, _ s: Postmortem, _ ctx: DecisionContext) throws -> [Event] {
        switch command {
        case .create:
            throw Rejection("Post-mortem \(s.id) already exists. Open it with `postmortem open \(s.id)`.")
        case .answer(let field, let value):
            return try answer(field, value, s, ctx)
        case .skip(let field):
            guard let f = template.field(field) else { throw unknownField(field) }
            guard !f.required else {
                throw Rejection("\(f.id) is required, so it cannot be skipped. Answer it now, or /quit and come back: nothing is lost.")
            }
            return [.skipped(field: field)]
        case .submit:
            return try submit(s, ctx)
        case .withdraw(let reason):
            guard s.phase == .review else { throw Rejection("Only a post-mortem in review can be withdrawn; this one is \(s.phase.label.lowercased()).") }
            guard s.isOwner(ctx.actor) else { throw Rejection("Only the owner (\(s.owners.joined(separator: ", "))) can withdraw it from review.") }
            return [.withdrawn(reason: reason)]
        case .signOff(let revision, let signature):
            return try signOff(revision, signature, s, ctx)
        case .requestChanges(let reason):
            try requireReviewer(s, ctx, verb: "request changes")
            let reason = reason.trimmed
            guard !reason.isEmpty else { throw Rejection("Say what should change, e.g. /request-changes The impact needs the number of affected users.") }
            return [.changesRequested(reason: reason)]
        case .comment(let section, let text):
            return try comment(section, text, s, ctx)
        case .reply(let id, let text):
            guard s.comments.contains(where: { $0.id == id }) else { throw unknownComment(id, s) }
            guard !text.trimmed.isEmpty else { throw Rejection("Type the reply after the comment id, e.g. /reply \(id) Added the numbers.") }
            return [.replied(to: id, text: text.trimmed)]
        case .resolveComment(let id):
            guard let c = s.comments.first(where: { $0.id == id }) else { throw unknownComment(id, s) }
            guard !c.resolved else { throw Rejection("Comment \(id) is already resolved.") }
            guard s.isOwner(ctx.actor) || Person.same(c.author, ctx.actor) else {
                throw Rejection("Only the owner or \(c.author), who wrote it, can resolve comment \(id).")
            }
            return [.commentResolved(id: id)]
        case .publish:
            return try publish(s, ctx)
        case .checkItem(let item, let note):
            return try check(item, note, s, ctx)
        case .publishExternally:
            return try publishExternally(s, ctx)
        case .setActionStatus(let index, let status, let evidence, let reason):
            return try setStatus(index, status, evidence, reason, s, ctx)
        case .reassignAction(let index, let owner):
            _ = try actionItem(index, s)
            guard s.phase != .closed else { throw Rejection("This post-mortem is closed; its action items are final.") }
            guard !owner.trimmed.isEmpty else { throw Rejection("Name the new owner, e.g. --owner \"Sam Lee\".") }
            return [.actionReassigned(index: index, owner: owner.trimmed)]
        case .rescheduleAction(let index, let due):
            _ = try actionItem(index, s)
            guard s.phase != .closed else { throw Rejection("This post-mortem is closed; its action items are final.") }
            return [.actionRescheduled(index: index, due: due)]
        case .recordFollowUpReview(let notes):
            guard s.phase == .followUp else {
                throw Rejection("Follow-up reviews start after publication; this post-mortem is \(s.phase.label.lowercased()).")
            }
            return [.followUpReviewed(nextDue: ctx.now.day.adding(days: 30), notes: notes)]
        case .close:
            return try close(s, ctx)
        }
    }
}

extension String {
    public var trimmed: String {
        var s = Substring(self)
        while let c = s.first, c.isWhitespace { s.removeFirst() }
        while let c = s.last, c.isWhitespace { s.removeLast() }
        return String(s)
    }
}
