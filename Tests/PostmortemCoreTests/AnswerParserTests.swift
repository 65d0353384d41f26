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
        #expect(refused(["2026-02-30"], field(.date)) == "There is no 2026-02-30 in the calendar; use YYYY-MM-DD, e.g. 2026-11-20 (today and yesterday work too)")
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
        #expect(refused(["2026-11-20 25:00"], field(.datetime)) == "25:00 is not a time of day; use YYYY-MM-DD HH:MM in UTC, e.g. 2026-11-20 14:30 (or RFC 3339, e.g. 2026-11-20T14:30:00Z)")
        // A date typo inside a datetime gets the datetime hint, not the date-only one.
        #expect(refused(["19/11/2026 10:00"], field(.datetime)) == hint)
        #expect(refused(["2026-13-01 10:00"], field(.datetime)) == "There is no 2026-13-01 in the calendar; use YYYY-MM-DD HH:MM in UTC, e.g. 2026-11-20 14:30 (or RFC 3339, e.g. 2026-11-20T14:30:00Z)")
    }

    @Test func duration() {
        let cases: [(String, Int64)] = [("90m", 5400), ("1h30m", 5400), ("1h 30m", 5400), ("2h", 7200), ("45 min", 2700),
                                        ("1:30", 5400), ("1:30:15", 5415), ("3d", 259_200), ("2 hours and 5 minutes", 7500),
                                        ("1.5h", 5400), ("30s", 30), ("1w", 604_800), ("0m", 0),
                                        ("1h30", 5400), ("1H30", 5400), ("2h 15", 8100), ("1d 2h 5", 93_900), ("01:30", 5400)]
        for (text, seconds) in cases { #expect(ok([text], field(.duration)) == .duration(seconds: seconds), "\(text)") }
        let hint = "Use a duration such as 90m, 1h30m, 2h, 45 min, 1:30 (hours:minutes) or 3d"
        #expect(refused(["90"], field(.duration)) == "Add a unit: 90m for minutes or 90h for hours (e.g. 90m, 1h30m, 2h, 1:30)")
        #expect(refused(["an hour"], field(.duration)) == hint)
        #expect(refused(["5 parsecs"], field(.duration)) == hint)
        #expect(refused(["1:75"], field(.duration)) == hint)
        #expect(refused(["1h75"], field(.duration)) == hint)
        #expect(refused(["30m15"], field(.duration)) == hint)
        #expect(refused(["1h30 5"], field(.duration)) == hint)
        #expect(refused(["1h1.5"], field(.duration)) == hint)
    }

    @Test func number() {
        #expect(ok(["12000"], field(.number)) == .number(12000))
        #expect(ok(["12,000"], field(.number)) == .number(12000))
        #expect(ok(["1,234,567.5"], field(.number)) == .number(1_234_567.5))
        #expect(ok(["+3"], field(.number)) == .number(3))
        #expect(ok(["0"], field(.number)) == .number(0))
        #expect(ok(["-0"], field(.number)) == .number(0))
        #expect(ok(["2.5"], field(.number)) == .number(2.5))
        #expect(ok([".5"], field(.number)) == .number(0.5))
        #expect(ok(["1e6"], field(.number)) == .number(1_000_000))
        #expect(refused(["35%"], field(.number)) == "Type the number without the % sign, e.g. 35 (say what it is a percentage of in the text)")
        #expect(refused(["12,00"], field(.number)) == "Commas must group thousands; type a number, e.g. 12000, 12,000 or 2.5")
        let negative = "Type 0 or more: a number here is a count or an amount, e.g. 12000 (say in the text when it is a drop or a loss)"
        #expect(refused(["-3"], field(.number)) == negative)
        #expect(refused(["-1,200.5"], field(.number)) == negative)
        #expect(refused(["about 200"], field(.number)) == "Type a number, e.g. 12000, 12,000 or 2.5")
        #expect(refused(["inf"], field(.number)) == "Type a number, e.g. 12000, 12,000 or 2.5")
        #expect(refused(["1.2.3"], field(.number)) == "Type a number, e.g. 12000, 12,000 or 2.5")
    }

    // MARK: choice, people, checklist

    @Test func choice() {
        #expect(ok(["p1"], severity) == .choice("P1"))
        // P0..P3: a bare number is the option with that number, not the nth option.
        #expect(ok(["1"], severity) == .choice("P1"))
        #expect(ok(["3"], severity) == .choice("P3"))
        #expect(ok(["0"], severity) == .choice("P0"))
        #expect(ok(["P0 - Critical"], severity) == .choice("P0"))
        let labelled = Field(id: "detection_method", kind: .choice, prompt: "How",
                             options: [ChecklistItem(id: "monitoring", label: "Automated monitoring or alerting"),
                                       ChecklistItem(id: "user_report", label: "User report")])
        #expect(ok(["user report"], labelled) == .choice("user_report"))
        #expect(refused(["P5"], severity) == "Severity is one of P0, P1, P2, P3 (e.g. P1)")
        #expect(refused(["high"], severity) == "Severity is one of P0, P1, P2, P3 (e.g. P1)")
        #expect(refused(["7"], severity) == "7 is not an option number; use 0-3. Severity is one of P0, P1, P2, P3 (e.g. P1)")
        #expect(refused(["4"], severity) == "4 is not an option number; use 0-3. Severity is one of P0, P1, P2, P3 (e.g. P1)")
        // Options that are not one prefix and a number keep the nth-option rule.
        #expect(ok(["2"], labelled) == .choice("user_report"))
        #expect(refused(["3"], labelled) == "3 is not an option number; use 1-2. Detection method is one of monitoring, user_report (e.g. user_report)")
        let mixed = field(.choice, "level", options: ["P1", "Q2", "R3"])
        #expect(ok(["2"], mixed) == .choice("Q2"))
        #expect(refused([""], severity) == "The answer is empty: Severity is one of P0, P1, P2, P3 (e.g. P1)")
        #expect(refused(["x"], labelled) == "Detection method is one of monitoring, user_report (e.g. user_report)")
    }

    @Test("a number picks SEV1..SEV4 by its number")
    func numberedChoice() {
        let sev = field(.choice, "severity", options: ["SEV1", "SEV2", "SEV3", "SEV4"])
        #expect(ok(["1"], sev) == .choice("SEV1"))
        #expect(ok(["4"], sev) == .choice("SEV4"))
        #expect(ok(["sev2"], sev) == .choice("SEV2"))
        #expect(refused(["0"], sev) == "0 is not an option number; use 1-4. Severity is one of SEV1, SEV2, SEV3, SEV4 (e.g. SEV2)")
        let gaps = field(.choice, "tier", options: ["T1", "T2", "T5"])
        #expect(ok(["5"], gaps) == .choice("T5"))
        #expect(refused(["3"], gaps) == "3 is not an option number; use 1, 2, 5. Tier is one of T1, T2, T5 (e.g. T2)")
        #expect(AnswerParser.numberedOptions(field(.choice, options: ["P1", "p1x"]).options) == nil)
        #expect(AnswerParser.numberedOptions(field(.choice, options: ["sev1", "SEV1"]).options) == nil)  // the same number twice
    }

    // MARK: control characters

    @Test("control characters are refused in every answer, with the line for several-line answers")
    func controlCharacters() {
        let message = "Control characters are not allowed; type plain text."
        #expect(refused(["Checkout \u{1B}[31mfailed"], field(.text)) == message)
        #expect(refused(["bell\u{07}"], field(.text)) == message)
        #expect(refused(["del\u{7F}x"], field(.text)) == message)
        #expect(refused(["c1 \u{9B}31m"], field(.text)) == message)
        #expect(refused(["two\nlines"], field(.text)) == message)
        #expect(refused(["12\u{00}000"], field(.number)) == message)
        #expect(refused(["fine", "not \u{1B}]0;title\u{07} fine"], field(.paragraph)) == "line 2: " + message)
        #expect(refused(["04:18 alarm", "04:19 \u{1B}[2J cleared"], field(.timeline)) == "line 2: " + message)
        #expect(refused(["Dana\u{08}"], field(.people)) == "line 1: " + message)
        // A tab is text; a carriage return or other blank at either end is trimmed, not refused.
        #expect(ok(["a\tb"], field(.text)) == .text("a\tb"))
        #expect(ok(["Checkout failed\r"], field(.text)) == .text("Checkout failed"))
        #expect(ok(["First line.\r", "\tindented"], field(.paragraph)) == .text("First line.\n\tindented"))
        #expect(ok(["Café — naïve ✅"], field(.text)) == .text("Café — naïve ✅"))
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
            // The last explicit date carries forward: 05:00 is 1h30 before 06:30, so the same day.
            TimelineEntry(at: at("2026-11-21T05:00:00Z"), text: "PR #123 merged, posted in #incidents."),
        ]
        #expect(ok(lines, field(.timeline)) == .timeline(expected))
        #expect(ok(["04:18 #Detected alarm fired"], field(.timeline))
                == .timeline([TimelineEntry(at: at("2026-11-20T04:18:00Z"), text: "alarm fired", milestone: .detected)]))
        // A date on every line needs no incident date; entries keep the typed order.
        #expect(ok(["2026-11-20T04:18:00Z alarm", "2026-11-19 23:59 earlier"], field(.timeline), noIncidentDay)
                == .timeline([TimelineEntry(at: at("2026-11-20T04:18:00Z"), text: "alarm"),
                              TimelineEntry(at: at("2026-11-19T23:59:00Z"), text: "earlier")]))
    }

    @Test("a timeline crossing midnight moves to the next day")
    func timelineMidnight() {
        let incident = AnswerParser(context: ParseContext(incidentDay: Day(iso: "2026-11-18"), today: today))
        let lines = ["23:50 Push started", "23:58 Errors began #started", "00:03 Alert fired #detected", "00:31 Resolved #resolved"]
        #expect(ok(lines, field(.timeline), incident) == .timeline([
            TimelineEntry(at: at("2026-11-18T23:50:00Z"), text: "Push started"),
            TimelineEntry(at: at("2026-11-18T23:58:00Z"), text: "Errors began", milestone: .started),
            TimelineEntry(at: at("2026-11-19T00:03:00Z"), text: "Alert fired", milestone: .detected),
            TimelineEntry(at: at("2026-11-19T00:31:00Z"), text: "Resolved", milestone: .resolved),
        ]))
        // Typed out of order by less than 12 hours: the same day, so the coach can flag it.
        #expect(ok(["04:30 b", "04:20 a", "16:20 c", "04:19 d"], field(.timeline)) == .timeline([
            TimelineEntry(at: at("2026-11-20T04:30:00Z"), text: "b"),
            TimelineEntry(at: at("2026-11-20T04:20:00Z"), text: "a"),
            TimelineEntry(at: at("2026-11-20T16:20:00Z"), text: "c"),
            TimelineEntry(at: at("2026-11-21T04:19:00Z"), text: "d"),  // 12h01m earlier: next day
        ]))
        // Exactly 12 hours earlier stays on the same day.
        #expect(ok(["16:20 c", "04:20 d"], field(.timeline)) == .timeline([
            TimelineEntry(at: at("2026-11-20T16:20:00Z"), text: "c"), TimelineEntry(at: at("2026-11-20T04:20:00Z"), text: "d"),
        ]))
        // An explicit date carries forward, and dates undated lines after it without an incident date.
        #expect(ok(["2026-11-17 22:00 deploy", "23:10 errors", "01:00 paged", "2026-11-17 23:30 noted later", "23:40 back"],
                   field(.timeline), noIncidentDay) == .timeline([
            TimelineEntry(at: at("2026-11-17T22:00:00Z"), text: "deploy"),
            TimelineEntry(at: at("2026-11-17T23:10:00Z"), text: "errors"),
            TimelineEntry(at: at("2026-11-18T01:00:00Z"), text: "paged"),
            TimelineEntry(at: at("2026-11-17T23:30:00Z"), text: "noted later"),
            TimelineEntry(at: at("2026-11-17T23:40:00Z"), text: "back"),
        ]))
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
        (.number, ["0.001"]),
        (.number, ["1e20"]),
        (.people, ["Dana, dana", "Sam"]),
        (.timeline, ["04:18 - - dashed text #detected", "04:19 UTC - UTC text", "04:20 - EST cluster [source: a (b)]",
                     "2026-11-21 01:02:03 next day source: logs", "04:21 a source: b source: c", "04:22 C# build broke"]),
        (.timeline, ["23:50 Push started", "23:58 Errors began #started", "00:03 Alert fired #detected", "00:31 Resolved #resolved"]),
        (.timeline, ["04:30 b", "04:20 a", "16:20 c", "04:19 d", "2026-11-20 04:18 back", "2026-11-25 09:00 later", "08:00 before",
                     "2026-11-19 23:59 eve", "00:01 after midnight"]),
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
        for (f, lines) in [(severity, ["1"]), (severity, ["0"]), (factors, ["3, race_condition"]), (factors, ["none"])] {
            let value = try parser.parse(lines, as: f).get()
            #expect(try parser.parse(parser.editableLines(value, as: f), as: f).get() == value)
        }
        #expect(parser.editableLines(.checklist(["race_condition", "network_issue"]), as: factors) == ["race_condition, network_issue"])
    }

    @Test("editable timeline lines give the date only where parsing would not infer it")
    func editableTimelineDates() throws {
        let incident = AnswerParser(context: ParseContext(incidentDay: Day(iso: "2026-11-18"), today: today))
        let entries = [
            TimelineEntry(at: at("2026-11-18T23:50:00Z"), text: "Push started"),
            TimelineEntry(at: at("2026-11-19T00:03:00Z"), text: "Alert fired", milestone: .detected),
            TimelineEntry(at: at("2026-11-19T00:31:00Z"), text: "Resolved"),
            TimelineEntry(at: at("2026-11-18T23:59:00Z"), text: "Noted late"),
            TimelineEntry(at: at("2026-11-21T10:00:00Z"), text: "Review"),
        ]
        let lines = incident.editableLines(.timeline(entries), as: field(.timeline))
        #expect(lines == ["23:50 Push started", "00:03 Alert fired #detected", "00:31 Resolved",
                          "2026-11-18 23:59 Noted late", "2026-11-21 10:00 Review"])
        #expect(try incident.parse(lines, as: field(.timeline)).get() == .timeline(entries))
        // Without an incident date the first line carries its date.
        #expect(noIncidentDay.editableLines(.timeline(Array(entries.prefix(2))), as: field(.timeline))
                == ["2026-11-18 23:50 Push started", "00:03 Alert fired #detected"])
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
