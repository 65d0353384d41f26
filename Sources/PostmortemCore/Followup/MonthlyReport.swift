/// The monthly review (seed 001 "Monthly Review", "Metrics to Track"; seed 003 "Incident
/// Metrics", "Postmortem Metrics"): what was opened, published and closed, the open and
/// overdue action items, action completion, writing deadlines, response times, and patterns.
///
/// Pure: post-mortem states, their templates, the month and `now` in; figures out.
/// "In the month" always means at or after the month's first day 00:00:00 UTC and before
/// the next month's first day 00:00:00 UTC. Each figure's population is documented on it
/// (and in docs/followup.md).
public struct MonthlyReport: Sendable, Equatable {
    public var month: Month
    public var now: Timestamp

    // MARK: Post-mortems

    /// Ids of post-mortems created in the month (`created` event).
    public var opened: [String] = []
    /// Ids of post-mortems published internally in the month.
    public var published: [String] = []
    /// Ids of post-mortems closed in the month.
    public var closed: [String] = []

    // MARK: Open items, as of `now`

    /// Every unfinished action item in the workspace as of `now`, whatever its month
    /// (the monthly review looks at all open items), in list order.
    public var openItems: [ActionRow] = []
    /// The overdue ones among `openItems`: their due day ended before `now`.
    public var overdueItems: [ActionRow] = []

    public struct Tally: Sendable, Equatable {
        public var key: String
        public var open: Int
        public var overdue: Int
        public init(key: String, open: Int, overdue: Int) { self.key = key; self.open = open; self.overdue = overdue }
    }
    /// Open and overdue items by current owner (sorted by name, `-` for none).
    public var byOwner: [Tally] = []
    /// Open and overdue items by priority (P0…P3, then `-` for none).
    public var byPriority: [Tally] = []

    // MARK: Completion of items due in the month

    public struct Completion: Sendable, Equatable {
        /// Items whose due day (as it stands, after any rescheduling) is in the month and ended before `now`.
        public var due = 0
        /// Of those, done now (whenever it was done).
        public var done = 0
        /// Of those, done on or before their due day.
        public var doneOnTime = 0
        /// Of those, won't-do: left out of both rates' denominators.
        public var wontDo = 0
        /// Of those, still open or in progress.
        public var unfinished = 0

        public init(due: Int = 0, done: Int = 0, doneOnTime: Int = 0, wontDo: Int = 0, unfinished: Int = 0) {
            self.due = due; self.done = done; self.doneOnTime = doneOnTime; self.wontDo = wontDo; self.unfinished = unfinished
        }

        public var denominator: Int { due - wontDo }
        /// done ÷ (due − won't-do); nil when nothing counts. Target > 80% (seed 001).
        public var rate: Double? { denominator > 0 ? Double(done) / Double(denominator) : nil }
        /// done on time ÷ (due − won't-do). Target > 90% (seed 003).
        public var onTimeRate: Double? { denominator > 0 ? Double(doneOnTime) / Double(denominator) : nil }
    }
    public var completion = Completion()
    public static let completionTarget = 0.80
    public static let onTimeTarget = 0.90

    /// Items done in the month (their `done` was recorded in it): how many, and the mean time
    /// from the post-mortem's publication (else its creation) to done, in seconds (negative times count as 0).
    public var completedInMonth = 0
    public var meanTimeToComplete: Int64?

    // MARK: Incidents of the month

    /// An incident of the month: a post-mortem whose incident started in the month.
    /// The start is the `#started` timeline entry, else the earliest entry, else the
    /// incident date at 00:00 UTC, else the post-mortem's creation.
    public struct Incident: Sendable, Equatable {
        public var id: String
        public var title: String
        public var phase: Phase
        public var started: Timestamp
        /// Seconds from `#started` to the first `#detected`, `#acknowledged`, `#mitigated`, `#resolved`.
        public var ttd: Int64?
        public var tta: Int64?
        public var ttm: Int64?
        public var ttr: Int64?
        /// The incident's end (`#resolved`, else the last entry, else the date, else creation),
        /// from which the draft (48 hours) and publication (1 week) deadlines run.
        public var ended: Timestamp
        public var draft: WritingDeadline
        public var publication: WritingDeadline
        public var tags: [String]
    }

