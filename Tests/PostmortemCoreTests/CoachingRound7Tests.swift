import Testing
@testable import PostmortemCore

/// Round 7: what blind14 and two more sets of real reports (real5, real6) showed the coach missing or nagging about.
/// Each pitfall sits next to the blameless sentence it must not be confused with.
@Suite("Coaching: round 7")
struct CoachingRound7Tests: CoachingSuite {
    let coach = Coach()

    @Test func refusingDoingNothingAndGoingAheadAgainstAWarningAreBlame() {
        #expect(checks("Recovery took an extra hour because the network team refused to join the bridge until a ticket was filed.", .response) == ["blame"])
        #expect(checks("The outage dragged on because the contractor would not grant us access to the firewall.", .couldBeBetter) == ["blame"])
        #expect(checks("The alert went to the NOC, who acknowledged it and then did nothing until the airline called.", .detection) == ["blame"])
        #expect(checks("The release manager pushed ahead with the deploy even though the canary was red.", .contributingFactors) == ["blame"])
        #expect(checks("The mobile team shipped the release on a Friday afternoon against policy.", .couldBeBetter) == ["blame"])
        #expect(better("The release manager pushed ahead with the deploy even though the canary was red.", .contributingFactors).contains("nothing in the pipeline blocked it"))
        // a gate doing its job, a remedy against the odds, a reason the runbook gives, and a response step are not
        #expect(checks("Priya would not approve the change without a rollback plan.", .couldBeBetter).isEmpty)
        #expect(checks("Kenji rolled back even though the canary looked healthy, which restored checkout in 3 minutes.", .response).isEmpty)
        #expect(checks("Maria deployed the fix even though the dashboards still showed errors, and error rates fell within 5 minutes.", .response).isEmpty)
        #expect(checks("Ana continued the failover even though two replicas were still catching up, because the runbook allows it.", .response).isEmpty)
        #expect(checks("The incident commander went ahead with the DNS change at 10:05 after the network team approved it.", .response).isEmpty)
    }

    @Test func customersAreBlamedOnlyWhenTheirActIsMadeTheCause() {
        #expect(checks("Ultimately the outage happened because the customer kept hammering our API with a script.", .rootCause) == ["blame"])
        #expect(checks("The customer rotated their SAML signing cert without notifying us.", .rootCause) == ["blame"])
        #expect(checks("The underlying cause was the customer's IT department rotating their cert without notifying us.", .rootCause) == ["blame"])
        // a customer's change as the trigger, customers as the ones hit, and a customer's report are not
        #expect(checks("Early June 8, a customer pushed a valid configuration change that triggered the bug, which caused 85% of our network to return errors.", .rootCause).isEmpty)
        #expect(checks("1,140 customers failed to complete checkout between 10:02 and 10:40 UTC.", .impact).isEmpty)
        #expect(checks("A customer reported the problem through support before any alert fired.", .detection).isEmpty)
    }

    @Test func omissionsInThePassiveAndTheWritersOwnSlipsAreNamed() {
        #expect(checks("The warning was missed by the night operator.", .contributingFactors) == ["blame"])
        #expect(checks("The server was left unattended by the night shift for three hours.", .contributingFactors) == ["blame"])
        #expect(better("The warning was missed by the night operator.", .contributingFactors) == "Drop the person and name the gap: “The warning was missed, and nothing escalated it.” Then ask why it was possible.")
        #expect(checks("I had accidentally executed my statement on the production database.", .rootCause) == ["surface-cause"])
        #expect(checks("When adding the spare drive, I accidentally clicked migrate to RAID 0.", .contributingFactors) == ["surface-cause"])
        // nobody named, a slip with its reason, a slip in the response, and an analysis that goes on are not
        #expect(checks("The issue went undetected by humans for seven hours and ten minutes.", .couldBeBetter).isEmpty)
        #expect(checks("We accidentally exposed the Redis port because the firewall service did not start after the update.", .rootCause).isEmpty)
        #expect(checks("I accidentally closed the terminal at 10:05 and reconnected at 10:06.", .response).isEmpty)
        #expect(checks("Human error was a factor, but the real cause is that the admin console deletes a tenant with one click.", .rootCause).isEmpty)
        #expect(checks("The mistake in the fare table was possible because the upload tool accepts CSV without schema checks.", .rootCause).isEmpty)
    }

