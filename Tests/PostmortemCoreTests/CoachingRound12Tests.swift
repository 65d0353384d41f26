import Testing
@testable import PostmortemCore

/// Round 12: what blind26, blind27 and a fifteenth set of real reports (real15) showed the coach missing or nagging about,
/// and what a review of the new rules showed them nagging about. Each pitfall sits next to the blameless sentence it must
/// not be confused with.
@Suite("Coaching: round 12")
struct CoachingRound12Tests: CoachingSuite {
    let coach = Coach()

    @Test func anActSetAgainstTheWrittenRuleIsBlame() {
        #expect(checks("The 312 panels showed the wrong arm state because the installer contracted by our Manchester dealer flashed them with pre-release firmware, against the dealer bulletin.", .rootCause).contains("blame"))
        #expect(checks("Ana merged the gateway change on a Saturday evening during the tournament, which is exactly what the release calendar blocks.", .contributingFactors) == ["blame"])
        #expect(checks("also kai pushed the bracket migration at 18:20 right before check-in closed even though we have a freeze 2h before every qualifier", .contributingFactors) == ["blame"])
        #expect(checks("It started when a contributor pushed a 1.9 GB TIFF through the bulk API, bypassing the 500 MB limit our upload guidelines ask them to respect.", .contributingFactors) == ["blame"])
        // an instruction followed, a test run against something, and software named "installer" are not
        #expect(checks("Ana switched traffic to eu-west when the plan said to, and errors dropped within a minute.", .response).isEmpty)
        #expect(checks("Kai deployed the firewall rules after validating them against the security policy.", .response).isEmpty)
        #expect(checks("Ana raised a P1 ticket against the vendor's support plan at 09:05.", .response).isEmpty)
        #expect(checks("The Windows installer deleted the registry key, which broke the monitoring agent.", .rootCause) != ["blame"])
        #expect(checks("also kai pushed the revert at 18:40 and scores came back", .response).isEmpty)
    }

    @Test func aDelayOrAHoldPutOnAPersonIsBlame() {
        #expect(checks("The suspension was delayed by roughly forty minutes after the Head of Capital Markets declined to halt locking without further evidence.", .response) == ["blame"])
        #expect(checks("Restoration was delayed by approximately 40 minutes because the rollback was not authorised by the Head of Digital Services until 11:20.", .response) == ["blame"])
        #expect(checks("Escalation to the firmware team delayed ~40 min, duty manager didn't want to wake them on a Friday.", .response) == ["blame"])
        #expect(checks("Our VP of Customer Success held the customer notification for two hours so legal could review the wording, and in that time restaurant managers heard about it from their own staff.", .couldBeBetter) == ["blame"])
        #expect(checks("The site duty manager's instruction to wait for the vendor before touching the bridge added roughly ten minutes to the outage.", .couldBeBetter) == ["blame"])
        // a timeline after, caution with its reason, and a hold that protected something are not
        #expect(checks("The queue backlog began draining after Priya switched the consumers to the standby cluster.", .response).isEmpty)
        #expect(checks("Recovery took another 20 minutes after the DBA started the restore, because the snapshot had to be copied across regions.", .response).isEmpty)
        #expect(checks("Ana didn't want to roll back before confirming the schema was compatible, so she checked the migration log first.", .response).isEmpty)
        #expect(checks("Ana held the failover for five minutes to let replication catch up, which avoided data loss.", .response).isEmpty)
        #expect(checks("The Head of Support approved the customer comms at 10:05.", .response).isEmpty)
    }

