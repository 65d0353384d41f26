import Testing
@testable import PostmortemCore

/// Round 13: what blind28's leftovers, blind29, blind30 and a sixteenth set of real reports (real16) showed the coach missing
/// or nagging about. Each pitfall sits next to the blameless sentence it must not be confused with.
@Suite("Coaching: round 13")
struct CoachingRound13Tests: CoachingSuite {
    let coach = Coach()

    @Test func aPersonsWaitHoldOrAbsenceWithWhatItCostIsBlame() {
        #expect(checks("The depot supervisor at Kilbride waited until the morning shift to report the discrepancy.", .couldBeBetter) == ["blame"])
        #expect(checks("The night supervisor was not reachable by phone for 25 minutes, what made the recovery longer.", .couldBeBetter) == ["blame"])
        #expect(checks("- Carousel pull, which the broadcast ops duty manager held up ~15 min waiting for written product sign-off, let another ~3k boxes take the image.", .response) == ["blame"])
        #expect(checks("Lost ~20 min because vendor's night engineer wouldn't join the bridge without a P1 ticket number.", .response) == ["blame"])
        // a wait the runbook asks for, a hold that protected something, and a gate with its rule are not
        #expect(checks("The on-call waited until the canary finished to page the database team, as the runbook says.", .response).isEmpty)
        #expect(checks("The NOC waited for the second probe failure to escalate, which is the standard two-probe rule for that circuit.", .response).isEmpty)
        #expect(checks("Our incident commander waited until 09:00 to notify customers so that the status page update carried the confirmed cause.", .response).isEmpty)
        #expect(checks("The partition leader was not reachable for 25 seconds during the election, which delayed writes.", .contributingFactors).isEmpty)
        #expect(checks("The release manager held up the deploy for 20 minutes until the canary finished, which avoided a second outage.", .response).isEmpty)
        #expect(checks("We lost 20 minutes because the vendor engineer would not join without a P1 ticket, which their contract requires.", .response).isEmpty)
        #expect(checks("Our team leader paged the database team at 10:04.", .response).isEmpty)
    }

    @Test func howAPersonReadOrAnsweredTheSignalIsBlame() {
        #expect(checks("Although the alert was acknowledged at 13:24, nothing was escalated until 13:40 because Marek, the analyst on shift, treated it as a routine backlog.", .detection) == ["blame"])
        #expect(checks("People were posting about it in #bug-reports from like 14:30 and whoever was on mod duty just kept replying 'RNG, it happens'.", .detection) == ["blame"])
        #expect(checks("Is important to say that the QA team received two complaints about gaps on 5 March and they closed them as 'reporter error' without to investigate.", .detection) == ["blame"])
        // replying on a schedule and answering a question are not
        #expect(checks("Support kept replying to customers every 30 minutes in the status thread.", .response).isEmpty)
        #expect(checks("Several email tickets and live chats with support later, they figured out what was wrong, and the VPS is finally up again on Monday.", .response).isEmpty)
        #expect(checks("Whoever was on call then restarted the pods, which restored service.", .response).isEmpty)
        #expect(checks("The support team kept replying 'We are investigating, next update at 15:00'.", .response).isEmpty)
        #expect(checks("Because Dana took the alert for a real outage, the bridge opened within 4 minutes.", .wentWell).isEmpty)
        #expect(checks("Because the on-call treated it as a known flapping alert, which the runbook lists as safe to snooze, the page was snoozed at 02:10.", .detection).isEmpty)
    }

    @Test func anActWithTheHarmItCausedIsBlame() {
        #expect(checks("The barcode service was restarted by the night technician in the middle of the sync window, which is what set the stall off.", .contributingFactors) == ["blame"])
        #expect(checks("The regional manager overrode the gates at two sites and left them on manual open until 19:00, which is how unit 114 at Leeds got accessed.", .response) == ["blame"])
        #expect(checks("The cooling loop was switched off by the contractor during the survey, which is what set the thermal shutdown off.", .contributingFactors) == ["blame"])
        #expect(checks("Duplicate count grew after detection because the customer (Larkhill Group, 14 venues) kept re-confirming holds in the venue portal after being asked to pause.", .response) == ["blame"])
        #expect(checks("Tomasz to stop pushing calibration tables straight to prod; every change goes through the reviewed repo from now on.", .actionItem).contains("blame"))
        #expect(checks("Gunnar is accountable for the draw-engine config and needs to make sure this doesn't happen again.", .lessons) == ["blame"])
        // an aside that names a responder, an outside crew's fibre cut, and a rebuild that failed on its own are not
        #expect(checks("The on-call engineer (Priya, 3 months on the team) rolled back the release at 10:02.", .response).isEmpty)
        #expect(checks("Today, around 3PM, some contractors accidentally damaged our fiber feeding about 10% of our customer base.", .summary).isEmpty)
        #expect(checks("The feature flag was turned off by the on-call at 10:07, which is what caused the error rate to drop to zero.", .response).isEmpty)
        #expect(checks("Our on-call allowlisted the monitoring IPs at 09:10, so the health checks no longer bounced with 403s.", .response).isEmpty)
        #expect(checks("Ana to stop sending the daily CSV by email once the SFTP drop is live.", .actionItem).allSatisfy { $0 != "blame" })
        #expect(checks("Ultimately multiple attempts to rebuild the arrays failed and other drives in the array failed, rendering recovery a hopeless task on May 8th.", .rootCause).isEmpty)
    }

