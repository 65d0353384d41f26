import Testing
@testable import PostmortemCore

/// Round 25: people found where the lists did not look (a worker beside the hazard that hurt them, a loader at a bay, a student
/// at the controls, a "sub-editor", "one of our mapping engineers", people named together), failings told with "neither", an
/// aside or "could and should", verdicts that lay the harm at someone's feet, promises made as a vow or a briefing, sizes called
/// long or immense, and the precision cases real reviews showed: a thing's side effect, a slip only feared, a literal explosion,
/// a greeting that counts nobody. Each pitfall sits next to the blameless sentence it must not be confused with.
@Suite("Coaching: round 25")
struct CoachingRound25Tests: CoachingSuite {
    let coach = Coach()

    @Test func peopleFoundWhereTheListsDidNotLook() {
        #expect(checks("The worker did not lock out the press before reaching in to clear the jam, resulting in a crushed hand.", .rootCause).contains("blame"))
        #expect(checks("The loader at stand 12 did not follow the hold plan and put two bags on the wrong flight.", .contributingFactors).contains("blame"))
        #expect(checks("The night sub-editor didn't check the embargo time before scheduling the story.", .rootCause).contains("blame"))
        #expect(checks("One of our warehouse engineers shipped the layout change to the live site without a review.", .rootCause).contains("blame"))
        #expect(checks("The planners and the site supervisor quietly ignored the crane's wind alarm.", .contributingFactors).contains("blame"))
        #expect(checks("The student nurses responsible for the log failed to record the readings, as the ward protocol requires.", .contributingFactors).contains("blame"))
        #expect(checks("The contractor's technician, having been told about the leak on 3 March, took no action.", .contributingFactors).contains("blame"))
        #expect(checks("Neither operator had checked the valve line-up.", .rootCause).contains("blame"))
        // the same words for software and for people doing their work
        #expect(checks("The worker did not ack the message, so the queue grew to 40,000 jobs.", .rootCause).isEmpty)
        #expect(checks("The config loader did not read the new file after the restart.", .rootCause).isEmpty)
        #expect(checks("Neither replica had caught up when the failover started.", .rootCause).isEmpty)
        #expect(checks("The demarcation left neither team watching archive capacity.", .contributingFactors).isEmpty)
        #expect(checks("The engineer did not restart the service, as required by the change freeze.", .response).isEmpty)
    }

    @Test func verdictsThatLayTheHarmOnSomeone() {
        #expect(checks("The contractor's engineer pushed the update at peak time, he is the reason for all the delays.", .rootCause).contains("blame"))
        #expect(checks("The regional authority bears primary responsibility for the contamination.", .rootCause).contains("blame"))
        #expect(checks("The blame for the crisis lies squarely at the feet of the county.", .rootCause).contains("blame"))
        #expect(checks("Senior managers could and should have acted on the audit findings.", .contributingFactors).contains("blame"))
        #expect(checks("The site managers allowed this to happen despite two earlier audits.", .rootCause).contains("blame"))
        #expect(checks("The planning lead signed off the release with two scenarios still marked failing.", .contributingFactors).contains("blame"))
        #expect(checks("The duty team appeared to lack the skills to run a major incident.", .contributingFactors).contains("blame"))
        #expect(checks("It was disappointing that some colleagues showed a lack of ownership on the night.", .couldBeBetter) == ["loaded-word"])
        #expect(checks("This was simply not good enough.", .contributingFactors) == ["loaded-word"])
        #expect(checks("Calling the valve 'dirty' was misleading, if not careless.", .couldBeBetter) == ["loaded-word"])
        #expect(checks("tbh this is on dave for leaving the auto updates on", .rootCause).contains("blame"))
        // the organisation owning it, ownership moved on purpose, and a gap stated as a gap
        #expect(checks("We bear full responsibility for this outage and are sorry.", .summary).isEmpty)
        #expect(checks("The incident commander closed the incident with two actions still open, as agreed with the customer.", .response).isEmpty)
        #expect(checks("There was a lack of ownership for the certificate renewal process.", .contributingFactors).isEmpty)
        #expect(checks("The sampling rate was not good enough to catch two-second spikes.", .contributingFactors).isEmpty)
    }

