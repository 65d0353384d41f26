/// The state of one post-mortem: everything its journal has said so far.
///
/// Built only by folding events with `Workflow.evolve`; never edited directly.
public struct Postmortem: Sendable, Equatable {
    public var id: String
    public var templateName: String
    public var createdBy: String
    public var createdAt: Timestamp
    public var phase: Phase = .draft
    /// Answers by field id, already parsed.
    public var answers: [String: FieldValue] = [:]
    /// Optional fields the owner chose to leave for later.
    public var skipped: Set<String> = []
    /// Each reviewer's latest verdict, by `Person.key` of their name.
    public var verdicts: [String: Verdict] = [:]
    public var comments: [Comment] = []
    /// External-publication checklist items checked so far, by item id.
    public var checklist: [String: Check] = [:]
    /// Progress of each action item, by its 1-based index in `action_items`.
    public var actionProgress: [Int: ActionProgress] = [:]
    public var submittedAt: Timestamp?
    public var published: Publication?
    public var publishedExternally: Publication?
    public var followUpDue: Day?
    public var followUpReviews: [Timestamp] = []
    public var closedAt: Timestamp?
    /// The seq of the last event folded in; the next append expects `lastSeq + 1`.
    public var lastSeq: Int = -1
    /// When the content last changed.
    public var lastChangedAt: Timestamp

    public init(id: String, templateName: String, createdBy: String, createdAt: Timestamp) {
        self.id = id; self.templateName = templateName; self.createdBy = createdBy
        self.createdAt = createdAt; self.lastChangedAt = createdAt
    }

    public var nextSeq: Int { lastSeq + 1 }

    public var title: String? { if case .text(let t)? = answers["title"] { t } else { nil } }
    public var severity: String? { if case .choice(let s)? = answers["severity"] { s } else { nil } }
    public var incidentDay: Day? { if case .date(let d)? = answers["incident_date"] { d } else { nil } }
    public var timeline: [TimelineEntry] { if case .timeline(let t)? = answers["timeline"] { t } else { [] } }
    public var actionItems: [ActionItem] { if case .actions(let a)? = answers["action_items"] { a } else { [] } }
    public var tags: [String] { if case .list(let t)? = answers["tags"] { t } else { [] } }

    /// The people who own the post-mortem: the `owner` field once answered, else whoever started it
    /// (an incident lead may start one and hand it to its owner).
    public var owners: [String] {
        if case .people(let people)? = answers["owner"], !people.isEmpty { return people }
        return [createdBy]
    }

    /// The peer-review committee: the `reviewers` field.
    public var committee: [String] { if case .people(let p)? = answers["reviewers"] { p } else { [] } }

    public func isOwner(_ person: String) -> Bool { owners.contains { Person.same($0, person) } }
    public func isOnCommittee(_ person: String) -> Bool { committee.contains { Person.same($0, person) } }

    /// The SHA-256 of the document's canonical content; sign-offs approve one revision.
    public var revision: String { Revision.of(answers: answers) }

    /// A reviewer's latest verdict, however their name is typed.
    public func verdict(of reviewer: String) -> Verdict? { verdicts[Person.key(reviewer)] }

    /// The status of action item `index` (1-based).
    public func status(ofAction index: Int) -> ActionStatus { actionProgress[index]?.status ?? .open }
}

/// A reviewer's latest word on the document.
public enum Verdict: Sendable, Equatable {
    case approved(SignOff)
    case changesRequested(reason: String, at: Timestamp)
}

/// A reviewer's approval of one revision, at one place in the journal.
public struct SignOff: Sendable, Equatable {
    public var revision: String
    public var at: Timestamp
    public var signature: String?
    /// The journal position of the sign-off: part of what the signature covers.
    public var seq: Int

    public init(revision: String, at: Timestamp, signature: String?, seq: Int) {
        self.revision = revision; self.at = at; self.signature = signature; self.seq = seq
    }
}

/// A reviewer's (or the owner's) comment on a section.
public struct Comment: Sendable, Equatable {
    public var id: String
    public var author: String
    public var section: String?
    public var text: String
    public var at: Timestamp
    public var replies: [Reply] = []
    public var resolved = false

    public struct Reply: Sendable, Equatable {
        public var author: String
        public var text: String
        public var at: Timestamp
    }
}

/// Who checked an external-publication checklist item, and their note.
public struct Check: Sendable, Equatable {
    public var by: String
    public var note: String?
    public var at: Timestamp
}

/// A publication: which revision went out, when, and by whom.
public struct Publication: Sendable, Equatable {
    public var revision: String
    public var at: Timestamp
    public var by: String
}

/// What happened to one action item after it was written.
public struct ActionProgress: Sendable, Equatable {
    public var status: ActionStatus = .open
    public var evidence: String?
    public var reason: String?
    public var owner: String?
    public var due: Day?
    public var startedAt: Timestamp?
    public var finishedAt: Timestamp?
    public var history: [Change] = []

    public struct Change: Sendable, Equatable {
        public var at: Timestamp
        public var by: String
        public var summary: String
    }

    mutating func record(_ status: ActionStatus, evidence: String?, reason: String?, at: Timestamp, by actor: String) {
        self.status = status
        if status == .inProgress, startedAt == nil { startedAt = at }
        finishedAt = status.isFinished ? at : nil
        if let evidence { self.evidence = evidence }
        if let reason { self.reason = reason }
        history.append(.init(at: at, by: actor, summary: status.rawValue + (evidence.map { ": " + $0 } ?? reason.map { ": " + $0 } ?? "")))
    }
}
