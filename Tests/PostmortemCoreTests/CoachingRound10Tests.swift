import Testing
@testable import PostmortemCore

/// Round 10: what blind22 and a twelfth set of real reports (real12) showed the coach missing or nagging about.
/// Each pitfall sits next to the blameless sentence it must not be confused with.
@Suite("Coaching: round 10")
struct CoachingRound10Tests: CoachingSuite {
    let coach = Coach()

    @Test func theWriterOwnChangeNamedAsTheCauseIsBlame() {
        #expect(checks("My change to the retry logic in the claims-intake worker is what caused the duplicate payouts.", .rootCause) == ["blame"])
        #expect(better("My change to the retry logic in the claims-intake worker is what caused the duplicate payouts.", .rootCause, "blame")
            .contains("A change to the retry logic in the claims-intake worker is what caused the duplicate payouts"))
        #expect(checks("I pushed the broken feed template at 16:40 and it broke RSS for every show on the platform.", .summary) == ["blame"])
        #expect(better("I pushed the broken feed template at 16:40 and it broke RSS for every show on the platform.", .summary, "blame")
            .contains("The broken feed template was pushed at 16:40 and it broke RSS"))
        #expect(checks("I deleted data from a production database.", .summary) == ["blame"])
        // the writer's remedy is not: removing a bad thing, or a step followed by recovery
        #expect(checks("I deleted the stale lock file and the queue resumed.", .response).isEmpty)
        #expect(checks("I dropped the production read replica from the pool, and traffic recovered.", .response).isEmpty)
        #expect(checks("I restarted the pods at 10:02 and it recovered within a minute.", .response).isEmpty)
    }

    @Test func peopleTheCoachMissedByTitlePlaceOrTenseAreFound() {
        #expect(checks("The problem is coming because Mr. Sharma has changed the connection pool size in production config without informing anybody.", .rootCause) == ["blame"])
        #expect(better("The problem is coming because Mr. Sharma has changed the connection pool size in production config without informing anybody.", .rootCause, "blame")
            .contains("our change process didn't require informing anybody before changing the connection pool size in production config"))
        #expect(checks("The chlorine-residual readings were silently dropped because the night operator at Pump Station 4 restarted the RTU gateway without telling the control room.", .contributingFactors) == ["blame"])
        #expect(checks("The dispatcher team has overridden the surge limits on Friday evening, so the courier app got overloaded.", .contributingFactors) == ["blame"])
        #expect(better("The dispatcher team has overridden the surge limits on Friday evening, so the courier app got overloaded.", .contributingFactors, "blame")
            .contains("The surge limits were overridden on Friday evening"))
        #expect(checks("The intern's script, which overwrote the crew-qualification table, was run against production by Hannah Okafor without a dry run.", .rootCause) == ["blame"])
        // the same people doing the remedy are not
        #expect(checks("Mr. Sharma restored the connection pool size at 11:20 and errors stopped.", .response).isEmpty)
        #expect(checks("The night operator at Pump Station 4 restarted the RTU gateway at 02:10 and readings resumed.", .response).isEmpty)
    }

    @Test func creditingOrExplainingAPersonsActStillBlamesThem() {
        #expect(checks("Thanks to Kenji's change to the CDN cache key, every episode download for 3 hours 10 minutes returned the previous episode's audio.", .impact) == ["blame"])
        #expect(better("Thanks to Kenji's change to the CDN cache key, every episode download returned stale audio.", .impact, "blame")
            .contains("After a change to the CDN cache key"))
        #expect(checks("The disk-latency alert fired at 02:14, but Lucía muted the channel because she assumed it was the usual flapping alarm.", .detection) == ["blame"])
        #expect(better("The disk-latency alert fired at 02:14, but Lucía muted the channel because she assumed it was the usual flapping alarm.", .detection, "blame")
            .contains("the channel was muted because it looked like the usual flapping alarm"))
        #expect(checks("Ops took 40 minutes to notice the replication lag on the telemetry historian because nobody on the shift was watching the dashboard.", .couldBeBetter) == ["blame"])
        #expect(better("The outage was due to John's change to the load balancer.", .rootCause, "blame").contains("The outage was due to a change to the load balancer."))
        // praise, a diagnosis on a guess, a measured delay with a system reason, and a rejected reading are not
        #expect(checks("Thanks to Maria's change to the alert routing, the page reached the right team within a minute.", .response).isEmpty)
        #expect(checks("Amir restarted the broker because he thought the leader election was stuck.", .response).isEmpty)
        #expect(checks("The on-call took 12 minutes to acknowledge the page because the phone was on silent.", .detection).isEmpty)
        #expect(checks("The problem was not that an engineer made a mistake.", .lessons).isEmpty)
        #expect(checks("@mtp1376 started on March 20th a PR to fix Codedeploy, test were failing though, so it was not merged.", .response).isEmpty)
    }

    @Test func slipsAndSkippedChecksGivenAsTheCauseAreSurfaceCauses() {
        #expect(checks("...because an error was made when republishing the data set", .rootCause) == ["surface-cause"])
        #expect(checks("The antenna was left in stow mode after maintenance.", .rootCause) == ["surface-cause"])
        #expect(checks("We were blind to this failure as we did not verify visually that all services had switched.", .contributingFactors) == ["surface-cause"])
        #expect(checks("Testing in staging not thorough enough", .contributingFactors) == ["surface-cause"])
        #expect(checks("User misunderstanding of the correct commit SHA to use for the helm chart was one part of the problem.", .summary) == ["surface-cause"])
        // a machine choosing the wrong input, and a gap named in the same sentence, are not
        #expect(checks("Automation consumed the wrong checksum, leading to a stale enterprise-server image being deployed.", .rootCause).isEmpty)
        #expect(checks("The antenna was left in stow mode after maintenance because the maintenance checklist has no step to restore tracking mode.", .rootCause).isEmpty)
    }

    @Test func imaginedHelpAndUnsizedImpactAreFound() {
        #expect(checks("Appointing an incident manager could have helped", .lessons) == ["counterfactual"])
        #expect(better("Appointing an incident manager could have helped", .lessons, "counterfactual").contains("No incident manager was appointed"))
        #expect(checks("Writing maintainer documentation is a backlog task that may have prevented the unpublish from happening.", .contributingFactors) == ["counterfactual"])
        #expect(checks("If the pass schedule was checked by the second operator, we would not lose the contact with satellite.", .couldBeBetter) == ["counterfactual"])
        #expect(checks("On April 5th, things went bad.", .summary) == ["unquantified-impact"])
        // in plain text, a vague count of what went wrong is an impact statement; a vague count of what went right is not
        #expect(checks("A large number of players were disconnected mid-match.", .other) == ["unquantified-impact"])
        #expect(checks("Many candidates had their exams interrupted.", .other) == ["unquantified-impact"])
        #expect(checks("Several teams received the page within a minute.", .other).isEmpty)
        #expect(checks("Multiple process failures during an infrastructure migration led to this.", .summary).isEmpty)
        #expect(checks("On June 16, 2020, the Facility Locator experienced a brief Community Provider Locator outage.", .summary) == ["unquantified-impact"])
        #expect(checks("This is again our bad as SDKs were missing timeout configurations.", .contributingFactors) == ["loaded-word"])
        #expect(better("The provider API lied about the server's state.", .summary, "loaded-word").contains("The provider API misreported the server's state."))
        // a guess about what did happen, a measured phase, what kept working, and an idiom are not
        #expect(checks("The retry may have prevented further loss.", .response).isEmpty)
        #expect(checks("During the 40-minute acute phase of the incident, FKS in ORD was unavailable.", .impact).isEmpty)
        #expect(checks("Most services transferred successfully to our secondary node, which kept up some key services such as the Modmail bot.", .impact).isEmpty)
        #expect(checks("Passwords and private keys were not exposed as part of this incident.", .impact).isEmpty)
        #expect(checks("Shortly after the hardfork at 21:55 UTC things went south with a fork in the chain.", .summary).isEmpty)
    }

    @Test func blind23SubtlerBlameIsFound() {
        #expect(checks("It was the contractor who disabled the index-age check last spring that left us blind to the stale snapshot.", .contributingFactors) == ["blame"])
        #expect(better("It was the contractor who disabled the index-age check last spring that left us blind to the stale snapshot.", .contributingFactors, "blame")
            .contains("The index-age check was disabled last spring, which left us blind to the stale snapshot"))
        #expect(checks("Kenji's decision to skip the staged rollout pushed the broken token-refresh build to every Android user at once.", .rootCause) == ["blame"])
        #expect(checks("When Aroha reran the tariff migration without the dry-run flag, 3,100 meters were moved to the wrong time-of-use band.", .rootCause) == ["blame"])
        #expect(better("When Aroha reran the tariff migration without the dry-run flag, 3,100 meters were moved to the wrong band.", .rootCause, "blame")
            .contains("before rerunning the tariff migration"))
        #expect(checks("Our DBA in Kraków has removed the partition of the meter readings table, which made the billing run to fail.", .rootCause).contains("blame"))
        #expect(better("Our DBA in Kraków has removed the partition of the meter readings table, which made the billing run to fail.", .rootCause, "blame")
            .contains("The partition of the meter readings table was removed, which made the billing run to fail"))
        #expect(better("Ji-hoon deployed the new settlement batch before the market is closed, so the end-of-day feed was sent two times.", .rootCause, "blame")
            .contains("The new settlement batch was deployed before the market is closed, so"))
        #expect(checks("Emre was pushing the image with the latest tag over the stable one, and all the builds of customers took the broken base image.", .rootCause) == ["blame"])
        #expect(checks("The archive volume was unmounted by the night-shift PACS administrator while studies were still being written to it.", .rootCause) == ["blame"])
        // the same shapes for a remedy are not
        #expect(checks("Our DBA in Kraków has restored the partition from the 02:00 snapshot, and billing resumed at 04:10.", .response).isEmpty)
        #expect(checks("The archive volume was unmounted by the PACS administrator at 02:00 as planned in CHG-2291.", .response).isEmpty)
        #expect(checks("Kenji's decision to roll back at 10:02 restored logins within four minutes.", .response).isEmpty)
    }

    @Test func real13ElidedWorldsAndFoldedPeople() {
        #expect(checks("Our warning monitoring did not detect a problem when it should have.", .couldBeBetter) == ["counterfactual"])
        #expect(checks("We did not reroute to a backup as fast as we could have.", .couldBeBetter) == ["counterfactual"])
        #expect(checks("The root cause of this incident was a engineer-driven configuration error.", .rootCause) == ["surface-cause"])
        #expect(checks("We would like to apologize to everyone affected and assure you that we are already hard at work on preventive measures so that this does not happen again in the future.", .summary) == ["vague-action"])
        // a system that did what it was built to do, and a tool that asks for a check, are not
        #expect(checks("The failover worked as it should have.", .wentWell).isEmpty)
        #expect(!checks("When redundant devices are targeted at the same time, our automation will ask for a double-check and a confirmation.", .actionItem).contains("vague-action"))
        #expect(checks("One of our engineers rolled back the migration at 14:50.", .response).isEmpty)
    }

    /// Look-alikes a review of the round-10 rules turned up: each stays clean, or keeps a readable rewrite.
    @Test func lookAlikesOfTheNewRulesStayClean() {
        #expect(better("Adding a canary would have prevented this.", .lessons, "counterfactual").contains("No canary was added"))
        #expect(better("Restarting the pods would have prevented the outage.", .lessons, "counterfactual").contains("No pods were restarted"))
        #expect(better("Having a second reviewer might have caught the typo.", .lessons, "counterfactual").contains("There was no second reviewer"))
        #expect(checks("Nothing in our tooling could have detected this.", .lessons).isEmpty)
        #expect(checks("Restarting the pods may not have helped.", .lessons).isEmpty)
        #expect(checks("The failover did not need manual steps and worked as it should have.", .wentWell).isEmpty)
        #expect(checks("Ana closed the incident because she thought the error rate was back to normal, and it was.", .response).isEmpty)
        #expect(better("Kai muted the alert because he assumed it was safe.", .detection, "blame").contains("The alert was muted because it looked safe"))
        #expect(checks("Make sure the system does not fail when load increases.", .actionItem).contains("vague-action"))
        #expect(checks("We did not know that an engineer had disabled the alert, so nobody was paged.", .detection) == ["blame"])
        #expect(!checks("Fix the race condition bug in the lock manager by adding a fencing token check (owner: Ana, due 2025-05-10).", .actionItem).contains("vague-action"))
        #expect(!checks("Write a runbook for the PgBouncer failover.", .actionItem).contains("vague-action"))
        #expect(checks("Check replica lag before promoting a replica.", .lessons).isEmpty)
        #expect(checks("The team took 40 minutes to notice the lag because nobody was paged: the alert had no route.", .couldBeBetter).isEmpty)
        #expect(checks("Kim rolled back the deploy, which made the error rate drop to 0.1%.", .response).isEmpty)
        #expect(checks("The volume was unmounted by the storage on-call while replication was still catching up, as planned in CHG-4411.", .response).isEmpty)
    }

    @Test func actionsWhoseOnlySpecificsAreADateOrAnAreaAreVague() {
        #expect(checks("Tariff migration tooling — by end of Q3.", .actionItem).contains("vague-action"))
        #expect(checks("Update the runbook for the meter head-end.", .actionItem).contains("vague-action"))
        #expect(checks("We improved our CICD to avoid this kind of non-deterministic issues in the future.", .actionItem).contains("vague-action"))
        #expect(checks("Automate manual processes if possible.", .lessons) == ["vague-action"])
        #expect(!checks("Rename FLUSHALL in the production Redis config via the ansible role (owner: Marcus, due 2026-02-20).", .actionItem).contains("vague-action"))
        #expect(!checks("Add a 90-second timeout to the `sync-tiles` job to avoid similar hangs.", .actionItem).contains("vague-action"))
        #expect(checks("This will prevent similar issues when extensions call potentially-unavailable functions.", .actionItem).isEmpty)
        #expect(checks("Ground station: follow up on the antenna maintenance procedure, due 2025-03-31.", .actionItem).contains("vague-action"))
        #expect(checks("Fix the caching issue in the feed service.", .actionItem).contains("vague-action"))
        #expect(checks("We need to fix the GCP Cloud Build caching problem by how we build our container.", .lessons) == ["vague-action"])
        #expect(checks("Going forward we will take data integrity more seriously in the claims pipeline.", .lessons) == ["vague-action"])
        #expect(checks("Change Traefik v2 healthcheck path to something more robust", .actionItem).contains("vague-action"))
        #expect(checks("Workload segmentation might be an option to limit blast zones", .actionItem).contains("vague-action"))
        #expect(checks("Creating an end-to-end test suite on staging could help improve our confidence when deploying.", .actionItem).contains("vague-action"))
        #expect(checks("Playbooks for disaster recovery would be beneficial.", .lessons) == ["vague-action"])
        // a guard with its condition, a named check with a date, and a fix with its ticket are not
        #expect(!checks("Ensure that the cog-publish script cannot be started if head is pointing to the same artifacts as latest", .actionItem).contains("vague-action"))
        #expect(!checks("Add a p99 latency alert on checkout-api at 800 ms for 5 minutes, due 2025-03-31.", .actionItem).contains("vague-action"))
        #expect(!checks("Fix the off-by-one in `rotate_keys.py` (OPS-412) and add a regression test for the 90-day boundary.", .actionItem).contains("vague-action"))
    }
}
