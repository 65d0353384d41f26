import Testing
@testable import PostmortemCore

@Suite("Coaching")
struct CoachingTests: CoachingSuite {
    let coach = Coach(knownPeople: ["Sarah Connor", "Jo Park", "adhorn"])

    @Test func blameNamesThePersonAndSuggestsTheSystem() throws {
        let f = try #require(coach.review("John didn't test properly.", role: .rootCause).first)
        #expect(f.check == "blame")
        #expect(f.line == 1 && f.column == 1)
        #expect(f.excerpt.hasPrefix("John"))
        #expect(f.better.contains("Our deployment process didn't require testing"))
        #expect(!f.why.isEmpty && f.blocksExternalPublication)
    }

    @Test func blameFromKnownPeopleAndRoles() {
        #expect(checks("Jo ignored the disk alert.", .response) == ["blame"])
        #expect(checks("The DBA dropped the wrong table.", .rootCause).contains("blame"))
        #expect(checks("The incident occurred because John deployed without testing.", .rootCause) == ["blame"])
        #expect(checks("Tom's change broke the login page.", .rootCause) == ["blame"])
        // a person's action given as the whole cause: blame, and a surface cause (the analysis stops at the person)
        #expect(checks("The outage was caused by Alex running the cleanup script.", .rootCause) == ["blame", "surface-cause"])
    }

    @Test func accountabilityFramingIsBlame() {
        #expect(checks("Responsibility for this outage lies with Jo Park.", .rootCause).contains("blame"))
        #expect(checks("Sarah Connor is accountable for the firewall rule that dropped the traffic.", .rootCause).contains("blame"))
        #expect(checks("The platform team keeps pushing schema changes without telling anyone.", .lessons).contains("blame"))
        #expect(checks("Instead of following the runbook, Jo Park went off on her own and restarted the primary.", .timeline).contains("blame"))
        // ownership and neutral deviations are not blame
        #expect(checks("Responsibility for the runbook lies with the SRE team.", .lessons).isEmpty)
        #expect(checks("Jo Park is accountable for delivering the remaining action items.", .actionItem).isEmpty)
        #expect(checks("Responsibility for the outage does not lie with any one person.", .rootCause).isEmpty)
    }

    @Test func singleManualActAsRootCauseIsSurface() {
        #expect(checks("The direct and only cause was a mis-click in the admin console.", .rootCause).contains("surface-cause"))
        #expect(checks("The underlying cause was a manual release step that was performed out of order.", .rootCause).contains("surface-cause"))
        #expect(checks("The root cause was a manual release step that the pipeline did not check for ordering.", .rootCause).isEmpty)
        #expect(checks("Harden the release pipeline", .actionItem) == ["vague-action"])
        #expect(checks("The embarrassing outage declined 1,930 transactions.", .impact) == ["loaded-word"])
    }

    @Test func neutralActionsByPeopleAreClean() {
        for s in ["The engineer on call rolled back the deploy.", "John Doe acknowledged the page.", "The on-call engineer was paged at 04:18.",
                  "Sarah Connor restarted the ingest workers at 14:40, which restored service.", "We mitigated by shifting traffic to us-west-2.",
                  "Kafka failed to rebalance after the broker restart.", "Jenkins failed to deploy the hotfix.", "No data was lost.",
                  "The service is fault-tolerant across three zones.", "The database failed over to the replica at 03:12."] {
            #expect(checks(s, .response).isEmpty, "\(s)")
        }
    }

    @Test func betterWithoutBlameForSeedExamples() throws {
        let watch = try #require(coach.review("Sarah should have been watching the dashboard.", role: .detection).first { $0.check == "blame" })
        #expect(watch.better.contains("Our monitoring didn't alert us in time"))
        let runbook = try #require(coach.review("They followed the runbook wrong.", role: .response).first)
        #expect(runbook.check == "blame")
        #expect(runbook.better.contains("The runbook was unclear at this step"))
        let without = try #require(coach.review("The incident occurred because John deployed without testing.", role: .rootCause).first)
        #expect(without.better.contains("didn't require testing"))
    }

