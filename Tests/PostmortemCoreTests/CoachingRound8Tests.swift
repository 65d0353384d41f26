import Testing
@testable import PostmortemCore

/// Round 8: what blind19, blind20 and two more sets of real reports (real9, real10) showed the coach missing or nagging about.
/// Each pitfall sits next to the blameless sentence it must not be confused with.
@Suite("Coaching: round 8")
struct CoachingRound8Tests: CoachingSuite {
    let coach = Coach()

    @Test func statusPageImpactWithNoSizeIsUnquantified() {
        #expect(checks("Our storefront experienced temporary downtime after the disk filled.", .impact) == ["unquantified-impact"])
        #expect(checks("We're sorry for the downtime that occurred on Tuesday.", .summary) == ["unquantified-impact"])
        #expect(checks("We are investigating reports of elevated latency on the search API.", .summary) == ["unquantified-impact"])
        #expect(checks("The booking service was degraded.", .summary) == ["unquantified-impact"])
        #expect(checks("The forum experienced an outage.", .summary) == ["unquantified-impact"])
        #expect(checks("Catastrophic failure of the ledger.", .impact) == ["unquantified-impact"])
        #expect(checks("Validator RPC endpoints were briefly unavailable during the rebuild.", .impact) == ["unquantified-impact"])
        #expect(checks("Parents could not see report cards for several days.", .impact) == ["unquantified-impact"])
        #expect(better("The booking service was degraded.", .summary, "unquantified-impact").contains("N users"))
        // durations in words, times of day, an estimate of magnitude, a version, and causes counted loosely are not
        #expect(checks("During the 40-minute acute phase, the control plane in one region was unavailable.", .impact).isEmpty)
        #expect(checks("A significant disruption left all lab services intermittently available for approximately four business days.", .summary).isEmpty)
        #expect(checks("On 21 June the EU region was partially down from 8am to noon CET.", .summary).isEmpty)
        #expect(checks("The incident lasted about an hour and hit customers in one scale unit.", .impact).isEmpty)
        #expect(checks("Probably a few hundred customers were affected.", .impact).isEmpty)
        #expect(checks("Several process failures during the migration led to this.", .summary).isEmpty)
        #expect(checks("We apologise for any inconvenience caused by these outages.", .summary).isEmpty)
        #expect(checks("A spike in usage led to hard throttling on the build cluster.", .summary).isEmpty)
        #expect(checks("Services that do not call the API stayed available.", .impact).isEmpty)
    }

    @Test func namedAuthorsInThePassiveAndPossessiveAreBlame() {
        #expect(checks("The hotfix was rolled out by Ivan straight to every region and made the lobby crash worse.", .response) == ["blame"])
        #expect(checks("On 3 May, a change made by billing engineer Nadia Okafor took the invoice queue offline for 2 hours.", .summary) == ["blame"])
        #expect(checks("The rota for the autumn term was corrupted by Marco when he re-imported the staff file.", .rootCause) == ["blame"])
        #expect(checks("Aisha's change to the tariff rules overcharged 1,900 households on 4 June.", .summary) == ["blame"])
        #expect(checks("Root cause: Priya's cleanup script truncated the attendance table for 41 schools.", .rootCause) == ["blame"])
        // a change with its author in a neutral timeline, and a team's process named, are not
        #expect(checks("The rollback was run by Ivan at 14:20 and error rates returned to baseline by 14:26.", .response).isEmpty)
        #expect(checks("Our response was slower due to gaps in our on-call rotation for the service.", .couldBeBetter).isEmpty)
    }

    @Test func consequencesToldAfterTheActAreBlame() {
        #expect(checks("At 10:36 the engineer dropped the old index, and a few seconds later both secondaries became unhealthy.", .response) == ["blame"])
        #expect(checks("Marketing sent the launch email an hour early, before we had scaled up, and the signup flow buckled.", .contributingFactors) == ["blame"])
        #expect(checks("Ops restarted all three gateway pods at once and turned a partial outage into a full reconnect storm.", .response) == ["blame"])
        #expect(checks("A customer misconfigured their webhook and flooded our ingest queue, delaying deliveries for every other tenant.", .summary) == ["blame"])
        // a remedy told with its good result, a neutral timeline fact, and a customer's valid change are not
        #expect(checks("Maria restarted the broker, and the errors stopped.", .response).isEmpty)
        #expect(checks("At 14:02 Sam started the deploy, and the canary went red.", .response).isEmpty)
        #expect(checks("A customer pushed a valid configuration change that triggered the bug.", .summary).isEmpty)
    }

