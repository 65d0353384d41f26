import PostmortemCore
import Testing

/// The monthly report on a workspace of four post-mortems, every figure computed by hand.
///
/// - a: incident 2026-10-28 (October), tags database; published 2026-10-31 12:00. Actions:
///   1 Ana P1 due 11-04, done 11-03 12:00 (on time, 3d after publication);
///   2 Ben P2 due 11-10, done 11-12 12:00 (late, 12d); 3 Ana P3 due 11-30, open.
/// - b: incident 2026-11-05 10:00 (#detected +10m, #acknowledged +15m, #mitigated +40m, #resolved +1h),
///   tags Database, deploy; factors database_issue, inadequate_testing; submitted 11-06 11:00 (24h after
///   the end), published 11-10 11:00 (5d); 1 Chen P1 due 11-17, done 11-17 18:00 (7d 7h); 2 Ana P2 due 11-24,
///   won't-do 11-20; closed 11-25.
/// - c: incident 2026-11-20 08:00 (#detected +30m, #resolved +2h), tags deploy; factor resource_exhaustion;
///   submitted 11-23 10:00 (72h: late), published 11-29 10:00 (9d: late); 1 Ben P1 due 11-27 open (overdue),
///   2 Dana P2 due 12-10 open.
/// - d: a draft created 11-29, incident date 11-28, tags network, no timeline, no actions.
///
/// Now is 2026-11-30 12:00 UTC; the month is 2026-11.
@Suite struct FollowupReportTests {
    static let template = Template(name: "fu", title: "FU", sections: [
        Section(id: "s", title: "S", guidance: "g", fields: [
            Field(id: "title", kind: .text, prompt: "Title?"),
            Field(id: "incident_date", kind: .date, prompt: "Date?"),
            Field(id: "tags", kind: .list, prompt: "Tags?"),
            Field(id: "timeline", kind: .timeline, prompt: "Timeline?"),
            Field(id: "contributing_factors", kind: .checklist, prompt: "Factors?", options: [
                ChecklistItem(id: "inadequate_testing", label: "Process: inadequate testing"),
                ChecklistItem(id: "resource_exhaustion", label: "Technical: resource exhaustion"),
                ChecklistItem(id: "database_issue", label: "Technical: database issue"),
            ]),
            Field(id: "action_items", kind: .actions, prompt: "Actions?"),
        ]),
    ])
    static let flow = Workflow(template: template)

    /// Folds `events` (each at its time) into a post-mortem.
    static func pm(_ id: String, _ events: [(String, Event)]) -> Postmortem {
        var state: Postmortem?
        for (seq, (at, event)) in events.enumerated() {
            state = flow.evolve(state, RecordedEvent(seq: seq, at: Timestamp(rfc3339: at)!, actor: "Ana", event: event))
        }
        return state!
    }
    static func answer(_ field: String, _ value: FieldValue) -> Event { .answered(field: field, value: value.json()) }
    static func day(_ s: String) -> Day { Day(iso: s)! }
    static func t(_ s: String) -> Timestamp { Timestamp(rfc3339: s)! }
    static func action(_ what: String, _ owner: String, _ p: Priority, _ due: String) -> ActionItem {
        ActionItem(what: what, owner: owner, priority: p, due: day(due))
    }