    @Test func loadedWords() throws {
        let f = try #require(coach.review("The botched migration locked the orders table for an hour.", role: .summary).first)
        #expect(f.check == "loaded-word")
        #expect(f.better.contains("failed migration"))
        #expect(checks("We forgot to renew the certificate.", .couldBeBetter) == ["loaded-word"])
        // "mistake" as a noun is loaded wherever it stands, as the explain text says; "a defect in" is the neutral phrasing
        #expect(checks("A mistake in the config parser's error handling let an empty file through.", .rootCause) == ["loaded-word"])
        #expect(checks("A defect in the config parser's error handling let an empty file through.", .rootCause).isEmpty)
        #expect(checks("People make mistakes; systems should prevent the impact.", .lessons).isEmpty)
    }

    @Test func counterfactualAndHindsight() throws {
        let cf = try #require(coach.review("If only we had had a canary, this would never have happened.", role: .couldBeBetter).first)
        #expect(cf.check == "counterfactual")
        #expect(cf.better.contains("There was no canary"))
        #expect(checks("Had we had a canary stage, the bad build would never have reached all hosts.", .couldBeBetter) == ["counterfactual"])
        let h = try #require(coach.review("It was obviously a bad idea to run the migration during peak hours.", role: .rootCause).first)
        #expect(h.check == "hindsight")
        #expect(h.column == 8)
        #expect(checks("The team should have known that the disk was almost full.", .rootCause).contains("hindsight"))
        #expect(checks("It was not obvious from the dashboard which region was failing.", .couldBeBetter).isEmpty)
    }

    @Test func surfaceCause() throws {
        let f = try #require(coach.review("Root cause: Typo in configuration file", role: .rootCause).first)
        #expect(f.check == "surface-cause")
        #expect(f.better.contains("Changes to configuration file lack validation"))
        #expect(checks("Root cause: Configuration changes lack validation and testing process.", .rootCause).isEmpty)
        #expect(checks("The root cause was human error.", .rootCause) == ["surface-cause"])
        #expect(checks("Never stop at human error: ask why the error was possible.", .lessons).isEmpty)
    }

    @Test func whys() {
        let short = coach.review(whys: WhyChain(problem: "Website down", becauses: ["Because the workers crashed"]))
        #expect(short.map(\.check) == ["short-whys"])
        #expect(short[0].better.contains("Why the workers crashed?"))
        let person = coach.review(whys: WhyChain(problem: "Validator slashed", becauses: ["Node was offline", "Out of memory crash", "Memory leak in scoring", "Because the engineer forgot to run the leak tests"]))
        #expect(person.contains { $0.check == "whys-ends-at-person" && $0.line == 5 })
        let good = coach.review(whys: WhyChain(problem: "Website down", becauses: ["Because the Workers crashed", "Because they ran out of memory",
            "Because a query was loading too much data", "Because there was no pagination on the endpoint", "Because our API design guidelines don't require pagination"]))
        #expect(good.isEmpty, "\(good)")
    }

    @Test func vagueActionsAndStructure() throws {
        let f = try #require(coach.review("Improve monitoring", role: .actionItem).first)
        #expect(f.check == "vague-action")
        #expect(f.better.contains("Add alert for error rate >5%"))
        #expect(checks("Add alert for error rate >5% sustained for >2 minutes on /api/sync endpoint", .actionItem).isEmpty)
        let items = [ActionItem(what: "Add Prometheus alert for cert expiry < 30 days", owner: "SRE", priority: .p1),
                     ActionItem(what: "Document cert renewal procedure in runbook", owner: nil, priority: .p2),
                     ActionItem(what: "Look into it", owner: "ops", priority: nil, due: nil)]
        let found = coach.review(actions: items)
        #expect(found.contains { $0.check == "action-owner" && $0.line == 2 })
        #expect(found.contains { $0.check == "action-due" && $0.line == 3 })
        #expect(found.contains { $0.check == "vague-action" && $0.line == 3 })
        #expect(!found.contains { $0.line == 1 })
        let many = (1...12).map { ActionItem(what: "Add alert number \($0) for queue depth above 1000", owner: "sre", priority: .p2) }
        #expect(coach.review(actions: many).map(\.check) == ["too-many-actions"])
    }

