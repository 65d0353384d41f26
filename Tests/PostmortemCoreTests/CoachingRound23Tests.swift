import Testing
@testable import PostmortemCore

/// Round 23: trades the lists do not hold and posts held on a shift, sanctions named in HR's words, the writer taking the
/// cause on themselves, slips told after the act, improvements reported done with nothing to check them by, recommendations
/// reported by a review body, and the other world in a second language. Each pitfall sits next to the blameless sentence it
/// must not be confused with.
@Suite("Coaching: round 23")
struct CoachingRound23Tests: CoachingSuite {
    let coach = Coach()

    @Test func aTradeOrAPostOnShiftIsAPerson() {
        #expect(checks("The senior hygienist released the batch without waiting for the second swab result, contrary to the site procedure.", .contributingFactors).contains("blame"))
        #expect(checks("The duty officer on shift did not escalate the alarm to the control room manager as she was supposed to.", .detection).contains("blame"))
        #expect(checks("The contractor we hired for the weekend didn't follow the rollback runbook.", .response).contains("blame"))
        #expect(checks("The technician at the depot workshop distributed an unsigned firmware image to all buses, contrary to the change procedure.", .rootCause).contains("blame"))
        #expect(checks("The warehouse mgr refused to pause the pick waves for 15 minutes.", .response).contains("blame"))
        #expect(checks("The platform team rotated the signing key, mistakenly treating the old key as unused.", .response).contains("blame"))
        #expect(checks("A former branch manager misused the company fuel card for personal trips.", .summary).contains("blame"))
        // a trade doing its work, a pump on duty, a contrast that adds a check, and a change made as planned
        #expect(checks("The statistician reviewed the model at 09:00 and signed it off for release.", .rootCause).isEmpty)
        #expect(checks("The pump on duty tripped at 03:12 and the standby pump started automatically.", .response).isEmpty)
        #expect(checks("Amara checked the reconciliation at noon and not only at close of day, which caught 1,200 duplicate payments.", .wentWell).isEmpty)
        #expect(checks("The platform team rotated the signing key at 10:00, as planned in CHG-2231.", .response).isEmpty)
    }

    @Test func sanctionsAndSelfBlameInOtherWords() {
        #expect(checks("The agency nurse involved to be formally warned; owner: Ward Manager; due 3 May.", .actionItem).contains("blame"))
        #expect(checks("HR to issue a show-cause letter to the technician who signed the pre-flight.", .actionItem).contains("blame"))
        #expect(checks("Remove the night operator from the on-call rota until the review is complete.", .actionItem).contains("blame"))
        #expect(checks("I have to be honest, the two-hour delay was down to me.", .response).contains("blame"))
        // a host taken out of a rotation, and a decision that fell to the writer
        #expect(checks("Remove the decommissioned hosts from the load-balancer rotation by 4 May.", .actionItem).allSatisfy { $0 != "blame" })
        #expect(checks("It was down to me to decide whether to fail over, and I did at 10:40.", .response).isEmpty)
    }

    @Test func aSlipClosedWithEmphasisOrLeftUndone() {
        #expect(checks("The root cause was human error: a wrong retention value in the cleanup job, nothing more complicated than that.", .rootCause) == ["surface-cause"])
        #expect(checks("Another factor was human error during setup, since a 30-day lifetime was entered instead of 365.", .contributingFactors) == ["surface-cause"])
        #expect(checks("The quarterly key rotation just didn't get done.", .rootCause) == ["surface-cause"])
        #expect(checks("The refund was not issued due to an error on the bank's part.", .rootCause) == ["surface-cause"])
        // the reason given, and a manual step set against the inventory that should have held it
        #expect(checks("The key rotation didn't get done because the reminder went to a mailbox nobody reads.", .rootCause).isEmpty)
        #expect(checks("The certificate was issued by hand in 2022, and it was not in the inventory that the expiry monitor reads.", .rootCause).isEmpty)
    }

