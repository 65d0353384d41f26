import Testing
@testable import PostmortemCore

private let today = Day(iso: "2026-11-20")!
private let parser = AnswerParser(context: ParseContext(incidentDay: today, today: today))
private let noIncidentDay = AnswerParser(context: ParseContext(incidentDay: nil, today: today))

private func field(_ kind: FieldKind, _ id: String = "f", options: [String] = []) -> Field {
    Field(id: id, kind: kind, prompt: id, options: options.map { ChecklistItem(id: $0, label: $0) })
}
private let severity = Field(id: "severity", kind: .choice, prompt: "Severity",
                             options: ["P0", "P1", "P2", "P3"].map { ChecklistItem(id: $0, label: $0) })
private let factors = Field(id: "contributing_factors", kind: .checklist, prompt: "Factors",
                            options: [ChecklistItem(id: "inadequate_testing", label: "Process: inadequate testing"),
                                      ChecklistItem(id: "race_condition", label: "Technical: race condition"),
                                      ChecklistItem(id: "network_issue", label: "Technical: network issue")])

private func ok(_ lines: [String], _ f: Field, _ p: AnswerParser = parser) -> FieldValue? {
    switch p.parse(lines, as: f) {
    case .success(let v): return v
    case .failure(let e): Issue.record("refused \(lines): \(e.message)"); return nil
    }
}
private func refused(_ lines: [String], _ f: Field, _ p: AnswerParser = parser) -> String? {
    switch p.parse(lines, as: f) {
    case .success(let v): Issue.record("accepted \(lines) as \(v)"); return nil
    case .failure(let e): return e.message
    }
}
private func at(_ text: String) -> Timestamp { Timestamp(rfc3339: text)! }

@Suite("AnswerParser")
struct AnswerParserTests {
    // MARK: text, paragraph, list

    @Test func text() {
        #expect(ok(["  Checkout failed for EU customers  "], field(.text)) == .text("Checkout failed for EU customers"))
        #expect(ok(["", "One line", ""], field(.text)) == .text("One line"))
        #expect(refused(["   "], field(.text)) == "The answer is empty: type one line (or /skip to leave it for now)")
        #expect(refused(["a", "b"], field(.text)) == "This answer takes a single line; type it again on one line (or /skip to leave it for now)")
    }

    @Test func paragraph() {
        #expect(ok(["", "  First line.  ", "Second line.", ""], field(.paragraph)) == .text("First line.\nSecond line."))
        #expect(refused(["", " "], field(.paragraph)) == "The answer is empty: type a few lines, then an empty line (or /skip to leave it for now)")
    }