    @Test func actionsThatNameAKindOfThingOrAskForMoreOfItAreVague() {
        #expect(checks("Update the DNS stack to include stricter error handling.", .actionItem).contains("vague-action"))
        #expect(checks("Better dashboards for the warehouse robots - Q3.", .actionItem).contains("vague-action"))
        #expect(checks("Implementing a disaster recovery plan for the database", .actionItem).contains("vague-action"))
        #expect(checks("Investigation into BGP session interdependencies between edge routers", .actionItem).contains("vague-action"))
        #expect(checks("Implementation of automated configuration validation testing", .actionItem).contains("vague-action"))
        #expect(checks("Improve alerting around boskos status (#11953)", .actionItem).contains("vague-action"))
        #expect(checks("TODO: sort out the retry behaviour in the Android client.", .actionItem).contains("vague-action"))
        #expect(checks("We are committed to improving our processes so that this does not happen again.", .lessons) == ["vague-action"])
        #expect(!checks("Make `--dry-run` the default in `bulk-delete.sh` so deletion requires an explicit `--execute` flag (PR #882).", .actionItem).contains("vague-action"))
        // a number, a named artifact with a qualifier, and a purpose clause give them their finish line
        #expect(!checks("Add stricter validation: reject zone files with more than 0 syntax errors in CI (owner: Kim, due 2026-12-01).", .actionItem).contains("vague-action"))
        #expect(!checks("Implementation of a 5-minute TTL cap in the DNS updater (owner: Ops, due 2026-12-01)", .actionItem).contains("vague-action"))
        #expect(!checks("Add integration test for deployment validation", .actionItem).contains("vague-action"))
        #expect(!checks("Improve p99 latency of checkout to under 300 ms (PAY-412).", .actionItem).contains("vague-action"))
    }

    @Test func sizesLeftOutOfImpactAreFoundAndScopesAreNot() {
        #expect(checks("On January 7th at 22:26 UTC the site experienced a spike in response times.", .summary) == ["unquantified-impact"])
        #expect(checks("Yesterday, we experienced a very long downtime.", .summary) == ["unquantified-impact"])
        #expect(checks("On Monday, July 20th, Sentry was down for most of the US working day.", .summary) == ["unquantified-impact"])
        #expect(checks("The data was gone.", .impact) == ["unquantified-impact"])
        #expect(checks("The purge storm also drove a large, unexpected increase in our egress bill.", .impact) == ["unquantified-impact"])
        #expect(checks("In case the situation turns critical, remain calm and collected.", .lessons) == ["vague-action"])
        #expect(checks("This whole thing could have been solved in 1-2 hours instead of 6-8.", .couldBeBetter) == ["counterfactual"])
        #expect(checks("Clearly the replication lag graph was telling us something was wrong well before the failover.", .detection) == ["hindsight"])
        // a size given, a length in words, what might have happened, and what the outage was limited to are not
        #expect(checks("p99 latency saw a spike from 120 ms to 900 ms between 10:02 and 10:40 UTC.", .impact).isEmpty)
        #expect(checks("For a period of around four minutes, one sixth of egress traffic was dropped.", .impact).isEmpty)
        #expect(checks("If a customer paid by card during the incident, the balance was not updated.", .impact).isEmpty)
        #expect(checks("The outage only affected the front-end server.", .impact).isEmpty)
        #expect(checks("Clearly, the graph showed a 40% drop at 10:02.", .detection).isEmpty)
        // an impact's mechanism, a named host and a total describe it; people hit still need counting
        #expect(checks("Due to zone misconfigurations, components of our DNS cluster were knocked offline.", .impact).isEmpty)
        #expect(checks("The primary OpenStreetMap.org website and API were offline.", .impact).isEmpty)
        #expect(checks("No toots could be sent or read from the web interface.", .impact).isEmpty)
        #expect(checks("Customers experienced degraded performance due to lost capacity.", .impact) == ["unquantified-impact"])
    }