    @Test func hindsightAndOtherWorldsInNewShapes() {
        #expect(checks("GPU util graph was screaming at us from 18:55, nobody had it on a panel.", .detection) == ["hindsight"])
        #expect(checks("The sync had been taking a little longer every week since April; the trend line was practically drawing us a map.", .lessons) == ["hindsight"])
        #expect(checks("Nobody needed a crystal ball here: the disk on the OCR box had been at 91% for a fortnight.", .contributingFactors) == ["hindsight"])
        #expect(Set(checks("Everyone on the infrastructure side knew a manually renewed certificate would lapse one day; it was only a matter of when.", .lessons)) == ["hindsight"])
        #expect(checks("With the epoch check in the import, none from these passes would be missed.", .lessons) == ["counterfactual"])
        // people shouting, a risk still ahead, a plain admission of limits, and a realisation acted on at the time are not
        #expect(checks("Customers were screaming at us on social media for 2 hours.", .impact).isEmpty)
        #expect(checks("It is only a matter of time before the disk fills again, so we added an alert at 80%.", .lessons).isEmpty)
        #expect(checks("We don't have a crystal ball, so we alert on disk at 80%.", .lessons).isEmpty)
        #expect(checks("It was clear that the latest change set contained a bug and the rollback procedure was started.", .response).isEmpty)
        #expect(checks("Looking at the graphs afterwards, it became evident that we were hitting a connections limit in our load balancer.", .response).isEmpty)
        #expect(checks("With the new check in place, a repeat of this would page the on-call within 5 minutes.", .lessons).isEmpty)
        #expect(checks("With the current design, a bad row like this would still stop the whole import.", .couldBeBetter).isEmpty)
        #expect(checks("Alerts were screaming at us from 02:10, so we silenced the duplicates and kept the root alert.", .response).isEmpty)
        #expect(checks("You don't need a crystal ball to forecast seasonal peaks; the capacity plan now uses last year's curve.", .lessons).isEmpty)
        #expect(checks("Everyone on the bridge knew the rollback plan, so the revert took 4 minutes.", .wentWell).isEmpty)
        #expect(checks("The fix was only a matter of restarting the consumer group.", .response).isEmpty)
        #expect(checks("We mistook the backlog for the usual weekly bump; the graph has to be split by message type before anyone can tell them apart.", .lessons).isEmpty)
        #expect(checks("During this period, users would have seen an Internal Server Error page for 12 minutes.", .impact).isEmpty)
        #expect(checks("If the sending server was configured to time out in less than 30 hours, the sender should have received a rejection NDR.", .impact).isEmpty)
    }

    @Test func surfaceCausesInHeadlinesAndPassives() {
        #expect(checks("Cause (initial): migration checklist item 7 missed.", .rootCause) == ["surface-cause"])
        #expect(checks("Honestly it came down to a bad file getting uploaded.", .rootCause) == ["surface-cause"])
        #expect(checks("Contributing factor: the fare file was not double-checked before upload.", .contributingFactors) == ["surface-cause"])
        #expect(checks("The checklist item for notifying church admins before maintenance wasn't ticked off.", .contributingFactors) == ["surface-cause"])
        #expect(checks("The incident resulted from an operational error during vendor maintenance.", .rootCause) == ["surface-cause"])
        #expect(checks("The direct cause of the incident was a missed certificate renewal.", .rootCause) == ["surface-cause"])
        // the same slips with the reason they were possible are not
        #expect(checks("The fare file was not checked before upload because the upload tool has no preview step.", .contributingFactors).isEmpty)
        #expect(checks("The certificate renewal was missed because the renewal reminder went to a deleted mailbox.", .rootCause).isEmpty)
        #expect(checks("Step 3 missed the deadline by two hours.", .response).isEmpty)
        #expect(checks("A bad file kept getting uploaded by the sync job.", .rootCause).isEmpty)
        #expect(checks("The PLC logged an operational error at 03:12 and halted conveyor 2 as designed.", .rootCause).isEmpty)
        #expect(checks("The Dockerfile copies the whole context, so any .env left on the CI runner at build time overrode the defaults, because runners are reused between jobs.", .rootCause).isEmpty)
    }

