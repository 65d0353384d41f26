import Testing
@testable import PostmortemCore

/// Round 14: what blind32, blind33 and a seventeenth set of real reports (real17) showed the coach missing or nagging about.
/// Each pitfall sits next to the blameless sentence it must not be confused with.
@Suite("Coaching: round 14")
struct CoachingRound14Tests: CoachingSuite {
    let coach = Coach()

    @Test func aSafeguardSetAsideOrTheSaferOptionPassedOverIsBlame() {
        #expect(checks("At the time, the firmware QA lead overrode the red Android 14 compatibility check so the release could make the 9 June launch date.", .contributingFactors) == ["blame"])
        #expect(checks("The replay was initiated by the Duty Systems Controller, who elected to restart the feed consumer from the start of day rather than from the last committed offset.", .contributingFactors) == ["blame"])
        // an override the exception process allows, a remedy, and a choice with its reason are not
        #expect(checks("At the time, the release manager overrode the failing lint check after the security team confirmed it was a false positive, as the exception process allows.", .contributingFactors).isEmpty)
        #expect(checks("The on-call overrode the rate limiter at 10:12 to let the backlog drain, which the runbook recommends.", .response).isEmpty)
        #expect(checks("The Duty Systems Controller restarted the feed consumer from the last committed offset at 04:10.", .contributingFactors).isEmpty)
        #expect(checks("The scheduler elected to restart the consumer from the start of day rather than the last committed offset, because the offset store was also unavailable.", .contributingFactors).isEmpty)
        #expect(checks("The on-call chose to fail over to the secondary region rather than wait for the primary, which cut the outage to 12 minutes.", .contributingFactors).isEmpty)
        #expect(checks("The LIMS administrator overrode the hold on plate P-2288 after the QA manager approved the release in writing.", .response).isEmpty)
    }

    @Test func aMissedOrSkippedStepGivenAsTheWholeCauseIsASurfaceCause() {
        #expect(checks("At the end of the day, the root cause is that a certificate renewal got missed.", .rootCause) == ["surface-cause"])
        #expect(checks("It was recorded that the validation step for the parser update had been skipped.", .contributingFactors) == ["surface-cause"])
        #expect(checks("root cause per @ben's summary: release went out without the load test step", .rootCause) == ["surface-cause"])
        #expect(checks("The update also went out to the 100% channel instead of the 5% canary channel by mistake.", .contributingFactors).contains("surface-cause"))
        // a process told in the present, a manual step named as the reason, a system that skipped it, and a cause given after it are not
        #expect(checks("Zone files are deployed without a syntax or resolution check.", .rootCause).isEmpty)
        #expect(checks("Because the yearly renewal was manual and was missed", .whys).isEmpty)
        #expect(checks("The root cause is that the certificate renewal was manual and nothing alerted before expiry.", .rootCause).isEmpty)
        #expect(checks("The release went out without the load test step because the hotfix template skips it.", .rootCause).isEmpty)
        #expect(checks("The validation step was skipped by the pipeline when the parser update was tagged as a hotfix.", .contributingFactors).isEmpty)
        #expect(!checks("The update went out to the 100% channel by mistake: the channel dropdown lists the full rollout first.", .contributingFactors).contains("surface-cause"))
    }

    @Test func aDelayOrFailureTracedToAPersonIsBlame() {
        #expect(checks("Part of the delay in fixing it was down to our claims operations manager, who asked the engineers to hold off on any changes until the morning claims batch had finished.", .response) == ["blame"])
        #expect(checks("In our assessment, the failure originated with the hotel's front-office manager, who authorised the PMS upgrade to go live on a Friday without our engineer on site.", .summary) == ["blame"])
        #expect(checks("DBA team dropped the term_id index during the summer schema cleanup and nobody told us", .contributingFactors) == ["blame"])
        // a delay down to a thing, a cause traced to code or a default, and ownership of the work are not
        #expect(checks("Part of the delay was down to the 40-minute snapshot restore, which the runbook does not mention.", .response).isEmpty)
        #expect(checks("The issue originated with a config default that the 5.1 upgrade changed from 30s to 3s.", .contributingFactors).isEmpty)
        #expect(checks("The failure was traced to a race in the lock manager introduced in v2.3.", .rootCause).isEmpty)
        #expect(checks("Ownership of the renewal moves to the platform team (owner: Ana, by 1 May), tracked in OPS-221.", .actionItem).allSatisfy { $0 != "blame" })
        #expect(checks("The DBA team dropped the term_id index during the summer schema cleanup; the migration linter did not check which queries used it.", .contributingFactors).isEmpty)
        #expect(checks("The vendor pushed the firmware change on Thursday and announced it in their changelog the same day.", .contributingFactors).isEmpty)
    }

