import Testing
@testable import PostmortemCore

/// Round 26: a title the lists do not hold, made a person by the "who" after it or by the shift it holds; sanctions in HR's and a
/// regulator's words; verdicts that say where the delay "sits" or whose act "was the decisive failure"; sign-offs given "without
/// anyone asking"; wrong settings and steps nobody took, given as the whole cause; hindsight and other worlds in plain speech; and the
/// precision cases real reviews showed (a wish about now, the obvious first tries, a mine operator that is a company, hindsight named
/// as the bias it is). Each pitfall sits next to the blameless sentence it must not be confused with.
@Suite("Coaching: round 26")
struct CoachingRound26Tests: CoachingSuite {
    let coach = Coach()

    @Test func titlesTheListsDoNotHoldMadePeopleByWhoOrTheirShift() {
        #expect(checks("The hold was overloaded by the cargo supervisor who did not count the containers himself.", .contributingFactors).contains("blame"))
        #expect(checks("Recovery was held up by the control room, who did not act on the pressure alarm for forty minutes.", .response).contains("blame"))
        #expect(checks("The ortho reg on call did not attend when first bleeped at 02:10.", .response).contains("blame"))
        #expect(checks("The work permit was issued by the client's DCS operator, who had not confirmed the line was drained.", .timeline).contains("blame"))
        #expect(checks("The yardmaster did not check the brake test before releasing the train.", .contributingFactors).contains("blame"))
        #expect(checks("The caregiver did not pass on the resident's complaint of chest pain.", .timeline).contains("blame"))
        #expect(checks("The failure to book an interpreter by both the ward and the outpatient teams.", .contributingFactors).contains("blame"))
        // a "who" that introduces a good act, or the public
        #expect(checks("The shift supervisor, who spotted the drift at 02:10, paged the vendor within five minutes.", .wentWell).isEmpty)
        #expect(checks("Passengers who had booked online were refunded within 48 hours.", .impact).isEmpty)
        #expect(checks("Both teams joined the bridge within 5 minutes.", .wentWell).isEmpty)
        // the company that runs a mine, as mine-safety reports use the word
        #expect(checks("The mine operator did not provide administrative controls to stop the proximity system being bypassed.", .rootCause).isEmpty)
    }

    @Test func sanctionsInHRAndRegulatorWords() {
        #expect(checks("Formal capability procedures have been started in respect of the duty pharmacist.", .response).contains("blame"))
        #expect(checks("The technician involved will be placed on a development plan.", .actionItem).contains("blame"))
        #expect(checks("Ward 7 RN to complete a reflective account and supervised practice before her next shift.", .actionItem).contains("blame"))
        #expect(checks("The lead fitter to be removed from confined-space duties pending reassessment.", .actionItem).contains("blame"))
        #expect(checks("Her access to the pricing tool has been removed pending retraining.", .actionItem).contains("blame"))
        // learning and things, not sanctions
        #expect(checks("Remove the legacy rule table from production duties by 30 June.", .actionItem).isEmpty)
        #expect(checks("Staff are encouraged to write reflective accounts as part of revalidation.", .actionItem).isEmpty)
    }

