import Testing
@testable import PostmortemCore

/// Round 19: duties found wanting ("failed in her duty", "nonetheless authorised", "did not do the needful"), verdicts filed
/// against people, slips written in a note's shorthand, pledges by whoever the subject is, sizes given as adjectives, and chat
/// lines pasted into plain text. Each pitfall sits next to the blameless sentence it must not be confused with.
@Suite("Coaching: round 19")
struct CoachingRound19Tests: CoachingSuite {
    let coach = Coach()

    @Test func aDutyFoundWantingOrAVerdictFiledAgainstAPersonIsBlame() {
        #expect(checks("The Committee considers that the trust's Director of Operations failed in her duty to ensure a tested fallback.", .contributingFactors).contains("blame"))
        #expect(checks("The duty coordinator, having been told the system was down, nonetheless authorised hot work without the countersignature.", .contributingFactors).contains("blame"))
        #expect(checks("The vendor team did not do the needful regarding the load test, due to which the gateway failed.", .rootCause).contains("blame"))
        #expect(checks("The release was approved by the IT change manager notwithstanding that the safety checklist had not been completed.", .contributingFactors).contains("blame"))
        #expect(checks("Nonconformity raised against the front-desk duty manager for failing to follow the reset procedure.", .contributingFactors).contains("blame"))
        #expect(checks("Responsible party: Project Manager, Litigation Support (failed to verify the privilege filter).", .contributingFactors).contains("blame"))
        #expect(checks("Chevron management denied recommendations to replace the sidecut line.", .rootCause).contains("blame"))
        #expect(checks("The guy to blame is the CTO.", .rootCause).contains("blame"))
        #expect(checks("Frankly, the ingestion team let us down; they chose to ship feature work first.", .contributingFactors).contains("blame"))
        #expect(checks("tbh this one's on Kasia, she pushed the cache flush straight to prod on a Friday evening", .summary).contains("blame"))
        #expect(checks("I think the main cause was me, because I ran the re-indexing job against production.", .rootCause).contains("blame"))
        #expect(checks("It is my fault: I have not checked the intermediate before the renewal.", .contributingFactors).contains("blame"))
        #expect(checks("In our view the loss is attributable to the insured's subcontractor, who installed the UPS with the wrong firmware.", .rootCause).contains("blame"))
        // tools named after a job, things that let us down, a sign-off that followed the rule, and no one at fault
        #expect(checks("The template editor wrote changes directly to the production database with no staging copy or validation.", .rootCause).isEmpty)
        #expect(checks("Site Wi-Fi dropped for the arena sector at 20:58, so terminals ran offline until the cache filled.", .rootCause).isEmpty)
        #expect(checks("Monitoring let us down here: the disk alert had been muted since the migration.", .detection) != ["blame"])
        #expect(checks("The release was approved by the IT change manager at 14:02 after the safety checklist was completed.", .response).isEmpty)
        #expect(checks("It is not my fault or anyone's: the renewal job had no alert.", .contributingFactors).isEmpty)
    }

    @Test func aSlipInANotesShorthandIsASurfaceCause() {
        #expect(checks("Root cause: incorrect value keyed into the billing parameter table.", .rootCause) == ["surface-cause"])
        #expect(checks("Cause: wrong checkbox ticked in the console when editing the security group.", .rootCause) == ["surface-cause"])
        #expect(checks("Also the network cable was plugged to wrong port during rack move.", .contributingFactors) == ["surface-cause"])
        #expect(checks("Contributing cause: procedure step 7.3 (verify logger start) not performed.", .contributingFactors) == ["surface-cause"])
        #expect(checks("Root Cause Category: Human Error - Procedure Not Followed", .rootCause) == ["surface-cause"])
        #expect(checks("Contributing factor: a manipulation error during the renewal procedure.", .contributingFactors) == ["surface-cause"])
        #expect(checks("The delay was attributable to a manual input error in the reference-data file.", .rootCause) == ["surface-cause"])
        #expect(checks("RC prelim: misconfig on arena terminal bank. closed.", .rootCause) == ["surface-cause"])
        #expect(checks("The root cause for the loss of the spacecraft was the failure to use metric units in a ground software file.", .rootCause) == ["surface-cause"])
        // the same slips with what let them through, and a denial, are the analysis
        #expect(checks("Root cause: incorrect value keyed into the billing table, which accepts any integer without validation.", .rootCause).isEmpty)
        #expect(checks("Step 7.3 was not performed because the checklist on the tablet did not show it.", .contributingFactors).isEmpty)
        #expect(checks("Human error is not the root cause here.", .rootCause).isEmpty)
        #expect(checks("Wrong passwords are rejected after 5 attempts.", .rootCause).isEmpty)
    }