    @Test func careAskedOfPeopleSelfBlameAndGoingBackToSleepAreBlame() {
        #expect(checks("Lesson learned: the ops team needs to be much more careful when touching production routers.", .lessons).contains("blame"))
        #expect(checks("The main lesson is that engineers need to double-check their work before deploying.", .lessons) == ["blame"])
        #expect(checks("Summary: I broke email for the whole family for a weekend by rebooting the mail server mid-upgrade.", .summary) == ["blame"])
        #expect(checks("The on-call saw the alert at 02:10, acknowledged it, and went back to sleep.", .detection) == ["blame"])
        #expect(checks("The intern who wrote the cleanup job had production credentials and ran it without supervision.", .contributingFactors) == ["blame"])
        #expect(checks("The network team pushed the ACL change outside the approved window, which is why nobody was watching.", .contributingFactors) == ["blame"])
        #expect(checks("Root cause: I ran the backup script while the NFS share wasn't mounted.", .rootCause) == ["surface-cause"])
        #expect(checks("I underestimated the issue at first and tried to keep the site up while I fixed it.", .couldBeBetter) == ["blame"])
        #expect(checks("Instead of taking a step back, I forged ahead into the unknown.", .lessons) == ["blame"])
        #expect(checks("The DBA took nearly an hour to respond to the page.", .couldBeBetter) == ["blame"])
        #expect(checks("The on-call had also disabled the canary stage the week before to speed up their own deploys.", .contributingFactors) == ["blame"])
        #expect(checks("This outage started when a member of our support team bulk-updated customer plans using an outdated script.", .rootCause).contains("blame"))
        // a tool double-checking, a remedy without waiting, a response time measured, a load test of their own, and the writer's own response steps are not
        #expect(checks("The on-call engineer took 4 minutes to acknowledge the page.", .response).isEmpty)
        #expect(checks("The team had scaled the cluster to 40 nodes for their own load test the day before.", .response).isEmpty)
        #expect(checks("I pushed ahead with the failover at 10:05 once the replica caught up.", .response).isEmpty)
        #expect(checks("The deploy tool needs to double-check the target region before applying.", .lessons).isEmpty)
        #expect(checks("Maria joined the bridge at 10:02 and restarted the pods without waiting for approval, which restored service.", .response).isEmpty)
        #expect(checks("I killed the runaway queries at 10:05 and latency recovered by 10:07.", .response).isEmpty)
        #expect(checks("I ran the restore at 11:00.", .response).isEmpty)
    }

    @Test func blind16DismissalsHesitationsAndAccidentsInThePassive() {
        #expect(checks("The weekend on-call saw the failing synthetic check and dismissed it as a flaky test.", .detection) == ["blame"])
        #expect(checks("The pricing on-call acknowledged the 00:09 page but did not open a laptop until 00:24.", .detection) == ["blame"])
        #expect(checks("The release manager held off revoking the token for 20 minutes while trying to work out who had merged what.", .response) == ["blame"])
        #expect(checks("Priyanka ran the backfill from her laptop with production credentials, and that is how the table got overwritten.", .contributingFactors) == ["blame"])
        #expect(checks("Jenna in systems had muted the disk alert emails because they were noisy, so nobody saw the volume filling.", .detection) == ["blame"])
        #expect(checks("Marketing kept the launch email going out at 10:15 even though checkout was down.", .response) == ["blame"])
        #expect(checks("It happened because a purge job was switched off by accident.", .contributingFactors) == ["surface-cause"])
        #expect(checks("Rotate secrets regularly.", .actionItem).contains("vague-action"))
        #expect(checks("Expand hardware test coverage.", .actionItem).contains("vague-action"))
        #expect(checks("Get certificate lifecycle management under control.", .actionItem).contains("vague-action"))
        #expect(checks("Here it was left open for too long, and a second administrator could have caught this issue sooner.", .lessons) == ["counterfactual"])
        // a failover held until it was safe, an input entered wrong with its gap, an interval given, and a delay explained are not
        #expect(checks("We held off the failover until the replica caught up, because promoting it earlier would have lost 4 minutes of writes.", .response).isEmpty)
        #expect(checks("An input to the capacity tool was entered incorrectly and the tool had no check on how many servers could be removed.", .rootCause).isEmpty)
        #expect(!checks("Rotate the API signing keys every 90 days via the vault cron job (owner: Sec, due 2026-12-01).", .actionItem).contains("vague-action"))
        #expect(checks("The failover could have started immediately, but the runbook required a manual approval that took 12 minutes.", .response).isEmpty)
        #expect(checks("Jenna in systems restarted the database at 10:05, which restored service.", .response).isEmpty)
    }