    @Test func verdictsAndSignOffsPutOnPeople() {
        #expect(checks("The delay in the afternoon sits with ops control, who did not tell the depot until 15:40.", .response).contains("blame"))
        #expect(checks("The real failure here belongs to our facilities team, who left the generator in test mode.", .response).contains("blame"))
        #expect(checks("The vendor's field engineer is the reason we lost the first hour.", .response).contains("blame"))
        #expect(checks("The main lesson concerns the night controller, whose acceptance of a frozen reading was the decisive failure.", .lessons).contains("blame"))
        #expect(checks("The installer arrives on site; he's the one who set the kiosk to auto-update last year.", .timeline).contains("blame"))
        #expect(checks("The change was approved by the CAB without anyone asking for a rollback plan.", .contributingFactors).contains("blame"))
        #expect(checks("The modification was signed off by the then Plant Manager without a review of the drawings.", .contributingFactors).contains("blame"))
        #expect(checks("A heater was mistakenly left on by a technician.", .summary).contains("blame"))
        #expect(checks("The duty engineer had not confirmed the isolation before opening the panel.", .contributingFactors).contains("blame"))
        #expect(checks("The job was set up by a former analyst who built no checks into it.", .contributingFactors).contains("blame"))
        #expect(checks("The systems team let the export run on the first night after the upgrade without looking at a single output.", .response).contains("blame"))
        // the same shapes for credit
        #expect(checks("She was the one who restarted the pods, which restored service at 14:10.", .wentWell).isEmpty)
        #expect(checks("The on-call engineer, whose quick rollback was the key recovery step, paged the DBA at 14:02.", .wentWell).isEmpty)
        #expect(checks("Branch staff had a script by Monday opening because the comms officer wrote it on Sunday.", .wentWell).isEmpty)
    }

    @Test func surfaceCausesInOtherWords() {
        #expect(checks("Primary cause: operator misjudgement during the historian upgrade.", .rootCause).contains("surface-cause"))
        #expect(checks("In summary this incident is caused by operation miss in the release work.", .contributingFactors).contains("surface-cause"))
        #expect(checks("The matter is attributable to incorrect set-up of the course codes.", .contributingFactors).contains("surface-cause"))
        #expect(checks("Contributing factor: the emergency call was mis-prioritised.", .contributingFactors).contains("surface-cause"))
        #expect(checks("Simply put, the guard was not fitted correctly and this is the cause of the injury.", .contributingFactors).contains("surface-cause"))
        #expect(checks("After the filter was cleaned, a valve was not properly closed, which resulted in untreated water entering the tank.", .rootCause).contains("surface-cause"))
        #expect(checks("In the end it was a human error, and human errors we can never stop completely.", .lessons).contains("surface-cause"))
        #expect(checks("Root cause is that nobody renewed the domain.", .rootCause).contains("surface-cause"))
        #expect(checks("The outage occurred due to a deployment of the gateway with incorrect configuration.", .rootCause).contains("surface-cause"))
        #expect(checks("The cause was a faulty setting on the gate readers, nothing more to it than that.", .rootCause).contains("surface-cause"))
        // going past it, or designing for it
        #expect(checks("Human error in manual tests will recur; our job is to design the tool so that a mode left on is loud.", .lessons).isEmpty)
        #expect(checks("Missing one line in a long release note is normal human error, so our system must not depend on one person finding it.", .lessons).isEmpty)
        #expect(checks("The proxy returned errors because of an incorrect setting that our deploy pipeline does not validate.", .rootCause).isEmpty)
        #expect(checks("The root cause was that nobody owned the renewal, because the certificate was issued outside the ACME pipeline.", .rootCause).isEmpty)
        #expect(checks("The permit system drew its isolation points from a valve list that had not been updated when the header was added, so the permit could not show the dependency.", .rootCause).isEmpty)
        #expect(checks("Supply pressure dropped to 1.2 bar before the standby pump was started by hand at 03:55.", .summary).isEmpty)
        #expect(checks("Around 10 per cent of the lessons learned referred to human error.", .couldBeBetter).isEmpty)
        #expect(checks("Human factors – recognise potential confusion in the selection of operating controls.", .lessons).isEmpty)
    }

    @Test func hindsightAndOtherWorldsInPlainSpeech() {
        #expect(checks("The growing backlog was plainly there on the dashboard all night.", .detection).contains("hindsight"))
        #expect(checks("With 6,000 bookings in the last hour, you didn't need to be a genius to see how that would go.", .couldBeBetter).contains("hindsight"))
        #expect(checks("Our procedure was lacking - we could, and should have, done much better here.", .couldBeBetter).contains("counterfactual"))
        #expect(checks("Ten seconds checking the lag before the switch and we'd all have slept through the night.", .couldBeBetter).contains("counterfactual"))
        #expect(checks("Had ops had a remote alarm the second restart never happens.", .couldBeBetter).contains("counterfactual"))
        #expect(checks("If we read the release note carefully, this double charge would not happen.", .couldBeBetter).contains("counterfactual"))
        // a plan, a wish about now, and hindsight named as the bias it is
        #expect(checks("If we keep a canary stage, this would not happen again.", .lessons).isEmpty)
        #expect(checks("I wish that we could give you a detailed explanation, but we are not sure of it ourselves.", .summary).isEmpty)
        #expect(checks("The factors behind the supply interruptions are much clearer in hindsight than they were to the people involved at the time.", .summary).isEmpty)
        #expect(checks("The team tried to recover the site but all the obvious efforts failed, such as restarting the service.", .response).isEmpty)
    }

