import Testing
@testable import PostmortemCore

/// Round 5: a person's act tied to the harm by the sentence's grammar, slips done by hand, early or out of order,
/// counts that are only vague, and the better phrasing that puts the change in the passive.
@Suite("Coaching: harm tied to an act")
struct CoachingHarmTests: CoachingSuite {
    let coach = Coach()

    @Test func harmAfterOrWhenAPersonActedIsBlame() {
        #expect(checks("Nightly exports failed for 3 hours after Wojciech pushed the schema change to production.", .summary) == ["blame"])
        #expect(checks("The outage began when Fernanda ran the reindex job against the live cluster.", .summary) == ["blame"])
        #expect(checks("Search latency doubled because the release manager, Ikechukwu, approved the build during the freeze.", .impact) == ["blame"])
        #expect(checks("The DBA restored last week's snapshot, which added 50 minutes to the outage.", .response) == ["blame"])
        #expect(checks("The on-call decided to restart every broker at once, which extended the outage.", .response) == ["blame"])
        // the same shapes about recovery, planned work or a system are not
        #expect(checks("Errors stopped after Wojciech rolled back the schema change at 14:10.", .response).isEmpty)
        #expect(checks("The outage began when an engineer ran a routine maintenance command to remove 12 hosts.", .summary).isEmpty)
        #expect(checks("The outage began when the scheduler ran the reindex job against the live cluster.", .summary).isEmpty)
        #expect(checks("Engineers raised three hypotheses early, which led to identification of the cause within 20 minutes.", .wentWell).isEmpty)
        #expect(checks("The error rate dropped after Maria rolled back the change.", .response).isEmpty)
        #expect(checks("Ops delayed the release by a day to avoid the holiday freeze.", .summary).isEmpty)
    }

    @Test func authorsTimingAndPersonalLessonsAreBlame() {
        #expect(checks("Hamza quickly reverted the regression he had introduced that morning.", .wentWell) == ["blame"])
        #expect(checks("Support escalated late, after the queue had grown for two hours.", .couldBeBetter) == ["blame"])
        #expect(checks("Lesson: Chidinma needs to check with the payments team before changing retry limits.", .lessons) == ["blame"])
        #expect(checks("QA signed off on a build that had never been run against the new certificates.", .rootCause) == ["blame"])
        #expect(checks("The on-call engineer acknowledged the page at 02:14 and escalated to the database team at 02:20.", .response).isEmpty)
        #expect(checks("Chidinma to add a retry-limit check to the deploy pipeline by 2026-12-15.", .actionItem).isEmpty)
    }

    @Test func obstaclesToRecoveryAndVerdictsOnPeopleAreBlame() {
        #expect(checks("The data team held up the failover because they wanted a full backup first.", .response) == ["blame"])
        #expect(checks("The storage team was slow to respond to the page.", .couldBeBetter) == ["blame"])
        #expect(checks("The root cause came down to the mobile team's decision to skip the beta channel.", .rootCause) == ["blame"])
        #expect(checks("Our CDN provider pushed a bad edge config, and this outage is on them.", .rootCause).contains("blame"))
        #expect(checks("Checkout errors began when Nadia's change to the tax service went out.", .summary) == ["blame"])
        #expect(checks("The night shift at the Lagos operations centre did not escalate until 07:00.", .detection) == ["blame"])
        #expect(checks("Somehow nobody thought to check the DNS records.", .couldBeBetter) == ["loaded-word"])
        #expect(checks("Don't let one careless command take down a region.", .lessons) == ["loaded-word"])
        // the remedy waiting on a documented gate, and people's neutral timing, are not
        #expect(checks("The failover waited 12 minutes for the replication check required by the runbook.", .response).isEmpty)
        #expect(checks("Ewa ran the failover command exactly as written in the runbook.", .rootCause).isEmpty)
    }

    @Test func slipsDoneByHandEarlyOrOutOfOrderAreSurface() {
        #expect(checks("The domain lapsed because it was not renewed before the 1 May deadline.", .rootCause) == ["surface-cause"])
        #expect(checks("The certificate bundle was uploaded to the staging bucket instead of the production bucket.", .rootCause) == ["surface-cause"])
        #expect(checks("The standby was promoted before replication lag was checked.", .contributingFactors) == ["surface-cause"])
        #expect(checks("The firewall rule was edited by hand and the port for the health checker was left out.", .rootCause) == ["surface-cause"])
        #expect(checks("The migration steps were performed in the wrong order.", .rootCause) == ["surface-cause"])
        #expect(checks("The underlying issue was an operation we performed to resize the database volumes.", .rootCause) == ["surface-cause"])
        // a manual process, or a slip with what let it through, goes deeper
        #expect(checks("Manual failover steps are not scripted, and the runbook lists them in an order that leaves writes enabled on both primaries.", .rootCause).isEmpty)
        #expect(checks("The standby was promoted before replication lag was checked, because the promotion script does not read the lag metric.", .rootCause).isEmpty)
    }

    @Test func vagueCountsAndNumbersThatCountNothing() {
        #expect(checks("Some warehouse scanners stopped syncing during the night shift.", .impact) == ["unquantified-impact"])
        #expect(checks("Clinicians could not open referral letters for a period of time.", .impact) == ["unquantified-impact"])
        #expect(checks("Users of Zero Trust and third party resolvers received SERVFAIL responses.", .impact) == ["unquantified-impact"])
        #expect(checks("On 3 March at 09:10 UTC, a significant number of instances in one zone lost network connectivity.", .summary) == ["unquantified-impact"])
        #expect(checks("No customer data was lost, and billing was not affected.", .impact).isEmpty)
        #expect(checks("Users at Site One saw errors.", .impact) == ["unquantified-impact"])
        #expect(checks("Some 1,200 scanners (14%) stopped syncing between 01:10 and 03:40.", .impact).isEmpty)
    }

    @Test func alertsWithoutAThresholdAreVague() {
        #expect(checks("Add alerting for the payments queue.", .actionItem) == ["vague-action"])
        #expect(checks("Owner: Kenji - make the deploy pipeline more robust.", .actionItem) == ["vague-action"])
        #expect(checks("Add paging for the queue depth.", .actionItem) == ["vague-action"])
        #expect(checks("Add an alert when the payments queue is older than 10 minutes, paging the payments rota (@kenji, 2026-12-15).", .actionItem).isEmpty)
    }

    @Test func theBetterPhrasingPutsTheChangeInThePassive() {
        #expect(better("Nightly exports failed for 3 hours after Wojciech pushed the schema change to production.", .summary)
            .contains("Nightly exports failed for 3 hours after the schema change was pushed to production; <the check, review or canary that would have stopped it> was not in place."))
        #expect(better("The on-call decided to restart every broker at once, which extended the outage.", .response)
            .contains("“Every broker was restarted at once, which extended the outage;"))
        #expect(better("Errors continued for 35 minutes because Priya kept the new build live while she debugged it.", .impact)
            .contains("because the new build was kept live while the engineer debugged it;"))
        // a pronoun object becomes a subject, and the phrasing ends with one full stop
        let pushed = better("Nightly exports failed after Tomasz pushed them to the full fleet.", .summary)
        #expect(pushed.contains("after they were pushed to the full fleet;") && !pushed.contains(".”."), "\(pushed)")
        // no object to put first: a template, not a garbled sentence
        #expect(better("Recovery took longer than necessary because Matthias insisted on debugging in production.", .response)
            .contains("<What was done, and when>"))
    }
}