    /// A writing deadline: met, missed, or not reached yet.
    public struct WritingDeadline: Sendable, Equatable {
        public enum State: String, Sendable { case met, late, pending }
        /// Seconds from the incident's end to the event, when it happened.
        public var seconds: Int64?
        public var state: State
        public init(seconds: Int64?, state: State) { self.seconds = seconds; self.state = state }
    }

    public var incidents: [Incident] = []
    public var meanTTD: Int64?
    public var meanTTA: Int64?
    public var meanTTM: Int64?
    public var meanTTR: Int64?
    public static let draftTarget: Int64 = 48 * 3600
    public static let publicationTarget: Int64 = 7 * 86_400
    /// Mean time to draft (to the submission for review) and to internal publication, over the incidents that got there.
    public var meanTimeToDraft: Int64?
    public var meanTimeToPublish: Int64?

    public struct Count: Sendable, Equatable {
        public var name: String
        public var count: Int
        public init(name: String, count: Int) { self.name = name; self.count = count }
    }
    /// Tags of the month's incidents: how many incidents carry each (case-insensitive, shown
    /// lower-case), most frequent first, then by name.
    public var tags: [Count] = []
    /// Contributing-factor categories (the part of the checked option's label before `:`, e.g.
    /// `Technical`; `Other` when there is none): how many of the month's incidents have one.
    public var factorCategories: [Count] = []
    /// The contributing factors themselves (option labels), counted the same way.
    public var factors: [Count] = []

    /// A month's incident that shares a tag with an incident that started before it (any month).
    public struct Repeat: Sendable, Equatable {
        public var id: String
        public var earlier: [String]
        public var sharedTags: [String]
        public init(id: String, earlier: [String], sharedTags: [String]) { self.id = id; self.earlier = earlier; self.sharedTags = sharedTags }
    }
    public var repeats: [Repeat] = []
    /// repeats ÷ incidents of the month. Target < 5% (seed 003).
    public var repeatRate: Double? { incidents.isEmpty ? nil : Double(repeats.count) / Double(incidents.count) }
    public static let repeatTarget = 0.05

