/// The payload of each event type, as JSON object pairs in a fixed order.
extension Event {
    public var payload: JSONObject {
        var o = JSONObject()
        func put(_ key: String, _ value: String?) { if let value { o[key] = .string(value) } }
        switch self {
        case .created(let id, let template, let title):
            put("id", id); put("template", template); put("title", title)
        case .templateRecorded(let name, let yaml):
            put("name", name); put("yaml", yaml)
        case .answered(let field, let value):
            put("field", field); o["value"] = value
        case .skipped(let field):
            put("field", field)
        case .submitted, .closed:
            break
        case .withdrawn(let reason):
            put("reason", reason)
        case .signedOff(let revision, let signature):
            put("revision", revision); put("signature", signature)
        case .changesRequested(let reason):
            put("reason", reason)
        case .commented(let id, let section, let text):
            put("id", id); put("section", section); put("text", text)
        case .replied(let to, let text):
            put("to", to); put("text", text)
        case .commentResolved(let id):
            put("id", id)
        case .published(let revision), .publishedExternally(let revision):
            put("revision", revision)
        case .followUpStarted(let due):
            put("reviewDue", due.iso)
        case .checklistChecked(let item, let note):
            put("item", item); put("note", note)
        case .actionStatusChanged(let index, let status, let evidence, let reason):
            o["index"] = .number(Double(index)); put("status", status.rawValue); put("evidence", evidence); put("reason", reason)
        case .actionReassigned(let index, let owner):
            o["index"] = .number(Double(index)); put("owner", owner)
        case .actionRescheduled(let index, let due):
            o["index"] = .number(Double(index)); put("due", due.iso)
        case .followUpReviewed(let nextDue, let notes):
            put("nextDue", nextDue.iso); put("notes", notes)
        case .unrecognized(_, let payload):
            o = payload
        }
        return o
    }

    /// Decodes an event from its journal `type` and payload.
    public init(type: String, payload o: JSONObject) throws(EventDecodingError) {
        func str(_ key: String) throws(EventDecodingError) -> String {
            guard let s = o[key]?.stringValue else { throw EventDecodingError(type: type, key: key, expected: "a string") }
            return s
        }
        func opt(_ key: String) -> String? { o[key]?.stringValue }
        func int(_ key: String) throws(EventDecodingError) -> Int {
            guard let n = o[key]?.intValue else { throw EventDecodingError(type: type, key: key, expected: "an integer") }
            return n
        }
        func day(_ key: String) throws(EventDecodingError) -> Day {
            guard let d = Day(iso: try str(key)) else { throw EventDecodingError(type: type, key: key, expected: "a YYYY-MM-DD date") }
            return d
        }
        switch type {
        case "created": self = .created(id: try str("id"), template: try str("template"), title: opt("title"))
        case "templateRecorded": self = .templateRecorded(name: try str("name"), yaml: try str("yaml"))
        case "answered":
            guard let value = o["value"] else { throw EventDecodingError(type: type, key: "value", expected: "a value") }
            self = .answered(field: try str("field"), value: value)
        case "skipped": self = .skipped(field: try str("field"))
        case "submitted": self = .submitted
        case "withdrawn": self = .withdrawn(reason: opt("reason"))
        case "signedOff": self = .signedOff(revision: try str("revision"), signature: opt("signature"))
        case "changesRequested": self = .changesRequested(reason: try str("reason"))
        case "commented": self = .commented(id: try str("id"), section: opt("section"), text: try str("text"))
        case "replied": self = .replied(to: try str("to"), text: try str("text"))
        case "commentResolved": self = .commentResolved(id: try str("id"))
        case "published": self = .published(revision: try str("revision"))
        case "followUpStarted": self = .followUpStarted(reviewDue: try day("reviewDue"))
        case "checklistChecked": self = .checklistChecked(item: try str("item"), note: opt("note"))
        case "publishedExternally": self = .publishedExternally(revision: try str("revision"))
        case "actionStatusChanged":
            guard let status = ActionStatus(rawValue: try str("status")) else {
                throw EventDecodingError(type: type, key: "status", expected: "open, in-progress, done or wont-do")
            }
            self = .actionStatusChanged(index: try int("index"), status: status, evidence: opt("evidence"), reason: opt("reason"))
        case "actionReassigned": self = .actionReassigned(index: try int("index"), owner: try str("owner"))
        case "actionRescheduled": self = .actionRescheduled(index: try int("index"), due: try day("due"))
        case "followUpReviewed": self = .followUpReviewed(nextDue: try day("nextDue"), notes: opt("notes"))
        case "closed": self = .closed
        default: self = .unrecognized(type: type, payload: o)
        }
    }
}

/// A journal line whose payload does not fit its type.
public struct EventDecodingError: Error, Sendable, Equatable, CustomStringConvertible {
    public var type: String
    public var key: String
    public var expected: String
    public var description: String { "event '\(type)': '\(key)' should be \(expected)" }
}