    @Test func actionsThatAreMeetingsTrainingOrTrackerRows() {
        #expect(checks("Conduct a lessons-learned workshop with the infrastructure department.", .actionItem).contains("vague-action"))
        #expect(checks("Team to get some training on the CDS submission API.", .actionItem).contains("vague-action"))
        #expect(checks("Update the SOP.", .actionItem).contains("vague-action"))
        #expect(checks("CAST-1187 | P2 | Improve CDN monitoring | owner: TBD", .actionItem).contains("vague-action"))
        // a meeting that must decide something, a defect described by what it lets happen, and a SMART tracker row are not vague
        #expect(!checks("Hold a 1-hour workshop with infra on 2026-12-10 to decide who owns certificate renewals (owner: Ana).", .actionItem).contains("vague-action"))
        #expect(!checks("Address defect in build pipeline allowing releases to be stuck activating.", .actionItem).contains("vague-action"))
        #expect(!checks("CAST-1188 | P2 | Add a p99 alert on checkout at 800 ms | Dana | 2026-12-01", .actionItem).contains("vague-action"))
        #expect(!checks("Run the meeting room display service on two nodes.", .actionItem).contains("vague-action"))
        #expect(!checks("Book a session with the vendor to confirm how their retry headers work.", .actionItem).contains("vague-action"))
        #expect(!checks("Get training data snapshots into the backup policy.", .actionItem).contains("vague-action"))
    }

    @Test func actionsToldInProseAreHeldToTheSameStandard() {
        #expect(checks("IT Services are additionally working to put in place a mechanism to increase the resilience of the email system.", .actionItem).contains("vague-action"))
        #expect(checks("This weekend we will be analyzing the outage to determine if it was a hardware failure or if it was the result of something malicious.", .actionItem).contains("vague-action"))
        #expect(checks("As an immediate action item we reviewed and made changes to our mail server monitoring and configuration to prevent the issue from reoccurring.", .actionItem).contains("vague-action"))
        // a team named as the subject of a concrete, measurable change is not vague
        #expect(!checks("The platform team will add a p99 latency alert on checkout-api at 800 ms for 5 minutes paging #payments-oncall by 2026-12-01.", .actionItem).contains("vague-action"))
        #expect(!checks("This weekend we will replace the two failed disks in array B and run a full parity check, due 2026-11-29.", .actionItem).contains("vague-action"))
    }

    @Test func aPersonAwayGivenAsTheReasonIsBlame() {
        #expect(checks("It took about 45 minutes for us to notice for the very simple reason that the ops team had taken a break for lunch.", .detection) == ["blame"])
        #expect(checks("Not anticipating this, we failed to identify the full scope of testing required for the intended change.", .rootCause) == ["loaded-word"])
        // a reason that is a thing, and a break with no cost, are not
        #expect(checks("The job failed for the simple reason that the disk was full.", .rootCause).isEmpty)
        #expect(checks("The DBA had taken a break at 14:00, and the on-call covered the page.", .response).isEmpty)
    }

    @Test func loadedWordsAndNumbersThatName() {
        #expect(checks("Lesson learned: don't let sloppy cache config slide just because it's 'only' a hobby server.", .lessons) == ["loaded-word"])
        #expect(checks("Mistake on our part: the migration notes were copied from the staging runbook and nobody spotted the hard-coded bucket name.", .couldBeBetter) == ["loaded-word"])
        #expect(checks("The engineer was not careless: the two consoles look identical.", .contributingFactors).isEmpty)
        // a forecast of the fix is not an impact left uncounted
        #expect(checks("Resolving this problem may take slightly longer than expected due to additional high-priority tasks queued for our team.", .contributingFactors).isEmpty)
    }

    @Test func blind31sFirstRunMisses() {
        #expect(checks("The interface queue depth had been creeping upwards on the dashboard for a fortnight beforehand, so the failure was hardly a surprise.", .detection) == ["hindsight"])
        #expect(checks("Anyone who was here last September knew first-day routing would find whatever we'd left broken over the summer.", .lessons) == ["hindsight"])
        #expect(checks("A single dry-run of Monday's plan on Sunday evening and we'd have had 12 hours to find drivers instead of 30 minutes.", .couldBeBetter) == ["counterfactual"])
        #expect(checks("The release of an unchecked 40 MB file into a live warning was a serious lapse in professional standards.", .lessons) == ["loaded-word"])
        #expect(checks("A linguist approved the reversed matches without checking them.", .contributingFactors) == ["blame"])
        // a retrospective's frame, a customer using the app, a plan that had to wait, and someone who knew the plan are not
        #expect(checks("Looking back at the incident of last February: for 9 days, the editor saved 38 projects' entries with source and target swapped.", .summary).isEmpty)
        #expect(checks("When a member changed their case in the app during the 10 minutes in which we build picking lists, the app saved the change but the picking list kept the old choice.", .rootCause).isEmpty)
        #expect(checks("A rollback would have had to wait for the schema downgrade, so we fixed forward.", .response).isEmpty)
        #expect(checks("Anyone who was on the bridge knew the rollback plan, so the revert took 4 minutes.", .wentWell).isEmpty)
    }

    @Test func findingMessagesUseTheRightPronounForm() {
        let found = coach.review("The QA team received two complaints and they closed them as 'reporter error' without investigating.", role: .detection)
        #expect(found.map(\.check) == ["blame"])
        #expect(found.first?.message.contains("names them as") == true)
        #expect(found.allSatisfy { !$0.better.isEmpty })
    }
}