    @Test func blind17BlameInEveryGrammar() {
        #expect(checks("Thanks to the NOC sitting on the alert for forty minutes, a 5-minute blip turned into a 45-minute outage.", .summary).contains("blame"))
        #expect(checks("The incident was entirely caused by a customer who hammered our API with a misconfigured retry loop.", .summary) == ["blame"])
        #expect(checks("We refunded $41,200 in duplicate charges, a cost that traces directly to Hiroshi re-running the batch job by hand twice.", .impact).contains("blame"))
        #expect(checks("1.4 TB of events were lost when the staging table was truncated by an engineer from the data team.", .impact).contains("blame"))
        #expect(checks("Recovery was delayed by 25 minutes by Elif, who insisted on debugging live.", .response).contains("blame"))
        #expect(checks("The incident commander, Chidi, went silent for half an hour and nobody knew who was in charge.", .response) == ["blame"])
        #expect(checks("That's on me; I ran the migration without double-checking which database I was connected to.", .couldBeBetter).contains("blame"))
        #expect(checks("Write up Dmitri's role in the outage and send it to his manager.", .actionItem).contains("blame"))
        #expect(checks("Marcus owns this failure and will personally approve every cache change from now on.", .actionItem).contains("blame"))
        #expect(checks("Lesson learned: never let Zainab touch DNS on a Friday.", .lessons).contains("blame"))
        #expect(checks("Root cause was the vendor's engineer, who rebooted the core switch in the middle of business hours.", .rootCause).contains("blame"))
        #expect(checks("Worked well: the restore. Didn't work well: Emeka.", .wentWell).contains("blame"))
        #expect(checks("QA signed off without ever opening the app on a real device.", .contributingFactors) == ["blame"])
        #expect(checks("The security team dragged its feet on approving the emergency key rotation.", .couldBeBetter).contains("loaded-word"))
        #expect(checks("The vendor's support desk sat on our ticket until Monday.", .contributingFactors) == ["blame"])
        #expect(checks("Tomasz approved his own PR at 23:50 to squeeze it into the release.", .contributingFactors) == ["blame"])
        #expect(checks("The help desk closed the first four student reports as 'user error'.", .detection) == ["blame"])
        #expect(checks("Facilities changed the gate network VLAN without telling IT, again.", .couldBeBetter) == ["blame"])
        #expect(checks("Wrong VLAN tag entered during the gate switch replacement.", .contributingFactors) == ["surface-cause"])
        #expect(checks("Communication could be improved across teams.", .lessons) == ["vague-action"])
        // the vendor as a preposition's object, a process that skips by policy, and a person's response are not
        #expect(checks("The IC declared a SEV-1 at 10:02 and paged the database team.", .response).isEmpty)
        #expect(checks("The help desk posted a status update at 10:10.", .response).isEmpty)
        #expect(checks("The core switch rebooted during a vendor maintenance session; our contract with the vendor does not restrict maintenance windows.", .rootCause).isEmpty)
        #expect(checks("The load test was skipped under the hotfix path, which by policy bypasses load tests for changes under 20 lines.", .contributingFactors).isEmpty)
        #expect(checks("Maria deleted the stale production snapshots as planned in CHG-4411.", .response).isEmpty)
        #expect(checks("The alert went to the NOC, who paged the network team at 02:14.", .detection).isEmpty)
    }

    @Test func ventingAndVerdictsOnOurselvesAreLoaded() {
        #expect(checks("There is no excuse for the downtime.", .couldBeBetter) == ["loaded-word"])
        #expect(checks("This outage was caused by a collision between bad luck and stupidity.", .rootCause).contains("loaded-word"))
        #expect(checks("Right now we failed at that, and for that I apologize.", .couldBeBetter) == ["loaded-word"])
        #expect(checks("This was a bad idea.", .rootCause) == ["loaded-word"])
        #expect(checks("This is a significant miss, and for that we apologize.", .lessons) == ["loaded-word"])
        #expect(checks("The alert fired repeatedly for two hours and was simply ignored.", .detection) == ["loaded-word"])
        #expect(checks("For once we didn't drop the ball on customer comms.", .wentWell) == ["loaded-word"])
        #expect(checks("Monitoring let us down completely here, which is a total embarrassment.", .detection).contains("loaded-word"))
        // failing over, a bad disk, a cache miss, a shard performing poorly, a preference, a ranked issue and a role-named component are not
        #expect(checks("Starting around 11:00 we noticed that one of these shards was performing poorly.", .detection).isEmpty)
        #expect(checks("Our status update went out later than we would have liked.", .couldBeBetter).isEmpty)
        #expect(checks("The most obvious issue is that the room was world-readable.", .contributingFactors).isEmpty)
        #expect(checks("The outage was due to a Supervisor module crash on a core router.", .summary).isEmpty)
        #expect(checks("At 10:04 we failed over to the secondary region.", .response).isEmpty)
        #expect(checks("The bad disk in rack 4 was replaced at 11:20.", .response).isEmpty)
        #expect(checks("Every cache miss added 40 ms to the request.", .contributingFactors).isEmpty)
    }
}
