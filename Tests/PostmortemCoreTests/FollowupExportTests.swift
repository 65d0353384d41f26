import PostmortemCore
import Testing

/// `postmortem actions`: filters, order, and every export, asserted whole.
@Suite struct FollowupExportTests {
    static func row(_ pm: String, _ title: String, _ n: Int, _ what: String, _ owner: String, _ priority: Priority?, _ due: String?,
                    _ status: ActionStatus = .open, evidence: String? = nil, reason: String? = nil, finished: String? = nil) -> ActionRow {
        ActionRow(postmortemID: pm, postmortemTitle: title, index: n, what: what, owner: owner, priority: priority,
                  due: due.map { Day(iso: $0)! }, status: status, evidence: evidence, reason: reason,
                  openedAt: Timestamp(rfc3339: "2026-11-20T10:00:00Z")!, finishedAt: finished.map { Timestamp(rfc3339: $0)! })
    }

    static let rows = [
        row("db", "Checkout database outage", 2, "Load-test the pool", "Ben", .p2, "2026-12-04", .done,
            evidence: "https://git.example.com/pr/12, merged", finished: "2026-11-28T09:00:00Z"),
        row("db", "Checkout database outage", 3, "Document the \"ops\" runbook, it's short", "Chen", .p3, "2026-12-19", .inProgress),
        row("cdn", "CDN cert", 1, "Renew certs", "", nil, nil, .wontDo, reason: "Moved to the vendor", finished: "2026-11-27T08:00:00Z"),
        row("db", "Checkout database outage", 1, "Alert on pool usage > 80%", "Ana", .p1, "2026-11-27"),
    ]
    static let today = Day(iso: "2026-11-28")!

    func ids(_ rows: [ActionRow]) -> [String] { rows.map { "\($0.postmortemID)#\($0.index)" } }

    @Test func theDefaultListShowsUnfinishedItemsByDueDate() {
        #expect(ids(ActionFilter().apply(Self.rows, today: Self.today)) == ["db#1", "db#3"])
    }

    @Test func allAddsFinishedItemsAfterTheUnfinishedOnes() {
        #expect(ids(ActionFilter(all: true).apply(Self.rows, today: Self.today)) == ["db#1", "db#3", "db#2", "cdn#1"])
    }

    @Test func overdueOwnerAndPriorityFilters() {
        #expect(ids(ActionFilter(overdue: true).apply(Self.rows, today: Self.today)) == ["db#1"])
        #expect(ids(ActionFilter(overdue: true, all: true).apply(Self.rows, today: Self.today)) == ["db#1"])
        #expect(ids(ActionFilter(owner: " ANA ").apply(Self.rows, today: Self.today)) == ["db#1"])
        #expect(ids(ActionFilter(owner: "ben").apply(Self.rows, today: Self.today)) == [])
        #expect(ids(ActionFilter(owner: "ben", all: true).apply(Self.rows, today: Self.today)) == ["db#2"])
        #expect(ids(ActionFilter(priority: .p3).apply(Self.rows, today: Self.today)) == ["db#3"])
    }

    @Test func anItemIsOverdueExactlyFromTheDayAfterItsDueDate() {
        let item = Self.rows[3]
        #expect(!item.isOverdue(on: Day(iso: "2026-11-27")!))
        #expect(item.isOverdue(on: Day(iso: "2026-11-28")!))
        let done = Self.rows[0]
        #expect(!done.isOverdue(on: Day(iso: "2027-01-01")!))
    }