    static let workspace: [Postmortem] = [
        pm("c", [
            ("2026-11-20T09:00:00Z", .created(id: "c", template: "fu", title: nil)),
            ("2026-11-20T09:00:00Z", answer("title", .text("Deploy exhausted workers"))),
            ("2026-11-20T09:00:00Z", answer("tags", .list(["deploy"]))),
            ("2026-11-20T09:00:00Z", answer("contributing_factors", .checklist(["resource_exhaustion"]))),
            ("2026-11-20T09:00:00Z", answer("timeline", .timeline([
                TimelineEntry(at: t("2026-11-20T08:00:00Z"), text: "Deploy", milestone: .started),
                TimelineEntry(at: t("2026-11-20T08:30:00Z"), text: "Alert", milestone: .detected),
                TimelineEntry(at: t("2026-11-20T10:00:00Z"), text: "Fixed", milestone: .resolved),
            ]))),
            ("2026-11-20T09:00:00Z", answer("action_items", .actions([
                action("Cap worker count", "Ben", .p1, "2026-11-27"), action("Add a canary", "Dana", .p2, "2026-12-10"),
            ]))),
            ("2026-11-23T10:00:00Z", .submitted),
            ("2026-11-29T10:00:00Z", .published(revision: "r")),
            ("2026-11-29T10:00:00Z", .followUpStarted(reviewDue: day("2026-12-13"))),
        ]),
        pm("a", [
            ("2026-10-28T12:00:00Z", .created(id: "a", template: "fu", title: nil)),
            ("2026-10-28T12:00:00Z", answer("title", .text("Replica lag"))),
            ("2026-10-28T12:00:00Z", answer("tags", .list(["database"]))),
            ("2026-10-28T12:00:00Z", answer("timeline", .timeline([
                TimelineEntry(at: t("2026-10-28T10:00:00Z"), text: "Lag began", milestone: .started),
            ]))),
            ("2026-10-28T12:00:00Z", answer("action_items", .actions([
                action("Alert on lag", "Ana", .p1, "2026-11-04"), action("Resize replicas", "Ben", .p2, "2026-11-10"),
                action("Write the runbook", "Ana", .p3, "2026-11-30"),
            ]))),
            ("2026-10-29T12:00:00Z", .submitted),
            ("2026-10-31T12:00:00Z", .published(revision: "r")),
            ("2026-10-31T12:00:00Z", .followUpStarted(reviewDue: day("2026-11-14"))),
            ("2026-11-03T12:00:00Z", .actionStatusChanged(index: 1, status: .done, evidence: "PR 1", reason: nil)),
            ("2026-11-12T12:00:00Z", .actionStatusChanged(index: 2, status: .done, evidence: "PR 2", reason: nil)),
        ]),
        pm("d", [
            ("2026-11-29T08:00:00Z", .created(id: "d", template: "fu", title: nil)),
            ("2026-11-29T08:00:00Z", answer("incident_date", .date(day("2026-11-28")))),
            ("2026-11-29T08:00:00Z", answer("tags", .list(["network"]))),
        ]),
        pm("b", [
            ("2026-11-05T12:00:00Z", .created(id: "b", template: "fu", title: nil)),
            ("2026-11-05T12:00:00Z", answer("title", .text("Checkout errors after a migration"))),
            ("2026-11-05T12:00:00Z", answer("tags", .list(["Database", "deploy"]))),
            ("2026-11-05T12:00:00Z", answer("contributing_factors", .checklist(["database_issue", "inadequate_testing"]))),
            ("2026-11-05T12:00:00Z", answer("timeline", .timeline([
                TimelineEntry(at: t("2026-11-05T10:00:00Z"), text: "Migration ran", milestone: .started),
                TimelineEntry(at: t("2026-11-05T10:10:00Z"), text: "Alert", milestone: .detected),
                TimelineEntry(at: t("2026-11-05T10:15:00Z"), text: "Paged", milestone: .acknowledged),
                TimelineEntry(at: t("2026-11-05T10:40:00Z"), text: "Rolled back", milestone: .mitigated),
                TimelineEntry(at: t("2026-11-05T11:00:00Z"), text: "Clean", milestone: .resolved),
            ]))),
            ("2026-11-05T12:00:00Z", answer("action_items", .actions([
                action("Test migrations on a copy", "Chen", .p1, "2026-11-17"), action("Rewrite the ORM", "Ana", .p2, "2026-11-24"),
            ]))),
            ("2026-11-06T11:00:00Z", .submitted),
            ("2026-11-10T11:00:00Z", .published(revision: "r")),
            ("2026-11-10T11:00:00Z", .followUpStarted(reviewDue: day("2026-11-24"))),
            ("2026-11-17T18:00:00Z", .actionStatusChanged(index: 1, status: .done, evidence: "CI job added", reason: nil)),
            ("2026-11-20T09:00:00Z", .actionStatusChanged(index: 2, status: .wontDo, evidence: nil, reason: "Too large; tracked in the roadmap")),
            ("2026-11-25T09:00:00Z", .closed),
        ]),
    ]

    static let report = MonthlyReport(postmortems: workspace, templates: ["fu": template], month: Month(iso: "2026-11")!,
                                      now: Timestamp(rfc3339: "2026-11-30T12:00:00Z")!)

