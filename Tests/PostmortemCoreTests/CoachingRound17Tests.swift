import Testing
@testable import PostmortemCore

/// Round 17: blame told through responsibility and "from", omissions after a contrast, values put in wrongly, promises
/// reported or made with a purpose first, and impact counted as "loads of you".
/// Each pitfall sits next to the blameless sentence it must not be confused with.
@Suite("Coaching: round 17")
struct CoachingRound17Tests: CoachingSuite {
    let coach = Coach()

    @Test func aPersonMadeTheCauseThroughResponsibilityOrFromIsBlame() {
        #expect(checks("The card authorisation outage on 3 May was the responsibility of our processor's change manager, who approved a release that had not been tested.", .summary).contains("blame"))
        #expect(checks("Accountability for the failure of the nightly export has been assigned to the signalling maintenance supervisor.", .contributingFactors).contains("blame"))
        #expect(checks("It is the Insurer's finding that the Insured's network engineer, in removing a live line card during trading hours, was the proximate cause of the loss.", .rootCause).contains("blame"))
        #expect(checks("Patron-facing downtime of 6 hours resulted directly from the systems librarian's decision to apply the vendor patch outside the approved change window.", .impact).contains("blame"))
        #expect(checks("The outage is caused from the DBA, he has started the reindex of the loans table in the business hours although this was not allowed.", .rootCause).contains("blame"))
        // a person who noticed the cause, and what a team owns rather than what it did, are not blame
        #expect(checks("The on-call engineer noticed that the disk was the main cause of the latency.", .summary).isEmpty)
        #expect(checks("The delay resulted from the vendor's release process, which had no staging step.", .rootCause).isEmpty)
        #expect(checks("The delay was due to the vendor's release process, which had no staging step.", .rootCause).isEmpty)
        #expect(checks("At 09:47 the Head of Student Records has unpublished the results from the admin console and put a holding message on the portal.", .response).isEmpty)
    }

    @Test func theWriterOrOnePersonSingledOutIsBlame() {
        #expect(checks("I didn't check the replication lag before I started the failover, so the forecast database ended up split-brained because of me.", .couldBeBetter).contains("blame"))
        #expect(checks("The IT officer has put the wrong end time in the calendar and because of him the calls were not coming to agents.", .rootCause).contains("blame"))
        #expect(checks("The monitoring was actually fine, it was me who muted the card-declines alert the week before and never unmuted it, so that is why nobody got paged.", .detection).contains("blame"))
        // the same cleft about an act that helped is credit
        #expect(checks("It was Priya who restarted the pods, which restored service at 10:04.", .detection).isEmpty)
    }

    @Test func aDutyLeftUndoneAfterAContrastIsBlame() {
        #expect(checks("The control room operator acknowledged the alarm but did not escalate it to the duty manager, contrary to the site escalation procedure.", .couldBeBetter).contains("blame"))
        #expect(checks("The alert fired at 02:10 but the duty forecaster did not look at it until the morning handover.", .detection).contains("blame"))
        // an omission the runbook asked for, what a responder saw, and "they" that are the pages are not
        #expect(checks("The on-call engineer acknowledged the page but did not escalate because the runbook said to wait 15 minutes.", .response).isEmpty)
        #expect(checks("The on-call engineer restarted the pods but did not see any improvement.", .response).isEmpty)
        #expect(checks("Although pages were correctly sent they did not reach the correct administrators to address the outage.", .detection).isEmpty)
        #expect(checks("The duty forecaster confirmed the radar gap at 02:15 and switched to the backup feed.", .detection).isEmpty)
    }

    @Test func aStepLeftOutOrAValuePutInWronglyIsASurfaceCause() {
        #expect(checks("bulk-apply-limitrange.sh was run manually without excluding the traefik namespace", .rootCause) == ["surface-cause"])
        #expect(checks("Sticky (root cause): firmware pushed to scanners without checking first", .rootCause) == ["surface-cause"])
        #expect(checks("Root cause: event configured incorrectly.", .rootCause) == ["surface-cause"])
        #expect(checks("Sticky (amber): scanner firmware version number entered incorrectly in the release tool.", .contributingFactors) == ["surface-cause"])
        #expect(checks("Human error in not knowing that the logs are stored in a different AWS account than the cluster.", .rootCause) == ["surface-cause"])
        #expect(checks("The main technical root cause was reported as a human process error.", .rootCause) == ["surface-cause"])
        // what accepted the value, a system that set it, the mechanism that followed, and a label with a list of gaps are not
        #expect(checks("The limit was entered incorrectly because the form accepted any integer.", .rootCause).isEmpty)
        #expect(checks("The rate limit was configured incorrectly by the Terraform module default.", .rootCause).isEmpty)
        #expect(checks("One of the inputs to the command was entered incorrectly and a larger set of servers was removed than intended.", .rootCause).isEmpty)
        #expect(checks("RC: licence-signing cert expired; no automated expiry monitoring; renewal tracked only in one person's calendar.", .rootCause).isEmpty)
    }