    @Test func theTableAlignsColumnsAndMarksOverdueLines() {
        let lines = ActionExport.table(ActionFilter(all: true).apply(Self.rows, today: Self.today), today: Self.today)
        #expect(lines.map(\.text) == [
            "POST-MORTEM  #  PRI  OWNER  DUE         STATUS            ACTION                                  NOTE",
            "db           1  P1   Ana    2026-11-27  open, overdue 1d  Alert on pool usage > 80%",
            "db           3  P3   Chen   2026-12-19  in-progress       Document the \"ops\" runbook, it's short",
            "db           2  P2   Ben    2026-12-04  done              Load-test the pool                      https://git.example.com/pr/12, merged",
            "cdn          1  -    -      -           wont-do           Renew certs                             Moved to the vendor",
        ])
        #expect(lines.map(\.overdue) == [false, true, false, false, false])
        #expect(ActionExport.tableText([], today: Self.today) == "No action items match.\n")
    }

    @Test func longActionsAreCutInTheTableAndControlCharactersNeutralised() {
        let long = Self.row("x", "X", 1, String(repeating: "a", count: 60) + "\u{1B}[2J", "Eve\u{1B}[31m", .p1, "2026-12-01")
        let lines = ActionExport.table([long], today: Self.today)
        #expect(lines[1].text == "x            1  P1   Eve^[[31m  2026-12-01  open    " + String(repeating: "a", count: 47) + "…")
    }

    @Test func jsonHasOneObjectPerItem() throws {
        let text = ActionExport.json([Self.rows[3], Self.rows[2]], today: Self.today)
        #expect(text == #"[{"postmortem":"db","title":"Checkout database outage","number":1,"action":"Alert on pool usage > 80%","owner":"Ana","priority":"P1","due":"2026-11-27","status":"open","overdue":true,"daysOverdue":1,"evidence":null,"reason":null,"openedAt":"2026-11-20T10:00:00Z","finishedAt":null},{"postmortem":"cdn","title":"CDN cert","number":1,"action":"Renew certs","owner":null,"priority":null,"due":null,"status":"wont-do","overdue":false,"daysOverdue":null,"evidence":null,"reason":"Moved to the vendor","openedAt":"2026-11-20T10:00:00Z","finishedAt":"2026-11-27T08:00:00Z"}]"# + "\n")
        let decoded = try JSONCodec.decode(text)
        #expect(decoded.arrayValue?.count == 2)
    }

    @Test func csvFollowsRFC4180() {
        let text = ActionExport.csv(ActionFilter(all: true).apply(Self.rows, today: Self.today), today: Self.today)
        #expect(text == [
            "postmortem,title,number,action,owner,priority,due,status,overdue,evidence,reason,opened_at,finished_at",
            "db,Checkout database outage,1,Alert on pool usage > 80%,Ana,P1,2026-11-27,open,yes,,,2026-11-20T10:00:00Z,",
            "db,Checkout database outage,3,\"Document the \"\"ops\"\" runbook, it's short\",Chen,P3,2026-12-19,in-progress,no,,,2026-11-20T10:00:00Z,",
            "db,Checkout database outage,2,Load-test the pool,Ben,P2,2026-12-04,done,no,\"https://git.example.com/pr/12, merged\",,2026-11-20T10:00:00Z,2026-11-28T09:00:00Z",
            "cdn,CDN cert,1,Renew certs,,,,wont-do,no,,Moved to the vendor,2026-11-20T10:00:00Z,2026-11-27T08:00:00Z",
        ].map { $0 + "\r\n" }.joined())
        #expect(ActionExport.csv([], today: Self.today) == ActionExport.csvHeader.joined(separator: ",") + "\r\n")
    }

    @Test func ghMakesOneIssueCommandPerUnfinishedItem() {
        let text = ActionExport.gh(ActionFilter(all: true).apply(Self.rows, today: Self.today), today: Self.today)
        #expect(text == """
        gh issue create --title '[Post-Mortem] Alert on pool usage > 80%' --label 'post-mortem,P1' --body 'From post-mortem: db (Checkout database outage)

        Action: Alert on pool usage > 80% (item 1)

        Owner: Ana
        Priority: P1
        Due: 2026-11-27'

        gh issue create --title '[Post-Mortem] Document the "ops" runbook, it'\\''s short' --label 'post-mortem,P3' --body 'From post-mortem: db (Checkout database outage)

        Action: Document the "ops" runbook, it'\\''s short (item 3)

        Owner: Chen
        Priority: P3
        Due: 2026-12-19'

        """)
        #expect(ActionExport.gh([], today: Self.today) == "")
    }

    @Test func shellQuotingSurvivesEveryCharacter() {
        #expect(ActionExport.shellQuote("") == "''")
        #expect(ActionExport.shellQuote("it's") == #"'it'\''s'"#)
        #expect(ActionExport.shellQuote(#"$(rm -rf /) `x` "q" \n"#) == #"'$(rm -rf /) `x` "q" \n'"#)
    }
}