    @Test func questionsBeliefsAndPerceptionPutOnAPersonAreBlame() {
        #expect(checks("Why did Kenji re-open the auction before the order book was rebuilt??", .response) == ["blame"])
        #expect(checks("Why did nobody on the registrar team check the rollover script before term started?", .couldBeBetter) == ["blame"])
        #expect(checks("What the engineer did not realize at the time was that the index builds on the secondaries only after the primary.", .rootCause) == ["blame"])
        #expect(checks("The engineer making the change thought the workflow ran the copy of the script on main.", .rootCause) == ["blame"])
        #expect(checks("Multiple people saw the warning and did not think it would block the release.", .couldBeBetter) == ["blame"])
        #expect(checks("They pushed the vault upgrade straight to mainnet from a laptop, bypassing the multisig entirely.", .contributingFactors) == ["blame"])
        #expect(checks("Customer success promised the client a fix time without checking with engineering, which escalated the whole thing.", .response) == ["blame"])
        #expect(checks("The security office is accountable for letting the portal certificate expire.", .lessons) == ["blame"])
        // questions about the system, the team's own account, and people who are only mentioned are not
        #expect(checks("Why did the alert not fire?", .couldBeBetter).isEmpty)
        #expect(checks("We assumed the replica was in sync because the dashboard showed zero lag.", .rootCause).isEmpty)
        #expect(checks("Clients could do a better job of warning when a room's history can be read by people who didn't join.", .couldBeBetter).isEmpty)
        #expect(checks("Put user pods in a separate pool, so they do not create pressure on the core pods (owner: Ana, due 2026-12-01).", .actionItem).isEmpty)
    }

    @Test func remediesTheWriterTookAreNotSelfBlame() {
        #expect(checks("I took the game server offline for 6 hours on Saturday to restore the world from the 04:00 backup.", .summary).isEmpty)
        #expect(checks("Yesterday I took down the API, created a bigger follower database, and then failed over to it.", .response).isEmpty)
        #expect(checks("Rebuilding ten thousand rules would clearly take hours, so I killed everything and removed the rule.", .response).isEmpty)
        #expect(checks("I broke email for the whole family.", .rootCause).contains("blame"))
    }

    @Test func verdictsInOtherWordsAreLoaded() {
        #expect(checks("We had neglected to install SMART monitoring on the storage hosts.", .contributingFactors) == ["loaded-word"])
        #expect(checks("In the end it was a couple of amateur mistakes that nearly cost us.", .contributingFactors) == ["loaded-word"])
        #expect(checks("I wrote the migration in haste and only tested it locally.", .response) == ["loaded-word"])
        #expect(checks("We know a two-hour outage is not acceptable for you.", .summary) == ["loaded-word"])
        #expect(checks("The contractor's code was of substandard quality.", .lessons) == ["loaded-word"])
        #expect(checks("Unwilling to test, they sent it live.", .response).contains("loaded-word"))
        // the blameless creed, a state of the network, and a design gap named are not
        #expect(checks("Incidents are not an employee's fault, they are a fault of the organization.", .lessons).isEmpty)
        #expect(checks("Our provider did not bring the rack back cleanly and some routing seemed messed up.", .rootCause).isEmpty)
        #expect(checks("A mistake in a roster file can reach production in one step today, so we need a validation stage before publish.", .lessons).isEmpty)
    }