    @Test func timeline() throws {
        func at(_ h: Int, _ m: Int) -> Timestamp { Timestamp(secondsSinceEpoch: Int64(20_000 * 86_400 + h * 3600 + m * 60)) }
        let ok = [TimelineEntry(at: at(14, 23), text: "Deployment started", milestone: .started),
                  TimelineEntry(at: at(14, 27), text: "Alert fired", milestone: .detected),
                  TimelineEntry(at: at(14, 45), text: "Incident resolved", milestone: .resolved)]
        #expect(coach.review(timeline: ok).isEmpty)
        let bad = [TimelineEntry(at: at(14, 30), text: "Started investigation"),
                   TimelineEntry(at: at(14, 27), text: "Something looked off"),
                   TimelineEntry(at: at(16, 2), text: "Rolled back")]
        let found = coach.review(timeline: bad)
        #expect(found.contains { $0.check == "timeline-order" && $0.line == 2 })
        let gap = try #require(found.first { $0.check == "timeline-gap" })
        #expect(gap.line == 3 && gap.message.contains("95 minutes"))
        #expect(found.filter { $0.check == "timeline-milestone" }.count == 2)
    }

    @Test func unquantifiedImpact() throws {
        let f = try #require(coach.review("Many users were unable to log in for a while.", role: .impact).first)
        #expect(f.check == "unquantified-impact")
        #expect(f.better.contains("N users") && f.better.contains("N minutes"))
        #expect(checks("Approximately 18,000 users (12% of daily actives) could not log in between 09:10 and 09:52 UTC.", .impact).isEmpty)
    }

    @Test func lintPlacesFindingsInTheDocument() {
        let doc = """
        # Post-Mortem: Checkout outage

        **Authors:** Dana Whitfield
        **Reviewers:** Jo Park

        ## Impact

        Some customers could not check out.

        ## Timeline (All times UTC)

        | Time | Event |
        |------|-------|
        | 14:23 | Deployment started |
        | 14:27 | Alert fired (ErrorRateHigh) |
        | 14:20 | Rollback started |
        | 14:45 | Incident resolved |

        ## Root Cause Analysis

        The outage happened because Whitfield pushed a bad config.
        Root cause: human error.

        ## Action Items

        | Action | Owner | Priority | Due Date |
        |--------|-------|----------|----------|
        | Improve monitoring | @jo | P1 | 2026-12-01 |
        | Add alert for checkout 5xx > 2% for 5 minutes | | | |
        """
        let found = coach.lint(document: doc)
        let lines = found.map { "\($0.line):\($0.column): \($0.check)" }
        #expect(lines.contains("8:1: unquantified-impact"), "\(lines)")
        #expect(lines.contains("16:11: timeline-order"), "\(lines)")
        #expect(lines.contains("21:29: blame"), "\(lines)")
        #expect(lines.contains("22:13: surface-cause"), "\(lines)")
        #expect(lines.contains("28:3: vague-action"), "\(lines)")
        #expect(lines.contains("29:3: action-owner"), "\(lines)")
        #expect(lines.contains("29:3: action-due"), "\(lines)")
        #expect(found.first?.description.hasPrefix("8:1: unquantified-impact: ") == true)
    }

    @Test func lintPlainTextAndCleanDocument() {
        let clean = """
        Summary: For 47 minutes, 3% of API requests failed after a load balancer certificate expired.

        Timeline
        04:18 Failed TXs alarm fired #detected
        04:20 First responder began reviewing TXs
        04:45 First responder notified core response team
        05:00 Emergency channel open
        05:23 Team identified issue in account
        05:55 Script to fix issue completed and tested
        06:30 Confirmed that issue resolved

        Root cause: certificate renewal depended on a cron job that was disabled during a host migration.

        Action items:
        - Move certificate renewal to cert-manager | infra | P1 | 2026-12-01
        - Add alert for certificate expiry < 14 days | sre | P1
        """
        let found = coach.lint(document: clean)
        #expect(found.isEmpty, "\(found)")
    }

    /// A long document of blameless text draws nothing (its speed is a figure in `scripts/bench`, not a test).
    @Test func aLongBlamelessDocumentDrawsNothing() {
        let para = "The on-call engineer was paged at 04:18 and rolled back the deploy, which restored service for 99% of users within 12 minutes.\n"
        let doc = "## Summary\n" + String(repeating: para, count: 400)  // ~50 KB
        #expect(coach.lint(document: doc).isEmpty)
    }

    @Test func catalogueCoversEveryCheck() {
        let ids = Set(CoachCatalogue.checks.map(\.id))
        for id in ["blame", "loaded-word", "counterfactual", "hindsight", "surface-cause", "short-whys", "whys-ends-at-person", "vague-action",
                   "unquantified-impact", "action-owner", "action-due", "too-many-actions", "timeline-order", "timeline-milestone", "timeline-gap"] {
            #expect(ids.contains(id))
        }
    }
}
