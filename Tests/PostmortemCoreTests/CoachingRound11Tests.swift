import Testing
@testable import PostmortemCore

/// Round 11: what blind24, blind25 and a fourteenth set of real reports (real14) showed the coach missing or nagging about.
/// Each pitfall sits next to the blameless sentence it must not be confused with.
@Suite("Coaching: round 11")
struct CoachingRound11Tests: CoachingSuite {
    let coach = Coach()

    @Test func aWarningSilencedOrNotPassedOnIsPutOnPeople() {
        #expect(checks("The heartbeat alert did fire at 19:45, but Rui muted it as a probable false positive.", .detection) == ["blame"])
        #expect(checks("Our data team had flagged importer alerts as noise months ago and turned them off.", .contributingFactors) == ["blame"])
        #expect(checks("The night-shift operator saw the replication-lag warning at 03:10 and acknowledged it without investigating, so four hours passed before anyone acted.", .detection) == ["blame"])
        #expect(better("The heartbeat alert did fire at 19:45, but Rui muted it as a probable false positive.", .detection).contains("was silenced without a second look"))
        #expect(checks("The IT team was not reacting to the Zabbix alarm for almost half hour because they were in the weekly meeting.", .detection) == ["blame"])
        #expect(checks("The Northgate coordinators had noticed the odd times on Sunday evening but didn't tell anyone.", .detection) == ["blame"])
        // housekeeping after the fact, a page that never reached anyone, and a remedy are not
        #expect(checks("Ana silenced the duplicate pages from the replica while the failover ran.", .response).isEmpty)
        #expect(checks("The on-call did not respond to the page because it was routed to a retired phone number.", .detection).isEmpty)
        #expect(checks("Rui muted the alert at 20:10 once the heartbeat had recovered.", .response).isEmpty)
    }

    @Test func delaysAndWorseningsExplainedByAPersonAreBlame() {
        #expect(checks("Restoring the remaining 11 services took until 11:47 because the Estates systems administrator did not respond to the request.", .response) == ["blame"])
        #expect(checks("The fix took longer than it needed to because Marcus spent an hour tuning worker counts.", .response) == ["blame"])
        #expect(checks("The queues got worse because front-of-house volunteers told visitors to re-download their tickets.", .response) == ["blame"])
        #expect(checks("Help desk staff told the first eleven callers to wait 24 hours before escalating, which held up the technical investigation until 11:00.", .detection) == ["blame"])
        #expect(checks("The integrations team rolled the schema change to production on a Saturday afternoon with nobody from the gateway side online.", .contributingFactors) == ["blame"])
        // a delay with a system reason, what was on hand, a remedy done alone, and the course not taken are not
        #expect(checks("Recovery took longer because the on-call engineer was paged on an old number.", .response).isEmpty)
        #expect(checks("Recovery took longer because the vendor did not have a spare controller in the country.", .response).isEmpty)
        #expect(checks("Marco rolled back the release at 10:02 with nobody else online.", .response).isEmpty)
        #expect(checks("Even though the first alert went to email, the person who picked up the ticket escalated straight away rather than debugging alone.", .wentWell).isEmpty)
    }

