import Testing
@testable import PostmortemCore

/// Round 18: lapses told as causes ("we let it expire", "didn't go to plan", "we thought we had"), blame through a cleft,
/// a cause phrase or a pace, impact owned up to in apologies without its size, and promises that are values or pointers.
/// Each pitfall sits next to the blameless sentence it must not be confused with.
@Suite("Coaching: round 18")
struct CoachingRound18Tests: CoachingSuite {
    let coach = Coach()

    @Test func aLapseToldAsTheCauseIsASurfaceCause() {
        #expect(checks("We let the signing certificate expire.", .rootCause) == ["surface-cause"])
        #expect(checks("This happened because a database migration didn't go to plan.", .summary) == ["surface-cause"])
        #expect(checks("In our rush we thought we had rotated the key, but we hadn't.", .rootCause) == ["surface-cause"])
        #expect(checks("There was an old firewall rule on the edge routers that did not get updated.", .rootCause) == ["surface-cause"])
        #expect(checks("The issue was caused by a missing setting on the production cluster.", .rootCause) == ["surface-cause"])
        #expect(checks("The outage was caused by an upgrade of the api package without upgrading the dependent packages.", .rootCause) == ["surface-cause"])
        #expect(checks("We failed to properly configure the log rotation on the new hosts.", .rootCause) == ["surface-cause"])
        #expect(checks("The root cause was a failure to properly deploy the root files.", .rootCause) == ["surface-cause"])
        #expect(checks("Certain lobby servers had been improperly configured.", .rootCause) == ["surface-cause"])
        #expect(checks("At 08:06 the duty officer mistakenly issued the test alert to the live channel.", .summary).contains("surface-cause"))
        // the same lapses with what let them happen are the analysis itself
        #expect(checks("We let the signing certificate expire because renewal was a manual calendar task with no alert.", .rootCause).isEmpty)
        #expect(checks("The firewall rule did not get updated because nothing lists it as part of a gateway change.", .rootCause).isEmpty)
        #expect(checks("The migration didn't go to plan because the rehearsal ran on a copy a tenth of the size.", .rootCause).isEmpty)
        #expect(checks("While the immediate cause was operator error, there are broader systemic issues that allowed one command to take down a datacenter.", .rootCause).isEmpty)
        #expect(checks("After Priya left, the team was split into two.", .rootCause).isEmpty)
        #expect(checks("It was a human error, not systematic.", .rootCause) == ["surface-cause"])
    }

    @Test func aPersonSingledOutThroughACleftACausePhraseOrAPaceIsBlame() {
        #expect(checks("It was the vendor's field technician who left the dosing pump in manual mode overnight.", .contributingFactors).contains("blame"))
        #expect(checks("The principal cause of the data loss was a researcher who ran a recursive delete.", .rootCause).contains("blame"))
        #expect(checks("The interruption is attributable to the technician who disconnected the wrong feed.", .summary).contains("blame"))
        #expect(checks("The incident commander was too slow to declare a SEV-1.", .couldBeBetter).contains("blame"))
        #expect(checks("Responsibility for the failed sync lies squarely with the integration team, which signed off the release without running the suite.", .lessons).contains("blame"))
        #expect(checks("One of our field crews opened the wrong valve, and that is what left your street without water for 9 hours.", .summary).contains("blame"))
        #expect(checks("Two dispatchers received written warnings for releasing the orders early.", .response).contains("blame"))
        #expect(checks("Remove production deploy rights from Tomasz until he completes the change-management course.", .actionItem).contains("blame"))
        #expect(checks("The approach controller overrode the MSAW inhibit and then stopped monitoring the display.", .contributingFactors).contains("blame"))
        // credit, a role doing its job, and whose tools are not
        #expect(checks("It was the night nurse who noticed the pump alarm and called the pharmacist.", .detection).isEmpty)
        #expect(checks("The incident commander declared a SEV-1 at 02:14, four minutes after the first page.", .response).isEmpty)
        #expect(checks("Our data was replicated, but the tools used by developers were not, which has led to a long recovery.", .rootCause).isEmpty)
        #expect(checks("The shift handover template had no field for open changes, so the 06:00 shift started without knowing the update was half-applied.", .contributingFactors).isEmpty)
    }