    @Test func aPledgeOrAHeadingWithNoFinishLineIsVague() {
        #expect(checks("The insured has undertaken to enhance its monitoring arrangements across the network.", .actionItem) == ["vague-action"])
        #expect(checks("[Backlog] Monitoring improvements for e-filing - owner: platform team", .actionItem).contains("vague-action"))
        #expect(checks("Action: Team to revert back on the root cause and strengthen the process at the earliest.", .actionItem).contains("vague-action"))
        #expect(checks("We are conducting a complete post mortem of the processes and practices we followed during this incident.", .actionItem) == ["vague-action"])
        #expect(checks("While we failed to live up to that goal, we are working to improve our system and processes to avoid incidents like this in the future.", .actionItem).contains("vague-action"))
        // a pledge with its object, date and owner
        #expect(checks("The vendor has agreed to ship firmware 4.2.1 with the watchdog fix by 30 June; owner: K. Ito.", .actionItem).isEmpty)
        #expect(checks("Performance improvements shipped in v2.3 cut p99 latency from 900 ms to 240 ms.", .actionItem).isEmpty)
    }

    @Test func aSizeGivenAsAnAdjectiveIsUnquantified() {
        #expect(checks("This outage was broad and severe, and we're truly sorry for the impact.", .impact) == ["unquantified-impact"])
        #expect(checks("The consequences were sudden and severe.", .impact) == ["unquantified-impact"])
        #expect(checks("A substantial quantity of temperature-sensitive product was rendered unsaleable.", .impact) == ["unquantified-impact"])
        #expect(checks("The attack had potentially serious implications for the trust and its ability to provide care.", .impact) == ["unquantified-impact"])
        #expect(checks("We worked as quickly as possible to restore service, but it took us a while.", .response) == ["unquantified-impact"])
        // harm denied, its size honestly not yet known, or the whole of it
        #expect(checks("Trusts have not reported any cases of harm to patients as a result of the attack.", .impact).isEmpty)
        #expect(checks("At no time was the booking system itself unavailable, just the DNS lookup at initial login was failing.", .impact).isEmpty)
        #expect(checks("It is still too early to estimate the exact operational and financial impact.", .impact).isEmpty)
        #expect(checks("The outage lasted 47 minutes and was severe: 100% of card payments failed.", .impact).isEmpty)
    }

    @Test func judgementsAndPlainSignalsAreToldApart() {
        #expect(checks("Using the live server for template editing was a mistake that nobody questioned for years.", .contributingFactors) == ["loaded-word"])
        #expect(checks("Those rules and processes were ignored.", .contributingFactors) == ["loaded-word"])
        #expect(checks("With the benefit of what is now known, the repeated save warnings were a plain signal of the failure to come.", .contributingFactors) == ["hindsight"])
        #expect(checks("Clearly this was coming: we'd had two near-misses with map updates in the spring.", .contributingFactors) == ["hindsight"])
        #expect(checks("Donors who wrote in asking whether they had made a mistake received a reply within 24 hours.", .response).isEmpty)
        #expect(checks("Obviously wrong values (10x, 100x) are the easy case to catch automatically, so the CI rule also checks currency type.", .lessons).isEmpty)
        #expect(checks("Obviously the fixed-time plans are safe, but they are tuned for 2017 traffic and need re-timing.", .lessons).isEmpty)
        #expect(checks("As we began digging into the logs it became obvious that most requests were returning 404 from the application itself.", .detection).isEmpty)
        #expect(checks("Human mistakes are inevitable, and the system should be designed to make them hard to make and easy to recover from.", .lessons).isEmpty)
    }

