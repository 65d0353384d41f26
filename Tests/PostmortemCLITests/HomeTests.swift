import Testing

@Suite("The home REPL")
struct HomeTests {
    @Test func listsPostMortemsWithPhaseAndWhatIsDueAndOpensOne() throws {
        var pm = try PostmortemProcess()
        try pm.draft()
        pm.now = "2026-11-22T09:00:00Z"  // the draft was due 48 hours after 04:52 on the 19th
        let home = try pm.run([], input: "db\n/quit\n/quit\n")
        #expect(home.status == 0)
        #expect(home.stdout.contains("db  Draft  Checkout database outage  — OVERDUE: draft (48 hours after the incident)"))
        #expect(home.stdout.contains("postmortem> db\n"))
        #expect(home.stdout.contains("db (draft)> /quit"))
    }

    @Test func anEmptyWorkspaceSaysHowToStart() throws {
        let home = try PostmortemProcess().run([], input: "")
        #expect(home.stdout.contains("No post-mortems in "))
        #expect(home.stdout.contains("Start one with `postmortem new`."))
    }

    @Test func unknownInputSaysWhatToType() throws {
        let home = try PostmortemProcess().run([], input: "/frobnicate\nnope\n")
        #expect(home.stdout.contains("✗ Unknown command /frobnicate. Here: an id, /open ID, /new TITLE, /review ID, /status [ID], /quit."))
        #expect(home.stdout.contains("There is no post-mortem 'nope'"))
    }
}