    @Test func monthsParseAndBound() {
        #expect(Month(iso: "2026-13") == nil)
        #expect(Month(iso: "26-11") == nil)
        #expect(Month(iso: "2026-1x") == nil)
        let m = Month(iso: "2026-12")!
        #expect(m.start == Self.t("2026-12-01T00:00:00Z"))
        #expect(m.end == Self.t("2027-01-01T00:00:00Z"))
        #expect(m.contains(Self.t("2026-12-31T23:59:59Z")) && !m.contains(Self.t("2027-01-01T00:00:00Z")))
        #expect(Month(containing: Self.day("2024-02-29")).lastDay == Self.day("2024-02-29"))
    }

    @Test func postMortemsOpenedPublishedAndClosedInTheMonth() {
        #expect(Self.report.opened == ["b", "c", "d"])
        #expect(Self.report.published == ["b", "c"])
        #expect(Self.report.closed == ["b"])
    }

    @Test func openAndOverdueItemsAsOfNowByOwnerAndPriority() {
        let r = Self.report
        #expect(r.openItems.map { "\($0.postmortemID)#\($0.index)" } == ["c#1", "a#3", "c#2"])
        #expect(r.overdueItems.map { "\($0.postmortemID)#\($0.index)" } == ["c#1"])
        #expect(r.byOwner == [.init(key: "Ana", open: 1, overdue: 0), .init(key: "Ben", open: 1, overdue: 1), .init(key: "Dana", open: 1, overdue: 0)])
        #expect(r.byPriority == [.init(key: "P1", open: 1, overdue: 1), .init(key: "P2", open: 1, overdue: 0), .init(key: "P3", open: 1, overdue: 0)])
    }

    @Test func completionOfItemsDueInTheMonth() {
        // Due in November and before today (11-30): a#1, a#2, b#1, b#2, c#1; a#3 is due today, not yet counted.
        let c = Self.report.completion
        #expect(c == .init(due: 5, done: 3, doneOnTime: 2, wontDo: 1, unfinished: 1))
        #expect(c.rate == 0.75)
        #expect(c.onTimeRate == 0.5)
        // Done in November: a#1 (3d), a#2 (12d), b#1 (7d 7h) after their publication: mean 642000 s.
        #expect(Self.report.completedInMonth == 3)
        #expect(Self.report.meanTimeToComplete == Int64(642_000))  // (259_200 + 1_036_800 + 630_000) / 3
    }

    @Test func incidentsOfTheMonthWithResponseTimesAndWritingDeadlines() {
        let r = Self.report
        #expect(r.incidents.map(\.id) == ["b", "c", "d"])
        #expect(r.incidents.map(\.ttd) == [600, 1800, nil])
        #expect(r.incidents.map(\.tta) == [900, nil, nil])
        #expect(r.incidents.map(\.ttm) == [2400, nil, nil])
        #expect(r.incidents.map(\.ttr) == [3600, 7200, nil])
        #expect([r.meanTTD, r.meanTTA, r.meanTTM, r.meanTTR] == [1200, 900, 2400, 5400])
        #expect(r.incidents.map(\.draft) == [.init(seconds: 86_400, state: .met), .init(seconds: 259_200, state: .late), .init(seconds: nil, state: .late)])
        #expect(r.incidents.map(\.publication) == [.init(seconds: 432_000, state: .met), .init(seconds: 777_600, state: .late), .init(seconds: nil, state: .pending)])
        #expect(r.meanTimeToDraft == 172_800)
        #expect(r.meanTimeToPublish == 604_800)
    }

    @Test func patternsTagsFactorsAndRepeats() {
        let r = Self.report
        #expect(r.tags == [.init(name: "deploy", count: 2), .init(name: "database", count: 1), .init(name: "network", count: 1)])
        #expect(r.factorCategories == [.init(name: "Technical", count: 2), .init(name: "Process", count: 1)])
        #expect(r.factors.map(\.name) == ["Process: inadequate testing", "Technical: database issue", "Technical: resource exhaustion"])
        #expect(r.repeats == [.init(id: "b", earlier: ["a"], sharedTags: ["database"]), .init(id: "c", earlier: ["b"], sharedTags: ["deploy"])])
        #expect(r.repeatRate == 2.0 / 3.0)
    }

