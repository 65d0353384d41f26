import PostmortemCore

/// A small template with the standard ids the rules care about.
let testTemplate = Template(name: "test", title: "Test", sections: [
    Section(id: "basics", title: "Basics", guidance: "g", fields: [
        Field(id: "title", kind: .text, prompt: "Title?", required: true),
        Field(id: "incident_date", kind: .date, prompt: "Date?", required: true),
        Field(id: "severity", kind: .choice, prompt: "Severity?", required: true,
              options: ["P0", "P1", "P2", "P3"].map { ChecklistItem(id: $0, label: $0) }),
        Field(id: "owner", kind: .people, prompt: "Owner?", required: true),
        Field(id: "reviewers", kind: .people, prompt: "Reviewers?", required: true),
        Field(id: "tags", kind: .list, prompt: "Tags?"),
    ]),
    Section(id: "story", title: "Story", guidance: "g", fields: [
        Field(id: "summary", kind: .paragraph, prompt: "Summary?", required: true),
        Field(id: "timeline", kind: .timeline, prompt: "Timeline?", required: true),
        Field(id: "root_cause", kind: .paragraph, prompt: "Root cause?", required: true),
        Field(id: "lessons", kind: .list, prompt: "Lessons?"),
    ]),
    Section(id: "actions", title: "Actions", guidance: "g", fields: [
        Field(id: "action_items", kind: .actions, prompt: "Actions?", required: true),
    ]),
])

let t0 = Timestamp(rfc3339: "2026-11-20T09:00:00Z")!
let workflow = Workflow(template: testTemplate)

func ctx(_ actor: String, at: Timestamp = t0, keys: [String: [UInt8]] = [:], people: [String] = []) -> DecisionContext {
    DecisionContext(actor: actor, now: at, template: testTemplate, publicKeys: keys, workspaceID: "ws1", knownPeople: people)
}

/// Folds events as if each was recorded by `actor` at `at`, after `state`.
func fold(_ state: Postmortem?, _ events: [Event], by actor: String, at: Timestamp = t0) -> Postmortem? {
    var seq = (state?.lastSeq ?? -1) + 1
    return events.reduce(state) { s, e in
        defer { seq += 1 }
        return workflow.evolve(s, RecordedEvent(seq: seq, at: at, actor: actor, event: e))
    }
}

/// Decides and folds; fails loudly when refused.
func run(_ command: Command, on state: Postmortem?, by actor: String, at: Timestamp = t0) throws -> (events: [Event], state: Postmortem?) {
    let events = try workflow.decide(command, state: state, context: ctx(actor, at: at)).get()
    return (events, fold(state, events, by: actor, at: at))
}

func d(_ s: String) -> Day { Day(iso: s)! }
func ts(_ s: String) -> Timestamp { Timestamp(rfc3339: s)! }

/// A draft with every required field answered, owned by Ana, reviewed by Ben and Chen.
func completeDraft() throws -> Postmortem {
    var s = try run(.create(id: "db-outage", template: "test", title: "Checkout database outage"), on: nil, by: "Ana").state
    let answers: [(String, FieldValue)] = [
        ("incident_date", .date(d("2026-11-19"))),
        ("severity", .choice("P2")),
        ("owner", .people(["Ana"])),
        ("reviewers", .people(["Ben", "Chen"])),
        ("summary", .text("The checkout database ran out of connections for 42 minutes.")),
        ("timeline", .timeline([
            TimelineEntry(at: ts("2026-11-19T04:10:00Z"), text: "Connection pool exhausted", milestone: .started),
            TimelineEntry(at: ts("2026-11-19T04:18:00Z"), text: "Error-rate alert fired", source: "PagerDuty", milestone: .detected),
            TimelineEntry(at: ts("2026-11-19T04:52:00Z"), text: "Pool size raised; errors stopped", milestone: .resolved),
        ])),
        ("root_cause", .text("Pool size was not validated against the new traffic profile.")),
        ("action_items", .actions([ActionItem(what: "Alert when pool usage > 80% for 5 minutes", owner: "Ben", priority: .p1, due: d("2026-11-27"))])),
    ]
    for (field, value) in answers { s = try run(.answer(field: field, value: value), on: s, by: "Ana").state }
    return s!
}
