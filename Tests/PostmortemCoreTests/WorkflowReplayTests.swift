import Testing
@testable import PostmortemCore

/// `replay` skips superseded answers; it must give exactly the state of folding `apply`.
@Suite("Workflow: replay equals the fold of apply")
struct WorkflowReplayTests {
    /// A small deterministic generator (the tests must not depend on a random seed).
    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    static let values: [(String, JSONValue)] = [
        ("title", .string("DB outage")), ("title", .number(3)),  // the second does not fit
        ("summary", .string("It broke.")), ("summary", .string("It broke again.")),
        ("incident_date", .string("2026-11-19")), ("incident_date", .string("yesterday")),
        ("tags", .array([.string("db")])), ("tags", .string("db")),
        ("severity", .string("P1")), ("no_such_field", .string("x")),
    ]

    func journal(_ seed: UInt64, count: Int) -> [RecordedEvent] {
        var g = Generator(state: seed)
        var events: [RecordedEvent] = []
        for seq in 0..<count {
            let event: Event
            switch seq == 0 ? 0 : g.next(12) {
            case 0: event = .created(id: "db", template: "test", title: nil)
            case 1...5: let (f, v) = Self.values[g.next(Self.values.count)]; event = .answered(field: f, value: v)
            case 6: event = .skipped(field: ["tags", "lessons", "summary"][g.next(3)])
            case 7: event = .submitted
            case 8: event = .withdrawn(reason: nil)
            case 9: event = .commented(id: "c\(seq)", section: nil, text: "why?")
            case 10: event = .unrecognized(type: "future", payload: JSONObject())
            default: event = .changesRequested(reason: "more")
            }
            let at = Timestamp(rfc3339: "2026-11-20T09:00:00Z")!.adding(seconds: Int64(seq))
            events.append(RecordedEvent(seq: seq, at: at, actor: ["ana", "ben"][g.next(2)], event: event))
        }
        return events
    }

    @Test(arguments: [1, 2, 3, 42, 1234] as [UInt64])
    func replayMatchesTheFold(seed: UInt64) {
        let events = journal(seed, count: 300)
        for end in [0, 1, 2, 5, 17, 100, 299, 300] {
            let prefix = Array(events.prefix(end))
            let folded = prefix.reduce(into: Postmortem?.none) { workflow.apply($1, to: &$0) }
            #expect(workflow.replay(prefix) == folded)
            #expect(workflow.replay(prefix[...]) == folded)
        }
    }
}
