import Testing
@testable import PostmortemCore

/// Round 6: what three unseen sets (blind11, blind12, real3) showed the coach missing or nagging about.
/// Each pitfall sits next to the blameless sentence it must not be confused with.
@Suite("Coaching: round 6")
struct CoachingRound6Tests: CoachingSuite {
    let coach = Coach()

    @Test func habitsGerundCausesAndDraggedOutOutagesAreBlame() {
        #expect(checks("Amara kept deleting the wrong queues.", .response) == ["blame"])
        #expect(checks("Forty minutes were lost to Sven arguing it was a DNS problem.", .couldBeBetter) == ["blame"])
        #expect(checks("The storage vendor's engineer kept reseating the wrong drives, dragging the outage out by an hour.", .response) == ["blame"])
        #expect(better("Amara kept deleting the wrong queues.", .response).contains("The wrong queues were deleted"))
        // a habit of the remedy, a system's retries, and a remedy thanks to a person are not
        #expect(checks("Amara kept restarting the consumers until the backlog drained.", .response).isEmpty)
        #expect(checks("The clients kept retrying, which doubled the load on the gateway for 12 minutes.", .contributingFactors).isEmpty)
        #expect(checks("Latency recovered thanks to Sven rolling back the release at 10:14.", .response).isEmpty)
    }

    @Test func restrictionsAndSummonsOnOnePersonAreBlame() {
        #expect(checks("The lesson is that Bartosz should not run migrations on release night.", .lessons) == ["blame"])
        #expect(checks("Support needs to stop closing tickets as user error.", .lessons).contains("blame"))
        #expect(checks("Mei Lin to explain to the board why she skipped the canary.", .actionItem) == ["blame"])
        #expect(checks("Hold the payments team accountable for future outages caused by their releases.", .actionItem) == ["blame"])
        // the system's job, and an owner doing the work, are not
        #expect(checks("Bartosz should not have to remember the migration flag; the tool should set it.", .lessons).isEmpty)
        #expect(checks("Mei Lin to add a canary stage to the payments pipeline, due 2026-12-15.", .actionItem).isEmpty)
        #expect(checks("At 14:12 Nadia declared a SEV-2 and asked Tomasz to own customer communications.", .other).isEmpty)
    }

    @Test func peopleHiddenBehindRolesAsidesAndTailsAreFound() {
        #expect(checks("Orders were rejected for 20 minutes after a junior analyst on the pricing desk entered an override.", .summary) == ["blame"])
        #expect(checks("Grades were duplicated because registry office staff uploaded the file twice.", .impact) == ["blame"])
        #expect(checks("Then Kofi, instead of rolling back, patched production and made it worse.", .response) == ["blame"])
        #expect(checks("The outage was caused by a firewall change made by Ines Duarte to the edge routers.", .rootCause) == ["blame"])
        // initials need a verb and no article: "the PR", "212 ETA notifications"
        #expect(checks("The PR modified the client to read from the new cache instead of calling the API directly.", .rootCause).isEmpty)
        #expect(checks("The pipeline dropped 1,870 events; 212 ETA notifications were wrong.", .summary).isEmpty)
        #expect(checks("Lazy loading of the settings module kept the app's start time under 2 seconds.", .wentWell).isEmpty)
    }

    @Test func hypotheticalsPurposesAndExpectationsAreNotFindings() {
        #expect(checks("Customers had to remove the SDK if they did not find the setting that disabled capture.", .response).isEmpty)
        #expect(checks("Because developers used a local build of the module, they didn't encounter this error.", .rootCause).isEmpty)
        #expect(checks("To keep backwards compatibility, the client needed to check whether the store existed.", .rootCause).isEmpty)
        #expect(checks("We should have a nightly job that runs every migration against a copy of production.", .actionItem).filter { $0 != "vague-action" }.isEmpty)
        #expect(checks("This shouldn't have lost any data, since the proxy logs every request.", .contributingFactors).isEmpty)
        #expect(checks("Pin the build images to digests so that every CI run uses the same toolchain.", .actionItem).isEmpty)
    }

    @Test func countsCounterfactualsAndHindsightInProse() {
        #expect(checks("Over the weekend a number of tenants saw intermittent 502s from the gateway.", .summary) == ["unquantified-impact"])
        #expect(checks("Release 3.1.0 broke quite a few downstream plugins before we yanked it.", .summary) == ["unquantified-impact"])
        #expect(checks("Had the breaker tripped at 50 A as designed, only one rack would have lost power.", .couldBeBetter) == ["counterfactual"])
        #expect(checks("Anyone watching the heap graph could clearly see the leak.", .detection) == ["hindsight"])
        #expect(checks("Honestly our first hour of response was a massive fail.", .couldBeBetter) == ["loaded-word"])
        // a count, what was spared, and a hardware failure described are not
        #expect(checks("Over the weekend 41 of 300 tenants saw intermittent 502s from the gateway.", .summary).isEmpty)
        #expect(checks("Requests for cached pages were unaffected.", .impact).isEmpty)
        #expect(checks("A complete failure of the primary disk took the database offline for 14 minutes.", .impact).isEmpty)
    }

    @Test func vagueActionsInTheirEverydayForms() {
        for vague in ["Everyone to be more careful when running migrations on a Friday.", "TODO: alerting for disk",
                      "Fix the retry logic.", "Consider dedicated nodes for large events.", "Documenting the release process changes",
                      "Write better docs, probably", "Provide additional training to the control-room staff.",
                      "Update the disaster-recovery documentation for the head office."] {
            #expect(checks(vague, .actionItem).contains("vague-action"), "\(vague)")
        }
        #expect(checks("We need to get better at communication during incidents.", .lessons) == ["vague-action"])
        for specific in ["Fix the retry logic in payments-api so a 429 backs off for 2 s (PAY-412), due 2026-12-01.",
                         "Add an alert when disk usage on the build hosts exceeds 85% for 10 minutes, paging #infra-oncall.",
                         "Update the failover runbook with a Rollback section listing the three commands, due 2026-12-01.",
                         "Document cert renewal procedure in runbook"] {
            #expect(!checks(specific, .actionItem).contains("vague-action"), "\(specific)")
        }
    }
}
