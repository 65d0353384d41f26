/// Something that happened to a post-mortem, in the past tense.
///
/// Event names (`type`) and payload keys are a storage format: journals written
/// years ago must still replay. Never rename or repurpose one; add a new case.
/// `docs/journal.md` shows every type with an example line.
public enum Event: Sendable, Equatable {
    /// The post-mortem was started (always seq 0).
    case created(id: String, template: String, title: String?)
    /// The template's full text at creation (right after `created`): the post-mortem replays
    /// with it forever, whatever later happens to the bundled or workspace templates.
    case templateRecorded(name: String, yaml: String)
    /// A field was answered, or its answer replaced. `value` is `FieldValue.json()`.
    case answered(field: String, value: JSONValue)
    /// The owner chose to leave an optional field for later.
    case skipped(field: String)
    /// Draft → review.
    case submitted
    /// Review → draft, by the owner.
    case withdrawn(reason: String?)
    /// A reviewer approved exactly `revision`; `signature` is base64 Ed25519 over `SignOffStatement`.
    case signedOff(revision: String, signature: String?)
    /// Review → draft, by a reviewer.
    case changesRequested(reason: String)
    case commented(id: String, section: String?, text: String)
    case replied(to: String, text: String)
    case commentResolved(id: String)
    /// Review → published; the document at `revision` went out internally.
    case published(revision: String)
    /// Published → follow-up; the first follow-up review is due on `reviewDue`.
    case followUpStarted(reviewDue: Day)
    case checklistChecked(item: String, note: String?)
    case publishedExternally(revision: String)
    /// Action item `index` (1-based, as listed) moved to `status`.
    case actionStatusChanged(index: Int, status: ActionStatus, evidence: String?, reason: String?)
    case actionReassigned(index: Int, owner: String)
    case actionRescheduled(index: Int, due: Day)
    /// A follow-up review was held; the next is due on `nextDue`.
    case followUpReviewed(nextDue: Day, notes: String?)
    /// Follow-up → closed.
    case closed
    /// A type this program does not know, written by a newer one: kept, shown in the log, otherwise ignored.
    case unrecognized(type: String, payload: JSONObject)

    /// The `type` written in the journal.
    public var type: String {
        switch self {
        case .created: "created"
        case .templateRecorded: "templateRecorded"
        case .answered: "answered"
        case .skipped: "skipped"
        case .submitted: "submitted"
        case .withdrawn: "withdrawn"
        case .signedOff: "signedOff"
        case .changesRequested: "changesRequested"
        case .commented: "commented"
        case .replied: "replied"
        case .commentResolved: "commentResolved"
        case .published: "published"
        case .followUpStarted: "followUpStarted"
        case .checklistChecked: "checklistChecked"
        case .publishedExternally: "publishedExternally"
        case .actionStatusChanged: "actionStatusChanged"
        case .actionReassigned: "actionReassigned"
        case .actionRescheduled: "actionRescheduled"
        case .followUpReviewed: "followUpReviewed"
        case .closed: "closed"
        case .unrecognized(let type, _): type
        }
    }
}

/// An event as stored: who, when, and where in the journal.
public struct RecordedEvent: Sendable, Equatable {
    public var seq: Int
    public var at: Timestamp
    public var actor: String
    public var event: Event

    public init(seq: Int, at: Timestamp, actor: String, event: Event) {
        self.seq = seq; self.at = at; self.actor = actor; self.event = event
    }
}
