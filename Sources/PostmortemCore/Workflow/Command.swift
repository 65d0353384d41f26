/// What someone asks to do to a post-mortem; `Workflow.decide` accepts or refuses it.
public enum Command: Sendable, Equatable {
    /// `templateYAML`, when given, is recorded in the journal so the post-mortem always replays with it.
    case create(id: String, template: String, title: String?, templateYAML: String? = nil)
    case answer(field: String, value: FieldValue)
    case skip(field: String)
    case submit
    case withdraw(reason: String?)
    /// Approve `revision`, the one the reviewer read; `signature` as produced by `SignOffStatement`.
    case signOff(revision: String, signature: String?)
    case requestChanges(reason: String)
    case comment(section: String?, text: String)
    case reply(to: String, text: String)
    case resolveComment(id: String)
    case publish
    case checkItem(String, note: String?)
    case publishExternally
    case setActionStatus(index: Int, status: ActionStatus, evidence: String?, reason: String?)
    case reassignAction(index: Int, owner: String)
    case rescheduleAction(index: Int, due: Day)
    case recordFollowUpReview(notes: String?)
    case close
}

/// Everything `decide` needs besides the state: who, when, and the rules' data.
public struct DecisionContext: Sendable {
    public var actor: String
    public var now: Timestamp
    public var template: Template
    /// Public Ed25519 keys (raw 32 bytes) of reviewers who have one in `<workspace>/keys/`.
    public var publicKeys: [String: [UInt8]]
    /// Identifies the workspace in signed statements, so a signature cannot be replayed elsewhere.
    public var workspaceID: String
    /// The workspace's people list: names the external projection must never show.
    public var knownPeople: [String]
    /// Host-name suffixes that must not leave the company (e.g. `.corp.example.com`).
    public var internalHostSuffixes: [String]

    public init(actor: String, now: Timestamp, template: Template, publicKeys: [String: [UInt8]] = [:],
                workspaceID: String = "", knownPeople: [String] = [],
                internalHostSuffixes: [String] = ExternalProjection.defaultInternalSuffixes) {
        self.actor = actor; self.now = now; self.template = template; self.publicKeys = publicKeys
        self.workspaceID = workspaceID; self.knownPeople = knownPeople; self.internalHostSuffixes = internalHostSuffixes
    }
}

/// Why a command was refused, phrased so the person knows what to do next.
public struct Rejection: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String
    /// Each thing still missing, one per line, when there are several.
    public var missing: [String]

    public init(_ message: String, missing: [String] = []) { self.message = message; self.missing = missing }
    public var description: String { ([message] + missing.map { "  - " + $0 }).joined(separator: "\n") }
}