    @Test func theTextReport() {
        #expect(Self.report.text == """
        Monthly review 2026-11 (as of 2026-11-30 12:00 UTC)

        Post-mortems
          opened:     3  (b, c, d)
          published:  2  (b, c)
          closed:     1  (b)

        Open action items (as of now): 3 open, 1 overdue
          OWNER  OPEN  OVERDUE
          Ana    1     0
          Ben    1     1
          Dana   1     0

          PRIORITY  OPEN  OVERDUE
          P1        1     1
          P2        1     0
          P3        1     0

          Overdue:
            c #1 Cap worker count — Ben, P1, due 2026-11-27 (3 days overdue)

        Action items due in 2026-11 (due day passed): 5
          done 3 (2 on time), won't-do 1, unfinished 1
          completion rate: 75% (3 of 4; target > 80%) below target
          done on time: 50% (2 of 4; target > 90%) below target
          done in 2026-11: 3, average time to complete 7d 10h

        Incidents that started in 2026-11: 3
          ID    STARTED           TTD  TTA  TTM  TTR     DRAFT          PUBLISHED
          b     2026-11-05 10:00  10m  15m  40m  1h      1d met         5d met
          c     2026-11-20 08:00  30m  -    -    2h      3d late        9d late
          d     2026-11-28 00:00  -    -    -    -       not yet, late  not yet
          mean                    20m  15m  40m  1h 30m  2d             7d
          draft within 48 hours: 1 of 3 (33.3%)
          published within 1 week: 1 of 2 (50%), 1 not due yet

        Patterns in these incidents
          tags: deploy (2), database (1), network (1)
          contributing factors: Technical (2), Process (1)
            Process: inadequate testing (1), Technical: database issue (1), Technical: resource exhaustion (1)
          repeat incidents (a tag shared with an earlier incident): 2 of 3 (66.7%; target < 5%)
            b repeats a (database)
            c repeats b (deploy)

        """)
    }

    @Test func theJSONReportParsesAndCarriesTheFigures() throws {
        let json = try JSONCodec.decode(Self.report.json)
        let o = try #require(json.objectValue)
        #expect(o["month"]?.stringValue == "2026-11")
        #expect(o["completion"]?.objectValue?["rate"]?.doubleValue == 0.75)
        #expect(o["completion"]?.objectValue?["meanTimeToCompleteSeconds"]?.intValue == 642_000)
        #expect(o["means"]?.objectValue?["ttrSeconds"]?.intValue == 5400)
        #expect(o["openItems"]?.objectValue?["overdueItems"]?.arrayValue?.count == 1)
        #expect(o["patterns"]?.objectValue?["repeats"]?.arrayValue?.count == 2)
        #expect(o["incidents"]?.arrayValue?.map { $0.objectValue?["id"]?.stringValue } == ["b", "c", "d"])
    }

    @Test func theMarkdownReportHasTablesAndEscapesText() {
        let md = Self.report.markdown
        #expect(md.hasPrefix("# Monthly review 2026-11\n\nAs of 2026-11-30 12:00 UTC.\n"))
        #expect(md.contains("| owner | open | overdue |\n|---|---|---|\n| Ana | 1 | 0 |\n| Ben | 1 | 1 |\n| Dana | 1 | 0 |\n"))
        #expect(md.contains("| **mean** |  | 20m | 15m | 40m | 1h 30m | 2d | 7d |"))
        #expect(md.contains("- Completion rate: 75% (3 of 4; target > 80%) below target\n"))
    }

    @Test func anEmptyWorkspaceReportsZeros() {
        let r = MonthlyReport(postmortems: [], month: Month(iso: "2026-11")!, now: Self.t("2026-11-30T12:00:00Z"))
        #expect(r.text == """
        Monthly review 2026-11 (as of 2026-11-30 12:00 UTC)

        Post-mortems
          opened:     0
          published:  0
          closed:     0

        Open action items (as of now): 0 open, 0 overdue

        Action items due in 2026-11 (due day passed): 0
          done in 2026-11: 0

        Incidents that started in 2026-11: 0

        """)
    }
}