    @Test func impactOwnedUpToWithoutItsSizeIsUnquantified() {
        #expect(checks("You might have had some issues with the app from Tuesday afternoon onwards.", .impact) == ["unquantified-impact"])
        #expect(checks("I want to apologise for the periods of unavailability today.", .summary) == ["unquantified-impact"])
        #expect(checks("Queues at the gates became very long and tempers frayed.", .impact) == ["unquantified-impact"])
        #expect(checks("Delivery slots were unavailable from 17:00 to 19:30, and a large share of the orders in that window were cancelled.", .impact) == ["unquantified-impact"])
        #expect(checks("The failed reward run has caused inconvenience to the farmers who were expecting their rewards.", .impact) == ["unquantified-impact"])
        #expect(checks("Crews worked considerable unplanned overtime during the recovery.", .impact) == ["unquantified-impact"])
        #expect(checks("Some of you had trouble buying data bundles last weekend, and we sincerely apologise.", .summary) == ["unquantified-impact"])
        // the share counted, an amount with its multiplier, and a sized apology are not
        #expect(checks("Delivery slots were unavailable from 17:00 to 19:30, and a large share (38%) of the orders in that window were cancelled.", .impact).isEmpty)
        #expect(checks("Members posted GBP 1.2bn of collateral after the deadline, and no member was declared in default.", .impact).isEmpty)
        #expect(checks("We apologise to the 4,200 customers who could not log in between 09:10 and 09:55.", .summary).isEmpty)
    }

    @Test func promisesThatAreValuesOrPointersAreVague() {
        #expect(checks("We are looking into ways to make sure this does not happen to you again.", .lessons) == ["vague-action"])
        #expect(checks("Security is about reducing risk and we will continue to do our best.", .lessons) == ["vague-action"])
        #expect(checks("The agency is acting quickly to adopt any other lessons learned.", .lessons) == ["vague-action"])
        #expect(checks("The Company commits to enhancing its incident communication procedures.", .actionItem) == ["vague-action"])
        #expect(checks("TODO: document the resize procedure somewhere", .actionItem) == ["vague-action"])
        #expect(checks("We are extremely sorry for any distress caused and are reviewing our processes to ensure there is no repeat of this error.", .summary).contains("vague-action"))
        // a promise that names the change and its check is an action
        #expect(checks("The Company commits to sending a status update within 15 minutes of any SEV-1, checked in the monthly incident review.", .actionItem).isEmpty)
        #expect(checks("Document the resize procedure in runbook section 4.2, with the df thresholds, by 30 June.", .actionItem).isEmpty)
    }

    @Test func loadedWordsForWorkAndAttentionAreFlagged() {
        #expect(checks("Some corners were cut to meet the deadline.", .contributingFactors) == ["loaded-word"])
        #expect(checks("We made two oversights when updating the profile.", .rootCause) == ["loaded-word"])
        #expect(checks("There was an excess of confidence about deploying on a Friday.", .couldBeBetter) == ["loaded-word"])
        #expect(checks("The ramp-securing procedure is a joke and every crew on the route knows it.", .contributingFactors) == ["loaded-word"])
        #expect(checks("this retry loop is garbage, it hammers the archive DB", .rootCause) == ["loaded-word"])
        // oversight as a function, garbage collection, and a mistake caught by its safeguard are not
        #expect(checks("Regulatory oversight of the change process sits with the risk committee.", .lessons).isEmpty)
        #expect(checks("Garbage collection paused the JVM for 4.2 seconds.", .rootCause).isEmpty)
        #expect(checks("A mistake in the first restore command (wrong snapshot ID) was caught by the second reviewer before it ran.", .response).isEmpty)
    }

    @Test func hindsightAndCounterfactualsInTheirLessUsualShapes() {
        #expect(checks("With a manual fallback in place, patients would not have had to return to their GP.", .lessons) == ["counterfactual"])
        #expect(checks("If she had obtained the forecast, she would have seen the marginal conditions, which might have affected her decision.", .rootCause).contains("counterfactual"))
        #expect(checks("- the disk-full was 100% predictable", .lessons) == ["hindsight"])
        #expect(checks("Shouldn't you have known what your infrastructure can support?", .lessons) == ["hindsight"])
        // a wish measured against, a symptom plain to users, a denial of hindsight, and the access design are not
        #expect(checks("This affected our ability to restore services as quickly as we would have wished.", .lessons).isEmpty)
        #expect(checks("The missing thumbnails were obvious to any visitor, and 18 users reported them before our alert fired.", .detection).isEmpty)
        #expect(checks("Nothing in our interviews gave any clear indication that the problems should have been anticipated.", .contributingFactors).isEmpty)
        #expect(checks("The user shouldn't have had the permission to begin with.", .summary).isEmpty)
    }

    @Test func aTrackerIdBeforeAnOrderInCapitalsIsAnActionInPlainText() {
        #expect(coach.lint(document: "EXAMS-812 Look into performance issues around deadlines\n").map(\.check) == ["vague-action"])
        #expect(coach.lint(document: "INC-2041 The API returned errors for 4 minutes.\n").isEmpty)
    }

    @Test func aDegreeAdverbInsideANounPhraseOrAboutAPartIsNotImpact() {
        #expect(checks("We had no runbook for replaying a partially failed payout batch, so the finance team worked it out live.", .couldBeBetter).isEmpty)
        #expect(checks("The door sensor had failed intermittently since 28 October, but the maintenance system logged each fault as a separate defect.", .rootCause).isEmpty)
        #expect(checks("Card payments were intermittently declined for 40 minutes, affecting 2,300 customers.", .impact).isEmpty)
    }
}