    @Test func actionsThatSoundBusy() {
        #expect(checks("Sort oot the alarm priorities in the control system.", .actionItem).contains("vague-action"))
        #expect(checks("Get the weighbridge PC sorted out before next harvest.", .actionItem).contains("vague-action"))
        #expect(checks("The service desk must improve the escalation.", .actionItem).contains("vague-action"))
        #expect(checks("Management to consult properly with the union about safety.", .actionItem).contains("vague-action"))
        #expect(checks("Re-energise our culture of engineering excellence.", .actionItem).contains("vague-action"))
        #expect(checks("We are putting controls in place to try and mitigate this set of circumstances.", .actionItem).contains("vague-action"))
        #expect(checks("We have not finished assessing how to handle a major disruption in future.", .actionItem).contains("vague-action"))
        #expect(checks("And we'll revisit the whole maintenance approach with the vendor.", .actionItem).contains("vague-action"))
        #expect(checks("Improve our monitoring to detect 500 errors as soon as they occur.", .actionItem).contains("vague-action"))
        // a status code next to a threshold, or naming what to alert on
        #expect(checks("Add an alert on 500 errors above 2% for 5 minutes on /checkout.", .actionItem).isEmpty)
        #expect(checks("Alert on HTTP 503 responses from the payments gateway.", .actionItem).isEmpty)
    }

    @Test func sizesAndWordsThatJudge() {
        #expect(checks("Between 10:00 on 9 May and 14:00 on 10 May a small percentage of inbound emails failed to be delivered.", .summary).contains("unquantified-impact"))
        #expect(checks("On 14 July we suffered a minor downtime as a snapshot process froze disk I/O.", .summary).contains("unquantified-impact"))
        #expect(checks("Customers were affected between 15 and 19 February 2023.", .impact).contains("unquantified-impact"))
        #expect(checks("This resulted in delays in crews attending the incident.", .impact).contains("unquantified-impact"))
        #expect(checks("The whole city got wrong bus times half the morning.", .summary).contains("unquantified-impact"))
        #expect(checks("The overnight rota is frankly indefensible.", .contributingFactors).contains("loaded-word"))
        #expect(checks("Back up at 21:31, IT having messed about with remote access first.", .timeline).contains("loaded-word"))
        #expect(checks("After the best part of an hour dithering on the bridge, we forced a resync.", .timeline).contains("loaded-word"))
        #expect(checks("It is apparent staff at all levels are picking and choosing which rules to follow.", .contributingFactors).contains("loaded-word"))
        // owning it, feeling it, and real explosions and falls
        #expect(checks("We messed up and we are sorry for causing this disruption.", .summary).isEmpty)
        #expect(checks("We want to be transparent about it and own up to our mistakes.", .summary).isEmpty)
        #expect(checks("It's dreadful to sit here for the second time in a month writing a postmortem like this.", .summary).isEmpty)
        #expect(checks("Going beyond blaming human error, services are encouraged to look into contributing factors.", .lessons).isEmpty)
        #expect(checks("At 04:31 a release of propylene accumulated and exploded inside the building.", .timeline).isEmpty)
        #expect(checks("While running an activity, a youth member accidentally fell backward into a campfire ring.", .summary) == [])
        #expect(checks("That the patient did not undergo an assessment for transfer.", .contributingFactors).isEmpty)
    }
}