    @Test func promisesReportedOrAfterAPurposeAreStillRead() {
        #expect(checks("To mitigate this we will continue to invest in making sure that failures are extremely rare.", .actionItem) == ["vague-action"])
        #expect(checks("He explained that the ICT Team would now be focusing on the following three areas: prevention, improved contract management and resilience.", .actionItem) == ["vague-action"])
        #expect(checks("The ICT Manager apologised for the problems, but assured Members that if the same problem occurred again the effect would be minimal.", .actionItem) == ["vague-action"])
        #expect(checks("The Insured should review its patch management arrangements.", .actionItem) == ["vague-action"])
        #expect(checks("IT team to be trained properly on calendar.", .actionItem) == ["vague-action"])
        #expect(checks("We are working hard to make sure this never happens again.", .lessons) == ["vague-action"])
        // a purpose before a concrete change, a body's concrete change, and a placement anyone can check are not vague
        #expect(checks("To reduce the risk we will add a second DNS provider (NS1) by 30 June.", .actionItem).isEmpty)
        #expect(checks("The Insured should replace the two line cards in chassis B with hot-swappable units by 1 June 2027, verified by a failover test.", .actionItem).isEmpty)
        #expect(checks("Make sure user pods are in a separate pool, so they do not create pressure on the core pods", .actionItem).isEmpty)
        #expect(checks("Make sure the system is more robust.", .actionItem) == ["vague-action"])
    }

    @Test func peopleCountedLooselyInAnImpactSectionAreUnquantified() {
        #expect(checks("4/ Loads of you were left hungry on Friday night and we're sorry.", .impact) == ["unquantified-impact"])
        #expect(checks("Huge numbers of you missed out on rewards and we're really sorry.", .impact) == ["unquantified-impact"])
        #expect(checks("Lots of confused passengers on Lines 2 and 3 this morning - sorry.", .impact) == ["unquantified-impact"])
        #expect(checks("gates were rejecting tons of valid passes", .impact) == ["unquantified-impact"])
        #expect(checks("Our members had to deal with long queues and angry skiers at every gate.", .impact) == ["unquantified-impact"])
        #expect(checks("The Insured incurred considerable additional operating costs in responding to the incident.", .impact) == ["unquantified-impact"])
        // line numbers name, and a response time is not the harm's length
        #expect(checks("Lines 2 and 3 were suspended for 40 minutes.", .impact).isEmpty)
        #expect(checks("Google immediately notified us in seconds, and the credentials were revoked within the next few minutes.", .summary).isEmpty)
    }

    @Test func hindsightAndCounterfactualsInNewShapes() {
        #expect(checks("The signs of this failure were there to be seen well before the system went down on 12 January.", .summary) == ["hindsight"])
        #expect(checks("Were the slow-loading priors the week before not a clear warning that the archive was about to fail?", .lessons) == ["hindsight"])
        #expect(checks("The trend clearly indicated an impending failure, which should have been recognised by the site.", .rootCause).contains("hindsight"))
        #expect(checks("Sticky: if the contract test had existed, we wouldn't be in this room.", .lessons) == ["counterfactual"])
        #expect(checks("We were lucky that two of the team were online: without paging available we could’ve noticed it way later than we did.", .wentWell) == ["counterfactual"])
        // what was plain then, a guess made now, a plan that did not happen, and the usual path are not
        #expect(checks("obviously the first thing we checked was the crane PLC, which was fine, then we found the job queue stuck at 09:20", .detection).isEmpty)
        #expect(checks("Obviously the first thing to check was the deploy log, but we went down the network rabbit hole for an hour.", .response) == ["hindsight"])
        #expect(checks("The first Grafana panel made it obviously a capacity problem, so the on-call went straight to scaling.", .detection).isEmpty)
        #expect(checks("In hindsight, it is most likely because it only requests 100Mi of RAM and nothing more.", .rootCause).isEmpty)
        #expect(checks("Sorry this took so long to get out; we'd hoped to have this out within a week, but obviously that didn't happen.", .summary).isEmpty)
        #expect(checks("Under normal circumstances, this would have been resolved as the instances restarted, but a large backlog caused them to crash.", .rootCause).isEmpty)
        #expect(checks("1/ Quick update on Friday: between 18:05 and 18:52 BST, 31% of orders placed in London never reached the restaurant.", .summary).isEmpty)
    }

    @Test func loadedWordsAndNamesThatAreEvents() {
        #expect(checks("the bridge call was a total circus, people talking over each other for the first hour", .response) == ["loaded-word"])
        #expect(checks("Our event launch checklist was a half-arsed document that nobody owned.", .contributingFactors) == ["loaded-word"])
        // a zoo that paid, a station named Circus, and an event that launched are not
        #expect(checks("Duplicate charges totalled £287,410, and the zoo reimbursed all 41 fees.", .impact).isEmpty)
        #expect(checks("Signals failed at Oxford Circus for 25 minutes from 08:10.", .impact).isEmpty)
        #expect(checks("Lunar Festival launched at 17:00 UTC on 10 February and the reward service returned errors for 38 minutes.", .summary).isEmpty)
    }
}
