/// `FieldValue` in the journal (provisional; the templates branch owns the final version).
extension FieldValue {
    public func json() -> JSONValue {
        switch self {
        case .text(let s), .choice(let s): .string(s)
        case .list(let a), .people(let a), .checklist(let a): .array(a.map { .string($0) })
        case .date(let d): .string(d.iso)
        case .datetime(let t): .string(t.rfc3339)
        case .duration(let s): .number(Double(s))
        case .number(let n): .number(n)
        case .timeline(let entries):
            .array(entries.map { e in
                var o = JSONObject([("at", .string(e.at.rfc3339)), ("text", .string(e.text))])
                if let s = e.source { o["source"] = .string(s) }
                if let m = e.milestone { o["milestone"] = .string(m.rawValue) }
                return .object(o)
            })
        case .actions(let items):
            .array(items.map { a in
                var o = JSONObject([("what", .string(a.what))])
                if let v = a.owner { o["owner"] = .string(v) }
                if let v = a.priority { o["priority"] = .string(v.rawValue) }
                if let v = a.due { o["due"] = .string(v.iso) }
                return .object(o)
            })
        case .whys(let chain):
            {
                var o = JSONObject()
                if let p = chain.problem { o["problem"] = .string(p) }
                o["because"] = .array(chain.becauses.map { .string($0) })
                return .object(o)
            }()
        }
    }

    public init(json: JSONValue, kind: FieldKind) throws {
        struct Bad: Error {}
        func strings(_ v: JSONValue) throws -> [String] {
            guard let a = v.arrayValue else { throw Bad() }
            return try a.map { guard let s = $0.stringValue else { throw Bad() }; return s }
        }
        switch kind {
        case .text, .paragraph: guard let s = json.stringValue else { throw Bad() }; self = .text(s)
        case .choice: guard let s = json.stringValue else { throw Bad() }; self = .choice(s)
        case .list: self = .list(try strings(json))
        case .people: self = .people(try strings(json))
        case .checklist: self = .checklist(try strings(json))
        case .date: guard let d = json.stringValue.flatMap(Day.init(iso:)) else { throw Bad() }; self = .date(d)
        case .datetime: guard let t = json.stringValue.flatMap(Timestamp.init(rfc3339:)) else { throw Bad() }; self = .datetime(t)
        case .duration: guard let n = json.intValue else { throw Bad() }; self = .duration(seconds: Int64(n))
        case .number: guard let n = json.doubleValue else { throw Bad() }; self = .number(n)
        case .timeline:
            guard let a = json.arrayValue else { throw Bad() }
            self = .timeline(try a.map { v in
                guard let o = v.objectValue, let at = o["at"]?.stringValue.flatMap(Timestamp.init(rfc3339:)),
                      let text = o["text"]?.stringValue else { throw Bad() }
                return TimelineEntry(at: at, text: text, source: o["source"]?.stringValue,
                                     milestone: o["milestone"]?.stringValue.flatMap(Milestone.init(rawValue:)))
            })
        case .actions:
            guard let a = json.arrayValue else { throw Bad() }
            self = .actions(try a.map { v in
                guard let o = v.objectValue, let what = o["what"]?.stringValue else { throw Bad() }
                return ActionItem(what: what, owner: o["owner"]?.stringValue,
                                  priority: o["priority"]?.stringValue.flatMap(Priority.init(rawValue:)),
                                  due: o["due"]?.stringValue.flatMap(Day.init(iso:)))
            })
        case .whys:
            guard let o = json.objectValue else { throw Bad() }
            self = .whys(WhyChain(problem: o["problem"]?.stringValue, becauses: try strings(o["because"] ?? .array([]))))
        }
    }
}