    @Test func theOtherWorldAndHindsightInOtherWords() {
        #expect(checks("If we'd kept the old cutover plan for one more week, no store would have lost its morning orders.", .lessons) == ["counterfactual"])
        #expect(checks("If the guard rail was there, the pallet would not be on the floor now.", .lessons) == ["counterfactual"])
        #expect(checks("If we would deploy the patch in March like planned, nothing would happen to the tills.", .couldBeBetter) == ["counterfactual"])
        #expect(checks("Some of what happened was sadly foreseeable.", .summary) == ["hindsight"])
        #expect(checks("It is a shame that such a basic check was missed at a plant like ours.", .lessons) == ["loaded-word"])
        // a threshold in a plan, a limit and a value stated now, and foresight denied
        #expect(checks("If the queue exceeds 10,000 messages, the consumer would not keep up, so we now page at 8,000.", .lessons).isEmpty)
        #expect(checks("Obviously we cannot roll out to 400 branches at once, so changes go to 10 branches first.", .lessons).isEmpty)
        #expect(checks("Payroll accuracy is obviously the promise our staff care about most, so the totals check now runs before every export.", .lessons).isEmpty)
        #expect(checks("The risk was not foreseeable with the data available at the time.", .summary).isEmpty)
    }

    @Test func improvementsReportedAndRecommendationsRelayed() {
        #expect(checks("We have strengthened our monitoring and adapted our internal processes.", .summary) == ["vague-action"])
        #expect(checks("Response plans should be revisited and adjusted to cope with storms of this size.", .summary) == ["vague-action"])
        #expect(checks("We recommended that the Trust should review its discharge procedures.", .summary) == ["vague-action"])
        #expect(checks("[14:05] Priya Shah: Action for everyone - we need to coordinate better across shifts.", .actionItem).contains("vague-action"))
        #expect(checks("Tweaking our alerting to catch more errors.", .actionItem).contains("vague-action"))
        #expect(checks("Properly use safety equipment", .actionItem).contains("vague-action"))
        #expect(checks("Will be re-evaluating the escalation paths more diligently in the future.", .summary) == ["vague-action"])
        #expect(checks("The rota rule is a good one and we should be more rigorous in applying it.", .summary) == ["vague-action"])
        #expect(checks("This exposed some capacity gaps that we're going to address.", .summary) == ["vague-action"])
        #expect(checks("We are investigating remediations for the handover breakdown.", .summary) == ["vague-action"])
        // an improvement with its threshold, and a remedy with its sum and its date
        #expect(checks("We have improved our alerting so that a page fires when queue depth exceeds 5,000 for 5 minutes.", .summary).isEmpty)
        #expect(checks("We recommended that the council apologise to Mr B and pay him 250 pounds within four weeks.", .summary).isEmpty)
        #expect(checks("Always use the two-person check on the 12 kV panel, recorded in the permit system (PTW-4).", .actionItem).isEmpty)
        #expect(checks("We are working with our provider to add a second 10 Gbit/s transit link by 30 June.", .summary).isEmpty)
        #expect(checks("Will be back at 09:00 tomorrow with the next update.", .summary).isEmpty)
    }

    @Test func durationsAndTheTeamCountedAreNotUnsizedHarm() {
        #expect(checks("Bookings were unavailable for 1h45 on Saturday morning.", .impact).isEmpty)
        #expect(checks("Several team members noticed the error banner within minutes.", .summary).isEmpty)
        #expect(checks("It took a while to identify which approvals were needed.", .summary).isEmpty)
        #expect(checks("The flooding caused extreme property damage along the river.", .summary) == ["unquantified-impact"])
        // the harm itself, still unsized
        #expect(checks("Bookings were unavailable for several hours on Saturday morning.", .impact) == ["unquantified-impact"])
        #expect(checks("Restoring the index took us a while.", .impact) == ["unquantified-impact"])
    }
}
