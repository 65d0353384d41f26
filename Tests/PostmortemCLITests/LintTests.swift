import Testing

@Suite("postmortem lint")
struct LintTests {
    @Test func findingsAreOneALineWithPositionsAndExitOne() throws {
        let pm = try PostmortemProcess()
        try pm.write("doc.md", """
        # Post-mortem: checkout outage

        ## Root Cause

        Root cause: human error.

        ## Action Items

        - Improve monitoring | Ben | P1 | 2026-11-27
        """)
        let result = try pm.run(["lint", pm.workspace.appendingPathComponent("doc.md").path])
        #expect(result.status == 1)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("5:") && $0.contains(": surface-cause: ") })
        #expect(lines.contains { $0.hasPrefix("9:3: vague-action: ") })
    }

    @Test func blamelessTextExitsZeroAndPrintsNothing() throws {
        let pm = try PostmortemProcess()
        let result = try pm.run(["lint", "-"], input: """
        ## Impact
        Between 04:10 and 04:52 UTC, 38% of checkout requests in the EU failed with HTTP 503.

        ## Root Cause
        Configuration changes are not validated against capacity data before deployment.

        ## Action Items
        - Add a CI check that rejects max_connections below the 30-day peak | Ben | P1 | 2026-11-27
        """)
        #expect(result.stdout == "")
        #expect(result.status == 0)
    }

    @Test func anUnreadableFileIsAUsageError() throws {
        let result = try PostmortemProcess().run(["lint", "/nonexistent/file.md"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("Cannot read /nonexistent/file.md."))
    }
}
