/// A journal value that does not fit the field's kind.
public struct FieldValueJSONError: Error, Equatable, Sendable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

extension FieldValue {
    /// The journal representation (see docs/templates.md, "In the journal"):
    /// text/paragraph/choice → string; list/people/checklist → array of strings; date → `"YYYY-MM-DD"`;
    /// datetime → RFC 3339; duration → integer seconds; number → number; timeline → array of
    /// `{"at","text","source"?,"milestone"?}`; actions → array of `{"what","owner"?,"priority"?,"due"?}`;
    /// whys → `{"problem"?, "because": [...]}`. Absent keys are omitted.
    public func json() -> JSONValue {
        switch self {
        case .text(let s), .choice(let s): return .string(s)
        case .list(let a), .people(let a), .checklist(let a): return .array(a.map(JSONValue.string))
        case .date(let day): return .string(day.iso)
        case .datetime(let stamp): return .string(stamp.rfc3339)
        case .duration(let seconds): return .number(Double(seconds))
        case .number(let n): return .number(n)
        case .timeline(let entries):
            return .array(entries.map { entry in
                var o = JSONObject([("at", .string(entry.at.rfc3339)), ("text", .string(entry.text))])
                if let source = entry.source { o["source"] = .string(source) }
                if let milestone = entry.milestone { o["milestone"] = .string(milestone.rawValue) }
                return .object(o)
            })
        case .actions(let items):
            return .array(items.map { item in
                var o = JSONObject([("what", .string(item.what))])
                if let owner = item.owner { o["owner"] = .string(owner) }
                if let priority = item.priority { o["priority"] = .string(priority.rawValue) }
                if let due = item.due { o["due"] = .string(due.iso) }
                return .object(o)
            })
        case .whys(let chain):
            var o = JSONObject()
            if let problem = chain.problem { o["problem"] = .string(problem) }
            o["because"] = .array(chain.becauses.map(JSONValue.string))
            return .object(o)
        }
    }

    /// Reads a journal value written by `json()` for a field of `kind`.
    /// Throws `FieldValueJSONError` naming what was expected.
    public init(json: JSONValue, kind: FieldKind) throws {
        switch kind {
        case .text, .paragraph: self = .text(try Self.string(json, "a string"))
        case .choice: self = .choice(try Self.string(json, "a string (the option id)"))
        case .list: self = .list(try Self.strings(json))
        case .people: self = .people(try Self.strings(json))
        case .checklist: self = .checklist(try Self.strings(json))
        case .date: self = .date(try Self.day(json, "date"))
        case .datetime:
            let text = try Self.string(json, "an RFC 3339 string")
            guard let stamp = Timestamp(rfc3339: text) else { throw FieldValueJSONError("expected an RFC 3339 time, found \"\(text)\"") }
            self = .datetime(stamp)
        case .duration:
            guard let seconds = json.intValue else { throw FieldValueJSONError("expected whole seconds, found \(Self.describe(json))") }
            self = .duration(seconds: Int64(seconds))
        case .number:
            guard let n = json.doubleValue else { throw FieldValueJSONError("expected a number, found \(Self.describe(json))") }
            self = .number(n)
        case .timeline:
            guard let array = json.arrayValue else { throw FieldValueJSONError("expected an array of timeline entries, found \(Self.describe(json))") }
            self = .timeline(try array.enumerated().map { index, element in
                guard let o = element.objectValue else { throw FieldValueJSONError("timeline[\(index)]: expected an object") }
                let atText = try Self.string(o["at"], "timeline[\(index)].at: an RFC 3339 string")
                guard let at = Timestamp(rfc3339: atText) else { throw FieldValueJSONError("timeline[\(index)].at: expected an RFC 3339 time, found \"\(atText)\"") }
                var milestone: Milestone?
                if let m = o["milestone"] {
                    let raw = try Self.string(m, "timeline[\(index)].milestone: a string")
                    guard let value = Milestone(rawValue: raw) else { throw FieldValueJSONError("timeline[\(index)].milestone: unknown milestone \"\(raw)\"") }
                    milestone = value
                }
                return TimelineEntry(at: at, text: try Self.string(o["text"], "timeline[\(index)].text: a string"),
                                     source: try o["source"].map { try Self.string($0, "timeline[\(index)].source: a string") },
                                     milestone: milestone)
            })
        case .actions:
            guard let array = json.arrayValue else { throw FieldValueJSONError("expected an array of action items, found \(Self.describe(json))") }
            self = .actions(try array.enumerated().map { index, element in
                guard let o = element.objectValue else { throw FieldValueJSONError("actions[\(index)]: expected an object") }
                var priority: Priority?
                if let p = o["priority"] {
                    let raw = try Self.string(p, "actions[\(index)].priority: a string")
                    guard let value = Priority(rawValue: raw) else { throw FieldValueJSONError("actions[\(index)].priority: unknown priority \"\(raw)\"") }
                    priority = value
                }
                return ActionItem(what: try Self.string(o["what"], "actions[\(index)].what: a string"),
                                  owner: try o["owner"].map { try Self.string($0, "actions[\(index)].owner: a string") },
                                  priority: priority,
                                  due: try o["due"].map { try Self.day($0, "actions[\(index)].due") })
            })
        case .whys:
            guard let o = json.objectValue else { throw FieldValueJSONError("expected {\"problem\", \"because\"}, found \(Self.describe(json))") }
            self = .whys(WhyChain(problem: try o["problem"].map { try Self.string($0, "whys.problem: a string") },
                                  becauses: try Self.strings(o["because"] ?? .null)))
        }
    }

    private static func string(_ json: JSONValue?, _ expected: String) throws -> String {
        guard let s = json?.stringValue else { throw FieldValueJSONError("expected \(expected), found \(describe(json))") }
        return s
    }

    private static func strings(_ json: JSONValue) throws -> [String] {
        guard let array = json.arrayValue else { throw FieldValueJSONError("expected an array of strings, found \(describe(json))") }
        return try array.map { try string($0, "an array of strings") }
    }

    private static func day(_ json: JSONValue, _ what: String) throws -> Day {
        let text = try string(json, "\(what): a YYYY-MM-DD string")
        guard let day = Day(iso: text) else { throw FieldValueJSONError("\(what): expected YYYY-MM-DD, found \"\(text)\"") }
        return day
    }

    private static func describe(_ json: JSONValue?) -> String {
        switch json {
        case nil: "nothing"
        case .null?: "null"
        case .bool(let b)?: "\(b)"
        case .number(let n)?: "\(n)"
        case .string(let s)?: "\"\(s)\""
        case .array?: "an array"
        case .object?: "an object"
        }
    }
}