    @Test func list() {
        #expect(ok(["- Failed TX detection", "* Responders online fast", "2. Internal comms", "3) Patch review", "✅ Tooling", "plain", ""], field(.list))
                == .list(["Failed TX detection", "Responders online fast", "Internal comms", "Patch review", "Tooling", "plain"]))
        #expect(ok(["-5% error budget left"], field(.list)) == .list(["-5% error budget left"]))
        #expect(refused([""], field(.list)) == "The list is empty: type one item per line, then an empty line (or /skip to leave it for now)")
    }

    // MARK: date, datetime, duration, number

    @Test func date() {
        #expect(ok(["2026-11-19"], field(.date)) == .date(Day(iso: "2026-11-19")!))
        #expect(ok(["Today"], field(.date)) == .date(today))
        #expect(ok(["yesterday"], field(.date)) == .date(Day(iso: "2026-11-19")!))
        #expect(refused(["Nov 19"], field(.date)) == "Use YYYY-MM-DD, e.g. 2026-11-20 (today and yesterday work too)")
        #expect(refused(["2026-02-30"], field(.date)) == "There is no 2026-02-30 in the calendar; Use YYYY-MM-DD, e.g. 2026-11-20 (today and yesterday work too)")
        #expect(refused([""], field(.date)) == "The answer is empty: Use YYYY-MM-DD, e.g. 2026-11-20 (today and yesterday work too)")
    }

    @Test func datetime() {
        let expected = FieldValue.datetime(at("2026-11-20T14:30:00Z"))
        #expect(ok(["2026-11-20 14:30"], field(.datetime)) == expected)
        #expect(ok(["2026-11-20 14:30 UTC"], field(.datetime)) == expected)
        #expect(ok(["2026-11-20T14:30:00Z"], field(.datetime)) == expected)
        #expect(ok(["2026-11-20T16:30:00+02:00"], field(.datetime)) == expected)
        #expect(ok(["2026-11-20T14:30"], field(.datetime)) == expected)
        #expect(ok(["today 14:30:15"], field(.datetime)) == .datetime(at("2026-11-20T14:30:15Z")))
        let hint = "Use YYYY-MM-DD HH:MM in UTC, e.g. 2026-11-20 14:30 (or RFC 3339, e.g. 2026-11-20T14:30:00Z)"
        #expect(refused(["14:30"], field(.datetime)) == hint)
        #expect(refused(["2026-11-20 25:00"], field(.datetime)) == "25:00 is not a time of day; " + hint)
    }

    @Test func duration() {
        let cases: [(String, Int64)] = [("90m", 5400), ("1h30m", 5400), ("1h 30m", 5400), ("2h", 7200), ("45 min", 2700),
                                        ("1:30", 5400), ("1:30:15", 5415), ("3d", 259_200), ("2 hours and 5 minutes", 7500),
                                        ("1.5h", 5400), ("30s", 30), ("1w", 604_800), ("0m", 0)]
        for (text, seconds) in cases { #expect(ok([text], field(.duration)) == .duration(seconds: seconds), "\(text)") }
        let hint = "Use a duration such as 90m, 1h30m, 2h, 45 min, 1:30 (hours:minutes) or 3d"
        #expect(refused(["90"], field(.duration)) == "Add a unit: 90m for minutes or 90h for hours (e.g. 90m, 1h30m, 2h, 1:30)")
        #expect(refused(["an hour"], field(.duration)) == hint)
        #expect(refused(["5 parsecs"], field(.duration)) == hint)
        #expect(refused(["1:75"], field(.duration)) == hint)
        #expect(refused(["1h30"], field(.duration)) == hint)
    }

    @Test func number() {
        #expect(ok(["12000"], field(.number)) == .number(12000))
        #expect(ok(["12,000"], field(.number)) == .number(12000))
        #expect(ok(["1,234,567.5"], field(.number)) == .number(1_234_567.5))
        #expect(ok(["-3"], field(.number)) == .number(-3))
        #expect(ok(["2.5"], field(.number)) == .number(2.5))
        #expect(ok([".5"], field(.number)) == .number(0.5))
        #expect(ok(["1e6"], field(.number)) == .number(1_000_000))
        #expect(refused(["35%"], field(.number)) == "Type the number without the % sign, e.g. 35 (say what it is a percentage of in the text)")
        #expect(refused(["12,00"], field(.number)) == "Commas must group thousands; Type a number, e.g. 12000, 12,000 or 2.5")
        #expect(refused(["about 200"], field(.number)) == "Type a number, e.g. 12000, 12,000 or 2.5")
        #expect(refused(["inf"], field(.number)) == "Type a number, e.g. 12000, 12,000 or 2.5")
        #expect(refused(["1.2.3"], field(.number)) == "Type a number, e.g. 12000, 12,000 or 2.5")
    }

    // MARK: choice, people, checklist

    @Test func choice() {
        #expect(ok(["p1"], severity) == .choice("P1"))
        #expect(ok(["3"], severity) == .choice("P2"))
        #expect(ok(["P0 - Critical"], severity) == .choice("P0"))
        let labelled = Field(id: "detection_method", kind: .choice, prompt: "How",
                             options: [ChecklistItem(id: "monitoring", label: "Automated monitoring or alerting"),
                                       ChecklistItem(id: "user_report", label: "User report")])
        #expect(ok(["user report"], labelled) == .choice("user_report"))
        #expect(refused(["P5"], severity) == "Severity is one of P0, P1, P2, P3 (e.g. P1)")
        #expect(refused(["high"], severity) == "Severity is one of P0, P1, P2, P3 (e.g. P1)")
        #expect(refused(["7"], severity) == "7 is not an option number; use 1-4. Severity is one of P0, P1, P2, P3 (e.g. P1)")
        #expect(refused([""], severity) == "The answer is empty: Severity is one of P0, P1, P2, P3 (e.g. P1)")
        #expect(refused(["x"], labelled) == "Detection method is one of monitoring, user_report (e.g. user_report)")
    }

    @Test func people() {
        #expect(ok(["Dana Reyes, Sam Okafor", "sam okafor", "- Lee Chen", ""], field(.people)) == .people(["Dana Reyes", "Sam Okafor", "Lee Chen"]))
        #expect(ok([" Dana "], field(.people)) == .people(["Dana"]))
        #expect(refused([" , ", ""], field(.people)) == "No name given: type names one per line or comma-separated, e.g. Dana Reyes, Sam Okafor (or /skip to leave it for now)")
    }

    @Test func checklist() {
        #expect(ok(["race_condition, 1"], factors) == .checklist(["inadequate_testing", "race_condition"]))
        #expect(ok(["- Technical: network issue", "2", "2"], factors) == .checklist(["race_condition", "network_issue"]))
        #expect(ok(["none"], factors) == .checklist([]))
        let hint = "type option numbers 1-3 or ids (inadequate_testing, race_condition, network_issue) separated by commas, e.g. 1, 3 or inadequate_testing, network_issue, or none"
        #expect(refused(["1", "race_conditon"], factors) == "line 2: \"race_conditon\" is not one of the options; did you mean race_condition? " + hint)
        #expect(refused(["4"], factors) == "line 1: 4 is not an option number; " + hint)
        #expect(refused(["none, 1"], factors) == "none means nothing applies; type either none or the options, not both")
        #expect(refused([""], factors) == "Nothing checked: " + hint)
    }

    @Test func longChecklistHint() throws {
        let f = try #require(BundledTemplates.template(named: "standard").field("contributing_factors"))
        #expect(refused(["foo"], f) == "line 1: \"foo\" is not one of the options; type option numbers 1-24 or their ids separated by commas, e.g. 1, 3 or lack_of_documentation, communication_breakdown, or none")
        #expect(ok(["8, resource_exhaustion", "Technical: race condition"], f) == .checklist(["inadequate_review", "race_condition", "resource_exhaustion"]))
    }

    // MARK: timeline

    @Test func timeline() {
        let lines = [
            "04:18 Failed TXs alarm fired [source: PagerDuty] #detected",
            "04:20:30 - First responder began reviewing TXs #Acknowledged",
            "04:25 — Received first user notice (source: support queue)",
            "04:30: First public notice on social media source: Twitter",
            "04:45 | Core team notified #mitigated [source: Slack]",
            "2026-11-21 06:30 UTC Confirmed resolved #resolved",
            "",
            "05:00Z PR #123 merged, posted in #incidents.",
        ]
        let expected: [TimelineEntry] = [
            TimelineEntry(at: at("2026-11-20T04:18:00Z"), text: "Failed TXs alarm fired", source: "PagerDuty", milestone: .detected),
            TimelineEntry(at: at("2026-11-20T04:20:30Z"), text: "First responder began reviewing TXs", milestone: .acknowledged),
            TimelineEntry(at: at("2026-11-20T04:25:00Z"), text: "Received first user notice", source: "support queue"),
            TimelineEntry(at: at("2026-11-20T04:30:00Z"), text: "First public notice on social media", source: "Twitter"),
            TimelineEntry(at: at("2026-11-20T04:45:00Z"), text: "Core team notified", source: "Slack", milestone: .mitigated),
            TimelineEntry(at: at("2026-11-21T06:30:00Z"), text: "Confirmed resolved", milestone: .resolved),
            TimelineEntry(at: at("2026-11-20T05:00:00Z"), text: "PR #123 merged, posted in #incidents."),
        ]
        #expect(ok(lines, field(.timeline)) == .timeline(expected))
        #expect(ok(["04:18 #Detected alarm fired"], field(.timeline))
                == .timeline([TimelineEntry(at: at("2026-11-20T04:18:00Z"), text: "alarm fired", milestone: .detected)]))
        // A date on every line needs no incident date; entries keep the typed order.
        #expect(ok(["2026-11-20T04:18:00Z alarm", "2026-11-19 23:59 earlier"], field(.timeline), noIncidentDay)
                == .timeline([TimelineEntry(at: at("2026-11-20T04:18:00Z"), text: "alarm"),
                              TimelineEntry(at: at("2026-11-19T23:59:00Z"), text: "earlier")]))
    }

    @Test func timelineRefusals() {
        let t = field(.timeline)
        let example = "04:18 Failed TXs alarm fired [source: PagerDuty] #detected"
        #expect(refused(["04:18 ok", "alarm fired"], t) == "line 2: start with the time, HH:MM in UTC, e.g. " + example)
        #expect(refused(["24:10 alarm"], t) == "line 1: 24:10 is not a time of day; use HH:MM from 00:00 to 23:59, e.g. " + example)
        #expect(refused(["04:18 alarm #fixed"], t) == "line 1: #fixed is not a milestone; use one of #started, #detected, #acknowledged, #mitigated, #resolved, e.g. " + example)
        #expect(refused(["04:18 alarm #detected #acknowledged"], t) == "line 1: one milestone per event; keep one of #detected and #acknowledged and give the other its own line at the same time")
        #expect(refused(["04:18 #detected"], t) == "line 1: say what happened after the time, e.g. " + example)
        #expect(refused(["04:18 alarm [source: ]"], t) == "line 1: the source is empty; write it after source:, e.g. " + example)
        #expect(refused(["04:18 alarm fired"], t, noIncidentDay) == "line 1: 04:18 has no date and the incident date is not answered yet: answer incident_date first, or give the date, e.g. 2026-11-20 04:18 alarm fired")
        #expect(refused(["2026-11-20 alarm"], t) == "line 1: after the date give the time, e.g. 2026-11-20 04:18 Failed TXs alarm fired")
        #expect(refused(["2026-13-01 04:00 alarm"], t) == "line 1: there is no 2026-13-01 in the calendar; use YYYY-MM-DD HH:MM, e.g. 2026-11-20 04:18 Failed TXs alarm fired")
        #expect(refused(["09:19 EEST — database ran out of connections"], t) == "line 1: times are UTC; convert 09:19 EEST to UTC and leave the zone out, e.g. 06:19 database ran out of connections")
        #expect(refused([""], t) == "The timeline is empty: type one event per line, e.g. \(example), then an empty line (or /skip to leave it for now)")
    }

    // MARK: actions

    @Test func actions() {
        let value = ok([
            "Add alert for error rate > 5% on /api/sync | Dana Reyes | P1 | 2026-11-27",
            "- Update runbook with rollback procedure | Sam | p2",
            "Audit contract changes | Lee | 3 |",
            "Old item | Ana | P1 | 2026-01-01",
        ], field(.actions))
        #expect(value == .actions([
            ActionItem(what: "Add alert for error rate > 5% on /api/sync", owner: "Dana Reyes", priority: .p1, due: Day(iso: "2026-11-27")),
            ActionItem(what: "Update runbook with rollback procedure", owner: "Sam", priority: .p2, due: Day(iso: "2026-12-04")),
            ActionItem(what: "Audit contract changes", owner: "Lee", priority: .p3, due: Day(iso: "2026-12-20")),
            ActionItem(what: "Old item", owner: "Ana", priority: .p1, due: Day(iso: "2026-01-01")),
        ]))
        let custom = AnswerParser(context: ParseContext(incidentDay: today, today: today, slaDays: { _ in 3 }))
        #expect(ok(["Fix | Ana | P2"], field(.actions), custom) == .actions([ActionItem(what: "Fix", owner: "Ana", priority: .p2, due: Day(iso: "2026-11-23"))]))
    }

    @Test func actionRefusals() {
        let a = field(.actions)
        let example = ", e.g. Add alert for error rate > 5% on /api/sync | Dana Reyes | P1 | 2026-11-27"
        #expect(refused(["ok | Ana | P1", "Improve monitoring"], a) == "line 2: give an owner and a priority after the action, separated by |: what to do | owner | P1 | YYYY-MM-DD" + example)
        #expect(refused([" | Ana | P1"], a) == "line 1: say what to do before the first |" + example)
        #expect(refused(["Fix it |  | P1"], a) == "line 1: the owner is missing; put one name after the first |" + example)
        #expect(refused(["Fix it | Ana"], a) == "line 1: the priority is missing; put P0, P1, P2 or P3 after the owner" + example)
        #expect(refused(["Fix it | Ana | high"], a) == "line 1: \"high\" is not a priority; use P0, P1, P2 or P3 (P1 within 1 week, P2 within 2 weeks, P3 within 1 month)" + example)
        #expect(refused(["Fix it | P1 | Ana"], a) == "line 1: the owner comes before the priority: what to do | owner | P1 | YYYY-MM-DD" + example)
        #expect(refused(["Fix it | Ana, Ben | P1"], a) == "line 1: one owner per action; choose one of Ana, Ben (split the work into two actions if needed)")
        #expect(refused(["Fix it | Ana | P2 | March 15"], a) == "line 1: \"March 15\" is not a due date; use YYYY-MM-DD, e.g. 2026-12-04, or leave it out and P2 sets it (14 days)")
        #expect(refused(["a | b | P1 | 2026-11-27 | x"], a) == "line 1: too many | (5 parts); use what to do | owner | P1 | YYYY-MM-DD" + example)
        #expect(refused([""], a) == "No action given: type one per line, what to do | owner | P1 | YYYY-MM-DD, e.g. Add alert for error rate > 5% on /api/sync | Dana Reyes | P1 | 2026-11-27 (or /skip to leave it for now)")
    }

    // MARK: whys

    @Test func whys() {
        #expect(ok(["Problem: Website was down for 2 hours", "Because the Workers crashed", "→ Because: they ran out of memory",
                    "Why 3: a query was loading too much data", "- there was no pagination", ""], field(.whys))
                == .whys(WhyChain(problem: "Website was down for 2 hours",
                                  becauses: ["the Workers crashed", "they ran out of memory", "a query was loading too much data", "there was no pagination"])))
        // Seed 001's layout: the questions (ending in ?) are skipped.
        #expect(ok(["Why 1: Why was the website down?", "→ Because the Workers crashed", "Why 2: Why did the Workers crash?", "-> Because they ran out of memory"], field(.whys))
                == .whys(WhyChain(becauses: ["the Workers crashed", "they ran out of memory"])))
        let hint = "type one \"because\" per line, e.g. Because the workers ran out of memory (an optional first line Problem: ... states the problem)"
        #expect(refused(["Problem: site down"], field(.whys)) == "No because given: " + hint)
        #expect(refused([""], field(.whys)) == "No because given: " + hint)
        #expect(refused(["Problem:", "Because x"], field(.whys)) == "line 1: the problem is empty; write e.g. Problem: Website was down for 2 hours")
        #expect(refused(["Problem: x", "Because:"], field(.whys)) == "line 2: the answer is empty; write it after the prefix, e.g. Because they ran out of memory")
    }

    // MARK: the round trip

    static let roundTrips: [(FieldKind, [String])] = [
        (.text, ["  A title "]),
        (.paragraph, ["Line one", "  indented line two", "", "after a blank"]),
        (.list, ["- one", "1. two", "- - dash item", "- 3. numbered-looking", "✅ done"]),
        (.date, ["yesterday"]),
        (.datetime, ["2026-11-20T16:30:15+02:00"]),
        (.duration, ["1 day 2 hours 30 min 15s"]),
        (.duration, ["1:30"]),
        (.number, ["1,234,567.25"]),
        (.number, ["-0.001"]),
        (.number, ["1e20"]),
        (.people, ["Dana, dana", "Sam"]),
        (.timeline, ["04:18 - - dashed text #detected", "04:19 UTC - UTC text", "04:20 - EST cluster [source: a (b)]",
                     "2026-11-21 01:02:03 next day source: logs", "04:21 a source: b source: c", "04:22 C# build broke"]),
        (.actions, ["- - dashed | Ana | P1", "Do x | Ben | 2 | today"]),
        (.whys, ["Problem: p?", "Because: - dashed", "→ Because: Why 2: nested", "Because because", "plain"]),
        (.whys, ["Because: Problem: not a problem line", "x"]),
    ]

    @Test("parse(editableLines(v)) == v", arguments: 0..<roundTrips.count)
    func roundTrip(index: Int) throws {
        let (kind, lines) = Self.roundTrips[index]
        let f = field(kind)
        let value = try parser.parse(lines, as: f).get()
        let again = parser.editableLines(value, as: f)
        #expect(try parser.parse(again, as: f).get() == value, "\(again)")
    }

    @Test("round trip for choice and checklist")
    func roundTripOptions() throws {
        for (f, lines) in [(severity, ["4"]), (factors, ["3, race_condition"]), (factors, ["none"])] {
            let value = try parser.parse(lines, as: f).get()
            #expect(try parser.parse(parser.editableLines(value, as: f), as: f).get() == value)
        }
        #expect(parser.editableLines(.checklist(["race_condition", "network_issue"]), as: factors) == ["race_condition, network_issue"])
    }

    @Test("editable lines read the way people type them")
    func editableForms() {
        #expect(parser.editableLines(.duration(seconds: 5400), as: field(.duration)) == ["1h30m"])
        #expect(parser.editableLines(.duration(seconds: 0), as: field(.duration)) == ["0m"])
        #expect(parser.editableLines(.number(12000), as: field(.number)) == ["12000"])
        #expect(parser.editableLines(.number(2.5), as: field(.number)) == ["2.5"])
        #expect(parser.editableLines(.people(["Dana", "Sam"]), as: field(.people)) == ["Dana, Sam"])
        #expect(parser.editableLines(.datetime(at("2026-11-20T14:30:00Z")), as: field(.datetime)) == ["2026-11-20 14:30"])
        #expect(parser.editableLines(.timeline([
            TimelineEntry(at: at("2026-11-20T04:18:00Z"), text: "alarm", source: "PagerDuty", milestone: .detected),
            TimelineEntry(at: at("2026-11-21T00:10:05Z"), text: "next day"),
        ]), as: field(.timeline)) == ["04:18 alarm [source: PagerDuty] #detected", "2026-11-21 00:10:05 next day"])
        #expect(parser.editableLines(.actions([ActionItem(what: "Fix", owner: "Ana", priority: .p1, due: Day(iso: "2026-11-27"))]), as: field(.actions))
                == ["Fix | Ana | P1 | 2026-11-27"])
        #expect(parser.editableLines(.whys(WhyChain(problem: "Down", becauses: ["crashed", "Why 2: x", "Why not"])), as: field(.whys))
                == ["Problem: Down", "crashed", "Because: Why 2: x", "Why not"])
        #expect(parser.editableLines(.list(["a", "- b"]), as: field(.list)) == ["a", "- - b"])
    }
}