    @Test func aWarningLeftOrAReportMisfiledIsBlame() {
        #expect(checks("[21:52] devon: anti-cheat alert was firing since 21:30, whoever was on pager acked it and went back to their game lol", .detection) == ["blame"])
        #expect(checks("The duty SRE acknowledged the forecaster's report at 16:02 but went back to the storage migration, so nobody looked at the missing sites for another 50 minutes.", .couldBeBetter) == ["blame"])
        #expect(checks("Nobody from the evening shift picked up the supervisor's call at 23:50 asking whether receiver 2 was meant to be in test mode.", .contributingFactors) == ["blame"])
        #expect(checks("Two customers had emailed about the leaflet on the 20th, but both emails were closed as 'no action' by Daniel in the support team.", .detection) == ["blame"])
        #expect(checks("The switchboard operator logged the 02:37 call as a single broken handset, which sent it to the desktop support queue and cost us another 12 minutes.", .detection) == ["blame"])
        #expect(checks("NTP VM rebooted by Marco during his patch run at 16:54, no change ticket raised.", .contributingFactors) == ["blame"])
        // going back to the fix, a group the alert never reached, and tidying up after the fact are not
        #expect(checks("Ana acknowledged the page at 02:04 and went back to the storage migration runbook to finish step 6, which was the fix.", .response).isEmpty)
        #expect(checks("No one on the support team saw the alert: it was routed to a muted channel.", .detection).isEmpty)
        #expect(checks("The 14 duplicate tickets were closed as duplicates by Daniel once the parent incident was opened.", .response).isEmpty)
    }

    @Test func whatAPersonsActCostIsBlameButACreditIsNot() {
        #expect(checks("The pool was capped at 40 because Jonas's January refactor hard-coded the limit instead of reading it from config.", .rootCause) == ["blame"])
        #expect(checks("Procurement's insistence on the cheaper cache product is, frankly, why we had a cache without versioned keys in the first place.", .couldBeBetter) == ["blame"])
        #expect(checks("In the heat of the moment, the service desk manager told callers it was their own browser cache, which cost us another hour.", .response) == ["blame"])
        #expect(checks("The charity partners team told donors on Facebook it was a bank problem before engineering had confirmed anything, which made the refunds confusing.", .couldBeBetter) == ["blame"])
        #expect(checks("The customer kept re-listing the same tickets during the incident, which created another 60 duplicate listings we had to clean up.", .response) == ["blame"])
        #expect(checks("We lost the whole Tuesday print run because Marco on the night shift loaded last week's order file into the router.", .summary).contains("blame"))
        // credit for a good outcome, a cost weighed, and an act conceded before the cause in the system are not
        #expect(checks("The blast radius was small because Jonas's rollout used 1% canaries.", .wentWell).isEmpty)
        #expect(checks("Kai's runbook update is why the second failover took four minutes instead of forty.", .wentWell).isEmpty)
        #expect(checks("Kai restarted the worker, which cost us nothing because it was idle.", .response).isEmpty)
        #expect(checks("Yes, someone loaded the wrong file, but the real cause is that our order router takes any CSV dropped in the folder and never checks the batch date.", .rootCause).isEmpty)
        #expect(checks("Joanna stopped the scheduler at 07:05 and after she made the refund script, we run it in batches of 200 so the PSP rate limit is not hit.", .response).isEmpty)
    }

    @Test func hindsightCounterfactualsAndSurfaceCausesInNewShapes() {
        #expect(checks("It was evident that the autoscaling by CPU would not be sufficient for the TURN servers.", .couldBeBetter) == ["hindsight"])
        #expect(checks("The latency dashboards made it evident long before the release that four sites would never fit under 30 s.", .contributingFactors) == ["hindsight"])
        #expect(checks("if we'd just waited till Monday to deploy none of this happens tbh", .lessons) == ["counterfactual"])
        #expect(checks("Contributing factor: on-site tech error during RTC battery replacement in October.", .contributingFactors) == ["surface-cause"])
        #expect(checks("The upload procedure was not followed correctly, which allowed the defective file into production.", .rootCause) == ["surface-cause"])
        // a moment of realisation, a question reported, a phrase discussed, and a vendor's own change are not
        #expect(checks("It became clear at 09:20 that the primary was saturated, as shown by CPU at 100%.", .detection).isEmpty)
        #expect(checks("We asked the vendor if they'd changed anything; they had rotated a certificate at 08:50.", .response).isEmpty)
        #expect(checks("Human error gets talked about a lot on the wards, but here the design left no human in the loop at all.", .lessons).isEmpty)
        #expect(checks("A typing error in the relay parameter reached production because the field accepted any integer.", .rootCause).isEmpty)
        #expect(checks("The POS vendor changed its export endpoint to paginate at 500 rows; our importer read only the first page.", .rootCause).isEmpty)
        #expect(checks("We talk about 'human error' in payroll a lot, but the system accepted a number no human would have believed.", .lessons).isEmpty)
        #expect(checks("No sane person would have run that command in production.", .lessons) != [])
    }