    public init(postmortems: [Postmortem], templates: [String: Template] = [:], month: Month, now: Timestamp) {
        self.month = month
        self.now = now
        let today = now.day
        let pms = postmortems.sorted { $0.id.utf8.lexicographicallyPrecedes($1.id.utf8) }

        opened = pms.filter { month.contains($0.createdAt) }.map(\.id)
        published = pms.filter { $0.published.map { month.contains($0.at) } ?? false }.map(\.id)
        closed = pms.filter { $0.closedAt.map { month.contains($0) } ?? false }.map(\.id)

        let rows = pms.flatMap { ActionRow.rows(of: $0) }
        openItems = ActionFilter().apply(rows, today: today)
        overdueItems = openItems.filter { $0.isOverdue(on: today) }
        func tallies(_ key: (ActionRow) -> String, order: ([String]) -> [String]) -> [Tally] {
            let keys = order(Array(Set(openItems.map(key))))
            return keys.map { k in
                let items = openItems.filter { key($0) == k }
                return Tally(key: k, open: items.count, overdue: items.filter { $0.isOverdue(on: today) }.count)
            }
        }
        byOwner = tallies({ $0.owner.isEmpty ? "-" : $0.owner }) { $0.sorted { $0.lowercased() < $1.lowercased() } }
        byPriority = tallies({ $0.priority?.rawValue ?? "-" }) { keys in
            Priority.allCases.map(\.rawValue).filter(keys.contains) + (keys.contains("-") ? ["-"] : [])
        }

        for row in rows {
            guard let due = row.due, month.contains(due), due < today else { continue }
            completion.due += 1
            switch row.status {
            case .done:
                completion.done += 1
                if let f = row.finishedAt, f.day <= due { completion.doneOnTime += 1 }
            case .wontDo: completion.wontDo += 1
            case .open, .inProgress: completion.unfinished += 1
            }
        }
        let doneInMonth = rows.filter { $0.status == .done && $0.finishedAt.map { month.contains($0) } ?? false }
        completedInMonth = doneInMonth.count
        meanTimeToComplete = MonthlyReport.mean(doneInMonth.map { max(0, $0.finishedAt!.secondsSinceEpoch - $0.openedAt.secondsSinceEpoch) })

        func milestone(_ end: Timestamp, _ at: Timestamp?, target: Int64) -> WritingDeadline {
            if let at {
                let s = at.secondsSinceEpoch - end.secondsSinceEpoch
                return WritingDeadline(seconds: s, state: s <= target ? .met : .late)
            }
            return WritingDeadline(seconds: nil, state: now.secondsSinceEpoch - end.secondsSinceEpoch > target ? .late : .pending)
        }
        let starts = Dictionary(pms.map { ($0.id, MonthlyReport.incidentStart($0)) }, uniquingKeysWith: { first, _ in first })
        let cohort = pms.filter { month.contains(starts[$0.id]!) }
            .sorted { (starts[$0.id]!, $0.id) < (starts[$1.id]!, $1.id) }
        incidents = cohort.map { pm in
            let m = IncidentMetrics(timeline: pm.timeline)
            let end = Deadlines.incidentEnd(pm)
            return Incident(id: pm.id, title: pm.title ?? pm.id, phase: pm.phase, started: starts[pm.id]!,
                            ttd: m.timeToDetect, tta: m.timeToAcknowledge, ttm: m.timeToMitigate, ttr: m.timeToResolve,
                            ended: end,
                            draft: milestone(end, pm.submittedAt, target: MonthlyReport.draftTarget),
                            publication: milestone(end, pm.published?.at, target: MonthlyReport.publicationTarget),
                            tags: MonthlyReport.normalizedTags(pm))
        }
        meanTTD = MonthlyReport.mean(incidents.compactMap(\.ttd))
        meanTTA = MonthlyReport.mean(incidents.compactMap(\.tta))
        meanTTM = MonthlyReport.mean(incidents.compactMap(\.ttm))
        meanTTR = MonthlyReport.mean(incidents.compactMap(\.ttr))
        meanTimeToDraft = MonthlyReport.mean(incidents.compactMap(\.draft.seconds))
        meanTimeToPublish = MonthlyReport.mean(incidents.compactMap(\.publication.seconds))

        tags = MonthlyReport.counts(incidents.map(\.tags))
        var categories: [[String]] = [], labels: [[String]] = []
        for pm in cohort {
            guard case .checklist(let ids)? = pm.answers["contributing_factors"] else { continue }
            let options = templates[pm.templateName]?.field("contributing_factors")?.options ?? []
            let named = ids.map { id in options.first { $0.id == id }?.label ?? id }
            labels.append(named)
            categories.append(named.map { label in
                guard let colon = label.firstIndex(of: ":") else { return "Other" }
                let category = String(label[..<colon]).trimmed
                return category.isEmpty ? "Other" : category
            })
        }
        factorCategories = MonthlyReport.counts(categories)
        factors = MonthlyReport.counts(labels)

        for incident in incidents where !incident.tags.isEmpty {
            let earlier = pms.filter { starts[$0.id]! < incident.started }
                .compactMap { pm -> (String, [String])? in
                    let shared = MonthlyReport.normalizedTags(pm).filter(incident.tags.contains)
                    return shared.isEmpty ? nil : (pm.id, shared)
                }
            guard !earlier.isEmpty else { continue }
            let shared = incident.tags.filter { tag in earlier.contains { $0.1.contains(tag) } }
            repeats.append(Repeat(id: incident.id, earlier: earlier.map(\.0), sharedTags: shared))
        }
    }

    /// When the incident started: `#started`, else the earliest timeline entry, else the
    /// incident date at 00:00 UTC, else the post-mortem's creation.
    public static func incidentStart(_ pm: Postmortem) -> Timestamp {
        pm.timeline.first { $0.milestone == .started }?.at ?? pm.timeline.map(\.at).min() ?? pm.incidentDay?.start ?? pm.createdAt
    }

    static func normalizedTags(_ pm: Postmortem) -> [String] {
        var seen: [String] = []
        for t in pm.tags.map({ $0.trimmed.lowercased() }) where !t.isEmpty && !seen.contains(t) { seen.append(t) }
        return seen
    }

    /// Each inner list counts once per name; most frequent first, then by name.
    static func counts(_ lists: [[String]]) -> [Count] {
        var n: [String: Int] = [:]
        for list in lists { for name in Set(list) { n[name, default: 0] += 1 } }
        return n.map { Count(name: $0.key, count: $0.value) }
            .sorted { $0.count != $1.count ? $0.count > $1.count : $0.name < $1.name }
    }

    /// The mean, rounded to the nearest second (halves away from zero); nil for none.
    static func mean(_ values: [Int64]) -> Int64? {
        guard !values.isEmpty else { return nil }
        return Int64((Double(values.reduce(0, +)) / Double(values.count)).rounded())
    }
}
