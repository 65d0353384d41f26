import Testing
@testable import PostmortemCore

/// Pitfalls carried by framing rather than by a stock word, and text with no section heading.
@Suite("Coaching framing")
struct CoachingFramingTests: CoachingSuite {
    let coach = Coach(knownPeople: ["Priya Natarajan", "Sven"])

    func lint(_ text: String) -> [String] { coach.lint(document: text + "\n").map(\.check) }

    @Test func modalPerfectWithoutIfIsCounterfactual() {
        #expect(checks("The change should have gone through the full staging soak before reaching production.", .rootCause) == ["counterfactual"])
        #expect(checks("A quick look at the audit log would have shown the problem right away.", .lessons) == ["counterfactual"])
        #expect(checks("With a synthetic check on /login we'd have been paged before the first ticket.", .detection) == ["counterfactual"])
        #expect(checks("One more reviewer on that PR and this never ships.", .couldBeBetter) == ["counterfactual"])
        // a design expectation with what did happen, and the cost of an option weighed at the time, are not wishes
        #expect(checks("Our audit tool should have stopped the command, but a bug in the tool prevented it.", .rootCause).isEmpty)
        #expect(checks("Responders failed over rather than roll back, because a rollback would have required an untested schema downgrade.", .response).isEmpty)
    }

    @Test func judgementWithoutAStockWordIsLoaded() {
        #expect(checks("Honestly, the whole config pipeline is a house of cards.", .summary) == ["loaded-word"])
        #expect(checks("The retry design was naive at best.", .lessons) == ["loaded-word"])
        #expect(checks("Alert thresholds were picked with no thought at all.", .contributingFactors) == ["loaded-word"])
        #expect(checks("Nobody bothered to read the release notes.", .contributingFactors) == ["loaded-word"])
        #expect(checks("git blame traced the 256 MiB limit to a 2021 commit.", .rootCause).isEmpty)
    }

    @Test func framingMakesAPersonTheCause() {
        #expect(checks("The build engineer sat on the hotfix for half an hour instead of escalating.", .response).contains("blame"))
        #expect(checks("Sven restarted all 40 API pods at once, dropping every in-flight request.", .response).contains("blame"))
        #expect(checks("Detection took 40 minutes because the SRE on shift was busy with something else.", .detection).contains("blame"))
        #expect(checks("tbh this one is on @ravi_k, he pushed the flag to 100% straight away", .lessons).contains("blame"))
        #expect(checks("The push was made by Marcus from the edge team without waiting for the canary stage.", .summary).contains("blame"))
        #expect(checks("The on-call engineer acknowledged and then snoozed the disk alert, so it did not re-fire until 05:45.", .response).contains("blame"))
        // remediation with its good result is not blame
        #expect(checks("The DBA on call promoted the standby at 09:21, and write errors fell to zero within 90 seconds.", .response).isEmpty)
    }

    @Test func aSingleSlipAsTheCauseIsSurface() {
        #expect(checks("The primary cause was a wrong click in the array's admin console.", .rootCause) == ["surface-cause"])
        #expect(checks("Summary: the incident was caused by a missed step in the release checklist.", .summary) == ["surface-cause"])
        #expect(checks("Root cause: the --force flag was passed to the sync script.", .rootCause) == ["surface-cause"])
        #expect(checks("Because max_connections was set to 10 instead of 1000.", .rootCause) == ["surface-cause"])
        // the same slip with what allowed it goes deeper
        #expect(checks("The parser ignored unknown keys, so the misspelled setting was silently dropped.", .rootCause).isEmpty)
        #expect(checks("A wrong click in the console deleted the snapshot because the console has no confirmation for deletes.", .rootCause).isEmpty)
    }

    @Test func impactWithoutACountIsUnquantified() {
        #expect(checks("Checkout conversion dropped noticeably while the issue persisted.", .impact) == ["unquantified-impact"])
        #expect(checks("Latency was elevated for a subset of European customers for part of the morning.", .impact) == ["unquantified-impact"])
        #expect(checks("10:03 — Error rates start to climb sharply across the fleet.", .timeline) == ["unquantified-impact"])
        // times, years, status codes and identifiers are not counts; a range of times is a duration
        #expect(checks("Impacted customers observed 404 errors in us-east-1.", .impact) == ["unquantified-impact"])
        #expect(checks("We lost writes made between 17:20 and 00:00 UTC on January 31.", .impact).isEmpty)
        #expect(checks("The DNS record failed to resolve for 10-15 minutes.", .impact).isEmpty)
    }

    @Test func singleQuotedWordsAreNotTheWritersClaim() {
        #expect(checks("The review removed the 'human error' label: the delete command had no confirmation prompt.", .rootCause).isEmpty)
    }

    @Test func plainTextWithNoHeadingReadsEachSentenceForWhatItIs() {
        #expect(lint("Improve monitoring") == ["vague-action"])
        #expect(lint("We need to communicate better with customer support during incidents.") == ["vague-action"])
        #expect(lint("@tunde to investigate the memory issue.") == ["vague-action"])
        #expect(lint("The outage came down to a typo in the regular expression.") == ["surface-cause"])
        #expect(lint("Residents could not pay parking tickets online until the fix was out.") == ["unquantified-impact"])
        // specific text stays clean
        #expect(lint("Add an alert when checkout p99 latency exceeds 800 ms for 5 minutes, owned by payments-oncall, by 2026-12-15.").isEmpty)
        #expect(lint("About 12,400 users (8% of daily actives) saw HTTP 500s for 47 minutes.").isEmpty)
        #expect(lint("The config service rolled version 7412 of the routing map to all PoPs.").isEmpty)
    }
}
