import Testing
@testable import PostmortemCore

/// Round 9: what blind21 and a new set of real reports (real11) showed the coach missing or nagging about.
/// Each pitfall sits next to the blameless sentence it must not be confused with.
@Suite("Coaching: round 9")
struct CoachingRound9Tests: CoachingSuite {
    let coach = Coach()

    @Test func passiveAuthorsWithANameTheCoachHadNotSeenAreBlame() {
        #expect(checks("A certificate rotation performed by Amara on the HSM proxy left two nodes unable to sign, declining 6.3% of authorizations for 95 minutes.", .summary) == ["blame"])
        #expect(better("A certificate rotation performed by Amara on the HSM proxy left two nodes unable to sign.", .summary, "blame")
            .contains("A certificate rotation on the HSM proxy left two nodes unable to sign"))
        #expect(checks("The config change by Maria on the proxy caused the outage.", .rootCause) == ["blame"])
        // the same passive for a remedy is not
        #expect(checks("A failover performed by Amara at 10:02 restored writes within 4 minutes.", .response).isEmpty)
    }

    @Test func skippedStepsAndChoicesMadeTheCauseAreBlame() {
        #expect(checks("The weekend operator saw the queue alert at 03:20 and acknowledged it without looking, so we lost another 30 minutes.", .detection) == ["blame"])
        #expect(better("The weekend operator acknowledged the queue alert without looking.", .detection, "blame")
            .contains("The queue alert was acknowledged without looking"))
        #expect(checks("Recovery took an extra 25 minutes because Rui kept trying to restart slurmctld on the dead node instead of following the runbook.", .response) == ["blame"])
        #expect(better("Recovery took an extra 25 minutes because Rui kept trying to restart slurmctld on the dead node instead of following the runbook.", .response, "blame")
            .contains("The runbook was not used"))
        #expect(checks("Outage was caused because DBA team run the retention job on production without testing it on the renamed partitions.", .rootCause) == ["blame"])
        #expect(checks("The lesson for the storage team is that they own scratch and they are accountable when it goes read-only in the middle of the day.", .lessons) == ["blame"])
        #expect(checks("Hospital IT just accepted it without complaint.", .contributingFactors) == ["blame"])
        // a reason for the choice, a remedy on a bad thing, and the IT department doing the fix are not
        #expect(checks("Because the heap dump showed a leak, responders restarted the pods instead of draining the node.", .response).isEmpty)
        #expect(checks("edge oncall purged the bad config from FRA + AMS, drained both POPs, traffic on PAR/LHR by 14:44", .response).isEmpty)
        #expect(checks("Central IT rotated the certificate at 14:02 and logins recovered.", .response).isEmpty)
        #expect(checks("Maria acknowledged the page without waiting for the escalation and restored the primary at 03:10.", .response).isEmpty)
    }

    @Test func emotiveWordsAndDismissalsAreLoaded() {
        #expect(checks("Once the sheer chaos of the first half hour was over, the rollback itself went smoothly.", .wentWell) == ["loaded-word"])
        #expect(better("Once the sheer chaos of the first half hour was over, the rollback itself went smoothly.", .wentWell, "loaded-word")
            .contains("Once the confusion of the first half hour was over"))
        #expect(checks("Who the hell runs something on a prod DB without running it on QA first?", .contributingFactors).contains("loaded-word"))
        #expect(better("The on-call waved off the first alert as noise.", .response, "loaded-word").contains("The on-call treated the first alert as noise."))
        #expect(checks("While we had hot spares, we did not take care to ensure that those hot spares were powered by separate power systems.", .rootCause) == ["loaded-word"])
        // chaos engineering is a practice
        #expect(checks("We run a chaos engineering game day every quarter against the payments cluster.", .wentWell).isEmpty)
    }

    @Test func hindsightAndCounterfactualsInTheirLessCommonForms() {
        #expect(checks("The disk quota graph clearly showed ingest heading for the 50 GB limit since Tuesday.", .detection) == ["hindsight"])
        #expect(checks("If at least one of them was avoided - the whole thing would have never happened.", .rootCause) == ["counterfactual"])
        #expect(checks("I could have easily waited for Monday.", .contributingFactors) == ["counterfactual"])
        // a clear signal that helped, a near miss, and a design fact are not
        #expect(checks("We figured out the origin of the issue in the code in no time since the error log was quite obvious.", .detection).isEmpty)
        #expect(checks("We could have lost the whole database.", .response).isEmpty)
    }

    @Test func actionsThatSoundBusyButNameNoFinishLineAreVague() {
        #expect(checks("Work with the vendor to improve HL7 message quality.", .actionItem) .contains("vague-action"))
        #expect(checks("Set up better Grafana dashboards to monitor resource usage.", .actionItem) .contains("vague-action"))
        #expect(checks("Decide how we document the infrastructure.", .actionItem) .contains("vague-action"))
        #expect(checks("We will acknowledge incidents early, through multiple channels.", .actionItem) .contains("vague-action"))
        #expect(checks("We are sorry for the confusion this caused and will strive to provide more accurate information in the future.", .couldBeBetter) == ["vague-action"])
        #expect(checks("This was caused by several overlapping factors and we will be making changes in the future to attempt to mitigate these issues.", .summary) == ["vague-action"])
        // an improvement that names what it added, a real backup job, a named migration and a status-page promise of speed are not
        #expect(checks("- We improved our upgrade testing procedure to include nodes in segregated datacenters and servers (owner: Li, due 2026-03-01).", .actionItem).isEmpty)
        #expect(checks("- Take periodic pg_dump backups of each database and store them in S3 (owner: Li, due 2026-03-01).", .actionItem).isEmpty)
        #expect(checks("- Migrate the EC2 fleet to Graviton by Q3 (owner: Li).", .actionItem).isEmpty)
        #expect(checks("- We are deploying the bug fix across our network as quickly and safely as possible.", .actionItem).filter { $0 == "vague-action" }.isEmpty)
    }

    @Test func impactNamedBySetsOrByPlansIsNotUnquantified() {
        #expect(checks("Shortly thereafter, things began to go badly wrong.", .summary) == ["unquantified-impact"])
        #expect(checks("User impact: users of url_launcher, google_sign_in, video_player and firebase_auth on Android Studio could not build their applications.", .impact).isEmpty)
        #expect(checks("We made an explicit choice to partially degrade site usability by pausing webhook delivery instead of risking data loss.", .response).isEmpty)
    }
}
