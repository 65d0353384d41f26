import Testing
@testable import PostmortemCore

/// Round 21: a person named by their duty or picked up again by a pronoun, a choice set against the rule, sanctions and the hunt
/// for the one who did it, promises reported in a press statement, and harm with its size said to be unknown. Each pitfall sits
/// next to the blameless sentence it must not be confused with.
@Suite("Coaching: round 21")
struct CoachingRound21Tests: CoachingSuite {
    let coach = Coach()

    @Test func aPersonNamedByTheirDutyOrPickedUpAgainIsStillTheSubject() {
        #expect(checks("The clerk responsible for the fee table ignored the validation warning.", .rootCause).contains("blame"))
        #expect(checks("The analyst in charge of reconciliation did not run it on Monday, so the duplicates went unnoticed.", .detection).contains("blame"))
        #expect(checks("The root cause is that the shift technician, he override the hold on lot 12 and release it to packing.", .rootCause).contains("blame"))
        #expect(checks("The Site Supervisor failed to take action to prevent the tank overflowing.", .rootCause).contains("blame"))
        #expect(checks("The queue alert was acknowledged by the duty analyst and then left unattended for forty minutes.", .response).contains("blame"))
        #expect(checks("The duty analyst acknowledged the alert and then left it unattended for forty minutes.", .response).contains("blame"))
        #expect(checks("A doctor did not respond to bleeps for a patient review.", .summary).contains("blame"))
        #expect(checks("A nurse made no attempt to find a second rail.", .summary).contains("blame"))
        // a duty done, a responder leaving to get help, and a server's silence
        #expect(checks("The engineer responsible for the runbook updated it after the review.", .response).isEmpty)
        #expect(checks("The on-call engineer acknowledged the alert and then left the bridge to page the database team.", .response).isEmpty)
        #expect(checks("The server did not respond to health checks.", .response).isEmpty)
    }

    @Test func aChoiceAgainstTheRuleOrAFormsVerdictIsBlame() {
        #expect(checks("The duty controller elected to keep loading after the overweight alarm, a decision inconsistent with the loading procedure.", .response).contains("blame"))
        #expect(checks("Your dispatcher chose to reroute the trucks against our published guidance.", .rootCause).contains("blame"))
        #expect(checks("The depot supervisor overrode the crew's request to stop.", .response).contains("blame"))
        #expect(checks("Responsible for nonconformity: night-shift technician.", .contributingFactors).contains("blame"))
        #expect(checks("The probable cause of the delay was the night-shift administrator's decision to apply the patch at peak.", .rootCause).contains("blame"))
        #expect(coach.lint(document: "## Response\n\nNotes: the duty engineer ignored the disk alarm.\n").map(\.check).contains("blame"))
        // the remedy chosen by the book, and limits tested against guidance
        #expect(checks("The duty manager decided to roll back at 10:05, as the runbook says.", .response).isEmpty)
        #expect(checks("We tested the new limits against the vendor's guidance before the rollout.", .response).isEmpty)
    }

    @Test func aSanctionOrAHuntForTheOneWhoDidItIsBlame() {
        #expect(checks("whoever it was owes the support team an apology", .couldBeBetter).contains("blame"))
        #expect(checks("who merged this without a review??", .response).contains("blame"))
        #expect(checks("it's the night porter again, he switched the panel off", .rootCause).contains("blame"))
        #expect(checks("The train operator was suspended.", .summary).contains("blame"))
        #expect(checks("Heads will roll for this.", .summary).contains("blame"))
        #expect(checks("This employee no longer works at the company.", .rootCause).contains("blame"))
        #expect(checks("Nina to be removed from the deploy group until she completes the rollout training.", .actionItem).contains("blame"))
        #expect(checks("A train operator ran a red light at the depot.", .summary).contains("blame"))
        // a question about the process, and a job the scheduler suspended
        #expect(checks("Who approves changes to the DNS zone?", .couldBeBetter).isEmpty)
        #expect(checks("The failed job was suspended by the scheduler.", .response).isEmpty)
    }

    @Test func hindsightAndTheOtherWorldInOtherWords() {
        #expect(checks("knew this was coming, the queue always dies at month end", .response) == ["hindsight"])
        #expect(checks("The pressure drop, which in the light of subsequent events was plainly a precursor, was not escalated.", .detection) == ["hindsight"])
        #expect(checks("Had valve V2 been open, pressure would in all likelihood have held.", .lessons) == ["counterfactual"])
        #expect(checks("If we would have kept the old engine, this would not happen.", .lessons) == ["counterfactual"])
        // a call that was had, and the other world a spokesman would not speculate about
        #expect(checks("Had a call with the vendor at 10:00, who confirmed the fault.", .response).isEmpty)
        #expect(checks("He declined to speculate about what would have happened otherwise.", .summary).isEmpty)
    }

    @Test func aPromiseReportedOrMadeByABodyIsHeldToAnActionsStandard() {
        #expect(checks("The council said it would commission an independent review of its procedures.", .summary) == ["vague-action"])
        #expect(checks("“We will look at that capability,” the director said.", .summary) == ["vague-action"])
        #expect(checks("The Operator shall review its procedures for winter restarts.", .actionItem).contains("vague-action"))
        #expect(checks("Our support team will continue to monitor the situation closely.", .actionItem).contains("vague-action"))
        #expect(checks("We remain committed to working closely with you to strengthen our processes.", .lessons) == ["vague-action"])
        #expect(checks("Complete a full investigation into the cause.", .actionItem).contains("vague-action"))
        #expect(checks("Lessons need to be learnt.", .summary) == ["vague-action"])
        #expect(checks("We apologize for the issue and will be working to minimize the likelihood of this happening again.", .summary) == ["vague-action"])
        // (a quote with talk on both sides of it stays someone else's words)
        #expect(coach.lint(document: "member desk says 'your feed is obviously broken', confirming on our side now\n").isEmpty)
        // a reported promise with its date and content, and a SMART action in a summary
        #expect(checks("The council said it would publish the review by 30 June, with the 12 findings and an owner for each.", .summary).isEmpty)
        #expect(checks("We will add an alert on queue depth above 10,000 (owner: Priya, due 1 May).", .summary).isEmpty)
    }

    @Test func harmWithItsSizeLeftOpenAndACauseInScareQuotes() {
        #expect(checks("Some flights were cancelled.", .impact) == ["unquantified-impact"])
        #expect(checks("The outage resulted in a prolonged stoppage of the bottling line.", .summary) == ["unquantified-impact"])
        #expect(checks("For an unknown amount of time, calls were not getting through.", .summary) == ["unquantified-impact"])
        #expect(checks("The fault affected card readers in some of our stores.", .summary) == ["unquantified-impact"])
        #expect(checks("There is some penalty coming from the regulator.", .impact) == ["unquantified-impact"])
        #expect(checks("The outage occurred because of a “human error”.", .summary) == ["surface-cause"])
        #expect(checks("The letters were sent to storage because of an administrative error.", .rootCause) == ["surface-cause"])
        #expect(checks("We goofed, and we are sorry.", .summary) == ["loaded-word"])
        // the counts given, the phrase mentioned rather than used, and staff as the people the outage left waiting
        #expect(checks("The 45-minute outage left 3 wards with staff not knowing when power would be restored.", .summary).isEmpty)
        #expect(checks("12 flights were cancelled and 2,300 passengers rebooked.", .impact).isEmpty)
        #expect(checks("We stopped writing 'human error' as a cause.", .lessons).isEmpty)
    }
}
