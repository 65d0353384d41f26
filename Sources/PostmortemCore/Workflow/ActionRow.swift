/// One action item seen across the workspace: for `postmortem actions`, the home REPL and reports.
public struct ActionRow: Sendable, Equatable {
    public var postmortemID: String
    public var postmortemTitle: String
    public var index: Int
    public var what: String
    public var owner: String
    public var priority: Priority?
    public var due: Day?
    public var status: ActionStatus
    public var evidence: String?
    public var reason: String?
    /// When it was written (the post-mortem's publication, else its creation) and finished.
    public var openedAt: Timestamp
    public var finishedAt: Timestamp?

    /// Overdue: unfinished after its due day has ended.
    public func isOverdue(on today: Day) -> Bool { !status.isFinished && due.map { $0 < today } ?? false }

    /// Every action item of a post-mortem, with its progress applied.
    public static func rows(of pm: Postmortem) -> [ActionRow] {
        pm.actionItems.enumerated().map { i, item in
            let p = pm.actionProgress[i + 1]
            return ActionRow(postmortemID: pm.id, postmortemTitle: pm.title ?? pm.id, index: i + 1, what: item.what,
                             owner: p?.owner ?? item.owner ?? "", priority: item.priority, due: p?.due ?? item.due,
                             status: p?.status ?? .open, evidence: p?.evidence, reason: p?.reason,
                             openedAt: pm.published?.at ?? pm.createdAt, finishedAt: p?.finishedAt)
        }
    }
}