    @Test func peopleBehindAsidesTeamsAndPassivesAreFound() {
        #expect(checks("The change went out during clinic hours because Henrik, who was eager to close the ticket before his holiday, bypassed the maintenance-window scheduler.", .contributingFactors) == ["blame"])
        #expect(checks("The problem happened because Mrs. Keller from bioinformatics group changed the folder naming without to inform the lab.", .contributingFactors) == ["blame"])
        #expect(checks("Release approved by Tomasz without the usual long-form QC pass.", .contributingFactors) == ["blame"])
        #expect(checks("The vendor's support engineer, who applied the March update, left the temp-directory quota at its 2 GB default instead of the 20 GB we had specified.", .contributingFactors) == ["blame"])
        #expect(better("The contractor left the bucket publicly readable after the migration.", .rootCause)
            .contains("The bucket was left publicly readable after the migration"))
        #expect(checks("An engineer responded, but misdiagnosed the problem and believed the alert was a false alarm.", .detection) == ["blame"])
        #expect(checks("Our database reviewers need to take more personal ownership of what they approve.", .lessons) == ["blame"])
        // a product in camel case is not a person; catching the bad thing is the safeguard working; owning a component is not care
        #expect(checks("The demultiplexing of NovaSeq run 0617-A used the sample sheet of another run, so 96 of 384 samples received the wrong reads.", .summary) != ["blame"])
        #expect(checks("The sex check and the SNP concordance in QC stopped all 96 wrong results before any of them was signed out.", .wentWell).isEmpty)
        #expect(checks("The platform team needs to take ownership of the ingress controller by 1 March.", .lessons).isEmpty)
    }

    @Test func skippedStepsAndSlipsGivenAsTheCauseAreSurfaceCauses() {
        #expect(checks("Main root cause is wrong IP entered by the technician during the firewall change.", .rootCause) == ["surface-cause"])
        #expect(checks("The underlying cause was a manual check of the Sunday rota being skipped that week.", .rootCause) == ["surface-cause"])
        #expect(checks("The root cause was a missed manual verification of the feed before the import was released.", .rootCause) == ["surface-cause"])
        #expect(checks("It is also noted that a required manual stock reconciliation was not performed at the 04:00 checkpoint.", .contributingFactors) == ["surface-cause"])
        #expect(checks("The direct cause was that the upgrade was carried out during live traffic, contrary to procedure.", .rootCause) == ["surface-cause"])
        #expect(checks("The underlying cause was a coding error in the transmitter service.", .rootCause) == ["surface-cause"])
        #expect(checks("tl;dr it was a units mixup that slipped through.", .contributingFactors) == ["surface-cause"])
        #expect(checks("the real cause is simply that i didn't run the integration suite before tagging.", .contributingFactors) == ["surface-cause"])
        // a safeguard carried out, what running software read, a bug named by where it is, and a design stated are not
        #expect(checks("Early testing was done prior to cut over to ensure that everything was running smoothly.", .contributingFactors).isEmpty)
        #expect(checks("Once the rollout occurred, the new var was read by the old environment and the pods were using an incorrect kafka url.", .contributingFactors).isEmpty)
        #expect(checks("The incident was caused by a bug in CredHub.", .rootCause).isEmpty)
        #expect(checks("The yearly renewal was manual and was missed.", .rootCause).isEmpty)
    }

    @Test func otherWorldsAndHindsightTheCoachMissedOrMisread() {
        #expect(checks("Had CI included one 90-min 23.976 file, v5.12 never ships.", .lessons) == ["counterfactual"])
        #expect(checks("Looking at it now, an alert that cried wolf twice a week was never going to be trusted.", .lessons) == ["hindsight"])
        #expect(checks("Clearly, an expiry date nobody was watching was always going to catch us out.", .couldBeBetter) == ["hindsight"])
        #expect(checks("But I had missed the more obvious reason: the server had run out of disk space.", .detection) == ["hindsight"])
        #expect(checks("Any decent server developer would have known to disable these logs in the first place.", .contributingFactors) == ["hindsight"])
        // a plain past, a target, factors weighed together, a part's design, a plain state and a verdict now are not
        #expect(checks("Had a call with the vendor, who confirmed the fault at 10:40.", .response).isEmpty)
        #expect(checks("Switch the transfer to signed manifests; we should have this live for all three vendors by the end of Q3.", .actionItem).isEmpty)
        #expect(checks("Any of these issues individually wouldn't have caused such long downtime, but the three of them together caused it.", .contributingFactors).isEmpty)
        #expect(checks("The controllers that should have restored themselves were unable to do so.", .rootCause).isEmpty)
        #expect(checks("The server was quite obviously down.", .detection).isEmpty)
        #expect(checks("This is obviously not how the service is supposed to behave.", .summary).isEmpty)
        #expect(checks("The most obvious issue is that the cache had no TTL.", .rootCause).isEmpty)
    }

    @Test func verdictsInOtherWordsAreLoadedAndDenialsAreNot() {
        #expect(checks("We also failed to tell the insulin customer for two hours after we knew.", .couldBeBetter) == ["loaded-word"])
        #expect(checks("Then I made my next mistake.", .lessons) == ["loaded-word"])
        #expect(checks("Small oversights in the checks prior to cut over.", .couldBeBetter) == ["loaded-word"])
        #expect(checks("I let the account deplete, forgetting about the invoices.", .contributingFactors).contains("loaded-word"))
        #expect(checks("None of what has happened was the result of negligence or mismanagement.", .rootCause).isEmpty)
    }

    @Test func vagueCountsAreUnquantifiedAndSuperlativesAreNot() {
        #expect(checks("A number of borrowers were quoted incorrect rates.", .impact) == ["unquantified-impact"])
        #expect(checks("A lot of our regular volunteers got confused.", .impact) == ["unquantified-impact"])
        #expect(checks("[Investigating 11:05] Some filers may be experiencing delays in receiving confirmation.", .impact) == ["unquantified-impact"])
        #expect(checks("Many of you noticed that things were a bit off yesterday.", .impact) == ["unquantified-impact"])
        // a superlative, a denial, which ones, a generality and a cause with its object are not
        #expect(checks("We know that availability and speed are Postmark's most important features.", .summary).isEmpty)
        #expect(checks("Probably the most tragicomic outage of the three.", .summary).isEmpty)
        #expect(checks("During this outage there were no issues with customer sites.", .impact).isEmpty)
        #expect(checks("The messages that were impacted had .co.uk in their domain name.", .impact).isEmpty)
        #expect(checks("There were multiple issues that happened at once, which made debugging difficult.", .summary).isEmpty)
        #expect(checks("These kind of things happen from time to time, and that is why we have backups.", .rootCause).isEmpty)
        #expect(checks("In the past month we had an influx of users which exploded our servers.", .rootCause).isEmpty)
    }

    @Test func actionsThatOnlyAskForMoreOrStudyAreVague() {
        #expect(checks("Updating our escalation paths within our engineering team to ensure faster time to resolution.", .actionItem) == ["vague-action"])
        #expect(checks("We are doing an internal audit of our alerting and monitoring.", .actionItem) == ["vague-action"])
        #expect(checks("We'll be carefully reviewing this incident to see what we can learn from it.", .actionItem) == ["vague-action"])
        #expect(checks("Scale up before next tax day.", .actionItem) == ["vague-action"])
        #expect(checks("Fix frame-rate handling.", .actionItem) == ["vague-action"])
        #expect(checks("DRV-5122 — Improve cert hygiene. Owner: Platform — due: Q3.", .actionItem) == ["vague-action"])
        // a change that names its amount or method, and a purpose after a concrete change, are not
        #expect(checks("Scale the worker pool to 12 nodes before 15 April.", .actionItem).isEmpty)
        #expect(checks("Add a second NTP source to every edge router to ensure more accurate log timestamps.", .actionItem).isEmpty)
        #expect(checks("Fix timezone handling in the rota exporter so Sunday shifts keep their local time.", .actionItem).isEmpty)
        #expect(checks("Add a retry to the uploader with 3 attempts and 2 s backoff.", .actionItem).isEmpty)
    }

    @Test func trackerLinesWithATrailingOwnerAndDateHaveBoth() {
        let doc = """
        ## Action Items

        - Add a canary stage to config pushes that halts at 1% errors — Ngozi, Q3
        - Add a p99 alert on checkout-api at 800 ms for 5 minutes (@kofi, 2025-06-30)
        - Add a p99 alert on search-api at 900 ms for 5 minutes
        """
        let lines = coach.lint(document: doc).map { "\($0.line):\($0.check)" }
        #expect(!lines.contains("3:action-owner") && !lines.contains("3:action-due"), "\(lines)")
        #expect(!lines.contains("4:action-owner") && !lines.contains("4:action-due"), "\(lines)")
        #expect(lines.contains("5:action-owner") && lines.contains("5:action-due"), "\(lines)")
    }
}
