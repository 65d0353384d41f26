/// The deadlines the seeds set, computed from the incident: draft within 48 hours,
/// published within a week, each action by its due date, follow-up reviews.
public struct Deadlines: Sendable, Equatable {
    public struct Item: Sendable, Equatable {
        public var what: String
        public var due: Timestamp
        public var met: Bool
        public func isOverdue(at now: Timestamp) -> Bool { !met && now > due }
    }

    public var items: [Item]

    public init(_ pm: Postmortem, template: Template) {
        // The incident ends at its #resolved entry; else the last timeline entry; else the incident day; else creation.
        let end = pm.timeline.first { $0.milestone == .resolved }?.at ?? pm.timeline.map(\.at).max()
            ?? pm.incidentDay?.start ?? pm.createdAt
        var items = [
            Item(what: "draft (48 hours after the incident)", due: end.adding(seconds: 48 * 3600),
                 met: pm.submittedAt != nil || pm.phase != .draft),
            Item(what: "publication (1 week after the incident)", due: end.adding(days: 7), met: pm.published != nil),
        ]
        if let due = pm.followUpDue, pm.phase == .followUp {
            items.append(Item(what: "follow-up review", due: due.start.adding(days: 1).adding(seconds: -1), met: false))
        }
        for (i, a) in pm.actionItems.enumerated() {
            let progress = pm.actionProgress[i + 1]
            guard let due = progress?.due ?? a.due else { continue }
            items.append(Item(what: "action \(i + 1): \(a.what)", due: due.start.adding(days: 1).adding(seconds: -1),
                              met: (progress?.status ?? .open).isFinished))
        }
        self.items = items
    }

    public func overdue(at now: Timestamp) -> [Item] { items.filter { $0.isOverdue(at: now) } }
    public func upcoming(at now: Timestamp) -> [Item] { items.filter { !$0.met && !$0.isOverdue(at: now) } }
}
