import Testing
@testable import PostmortemCore

@Suite("FieldValue JSON")
struct FieldValueJSONTests {
    static let stamp = Timestamp(rfc3339: "2026-11-20T04:18:00Z")!
    static let day = Day(iso: "2026-11-27")!

    static let cases: [(FieldKind, FieldValue, JSONValue)] = [
        (.text, .text("Checkout failed"), .string("Checkout failed")),
        (.paragraph, .text("a\nb"), .string("a\nb")),
        (.choice, .choice("P1"), .string("P1")),
        (.list, .list(["a", "b"]), .array([.string("a"), .string("b")])),
        (.people, .people(["Dana"]), .array([.string("Dana")])),
        (.checklist, .checklist([]), .array([])),
        (.date, .date(day), .string("2026-11-27")),
        (.datetime, .datetime(stamp), .string("2026-11-20T04:18:00Z")),
        (.duration, .duration(seconds: 5400), .number(5400)),
        (.number, .number(12000.5), .number(12000.5)),
        (.timeline, .timeline([TimelineEntry(at: stamp, text: "alarm", source: "PagerDuty", milestone: .detected),
                               TimelineEntry(at: stamp.adding(seconds: 60), text: "ack")]),
         .array([.object(JSONObject([("at", .string("2026-11-20T04:18:00Z")), ("text", .string("alarm")),
                                     ("source", .string("PagerDuty")), ("milestone", .string("detected"))])),
                 .object(JSONObject([("at", .string("2026-11-20T04:19:00Z")), ("text", .string("ack"))]))])),
        (.actions, .actions([ActionItem(what: "Fix", owner: "Ana", priority: .p1, due: day), ActionItem(what: "Bare")]),
         .array([.object(JSONObject([("what", .string("Fix")), ("owner", .string("Ana")), ("priority", .string("P1")), ("due", .string("2026-11-27"))])),
                 .object(JSONObject([("what", .string("Bare"))]))])),
        (.whys, .whys(WhyChain(problem: "Down", becauses: ["crashed"])),
         .object(JSONObject([("problem", .string("Down")), ("because", .array([.string("crashed")]))]))),
        (.whys, .whys(WhyChain(becauses: [])), .object(JSONObject([("because", .array([]))]))),
    ]

    @Test("json() has the journal shape and reads back", arguments: 0..<cases.count)
    func roundTrip(index: Int) throws {
        let (kind, value, json) = Self.cases[index]
        #expect(value.json() == json)
        #expect(try FieldValue(json: json, kind: kind) == value)
    }

    @Test("every parsed answer survives the journal")
    func parsedAnswers() throws {
        let template = try BundledTemplates.template(named: "security")
        let today = Day(iso: "2026-11-20")!
        let parser = AnswerParser(context: ParseContext(template: template, incidentDay: today, today: today))
        for section in template.sections {
            guard let example = section.example else { continue }
            for f in section.fields where f.kind == .timeline || f.kind == .actions {
                let value = try parser.parse(example.split(separator: "\n").map(String.init), as: f).get()
                #expect(try FieldValue(json: value.json(), kind: f.kind) == value)
            }
        }
    }

    @Test("a value of the wrong shape names what was expected")
    func refusals() {
        #expect(throws: FieldValueJSONError("expected a string, found 3.0")) { try FieldValue(json: .number(3), kind: .text) }
        #expect(throws: FieldValueJSONError("expected whole seconds, found 1.5")) { try FieldValue(json: .number(1.5), kind: .duration) }
        #expect(throws: FieldValueJSONError("date: expected YYYY-MM-DD, found \"tomorrow\"")) { try FieldValue(json: .string("tomorrow"), kind: .date) }
        #expect(throws: FieldValueJSONError("timeline[0].milestone: unknown milestone \"fixed\"")) {
            try FieldValue(json: .array([.object(JSONObject([("at", .string("2026-11-20T04:18:00Z")), ("text", .string("x")), ("milestone", .string("fixed"))]))]), kind: .timeline)
        }
        #expect(throws: FieldValueJSONError("actions[0].priority: unknown priority \"P9\"")) {
            try FieldValue(json: .array([.object(JSONObject([("what", .string("x")), ("priority", .string("P9"))]))]), kind: .actions)
        }
        #expect(throws: FieldValueJSONError("expected an array of strings, found null")) {
            try FieldValue(json: .object(JSONObject()), kind: .whys)
        }
    }
}