    @Test func causesToldAsAStepLeftUndone() {
        #expect(checks("Root cause: the setpoints were not reloaded after the firmware update.", .rootCause) == ["surface-cause"])
        #expect(checks("The inspection found that the brake had not been lubricated for months.", .rootCause) == ["surface-cause"])
        #expect(checks("So basically it was a typo in the schedule time.", .rootCause) == ["surface-cause"])
        #expect(checks("The human element is the root cause of the grounding.", .rootCause) == ["surface-cause"])
        // the reason given, a slip only feared, and a thing's side effect
        #expect(checks("The setpoints were not reloaded because the update script skipped that step.", .rootCause).isEmpty)
        #expect(checks("Because of the risk of accidental deletion, no regular cleanup has been performed.", .rootCause).isEmpty)
        #expect(checks("Each imported payment inadvertently triggered a callback to the merchant.", .rootCause).isEmpty)
        #expect(checks("The changeover needs a manual command from the fault desk.", .contributingFactors).isEmpty)
    }

    @Test func promisesMadeAsVowsAndBriefings() {
        #expect(checks("Brief all signallers on degraded working.", .actionItem) == ["vague-action"])
        #expect(checks("Lessons from this incident will be shared with all relevant staff.", .actionItem) == ["vague-action"])
        #expect(checks("The facility will review its retention arrangements with stakeholders.", .actionItem) == ["vague-action"])
        #expect(checks("The escalation chain must be clearly communicated and documented.", .actionItem) == ["vague-action"])
        #expect(checks("We can't allow this to happen again.", .lessons) == ["vague-action"])
        #expect(checks("Participate in the regulator's review of the guidance.", .actionItem) == ["vague-action"])
        // the same verbs with the change named
        #expect(checks("Brief the night shift on the revised lockout procedure (SOP-14 section 3) by 12 May.", .actionItem).isEmpty)
        #expect(checks("Make a setpoint diff (PLC vs. config backup) a blocking step in the firmware runbook; owner: S. Bain; due 30 May.", .actionItem).isEmpty)
        #expect(checks("We must monitor that the end-to-end payment transaction is succeeding, not only that the server is up.", .lessons).isEmpty)
    }

    @Test func anActionsOwnParenthesisStaysPartOfWhatItSays() {
        // the owner and the date after it do not cut the item at its first parenthesis
        let found = coach.lint(document: "## Action Items\n\n- Make a setpoint diff (PLC vs. config backup) a blocking step in the firmware runbook; owner: S. Bain; due 30 May.\n").map(\.check)
        #expect(found.isEmpty)
        let owned = coach.lint(document: "## Action Items\n\n- Improve monitoring (owner: SRE, due: 2 days)\n").map(\.check)
        #expect(owned == ["vague-action"])
    }

    @Test func sizesCalledLongOrImmense() {
        #expect(checks("The service experienced a prolonged loss of its dispatch system on the evening of 14 November.", .summary) == ["unquantified-impact"])
        #expect(checks("This has caused an immense amount of disruption for families.", .impact) == ["unquantified-impact"])
        #expect(checks("The consequences for the affected projects are considerable.", .impact) == ["unquantified-impact"])
        #expect(checks("A DNS issue caused downtime for the public API.", .summary) == ["unquantified-impact"])
        #expect(checks("It took a while to restore the service.", .summary) == ["unquantified-impact"])
        #expect(checks("Our controls failed with tragic consequences.", .summary) == ["unquantified-impact"])
        #expect(checks("we were off air for ages last night, sorry all", .summary) == ["unquantified-impact"])
        // a length given, a literal explosion, and a forecast
        #expect(checks("The service lost its dispatch system for 3 hours 10 minutes on 14 November.", .summary).isEmpty)
        #expect(checks("At 3:45pm the boiler exploded.", .summary).isEmpty)
        #expect(checks("The upgrade caused downtime of 14 minutes for 3 regions.", .impact).isEmpty)
    }

    @Test func hindsightAndTheOtherWorld() {
        #expect(checks("With three big clients arriving in one month, a volume issue was clearly on the cards.", .lessons) == ["hindsight"])
        #expect(checks("A mix-up was clearly always going to happen.", .couldBeBetter) == ["hindsight"])
        #expect(checks("The warnings were not heeded.", .contributingFactors) == ["hindsight"])
        #expect(checks("If the routers had liveness probes, the pods would have been marked unhealthy, which would have been immediately detectable.", .detection) == ["counterfactual"])
        // the other course weighed, a near miss, an announcement, and a claim not established
        #expect(checks("There is no apparent reason why the pace car should have been deployed earlier.", .contributingFactors).isEmpty)
        #expect(checks("Had the second disk failed, it would have caused a full outage visible to every customer.", .impact).isEmpty)
        #expect(checks("I wanted to let everyone know that we went to a lockdown today.", .summary).isEmpty)
        #expect(checks("It is important to reflect on what we could have done better.", .lessons).isEmpty)
        #expect(checks("The review did not establish a basis for asserting that avoidable deaths resulted.", .summary).isEmpty)
    }
}