    @Test func otherWorldsAndHindsightInEverydayWords() {
        #expect(checks("It cost more time in total than it would have if I had asked a colleague to check it.", .lessons) == ["counterfactual"])
        #expect(checks("We could have detected the issue before it went out.", .couldBeBetter) == ["counterfactual"])
        #expect(checks("If the configuration was checked before the rollout, the interruption would not happen.", .summary) == ["counterfactual"])
        #expect(checks("The cutover could have been handled much better.", .couldBeBetter) == ["counterfactual"])
        #expect(checks("As was evident from the beginning, the old switch could not handle the VLAN count.", .rootCause) == ["hindsight"])
        #expect(checks("A yield of 20% with no reserves was never going to work.", .contributingFactors) == ["hindsight"])
        #expect(checks("The rejects were plain to see on the dashboard long before the first complaint.", .detection) == ["hindsight"])
        #expect(checks("We didn't recognize the diminishing returns early enough.", .couldBeBetter) == ["hindsight"])
        // an expectation of the design, a claim it was unavoidable, and what a responder saw and acted on are not
        #expect(checks("Provisioning is automated, so the drive misconfiguration shouldn't have been possible.", .contributingFactors).isEmpty)
        #expect(checks("I do not think it could have been avoided entirely.", .summary).isEmpty)
        #expect(checks("It was clear the rebuild would take hours, so we failed over to the standby.", .response).isEmpty)
        #expect(checks("I took the obvious approach of keeping a second API key.", .response).isEmpty)
        #expect(checks("The placeholder pods didn't allocate nodes early enough for the spike.", .couldBeBetter).isEmpty)
    }

    @Test func surfaceCausesInTheWordsReportsUse() {
        #expect(checks("The outage was caused by a bad config push.", .rootCause) == ["surface-cause"])
        #expect(checks("Due to an oversight in the upgrade plan, a downgrade was not enough.", .contributingFactors) == ["surface-cause"])
        #expect(checks("A heavy query was run on the metrics server, so the solution is just to not run such queries.", .rootCause) == ["surface-cause"])
        #expect(checks("We did not check the metrics after completing the migration.", .contributingFactors) == ["surface-cause"])
        #expect(checks("The dosing pump was left in manual mode after maintenance.", .contributingFactors) == ["surface-cause"])
        #expect(checks("Insufficient understanding of NAT rule behaviour on live bridges.", .contributingFactors) == ["surface-cause"])
        // a design choice compared, machines that come and go, a bug's behaviour, and a cause traced further are not
        #expect(checks("Rate limits were applied per instance rather than per tenant, so one tenant's burst of 40k requests filled the pool.", .rootCause).isEmpty)
        #expect(checks("An EC2 instance running the scheduler was terminated.", .rootCause).isEmpty)
        #expect(checks("A bug in the client returned an error instead of INVALID when it executed the wrong payloads.", .rootCause).isEmpty)
        #expect(checks("This misconfiguration stemmed from inconsistent application of settings across environments.", .rootCause).isEmpty)
        #expect(checks("The rollback was delayed by a lack of understanding of the scope of the issue.", .rootCause).isEmpty)
    }

    @Test func promisesTopicsAndMoreOfSomethingAreVagueActions() {
        #expect(checks("Add more integration tests.", .actionItem).contains("vague-action"))
        #expect(checks("Documentation updates for the on-call guide.", .actionItem).contains("vague-action"))
        #expect(checks("We revised our backup failover procedures.", .actionItem).contains("vague-action"))
        #expect(checks("Introduce incident management drills.", .actionItem).contains("vague-action"))
        #expect(checks("Push forward with backup plans", .actionItem).contains("vague-action"))
        #expect(checks("Adjust resource alerts to page the on-call earlier.", .actionItem).contains("vague-action"))
        #expect(checks("Continued reinforcement of best security practices for all users.", .actionItem).contains("vague-action"))
        #expect(checks("We have found the cause and have taken steps to make certain that similar problems do not happen again.", .summary) == ["vague-action"])
        #expect(checks("Additionally, we are implementing safeguards to prevent similar incidents in the future.", .summary) == ["vague-action"])
        #expect(checks("Monitoring and alerting improvements.", .other) == ["vague-action"])
        // a threshold, a cadence with a date, and what others can do once it is written down are not
        #expect(!checks("Add a disk-usage alert at 90% on db-01 paging #infra to ensure this does not happen again.", .actionItem).contains("vague-action"))
        #expect(!checks("Introduce quarterly failover drills for the payments database, first one by 2026-03-01.", .actionItem).contains("vague-action"))
        #expect(!checks("Document in the runbook how to get `kubectl` access to the cluster, so others can look into issues too.", .actionItem).contains("vague-action"))
    }
}