    @Test func vagueActionsAndImpactInNewShapes() {
        #expect(checks("Change management procedures are to be reviewed and updated as appropriate.", .actionItem).contains("vague-action"))
        #expect(checks("Work with the receiver vendor on test-mode visibility improvements, Q1.", .actionItem).contains("vague-action"))
        #expect(checks("It is recommended that change management practices be strengthened across the digital services function.", .lessons) == ["vague-action"])
        #expect(checks("- lesson: need to be more careful with OTA rollouts", .lessons) == ["vague-action"])
        #expect(checks("Many donors was charged two times and some of them had overdraft fees from their bank.", .impact) == ["unquantified-impact"])
        // a forecast, advice and a count that names the cause are not impact left uncounted
        #expect(checks("It is going to take some time and we expect most mail to be delivered by the end of the day today.", .impact).isEmpty)
        #expect(checks("Incoming emails for the time being should be held for delivery until the system comes back online.", .impact).isEmpty)
        #expect(checks("A number of events concurrently happened that caused the problem.", .summary).isEmpty)
        #expect(checks("Some customers will have been charged twice.", .impact) == ["unquantified-impact"])
    }

    @Test func plainTextReadsLooseCountsAndOrdersByRole() {
        // with no section: an impact told with a loose count after a time or in chat, and an order in lower case or "X to do Y"
        #expect(coach.lint(document: "After the 23:40 receiver restart, a few monitored homes still had alarms sitting in the queue, and some keyholders were called late.\n").map(\.check).contains("unquantified-impact"))
        #expect(coach.lint(document: "Tons of games got messed up and a lot of people were pretty angry on Discord.\n").map(\.check).contains("unquantified-impact"))
        #expect(coach.lint(document: "Management to review the adequacy of the billing control environment.\n").map(\.check).contains("vague-action"))
        #expect(coach.lint(document: "- fix the flaky integration test\n").map(\.check).contains("vague-action"))
        #expect(coach.lint(document: "Several alerts fired within two minutes and the on-call paged the database team.\n").isEmpty)
        #expect(coach.lint(document: "Most of the afternoon went into the capacity review with the vendor.\n").isEmpty)
    }

    @Test func blind28HindsightAndOtherWorldsWithoutTheTextbookWords() {
        #expect(checks("The feed had timed out twice the week before, so yeah, we kind of had this coming.", .couldBeBetter) == ["hindsight"])
        #expect(checks("With a named storm forecast three days out, a record feed volume was a given.", .couldBeBetter) == ["hindsight"])
        #expect(checks("One look at a zone-count diff before hitting push and this is a non-event.", .couldBeBetter) == ["counterfactual"])
        #expect(checks("With a simple count comparison between the recorder and the bucket, we catch this the first day and not the fourth.", .couldBeBetter) == ["counterfactual"])
        #expect(checks("Retention at 3d instead of 30d and we never get near full disk.", .lessons) == ["counterfactual"])
        #expect(checks("Control room lead saw dispatch-lag panel go red at 02:12 and waved it off as the usual shift-change blip.", .detection) == ["loaded-word"])
        #expect(checks("Recovery dragged on because our outsourced support partner kept closing caregiver tickets as 'user device issue'.", .response) == ["blame"])
        #expect(checks("Our operations manager chose to hold the first status update until the cause was confirmed, which left customers without information for 46 minutes.", .couldBeBetter) == ["blame"])
        #expect(checks("Ngl the push script is a total hack job that nobody wants to own.", .couldBeBetter) == ["loaded-word"])
        // a plan that held, a setting that is in place now, and a plain "with" clause about what happened are not
        #expect(checks("With the new runbook, the on-call restored service in 4 minutes at 02:16.", .wentWell).isEmpty)
        #expect(checks("Retention is now 3d instead of 30d, and the disk stays under 40%.", .response).isEmpty)
        #expect(checks("Ana waved the release manager over at 10:02 and they rolled back together.", .response).isEmpty)
    }
}
