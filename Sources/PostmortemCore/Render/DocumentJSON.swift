/// The document as JSON: the answers in their journal form plus workflow facts.
///
/// ```json
/// {"id":"db-outage","template":"standard","phase":"review","revision":"…","answers":{"title":"…"},…}
/// ```
public enum DocumentJSON {
    public static func value(_ pm: Postmortem, template: Template) -> JSONValue {
        var answers = JSONObject()
        for field in template.fields { if let v = pm.answers[field.id] { answers[field.id] = v.json() } }
        var o = JSONObject([
            ("id", .string(pm.id)), ("template", .string(pm.templateName)), ("phase", .string(pm.phase.rawValue)),
            ("revision", .string(pm.revision)), ("createdBy", .string(pm.createdBy)), ("createdAt", .string(pm.createdAt.rfc3339)),
            ("answers", .object(answers)),
        ])
        let metrics = IncidentMetrics(timeline: pm.timeline)
        var m = JSONObject()
        for (key, v) in [("durationSeconds", metrics.duration), ("timeToDetect", metrics.timeToDetect), ("timeToAcknowledge", metrics.timeToAcknowledge),
                         ("timeToMitigate", metrics.timeToMitigate), ("timeToResolve", metrics.timeToResolve)] {
            if let v { m[key] = .number(Double(v)) }
        }
        o["metrics"] = .object(m)
        o["signOffs"] = .array(pm.committee.compactMap { name -> JSONValue? in
            switch pm.verdict(of: name) {
            case nil: nil
            case .approved(let s):
                .object(JSONObject([("reviewer", .string(name)), ("approved", .string(s.revision)), ("at", .string(s.at.rfc3339)),
                                    ("current", .bool(s.revision == pm.revision)), ("signed", .bool(s.signature != nil))]))
            case .changesRequested(let reason, let at):
                .object(JSONObject([("reviewer", .string(name)), ("changesRequested", .string(reason)), ("at", .string(at.rfc3339))]))
            }
        })
        o["actions"] = .array(pm.actionItems.enumerated().map { i, a in
            let p = pm.actionProgress[i + 1]
            var item = a.json()
            if case .object(var obj) = item {
                obj["index"] = .number(Double(i + 1))
                obj["status"] = .string((p?.status ?? .open).rawValue)
                if let owner = p?.owner { obj["owner"] = .string(owner) }
                if let due = p?.due { obj["due"] = .string(due.iso) }
                if let e = p?.evidence { obj["evidence"] = .string(e) }
                if let r = p?.reason { obj["reason"] = .string(r) }
                item = .object(obj)
            }
            return item
        })
        if let p = pm.published { o["published"] = .object(JSONObject([("revision", .string(p.revision)), ("at", .string(p.at.rfc3339))])) }
        return .object(o)
    }

    public static func render(_ pm: Postmortem, template: Template) -> String {
        JSONCodec.encodeToString(value(pm, template: template)) + "\n"
    }

    public static func external(_ projection: ExternalProjection) -> String {
        var o = JSONObject([("title", .string(projection.scrub(projection.postmortem.title ?? "Incident report")))])
        if let d = projection.postmortem.incidentDay { o["date"] = .string(d.iso) }
        o["sections"] = .array(projection.sections().map { .object(JSONObject([("heading", .string($0.heading)), ("body", .string($0.body))])) })
        return JSONCodec.encodeToString(.object(o)) + "\n"
    }
}

extension ActionItem {
    func json() -> JSONValue {
        if case .array(let a) = FieldValue.actions([self]).json(), let first = a.first { return first }
        return .null
    }
}
