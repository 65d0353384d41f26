import PostmortemCore
import PostmortemStore
@testable import PostmortemREPL

/// A compact template covering each kind the interview treats differently.
let sessionTemplate = Template(name: "test", title: "Test", sections: [
    Section(id: "overview", title: "Overview", guidance: "Name the incident by what failed.", example: "Checkout API returned errors", fields: [
        Field(id: "title", kind: .text, prompt: "What is the incident's title?", required: true),
        Field(id: "incident_date", kind: .date, prompt: "When did it happen?", required: true, help: "YYYY-MM-DD"),
        Field(id: "severity", kind: .choice, prompt: "Severity?", required: true,
              options: ["P0", "P1", "P2", "P3"].map { ChecklistItem(id: $0, label: $0) }),
        Field(id: "owner", kind: .people, prompt: "Who owns this post-mortem?", required: true),
        Field(id: "reviewers", kind: .people, prompt: "Who reviews it?", required: true),
    ]),
    Section(id: "story", title: "What happened", guidance: "Facts, in time order.", fields: [
        Field(id: "summary", kind: .paragraph, prompt: "Summarise the incident.", required: true),
        Field(id: "timeline", kind: .timeline, prompt: "The timeline, one entry per line.", required: true),
        Field(id: "root_cause", kind: .paragraph, prompt: "What was the root cause?", required: true),
        Field(id: "lessons", kind: .list, prompt: "Lessons learned?"),
    ]),
    Section(id: "actions", title: "Action items", guidance: "Specific, owned, dated.", fields: [
        Field(id: "action_items", kind: .actions, prompt: "Action items, one per line.", required: true),
    ]),
])

let fixedNow = Timestamp(rfc3339: "2026-11-20T09:00:00Z")!

/// A session wired to memory: scripted input, captured output, an in-memory journal.
final class Harness {
    let log = InMemoryEventLog()
    let live: LivePostmortem
    var output = OutputBuffer()

    init(actor: String = "Ana", existing: [RecordedEvent] = []) throws {
        for e in existing { _ = try log.append([e.event], actor: e.actor, at: e.at, expectedNextSeq: e.seq) }
        live = try LivePostmortem(log: log, workflow: Workflow(template: sessionTemplate))
        if existing.isEmpty {
            _ = try live.execute(.create(id: "db", template: "test", title: nil), context: env(actor).context(sessionTemplate))
        }
    }

    func env(_ actor: String) -> SessionEnvironment { SessionEnvironment(actor: actor, clock: { fixedNow }, workspaceID: "ws") }

    /// Runs the owner's interview over `inputs`; returns the scripted reader.
    @discardableResult
    func interview(_ inputs: [LineInput], as actor: String = "Ana") -> ScriptedLineReader {
        let buffer = output
        let reader = ScriptedLineReader(inputs, output: { buffer.append($0) })
        InterviewSession(live: live, reader: reader, out: Terminal(color: false) { buffer.append($0) }, env: env(actor)).run()
        return reader
    }

    func review(_ inputs: [LineInput], as actor: String) -> ScriptedLineReader {
        let buffer = output
        let reader = ScriptedLineReader(inputs, output: { buffer.append($0) })
        ReviewSession(live: live, reader: reader, out: Terminal(color: false) { buffer.append($0) }, env: env(actor)).run()
        return reader
    }

    var text: String { output.text }
    var answers: [String: FieldValue] { live.state!.answers }
}

/// Collects everything written, from any closure.
final class OutputBuffer: @unchecked Sendable {
    private(set) var text = ""
    func append(_ s: String) { text += s }
}

func lines(_ texts: String...) -> [LineInput] { texts.map { .line($0) } }

/// Every required answer of `sessionTemplate`, typed as a person would.
let completeInterview: [LineInput] = lines(
    "Checkout DB outage", "2026-11-19", "P2", "Ana", "", "Ben, Chen",
    "The checkout database refused connections for 42 minutes; 1,200 orders failed.", "",
    "04:10 Connection pool exhausted #started", "04:18 Error-rate alert fired [source: PagerDuty] #detected",
    "04:52 Pool size raised; errors stopped #resolved", "",
    "The pool size was not validated against the new traffic profile.", "",
    "Load tests must use production-like traffic", "",
    "Alert when pool usage > 80% for 5 minutes | Ben | P1 | 2026-11-27", "")