    @Test func aChatLinePastedIntoPlainTextIsReadForWhatItSays() {
        #expect(coach.lint(document: "[22:40] devon: lots of matches got stuck in lobby for a long time during the finals\n").map(\.check) == ["unquantified-impact"])
        #expect(coach.lint(document: "[09:30] mia.r: we're losing a ton of orders rn\n").map(\.check) == ["unquantified-impact"])
        // an event of the timeline is still read as a timeline entry
        #expect(coach.lint(document: "[22:40] Error rate on the lobby service rose to 14%.\n").isEmpty)
        #expect(coach.lint(document: "## Timeline\n\n[22:40] devon: lots of matches stuck in lobby, paging the game-server team\n").allSatisfy { $0.check != "unquantified-impact" })
    }

    @Test func secondBatchOfRound19Pitfalls() {
        #expect(checks("The fault lay with an engineer from our supplier who had not completed the scheduled maintenance.", .rootCause).contains("blame"))
        #expect(checks("It was Henrik's team that let the cert expire, and I have told them that directly.", .contributingFactors).contains("blame"))
        #expect(checks("Claimants were let down by the vendor's release manager, who signed off the deployment knowing the load test was incomplete.", .contributingFactors).contains("blame"))
        #expect(checks("The light-vehicle driver entered the autonomous zone without clearance, in breach of site rule 7.2, and has been stood down.", .rootCause).contains("blame"))
        #expect(checks("In their pursuit to land in bad weather, they committed serious violations of procedures.", .rootCause).contains("blame"))
        #expect(checks("It was the night analyst who did not see the reconciliation alarms.", .detection).contains("blame"))
        #expect(checks("If the provider had sent us an email about the change, the creators would receive the money on the correct day.", .couldBeBetter) == ["counterfactual"])
        #expect(checks("If the donor operator validated the number correctly, we would never have this problem in the first place.", .contributingFactors) == ["counterfactual"])
        #expect(checks("The provider ought reasonably to have foreseen that a single malformed request could halt all port activations.", .rootCause) == ["hindsight"])
        #expect(checks("The incident was caused by an oversight in reading the provider's technical notice.", .rootCause) == ["surface-cause"])
        #expect(checks("Root cause: change implementer error, index rebuild started at wrong time.", .rootCause) == ["surface-cause"])
        #expect(checks("The beacon fitment records were a disgrace, half the sheets were blank.", .couldBeBetter) == ["loaded-word"])
        #expect(checks("The operator shall strengthen its oversight of draw equipment and report to the Commission in due course.", .actionItem) == ["vague-action"])
        #expect(checks("Radiology and IT to work together more closely on PACS resilience.", .actionItem) == ["vague-action"])
        #expect(checks("An alert should be set up to monitor 500s over a certain threshold and time period.", .actionItem) == ["vague-action"])
        // the blameless look-alikes from the same sets
        #expect(checks("The paper logbook was where the procedure said it would be, and operators used it without prompting.", .wentWell).isEmpty)
        #expect(checks("Funds were held 72 hours longer than promised, and 38 creators told support they had missed a supplier deadline.", .impact).isEmpty)
        #expect(checks("A vehicle with an unrecognised beacon is invisible to its path planner even in plain sight.", .lessons).isEmpty)
        #expect(checks("Obviously no one wants the paywall slowing the site on election night, so the flag stays but can no longer stay on silently.", .lessons).isEmpty)
        #expect(checks("After the 5.2 update, low-glucose alerts stopped for 1,840 users on Android 9 for 31 hours.", .summary).isEmpty)
        #expect(checks("The NVIDIA driver crashed on 40 render nodes after the kernel update.", .rootCause) != ["blame"])
    }
}
