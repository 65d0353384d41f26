import Foundation
import PostmortemCore
import Testing

/// `postmortem actions`, `action`, `close`, `report` and `/followup`, run as a subprocess.
@Suite(.serialized) struct FollowupCLITests {
    @Test func overdueAppearsExactlyAfterTheDueDate() throws {
        let ws = try FollowupWorkspace()
        try ws.seedTwo()
        let before = try ws.run(["actions", "--overdue"], now: "2026-11-27T23:59:59Z")
        #expect(before.code == 0)
        #expect(before.out == """
        POST-MORTEM  #  PRI  OWNER  DUE         STATUS            ACTION                            NOTE
        cdn          1  P1   Ana    2026-11-25  open, overdue 2d  Renew certificates automatically

        """)
        let after = try ws.run(["actions", "--overdue"], now: "2026-11-28T00:00:00Z")
        #expect(after.out == """
        POST-MORTEM  #  PRI  OWNER  DUE         STATUS            ACTION                            NOTE
        cdn          1  P1   Ana    2026-11-25  open, overdue 3d  Renew certificates automatically
        db           1  P1   Ana    2026-11-27  open, overdue 1d  Alert on pool usage > 80%

        """)
        let statusBefore = try ws.run(["status", "db"], now: "2026-11-27T23:59:59Z").out
        let statusAfter = try ws.run(["status", "db"], now: "2026-11-28T00:00:00Z").out
        #expect(statusBefore.contains("  - action 1: Alert on pool usage > 80%: due 2026-11-27 23:59 UTC\n"))
        #expect(!statusBefore.contains("OVERDUE"))
        #expect(statusAfter.contains("  - OVERDUE action 1: Alert on pool usage > 80%: was due 2026-11-27 23:59 UTC\n"))
        #expect(statusAfter.contains("  - follow-up review: due 2026-12-04 23:59 UTC\n"))
    }

    @Test func doneNeedsEvidenceWontDoNeedsAReasonAndCloseWaitsForEveryItem() throws {
        let ws = try FollowupWorkspace()
        try ws.seedTwo()
        let now = "2026-11-28T09:00:00Z"
        let noEvidence = try ws.run(["action", "db", "1", "--status", "done"], now: now)
        #expect(noEvidence.code == 1)
        #expect(noEvidence.err.contains("Done needs evidence"))
        let noReason = try ws.run(["action", "db", "3", "--status", "wont-do"], now: now)
        #expect(noReason.code == 1)
        #expect(noReason.err.contains("Won't-do needs a reason"))
        #expect(try ws.run(["action", "db", "1", "--status", "done", "--evidence", "https://git.example.com/pr/7 merged"], now: now).code == 0)
        #expect(try ws.run(["action", "db", "2", "--status", "in-progress"], now: now, user: "Ben").code == 0)
        #expect(try ws.run(["action", "db", "3", "--status", "wont-do", "--reason", "Covered by the wiki"], now: now, user: "Chen").code == 0)

        let refused = try ws.run(["close", "db"], now: now)
        #expect(refused.code == 1)
        #expect(refused.err == """
        postmortem: Cannot close while action items are unfinished:
          - action 2 (Load-test the pool) is in-progress: postmortem action db 2 --status done --evidence ...

        """)
        #expect(try ws.run(["action", "db", "2", "--status", "done", "--evidence", "Load test report in T-12"], now: now, user: "Ben").code == 0)
        let closed = try ws.run(["close", "db"], now: "2026-11-29T09:00:00Z")
        #expect(closed.code == 0)
        #expect(closed.out == "Closed.\n")
        #expect(try ws.run(["status", "db"], now: now).out.contains("Phase: Closed"))
        let all = try ws.run(["actions", "--all", "--owner", "ben"], now: now)
        #expect(all.out.contains("db           2  P2   Ben    2026-12-04  done    Load-test the pool  Load test report in T-12"))
    }

    @Test func everyExportParses() throws {
        let ws = try FollowupWorkspace()
        try ws.seedTwo()
        let now = "2026-11-28T09:00:00Z"
        _ = try ws.run(["action", "db", "2", "--status", "done", "--evidence", "PR 12, merged \"fast\""], now: now, user: "Ben")

        let json = try ws.run(["actions", "--all", "--format", "json"], now: now)
        let jq = try tool(["jq", "-r", ".[] | [.postmortem, (.number|tostring), .status, (.overdue|tostring), (.evidence // \"\")] | join(\"|\")"], input: json.out)
        #expect(jq.code == 0, "\(jq.err)")
        #expect(jq.out == "cdn|1|open|true|\ndb|1|open|true|\ndb|3|open|false|\ndb|2|done|false|PR 12, merged \"fast\"\n")

        let csv = try ws.run(["actions", "--all", "--format", "csv"], now: now)
        let python = """
        import csv, io, json, sys
        data = sys.stdin.buffer.read().decode('utf-8')
        assert data.endswith('\\r\\n')
        rows = list(csv.reader(io.StringIO(data, newline=''), strict=True))
        assert all(len(r) == 13 for r in rows), rows
        print(json.dumps([[r[0], r[2], r[3], r[9]] for r in rows]))
        """
        let parsed = try tool(["python3", "-c", python], input: csv.out)
        #expect(parsed.code == 0, "\(parsed.err)")
        #expect(parsed.out == #"[["postmortem", "number", "action", "evidence"], ["cdn", "1", "Renew certificates automatically", ""], ["db", "1", "Alert on pool usage > 80%", ""], ["db", "3", "Document the \"ops\" runbook, it's short", ""], ["db", "2", "Load-test the pool", "PR 12, merged \"fast\""]]"# + "\n")

        let gh = try ws.run(["actions", "--all", "--format", "gh"], now: now)
        #expect(try tool(["bash", "-n"], input: gh.out).code == 0)
        #expect(try tool(["sh", "-n"], input: gh.out).code == 0)
        // Run the commands with a `gh` that prints its arguments: every quote survives, nothing is executed.
        let printed = try tool(["sh", "-c", "gh() { for a in \"$@\"; do printf '[%s]\\n' \"$a\"; done; echo; }; . /dev/stdin"], input: gh.out)
        #expect(printed.code == 0, "\(printed.err)")
        #expect(printed.out.components(separatedBy: "[issue]").count - 1 == 3)  // done items get no issue
        #expect(printed.out.contains("""
        [issue]
        [create]
        [--title]
        [[Post-Mortem] Document the "ops" runbook, it's short]
        [--label]
        [post-mortem,P3]
        [--body]
        [From post-mortem: db (Checkout database outage)

        Action: Document the "ops" runbook, it's short (item 3)

        Owner: Chen
        Priority: P3
        Due: 2026-12-19]
        """))

        let report = try ws.run(["report", "--month", "2026-11", "--format", "json"], now: now)
        let figures = try tool(["jq", "-c", "[.postmortems.opened, .openItems.open, .openItems.overdue, .completion.due, .means.ttrSeconds]"], input: report.out)
        #expect(figures.code == 0, "\(figures.err)")
        #expect(figures.out == "[[\"cdn\",\"db\"],3,2,2,2520]\n")
        let markdown = try ws.run(["report", "--month", "2026-11", "--format", "markdown"], now: now)
        #expect(markdown.code == 0 && markdown.out.hasPrefix("# Monthly review 2026-11\n"))
    }

    @Test func badOptionValuesExitTwoAndSayWhatToType() throws {
        let ws = try FollowupWorkspace()
        let now = "2026-11-28T09:00:00Z"
        let cases: [([String], String)] = [
            (["actions", "--format", "xml"], "postmortem: Unknown format 'xml'. Use --format table, json, csv or gh.\n"),
            (["actions", "--priority", "P9"], "postmortem: Unknown priority 'P9'. Use --priority P0, P1, P2 or P3.\n"),
            (["actions", "--owner", " "], "postmortem: --owner needs a name, e.g. --owner \"Dana Reyes\".\n"),
            (["report", "--month", "2026-13"], "postmortem: Use YYYY-MM for --month, e.g. --month 2026-11 (it is '2026-13').\n"),
            (["report", "--format", "pdf"], "postmortem: Unknown format 'pdf'. Use --format text, markdown or json.\n"),
        ]
        for (args, message) in cases {
            let r = try ws.run(args, now: now)
            #expect(r.code == 2, "\(args)")
            #expect(r.err == message)
        }
        #expect(try ws.run(["actions"], now: now).out == "No post-mortems in \(ws.path).\n")
    }

    @Test func anUnreadableJournalIsNamedNotHidden() throws {
        let ws = try FollowupWorkspace()
        try ws.seedTwo()
        let journal = ws.path + "/cdn/journal.jsonl"
        var text = try String(contentsOfFile: journal, encoding: .utf8)
        text = text.replacingOccurrences(of: "\"seq\":1", with: "\"seq\":7")
        try text.write(toFile: journal, atomically: true, encoding: .utf8)
        let r = try ws.run(["actions"], now: "2026-11-28T09:00:00Z")
        #expect(r.code == 1)
        #expect(r.out.contains("db           1"))
        #expect(r.err.hasPrefix("postmortem: cdn could not be read and is left out: "))
    }

    @Test func theFollowUpReviewWalksOpenItemsAtThePrompt() throws {
        let ws = try FollowupWorkspace()
        try ws.seedTwo()
        let input = "/followup\nin-progress\ndone\ndone https://git.example.com/pr/12 merged\n\nAll on track\n/quit\n"
        let r = try ws.run(["open", "db"], now: "2026-11-28T09:00:00Z", input: input)
        #expect(r.code == 0)
        #expect(r.out == """
        In follow-up: /followup walks the open action items and records the review; /action N STATUS records one; /status shows what is due.
        db (follow-up)> /followup
        ── Follow-up review: 3 open items ──────────────────────────────
        For each: Enter keeps it; type in-progress, open, done EVIDENCE or wont-do REASON.
        1. Alert on pool usage > 80% — Ana, P1, due 2026-11-27 OVERDUE [open]
        action 1> in-progress
        ✓ Action 1 is in-progress.
        2. Load-test the pool — Ben, P2, due 2026-12-04 [open]
        action 2> done
        ✗ Done needs evidence: a link, a PR, a ticket or a sentence, e.g. https://git.example.com/pr/123 merged.
        action 2> done https://git.example.com/pr/12 merged
        ✓ Action 2 is done.
        3. Document the "ops" runbook, it's short — Chen, P3, due 2026-12-19 [open]
        action 3> 
        review notes (optional)> All on track
        ✓ Follow-up review recorded. Next review due 2026-12-28.
        db (follow-up)> /quit
        Saved. Resume any time with `postmortem open db`.

        """)
        let log = try ws.run(["log", "db"], now: "2026-11-28T09:00:00Z").out
        #expect(log.contains("Ana  action 2 → done: https://git.example.com/pr/12 merged"))
        #expect(log.contains("held the follow-up review; next due 2026-12-28: All on track"))
    }

    @Test func theHomeREPLShowsMyOpenItemsOverdueFirst() throws {
        let ws = try FollowupWorkspace()
        try ws.seedTwo()
        let r = try ws.run([], now: "2026-11-26T09:00:00Z", input: "")
        #expect(r.out.contains("""
        Your open action items:
          cdn #1 Renew certificates automatically — P1, due 2026-11-25  OVERDUE
          db #1 Alert on pool usage > 80% — P1, due 2026-11-27

        """))
    }
}

/// The whole life through the binary: an interview with piped answers (due dates from the
/// SLA), submission, sign-off, publication (follow-up and its 2-week review), close.
@Suite struct FollowupLifeCLITests {
    @Test func dueDatesDefaultFromTheSLAAndPublicationSchedulesTheReview() throws {
        let ws = try FollowupWorkspace()
        let now = "2026-11-20T09:00:00Z"
        let answers = ["2026-11-19", "P2", "Ana", "", "Ben", "", "04:10 pool exhausted #started", "04:52 resolved #resolved", "",
                       "Pool size not validated.", "", "/skip", "/skip",
                       "Alert on pool usage | Ana | P1", "Load test pool | Ben | P2", "Runbook | Chen | P3", "Pinned | Dee | P3 | 2026-12-01", "",
                       "/quit"]
        let new = try ws.run(["new", "--id", "db", "--template", "minimal", "--title", "DB outage"], now: now,
                             input: answers.joined(separator: "\n") + "\n")
        #expect(new.code == 0, "\(new.err)")
        let json = try ws.run(["actions", "--format", "json"], now: now).out
        let dues = try tool(["jq", "-r", ".[] | \"\\(.priority) \\(.due)\""], input: json)
        #expect(dues.out == "P1 2026-11-27\nP3 2026-12-01\nP2 2026-12-04\nP3 2026-12-20\n")

        #expect(try ws.run(["submit", "db"], now: now).code == 0)
        let revision = try #require(try ws.run(["status", "db"], now: now).out.firstMatch(of: /revision ([0-9a-f]{12})/)?.1)
        #expect(try ws.run(["approve", "db", "--revision", String(revision)], now: now, user: "Ben").code == 0)
        let published = try ws.run(["publish", "db"], now: "2026-11-21T10:00:00Z")
        #expect(published.code == 0, "\(published.err)")
        #expect(published.out.contains("Follow-up started; the 2-week follow-up review is due 2026-12-05.\n"))
        #expect(try ws.run(["status", "db"], now: "2026-11-22T10:00:00Z").out.contains("  - follow-up review: due 2026-12-05 23:59 UTC\n"))
        #expect(try ws.run(["close", "db"], now: "2026-11-22T10:00:00Z").code == 1)
        for n in 1...4 {
            #expect(try ws.run(["action", "db", String(n), "--status", "done", "--evidence", "PR \(n)"], now: "2026-11-22T10:00:00Z").code == 0)
        }
        #expect(try ws.run(["close", "db"], now: "2026-11-22T10:00:00Z").out == "Closed.\n")
    }
}