    @Test func leavingOrSittingOnWarningsIsBlameButHandingOverIsNot() {
        #expect(checks("Our night-shift contractor saw the broker-disconnected warning on the dashboard around midnight and went home without calling anyone.", .couldBeBetter) == ["blame"])
        #expect(checks("Presenter on the overnight show had gone home early, so nobody was in studio 1 to hit the emergency button.", .response) == ["blame"])
        #expect(checks("The CX lead had been seeing complaints come in from about 16:30 (there were 60-odd by then) but sat on them for the best part of an hour because she assumed it was the usual Sunday grumbling.", .detection) == ["blame"])
        #expect(checks("Our night-shift operator saw the warning at 00:10 and paged the on-call at 00:12.", .couldBeBetter).isEmpty)
        #expect(checks("The presenter had gone home at the end of the shift, as scheduled, and the overnight playout ran unattended per the automation plan.", .response).isEmpty)
        #expect(checks("The engineer left at 18:00 after handing the incident over to the EU on-call in the #inc-221 channel.", .response).isEmpty)
        #expect(checks("The CX lead had been seeing complaints since 16:30 and escalated them at 16:45.", .detection).isEmpty)
    }

    @Test func rolesAndTitlesFromNewSectorsAreReadAsPeople() {
        #expect(checks("The Operator's Change Advisory Board approved the shortening of the de-duplication window from 24 hours to 60 minutes in July without requesting an impact assessment.", .contributingFactors) == ["blame"])
        #expect(checks("It was the PMS vendor's consultant who changed the interface format, and he did not bother to tell us.", .contributingFactors) == ["blame"])
        #expect(checks("the agency who built the booking widget pushed the 3-pod change on thu evening without telling us", .contributingFactors) == ["blame"])
        // the same titles doing their jobs, and software named after a job, are not
        #expect(checks("The Change Advisory Board approved the change at 14:00 after reviewing the rollback plan.", .contributingFactors).isEmpty)
        #expect(checks("The duty controller paged the network team at 02:14 and opened the bridge.", .response).isEmpty)
        #expect(checks("We asked the agency to pause their deploys at 11:02, and they confirmed at 11:05.", .response).isEmpty)
        #expect(checks("The consultant changed the interface format as agreed in change CHG-881 and notified us on 3 May.", .contributingFactors).isEmpty)
        #expect(checks("The batch scheduler ran the cleanup job at 02:00.", .contributingFactors).isEmpty)
    }

    @Test func sizedDisruptionNeedsItsNumbersButALengthGivenOrNothingLostDoesNot() {
        #expect(checks("The incident resulted in considerable disruption to practitioners and self-represented litigants across several registries.", .summary) == ["unquantified-impact"])
        #expect(checks("For 3 hours 20 minutes, 1,284 of 3,910 submissions (33%) were rejected.", .impact).isEmpty)
        #expect(checks("The outage lasted the better part of a day: 19 hours 40 minutes from 05:10 to 00:50.", .impact).isEmpty)
        #expect(checks("We received zero complaints, and no customer data was affected.", .impact).isEmpty)
        #expect(checks("Practitioners lodged 212 filings late; all 212 were deemed received on time.", .impact).isEmpty)
    }

    @Test func aBodyPromisingWithAnOwnerAndDateIsConcrete() {
        #expect(checks("The Court's IT unit will add a schema check for validation profiles to the release pipeline by 30 April (owner: M. Reyes).", .actionItem).isEmpty)
        #expect(checks("On the monitoring front, Kai adds a 30-day certificate-expiry alert to PagerDuty by 1 June.", .actionItem).isEmpty)
        #expect(checks("Recommendation 4: Add a pre-deploy schema check to the ECFS release pipeline by 30 June (owner: Registry IT).", .actionItem).isEmpty)
    }
}
