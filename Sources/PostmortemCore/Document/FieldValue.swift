/// What kind of answer a template field takes; decides the prompt and the parser.
public enum FieldKind: String, Sendable, CaseIterable, Codable {
    case text, paragraph, list, date, datetime, duration, number, choice, people, timeline, actions, whys, checklist

    /// Kinds answered over several lines, ended by an empty line.
    public var isMultiLine: Bool {
        switch self {
        case .paragraph, .list, .people, .timeline, .actions, .whys, .checklist: true
        case .text, .date, .datetime, .duration, .number, .choice: false
        }
    }
}

/// Timeline milestones, as tagged in the one-line form: `04:18 alarm fired #detected`.
public enum Milestone: String, Sendable, CaseIterable, Codable, Comparable {
    case started, detected, acknowledged, mitigated, resolved

    public static func < (a: Milestone, b: Milestone) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// One line of the incident timeline.
public struct TimelineEntry: Sendable, Equatable {
    public var at: Timestamp
    public var text: String
    public var source: String?
    public var milestone: Milestone?

    public init(at: Timestamp, text: String, source: String? = nil, milestone: Milestone? = nil) {
        self.at = at; self.text = text; self.source = source; self.milestone = milestone
    }
}

/// Action-item priority; the SLA sets the default due date.
public enum Priority: String, Sendable, CaseIterable, Codable, Comparable {
    case p0 = "P0", p1 = "P1", p2 = "P2", p3 = "P3"

    /// Days from the day the item is written to its default due date (seed 001 / 003).
    public var defaultSLADays: Int {
        switch self { case .p0: 7 case .p1: 7 case .p2: 14 case .p3: 30 }
    }
    public static func < (a: Priority, b: Priority) -> Bool { a.rawValue < b.rawValue }
}

/// Where a follow-up action stands.
public enum ActionStatus: String, Sendable, CaseIterable, Codable {
    case open, inProgress = "in-progress", done, wontDo = "wont-do"
    public var isFinished: Bool { self == .done || self == .wontDo }
}

/// A follow-up action item as written in the document: `what | owner | P1 | 2026-11-27`.
public struct ActionItem: Sendable, Equatable {
    public var what: String
    public var owner: String?
    public var priority: Priority?
    public var due: Day?

    public init(what: String, owner: String? = nil, priority: Priority? = nil, due: Day? = nil) {
        self.what = what; self.owner = owner; self.priority = priority; self.due = due
    }
}

/// The 5 Whys chain: a problem and the successive "because" answers.
public struct WhyChain: Sendable, Equatable {
    public var problem: String?
    public var becauses: [String]

    public init(problem: String? = nil, becauses: [String]) { self.problem = problem; self.becauses = becauses }
}

/// An answer to a field, already parsed and validated.
public enum FieldValue: Sendable, Equatable {
    case text(String)
    case list([String])
    case date(Day)
    case datetime(Timestamp)
    case duration(seconds: Int64)
    case number(Double)
    case choice(String)
    case people([String])
    case timeline([TimelineEntry])
    case actions([ActionItem])
    case whys(WhyChain)
    /// The ids of the checked options.
    case checklist([String])
}
